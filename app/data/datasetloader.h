#pragma once

#include "data/dataerror.h"
#include "data/dataset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>

#include <functional>
#include <optional>
#include <variant>

// The outcome of loading a data folder: the data and every problem found. The data is
// only complete and trustworthy when errors is empty.
struct LoadResult
{
    Dataset dataset;
    DataErrors errors;

    bool ok() const { return errors.isEmpty(); }
};

// A published dataset (one file holding every collection) also names its version and date.
struct PublishedLoadResult : LoadResult
{
    QString version;
    QString date;
};

// Reads the four collection files (or one published file), validates them against the bundled
// JSON Schema, has DatasetParser build the domain types and DatasetChecker check what a schema
// cannot say (cross-references, date order). Never throws; bad input becomes DataErrors.
class DatasetLoader final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetLoader)

public:
    // Files larger than this are refused before they are read.
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

    // countries.json, organizations.json, relations.json, articles.json
    static const QStringList &fileNames();

    // The data compiled into the binary (":/data").
    static QString bundledDirectory();

    static LoadResult loadDirectory(const QString &directory);
    // The data compiled into the binary, as the program starts with it: the pack the build wrote
    // after checking the files in full (tools/datapack, DatasetPack), read without checks. A
    // program linked without the pack (most tests) reads the files, parsed
    // and cross-checked but without the schema pass, which the build made on that copy too.
    static LoadResult loadBundled();
    // File name → contents, for data that did not come from a folder (and for tests).
    static LoadResult loadFiles(const QMap<QString, QByteArray> &files);

    // A published dataset (definition publishedDataset in the schema): the envelope is checked
    // against the schema, then the collections exactly as loadDirectory() checks them. Errors
    // name publishedFileName() and the JSON path inside it ("/organizations/3/members/0").
    static constexpr qint64 MaxPublishedSize = 20 * 1024 * 1024;
    static QString publishedFileName();
    static PublishedLoadResult loadPublished(const QByteArray &bytes);

private:
    // A collection file's bytes, or why they could not be read.
    using FileContents = std::variant<QByteArray, DataError>;
    enum class Schema { Check, Skip };
    static LoadResult loadDirectory(const QString &directory, Schema schema);
    // read(name) gives nothing when the file is missing.
    static LoadResult load(const std::function<std::optional<FileContents>(const QString &name)> &read,
                           Schema schema = Schema::Check);
    static DataError tooLarge(const QString &fileName, qint64 size, qint64 limit = MaxFileSize);
};
