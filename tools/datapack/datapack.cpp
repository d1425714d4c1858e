// Writes the bundled data pack at build time (see tools/datapack/CMakeLists.txt):
//
//   sekutu_datapack DATA_DIR OUT.pack
//
// loads DATA_DIR with every check the program makes of data from elsewhere (the JSON Schema,
// references between records, date order) and refuses to write the pack if one fails, so that
// the build stops on data that does not pass. The program trusts the pack at startup.
#include "cli/terminaltext.h"
#include "data/datasetloader.h"
#include "data/datasetpack.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        err << "usage: sekutu_datapack DATA_DIR OUT.pack" << Qt::endl;
        return 2;
    }
    const LoadResult loaded = DatasetLoader::loadDirectory(args.at(1));
    for (const DataError &error : loaded.errors)
        err << TerminalText::safe(error.toString()) << Qt::endl;
    if (!loaded.ok()) {
        err << "sekutu_datapack: " << args.at(1) << " does not pass its checks; no pack written" << Qt::endl;
        return 1;
    }
    const QByteArray pack = DatasetPack::write(loaded.dataset);
    // What the program will read must give back what was written.
    QString error;
    const std::optional<Dataset> back = DatasetPack::read(pack, &error);
    if (!back || DatasetPack::write(*back) != pack) {
        err << "sekutu_datapack: the pack does not read back: " << error << Qt::endl;
        return 1;
    }
    QSaveFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly) || out.write(pack) != pack.size() || !out.commit()) {
        err << "sekutu_datapack: cannot write " << args.at(2) << ": " << out.errorString() << Qt::endl;
        return 1;
    }
    return 0;
}
