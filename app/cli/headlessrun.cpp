#include "cli/headlessrun.h"

#include "cli/commandline.h"
#include "cli/datacheck.h"
#include "cli/dataexport.h"
#include "data/datasetloader.h"

#include <QCoreApplication>

int runHeadless(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const CommandLineOptions options = CommandLine::parse(arguments);
    if (!options.error.isEmpty()) {
        err << options.error << Qt::endl << CommandLine::helpText();
        return 2;
    }
    switch (options.mode) {
    case CommandLineOptions::Mode::ShowHelp:
        out << CommandLine::helpText();
        return 0;
    case CommandLineOptions::Mode::ShowVersion:
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    case CommandLineOptions::Mode::CheckData:
        return checkDataDirectory(options.checkDataDirectory, out, err);
    case CommandLineOptions::Mode::ExportData:
        return exportDataset(options.dataDirectory.isEmpty() ? DatasetLoader::bundledDirectory() : options.dataDirectory,
                             options.exportFile, out, err);
    case CommandLineOptions::Mode::ExportMap: // run by runMapExport(), which paints
    case CommandLineOptions::Mode::RunApp:
        break;
    }
    return 2;
}
