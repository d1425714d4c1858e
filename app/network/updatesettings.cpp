#include "network/updatesettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString UrlKey = u"updates/url"_s;
const QString CheckAtStartKey = u"updates/checkAtStart"_s;
const QString SourceKey = u"data/source"_s;
}

namespace UpdateSettings {

QUrl url(const QSettings &settings)
{
    return QUrl(settings.value(UrlKey).toString(), QUrl::StrictMode);
}

void setUrl(QSettings &settings, const QUrl &url)
{
    settings.setValue(UrlKey, url.toString());
}

bool checkAtStart(const QSettings &settings)
{
    return settings.value(CheckAtStartKey, false).toBool();
}

void setCheckAtStart(QSettings &settings, bool check)
{
    settings.setValue(CheckAtStartKey, check);
}

bool prefersBundled(const QSettings &settings)
{
    return settings.value(SourceKey).toString() == u"bundled";
}

void setPrefersBundled(QSettings &settings, bool bundled)
{
    settings.setValue(SourceKey, bundled ? u"bundled"_s : u"downloaded"_s);
}

} // namespace UpdateSettings
