#include "cli/commandline.h"

#include "network/datasetupdater.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption checkData{u"check-data"_s, CommandLine::tr("Validate the data folder DIR, print every error and exit (1 when invalid)."), u"DIR"_s};
    QCommandLineOption data{u"data"_s, CommandLine::tr("Use the data folder DIR instead of the bundled data."), u"DIR"_s};
    QCommandLineOption exportData{u"export-data"_s, CommandLine::tr("Write the data in use (bundled, or --data DIR) as one published dataset FILE and exit."), u"FILE"_s};
    QCommandLineOption exportMap{u"export-map"_s, CommandLine::tr("Write the world map as FILE (.svg or .png) and exit."), u"FILE"_s};
    QCommandLineOption map{u"map"_s, CommandLine::tr("With --export-map: colour by organization/ID, ties or overlap/ID,ID (default organization/csto)."), u"MAP"_s};
    QCommandLineOption date{u"date"_s, CommandLine::tr("With --export-map: the date, YYYY-MM-DD (default today)."), u"DATE"_s};
    QCommandLineOption size{u"size"_s, CommandLine::tr("With --export-map: the size in pixels, WIDTHxHEIGHT (default 1600x860)."), u"SIZE"_s};
    QCommandLineOption updateUrl{u"update-url"_s, CommandLine::tr("Check for updates at URL (http or https) from now on."), u"URL"_s};
    QCommandLineOption lang{u"lang"_s, CommandLine::tr("Interface language: id (Indonesian) or en (English)."), u"LANG"_s};
    QCommandLineOption open{u"open"_s, CommandLine::tr("Open a pane: country/RU, organization/csto, article/ID, overview or map."), u"TARGET"_s};
    QCommandLineOption measureStartup{u"measure-startup"_s, CommandLine::tr("Print the time to the first frame of the window and the peak memory, then quit.")};
    QCommandLineOption help{QStringList{u"h"_s, u"help"_s}, CommandLine::tr("Show this help and exit.")};
    QCommandLineOption version{QStringList{u"v"_s, u"version"_s}, CommandLine::tr("Show the version and exit.")};

    Parser()
    {
        parser.setApplicationDescription(CommandLine::tr("Sekutu explores the world's alliances."));
        parser.addOptions({checkData, data, exportData, exportMap, map, date, size, updateUrl, lang, open, measureStartup, help, version});
    }
};

} // namespace

CommandLineOptions CommandLine::parse(const QStringList &arguments)
{
    Parser p;
    CommandLineOptions options;
    if (!p.parser.parse(arguments)) {
        options.error = p.parser.errorText();
        return options;
    }
    if (!p.parser.positionalArguments().isEmpty()) {
        options.error = tr("unexpected argument: %1").arg(p.parser.positionalArguments().constFirst());
        return options;
    }
    if (p.parser.isSet(p.help)) {
        options.mode = CommandLineOptions::Mode::ShowHelp;
        return options;
    }
    if (p.parser.isSet(p.version)) {
        options.mode = CommandLineOptions::Mode::ShowVersion;
        return options;
    }
    if (p.parser.isSet(p.checkData)) {
        options.mode = CommandLineOptions::Mode::CheckData;
        options.checkDataDirectory = p.parser.value(p.checkData);
    }
    if (p.parser.isSet(p.exportData)) {
        options.mode = CommandLineOptions::Mode::ExportData;
        options.exportFile = p.parser.value(p.exportData);
    }
    if (p.parser.isSet(p.exportMap)) {
        options.mode = CommandLineOptions::Mode::ExportMap;
        options.mapFile = p.parser.value(p.exportMap);
    }
    options.mapMode = p.parser.value(p.map);
    options.mapDate = p.parser.value(p.date);
    options.mapSize = p.parser.value(p.size);
    options.dataDirectory = p.parser.value(p.data);
    if (p.parser.isSet(p.updateUrl)) {
        options.updateUrl = p.parser.value(p.updateUrl);
        if (const QString problem = DatasetUpdater::urlProblem(QUrl(options.updateUrl, QUrl::StrictMode)); !problem.isEmpty())
            options.error = tr("--update-url: %1").arg(problem);
    }
    if (p.parser.isSet(p.lang)) {
        options.language = languageFromCode(p.parser.value(p.lang));
        if (!options.language)
            options.error = tr("--lang must be id or en, not \"%1\"").arg(p.parser.value(p.lang));
    }
    options.openTarget = p.parser.value(p.open);
    options.measureStartup = p.parser.isSet(p.measureStartup);
    return options;
}

bool CommandLine::isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--check-data") || arg.startsWith("--export-data") || arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

bool CommandLine::isMapExport(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]).startsWith("--export-map"))
            return true;
    }
    return false;
}

bool CommandLine::mayHaveDisplay(int argc, char **argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0 || QByteArray(argv[i]).startsWith("-platform="))
            return true;
    }
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return true;
#endif
}

QString CommandLine::noDisplayText()
{
    return u"sekutu: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
           u"Without one, --check-data, --export-data and --export-map still work; see --help."_s;
}

QString CommandLine::helpText()
{
    Parser p;
    return p.parser.helpText();
}
