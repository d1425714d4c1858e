#pragma once

#include <QCoreApplication>

class QSettings;

// Whether the settings file could be read. QSettings reports a file it cannot open, but reads
// a file of binary garbage as "no error" (it skips what it cannot parse): Sekutu then starts
// with defaults, and says so.
class SettingsHealth final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsHealth)

public:
    // Why the settings could not be used (translated, naming the file), or an empty string.
    static QString problem(const QSettings &settings);
    // The file's bytes are not what QSettings writes: text with every value escaped.
    static bool looksCorrupt(const QByteArray &bytes);
};
