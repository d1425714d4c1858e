#include "content/htmlwriter.h"

#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Html {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString link(const QString &target, const QString &text)
{
    return u"<a href=\"sekutu://%1\">%2</a>"_s.arg(escaped(target), escaped(text));
}

QString externalLink(const QString &url, const QString &text)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const bool web = !url.isEmpty() && parsed.isValid() && (parsed.scheme() == u"http" || parsed.scheme() == u"https")
                     && !parsed.host().isEmpty();
    return web ? u"<a href=\"%1\">%2</a>"_s.arg(escaped(parsed.toString(QUrl::FullyEncoded)), escaped(text)) : escaped(text);
}

QString sourceList(const QStringList &citations)
{
    QString items;
    for (const QString &citation : citations)
        items += u"<li>"_s + citation + u"</li>"_s;
    return u"<ul class=\"sources\">"_s + items + u"</ul>"_s;
}

QString heading(int level, const QString &text)
{
    return u"<h%1>%2</h%1>"_s.arg(level).arg(escaped(text));
}

QString paragraph(const QString &html)
{
    return u"<p>"_s + html + u"</p>"_s;
}

QString facts(const QList<QPair<QString, QString>> &rows)
{
    QString html = u"<table class=\"facts\" cellspacing=\"0\" cellpadding=\"3\">"_s;
    for (const auto &[label, value] : rows) {
        if (value.isEmpty())
            continue;
        html += u"<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>"_s.arg(escaped(label), value);
    }
    return html + u"</table>"_s;
}

QString toolTip(const QString &text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace Html
