#include "data/datasetloader.h"

#include "data/datasetchecker.h"
#include "data/datasetpack.h"
#include "data/datasetparser.h"
#include "data/schemavalidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QResource>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString CountriesFile = u"countries.json"_s;
const QString OrganizationsFile = u"organizations.json"_s;
const QString RelationsFile = u"relations.json"_s;
const QString ArticlesFile = u"articles.json"_s;

QString definitionFor(const QString &fileName)
{
    if (fileName == CountriesFile)
        return u"countriesFile"_s;
    if (fileName == OrganizationsFile)
        return u"organizationsFile"_s;
    if (fileName == RelationsFile)
        return u"relationsFile"_s;
    return u"articlesFile"_s;
}

QJsonObject bundledSchema()
{
    QFile file(u":/data/schema/sekutu.schema.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The bundled schema, read and compiled once for the program's life (SchemaValidator is
// thread-safe): compiling it anew cost a third of every load. Null, with an error appended,
// when the schema itself is broken.
SchemaValidator *bundledValidator(DataErrors &errors)
{
    static QString schemaError;
    static const std::unique_ptr<SchemaValidator> validator = SchemaValidator::create(bundledSchema(), &schemaError);
    if (!validator)
        errors.append({u"schema/sekutu.schema.json"_s, QString(), schemaError});
    return validator.get();
}

} // namespace

const QStringList &DatasetLoader::fileNames()
{
    static const QStringList names{CountriesFile, OrganizationsFile, RelationsFile, ArticlesFile};
    return names;
}

QString DatasetLoader::bundledDirectory()
{
    return u":/data"_s;
}

LoadResult DatasetLoader::loadDirectory(const QString &directory)
{
    return loadDirectory(directory, Schema::Check);
}

LoadResult DatasetLoader::loadBundled()
{
    // The pack the build made from these files after checking them (tools/datapack), when the
    // program was linked with it; else the files, parsed and cross-checked.
    const QResource pack(DatasetPack::bundledFileName());
    if (pack.isValid()) {
        QString error;
        if (std::optional<Dataset> dataset = DatasetPack::read(pack.uncompressedData(), &error)) {
            LoadResult result;
            result.dataset = std::move(*dataset);
            return result;
        }
        qWarning("%s: %s", qPrintable(pack.fileName()), qPrintable(error));
    }
    return loadDirectory(bundledDirectory(), Schema::Skip);
}

LoadResult DatasetLoader::loadDirectory(const QString &directory, Schema schema)
{
    if (!QFileInfo(directory).isDir()) {
        LoadResult result;
        result.errors.append({QDir::toNativeSeparators(directory), QString(), tr("no such folder")});
        return result;
    }
    return load([&directory](const QString &name) -> std::optional<FileContents> {
        const QString path = QDir(directory).filePath(name);
        const QFileInfo info(path);
        if (!info.exists() && !info.isSymLink())
            return std::nullopt;
        // Only a regular file is opened: opening a named pipe blocks until someone writes to
        // it, and a device or a folder is no data file either.
        if (!info.isFile())
            return DataError{name, QString(), tr("is not a regular file")};
        QFile file(path);
        // Refused before it is read.
        if (file.size() > MaxFileSize)
            return tooLarge(name, file.size());
        if (!file.open(QIODevice::ReadOnly))
            return DataError{name, QString(), tr("cannot be read: %1").arg(file.errorString())};
        return file.read(MaxFileSize + 1);
    }, schema);
}

LoadResult DatasetLoader::loadFiles(const QMap<QString, QByteArray> &files)
{
    return load([&files](const QString &name) -> std::optional<FileContents> {
        const auto it = files.constFind(name);
        if (it == files.cend())
            return std::nullopt;
        return *it;
    });
}

DataError DatasetLoader::tooLarge(const QString &fileName, qint64 size, qint64 limit)
{
    return {fileName, QString(),
            tr("the file is too large (%1 MiB; the limit is %2 MiB)")
                .arg(size / (1024 * 1024))
                .arg(limit / (1024 * 1024))};
}

LoadResult DatasetLoader::load(const std::function<std::optional<FileContents>(const QString &)> &read, Schema schema)
{
    LoadResult result;
    SchemaValidator *const validator = schema == Schema::Check ? bundledValidator(result.errors) : nullptr;
    if (schema == Schema::Check && !validator)
        return result;

    bool allValid = true;
    for (const QString &name : fileNames()) {
        const std::optional<FileContents> contents = read(name);
        const QByteArray *bytes = contents ? std::get_if<QByteArray>(&*contents) : nullptr;
        if (!contents)
            result.errors.append({name, QString(), tr("the file is missing")});
        else if (!bytes)
            result.errors.append(std::get<DataError>(*contents));
        else if (bytes->size() > MaxFileSize)
            result.errors.append(tooLarge(name, bytes->size()));
        if (!bytes || bytes->size() > MaxFileSize) {
            allValid = false;
            continue;
        }
        const auto object = DatasetParser::parseObject(name, *bytes, result.errors);
        const DataErrors schemaErrors = object && validator ? validator->validate(*object, definitionFor(name), name) : DataErrors();
        if (!object || !schemaErrors.isEmpty()) {
            result.errors.append(schemaErrors);
            allValid = false;
            continue;
        }
        DatasetParser(name, result.errors).read(*object, result.dataset);
    }

    result.dataset.index();
    // References between files only mean something when every file could be read.
    if (allValid)
        result.errors.append(DatasetChecker(result.dataset).check());
    return result;
}

QString DatasetLoader::publishedFileName()
{
    return u"published.json"_s;
}

PublishedLoadResult DatasetLoader::loadPublished(const QByteArray &bytes)
{
    PublishedLoadResult result;
    const QString name = publishedFileName();
    if (bytes.size() > MaxPublishedSize) {
        result.errors.append(tooLarge(name, bytes.size(), MaxPublishedSize));
        return result;
    }
    SchemaValidator *const validator = bundledValidator(result.errors);
    if (!validator)
        return result;
    const auto object = DatasetParser::parseObject(name, bytes, result.errors);
    if (!object)
        return result;
    // The envelope's definition refers to the same record definitions as the collection
    // files, so one pass checks everything and the paths match those of the four files.
    result.errors = validator->validate(*object, u"publishedDataset"_s, name);
    if (!result.errors.isEmpty())
        return result;

    DatasetParser parser(name, result.errors);
    result.version = object->value(u"version").toString();
    result.date = object->value(u"date").toString();
    parser.date(object->value(u"date"), u"/date"_s);
    parser.read(*object, result.dataset);
    result.dataset.index();
    // The checker names the collection file a record would be in; here it is all one file.
    for (DataError error : DatasetChecker(result.dataset).check()) {
        error.file = name;
        result.errors.append(error);
    }
    return result;
}
