#include "cli/commandline.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption checkData{u"check-data"_s, CommandLine::tr("Validate the data folder DIR, print every error and exit (1 when invalid)."), u"DIR"_s};
    QCommandLineOption data{u"data"_s, CommandLine::tr("Use the data folder DIR instead of the bundled data."), u"DIR"_s};
    QCommandLineOption lang{u"lang"_s, CommandLine::tr("Interface language: id (Indonesian) or en (English)."), u"LANG"_s};
    QCommandLineOption open{u"open"_s, CommandLine::tr("Open a pane: country/RU, organization/csto or article/ID."), u"TARGET"_s};
    QCommandLineOption help{QStringList{u"h"_s, u"help"_s}, CommandLine::tr("Show this help and exit.")};
    QCommandLineOption version{QStringList{u"v"_s, u"version"_s}, CommandLine::tr("Show the version and exit.")};

    Parser()
    {
        parser.setApplicationDescription(CommandLine::tr("Sekutu explores the world's alliances."));
        parser.addOptions({checkData, data, lang, open, help, version});
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
    options.dataDirectory = p.parser.value(p.data);
    if (p.parser.isSet(p.lang)) {
        options.language = languageFromCode(p.parser.value(p.lang));
        if (!options.language)
            options.error = tr("--lang must be id or en, not \"%1\"").arg(p.parser.value(p.lang));
    }
    options.openTarget = p.parser.value(p.open);
    return options;
}

bool CommandLine::isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--check-data") || arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

QString CommandLine::helpText()
{
    Parser p;
    return p.parser.helpText();
}
