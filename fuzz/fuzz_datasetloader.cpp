// libFuzzer target: DatasetLoader on hostile bytes. The first byte chooses what the rest is:
// 0–3 one of the four collection files (the other three are the tests' small valid dataset,
// tests/support/fixturedata, so that the cross-file checks run too), 4 a published
// single-file dataset (loadPublished, the parser of downloaded updates), 5 a data pack
// (DatasetPack::read, the form the build gives the bundled data). Loading must never crash,
// hang or leak, whatever the bytes.
#include "data/datasetloader.h"
#include "data/datasetpack.h"
#include "support/fixturedata.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const int choice = data[0] % 6;
    DataErrors errors;
    if (choice == 5) {
        QString error;
        (void)DatasetPack::read(bytes, &error);
    } else if (choice == 4) {
        errors = DatasetLoader::loadPublished(bytes).errors;
    } else {
        static const QMap<QString, QByteArray> fixture = FixtureData::files();
        QMap<QString, QByteArray> files = fixture;
        files[DatasetLoader::fileNames().at(choice)] = bytes;
        errors = DatasetLoader::loadFiles(files).errors;
    }
    // The messages are built too: they quote and cut the hostile text.
    for (const DataError &error : errors)
        (void)error.toString();
    return 0;
}
