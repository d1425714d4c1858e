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

QString sourceList(const QStringList &sources)
{
    QStringList items;
    for (const QString &source : sources) {
        const QUrl url(source, QUrl::StrictMode);
        const bool web = url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
        items.append(web ? u"<li><a href=\"%1\">%2</a></li>"_s.arg(escaped(url.toString(QUrl::FullyEncoded)), escaped(source))
                         : u"<li>%1</li>"_s.arg(escaped(source)));
    }
    return u"<ul class=\"sources\">"_s + items.join(QString()) + u"</ul>"_s;
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
