#include "navigation/linktarget.h"

using namespace Qt::StringLiterals;

namespace {

// "mode=organization/nato&date=1999-03-12": what the map link says it can read. The text may
// come from outside (--open, the settings): anything else is dropped, never guessed at.
LinkTarget mapWithQuery(QStringView query)
{
    LinkTarget target = LinkTarget::map();
    for (QStringView pair : query.split(u'&')) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals < 0)
            continue;
        const QStringView name = pair.left(equals);
        const QString value = pair.mid(equals + 1).toString();
        if (name == u"mode") {
            if (const std::optional<MapMode> mode = MapMode::parse(value))
                target.key = mode->toString();
        } else if (name == u"date" && value.size() == 10) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (date.isValid() && date.year() >= 1900)
                target.date = date;
        }
    }
    return target;
}

} // namespace

LinkTarget LinkTarget::parse(const QString &text)
{
    if (text == u"overview" || text == u"overview/")
        return overview();
    if (text == u"map" || text == u"map/")
        return map();
    if (text.startsWith(u"map?") || text.startsWith(u"map/?"))
        return mapWithQuery(QStringView(text).mid(text.indexOf(u'?') + 1));
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
        return country(key.toUpper());
    if (kind == u"organization")
        return organization(key);
    if (kind == u"article")
        return article(key, fragment);
    return {};
}

LinkTarget LinkTarget::fromUrl(const QUrl &url)
{
    if (url.scheme() != u"sekutu")
        return {};
    QString text = url.host() + url.path();
    if (url.hasQuery() && url.host() == u"map")
        text += u'?' + url.query(QUrl::FullyDecoded);
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
    case Kind::Map: {
        QStringList query;
        if (!key.isEmpty())
            query.append(u"mode="_s + key);
        if (date.isValid())
            query.append(u"date="_s + date.toString(Qt::ISODate));
        return query.isEmpty() ? u"map"_s : u"map?"_s + query.join(u'&');
    }
    }
    text += key;
    if (!fragment.isEmpty())
        text += u'#' + fragment;
    return text;
}

std::optional<MapMode> LinkTarget::mapMode() const
{
    if (kind != Kind::Map || key.isEmpty())
        return std::nullopt;
    return MapMode::parse(key);
}

QUrl LinkTarget::toUrl() const
{
    return QUrl(u"sekutu://"_s + toString());
}
