#include "cli/mapcommand.h"

#include "cli/commandline.h"
#include "cli/terminaltext.h"
#include "data/datasetloader.h"
#include "map/mapexport.h"
#include "map/worldmap.h"
#include "session/session.h"

#include <QGuiApplication>
#include <QTextStream>

int runMapExport(int argc, char **argv)
{
    // Painting text needs Qt Gui; scripts and CI have no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandLineOptions options = CommandLine::parse(app.arguments());
    if (!options.error.isEmpty()) {
        err << options.error << Qt::endl << CommandLine::helpText();
        return 2;
    }
    LoadResult loaded = options.dataDirectory.isEmpty() ? DatasetLoader::loadBundled()
                                                        : DatasetLoader::loadDirectory(options.dataDirectory);
    for (const DataError &error : std::as_const(loaded.errors))
        err << TerminalText::safe(error.toString()) << Qt::endl;
    if (!loaded.ok())
        return 1;
    // A script gets the same map on every machine: English unless --lang says otherwise.
    Session session;
    session.setLanguage(options.language.value_or(Language::English));
    return MapExport::run(loaded.dataset, options.mapFile, options.mapMode, options.mapDate, options.mapSize,
                          session.language(), out, err);
}
