#include "navigation/linktarget.h"

using namespace Qt::StringLiterals;

LinkTarget LinkTarget::parse(const QString &text)
{
    if (text == u"overview" || text == u"overview/")
        return overview();
    if (text == u"map" || text == u"map/")
        return map();
    const qsizetype slash = text.indexOf(u'/');
    if (slash <= 0)
        return {};
    const QStringView kind = QStringView(text).left(slash);
    QString key = text.mid(slash + 1);
    QString fragment;
    if (const qsizetype hash = key.indexOf(u'#'); hash >= 0) {
        fragment = key.mid(hash + 1);
        key.truncate(hash);
    }
    if (key.isEmpty() || key.contains(u'/'))
        return {};
    if (kind == u"country")
        return {Kind::Country, key.toUpper(), {}};
    if (kind == u"organization")
        return {Kind::Organization, key, {}};
    if (kind == u"article")
        return {Kind::Article, key, fragment};
    return {};
}

LinkTarget LinkTarget::fromUrl(const QUrl &url)
{
    if (url.scheme() != u"sekutu")
        return {};
    QString text = url.host() + url.path();
    if (url.hasFragment())
        text += u'#' + url.fragment();
    return parse(text);
}

QString LinkTarget::toString() const
{
    QString text;
    switch (kind) {
    case Kind::None: return {};
    case Kind::Country: text = u"country/"_s; break;
    case Kind::Organization: text = u"organization/"_s; break;
    case Kind::Article: text = u"article/"_s; break;
    case Kind::Overview: return u"overview"_s;
    case Kind::Map: return u"map"_s;
    }
    text += key;
    if (!fragment.isEmpty())
        text += u'#' + fragment;
    return text;
}

QUrl LinkTarget::toUrl() const
{
    return QUrl(u"sekutu://"_s + toString());
}
