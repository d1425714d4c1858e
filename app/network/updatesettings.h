#pragma once

#include <QUrl>

class QSettings;

// The reader's choices about updates, kept in QSettings.
namespace UpdateSettings {

// Where published data is checked for; empty until the reader sets one (there is no default).
QUrl url(const QSettings &settings);
void setUrl(QSettings &settings, const QUrl &url);

// Check for updates when Sekutu starts (off by default).
bool checkAtStart(const QSettings &settings);
void setCheckAtStart(QSettings &settings, bool check);

// The reader chose "Use Bundled Data": the saved download is not used at start, and the
// automatic check leaves the data alone, until they check for updates themselves.
bool prefersBundled(const QSettings &settings);
void setPrefersBundled(QSettings &settings, bool bundled);

} // namespace UpdateSettings
