#pragma once

#include "i18n/language.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// What the command line asks for. Parsed without a QApplication so that headless
// modes (--check-data) never need a display.
struct CommandLineOptions
{
    enum class Mode { RunApp, CheckData, ExportData, ExportMap, ShowHelp, ShowVersion };

    Mode mode = Mode::RunApp;
    QString checkDataDirectory;
    QString dataDirectory;
    QString exportFile; // --export-data FILE
    QString mapFile;    // --export-map FILE.svg|FILE.png, with --map, --date and --size
    QString mapMode;
    QString mapDate;
    QString mapSize;
    QString updateUrl;  // --update-url URL, checked to be http(s)
    std::optional<Language> language;
    QString openTarget; // country/RU, organization/csto, article/<id>
    bool measureStartup = false; // print the time to the first frame and the peak memory, then quit
    QString error;      // set when the arguments are unusable
};

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static CommandLineOptions parse(const QStringList &arguments);
    // True when argv asks for a mode that prints and exits (no window, no display).
    static bool isHeadless(int argc, char **argv);
    // True when argv asks for a map export: headless, but it paints, so it needs Qt Gui.
    static bool isMapExport(int argc, char **argv);
    // False when there is plainly no display to open a window on (Linux: no DISPLAY, no
    // WAYLAND_DISPLAY, and no platform chosen with QT_QPA_PLATFORM or -platform), where Qt
    // would abort with a core dump.
    static bool mayHaveDisplay(int argc, char **argv);
    // Why the window cannot be shown then, and what works without one (English, as the other
    // messages printed before the interface language is known).
    static QString noDisplayText();
    static QString helpText();
};
