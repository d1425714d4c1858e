#include "data/datasetloader.h"

#include "data/datasetchecker.h"
#include "data/schemavalidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

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

// Turns JSON of a schema-valid file into domain types. The only rule left to check here is
// that a date which matches the pattern is also on the calendar ("2023-02-30" is not).
class Parser
{
public:
    Parser(const QString &fileName, DataErrors &errors) : m_file(fileName), m_errors(errors) {}

    QList<Country> countries(const QJsonArray &array);
    QList<Organization> organizations(const QJsonArray &array);
    QList<Relation> relations(const QJsonArray &array);
    QList<Article> articles(const QJsonArray &array);

private:
    PartialDate date(const QJsonValue &value, const QString &path);
    static LocalizedText text(const QJsonValue &value);
    static QStringList strings(const QJsonValue &value);
    Membership membership(const QJsonObject &object, const QString &path);
    HistoryEvent historyEvent(const QJsonObject &object, const QString &path);
    Paragraph paragraph(const QJsonObject &object, const QString &path);

    QString m_file;
    DataErrors &m_errors;
};

PartialDate Parser::date(const QJsonValue &value, const QString &path)
{
    if (value.isUndefined())
        return {};
    if (const auto parsed = PartialDate::parse(value.toString()))
        return *parsed;
    m_errors.append({m_file, path,
                     DatasetLoader::tr("\"%1\" is not %2")
                         .arg(value.toString(),
                              QCoreApplication::translate("schema", "a date (YYYY-MM-DD, YYYY-MM or YYYY)"))});
    return {};
}

LocalizedText Parser::text(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return {object.value(u"en").toString(), object.value(u"id").toString()};
}

QStringList Parser::strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QList<Country> Parser::countries(const QJsonArray &array)
{
    QList<Country> list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString path = u"/countries/%1"_s.arg(i);
        Country c;
        c.code = o.value(u"code").toString();
        c.alpha3 = o.value(u"alpha3").toString();
        c.name = text(o.value(u"name"));
        c.isoName = text(o.value(u"iso_name"));
        c.officialName = text(o.value(u"official_name"));
        c.capital = text(o.value(u"capital"));
        c.region = o.value(u"region").toString();
        c.unStatus = o.value(u"un_status").toString();
        c.areaKm2 = o.value(u"area_km2").toDouble();
        const QJsonObject population = o.value(u"population").toObject();
        c.population = {qint64(population.value(u"value").toDouble()), population.value(u"year").toInt(),
                        population.value(u"source").toString()};
        c.note = text(o.value(u"note"));
        c.sources = strings(o.value(u"source"));
        c.asOf = date(o.value(u"as_of"), path + u"/as_of"_s);
        list.append(std::move(c));
    }
    return list;
}

Membership Parser::membership(const QJsonObject &o, const QString &path)
{
    Membership m;
    m.country = o.value(u"country").toString();
    m.role = o.value(u"role").toString();
    m.joined = date(o.value(u"joined"), path + u"/joined"_s);
    m.left = date(o.value(u"left"), path + u"/left"_s);
    m.suspended = date(o.value(u"suspended"), path + u"/suspended"_s);
    m.note = text(o.value(u"note"));
    m.sources = strings(o.value(u"source"));
    return m;
}

HistoryEvent Parser::historyEvent(const QJsonObject &o, const QString &path)
{
    return {date(o.value(u"date"), path + u"/date"_s), o.value(u"type").toString(), o.value(u"country").toString(),
            text(o.value(u"text")), strings(o.value(u"source"))};
}

QList<Organization> Parser::organizations(const QJsonArray &array)
{
    QList<Organization> list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString path = u"/organizations/%1"_s.arg(i);
        Organization org;
        org.id = o.value(u"id").toString();
        org.kind = o.value(u"kind").toString();
        org.name = text(o.value(u"name"));
        org.abbreviation = text(o.value(u"abbreviation"));
        const QJsonObject founded = o.value(u"founded").toObject();
        org.founded = date(founded.value(u"date"), path + u"/founded/date"_s);
        org.foundedPlace = text(founded.value(u"place"));
        org.foundedNote = text(founded.value(u"note"));
        org.headquarters = text(o.value(u"headquarters"));
        org.summary = text(o.value(u"summary"));
        const QJsonObject obligation = o.value(u"obligation").toObject();
        org.obligation = {text(obligation.value(u"article")), obligation.value(u"type").toString(),
                          text(obligation.value(u"gist")), strings(obligation.value(u"source"))};
        const QJsonArray history = o.value(u"history").toArray();
        for (qsizetype h = 0; h < history.size(); ++h)
            org.history.append(historyEvent(history.at(h).toObject(), path + u"/history/%1"_s.arg(h)));
        const QJsonArray members = o.value(u"members").toArray();
        for (qsizetype m = 0; m < members.size(); ++m)
            org.members.append(membership(members.at(m).toObject(), path + u"/members/%1"_s.arg(m)));
        org.sources = strings(o.value(u"source"));
        org.asOf = date(o.value(u"as_of"), path + u"/as_of"_s);
        list.append(std::move(org));
    }
    return list;
}

QList<Relation> Parser::relations(const QJsonArray &array)
{
    QList<Relation> list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString path = u"/relations/%1"_s.arg(i);
        list.append({o.value(u"country").toString(), o.value(u"type").toString(), strings(o.value(u"treaties")),
                     text(o.value(u"summary")), text(o.value(u"article_check")),
                     date(o.value(u"as_of"), path + u"/as_of"_s), strings(o.value(u"source"))});
    }
    return list;
}

Paragraph Parser::paragraph(const QJsonObject &o, const QString &path)
{
    Paragraph p;
    p.id = o.value(u"id").toString();
    p.heading = o.value(u"kind").toString() == u"heading";
    p.text = text(o.value(u"text"));
    for (const QJsonValue &mention : o.value(u"mentions").toArray())
        p.mentions.append({text(mention[u"text"]), mention[u"target"].toString()});
    const QJsonArray notes = o.value(u"notes").toArray();
    for (qsizetype n = 0; n < notes.size(); ++n) {
        const QJsonObject note = notes.at(n).toObject();
        p.notes.append({text(note.value(u"text")), note.value(u"target").toString(),
                        date(note.value(u"as_of"), path + u"/notes/%1/as_of"_s.arg(n))});
    }
    return p;
}

QList<Article> Parser::articles(const QJsonArray &array)
{
    QList<Article> list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString path = u"/articles/%1"_s.arg(i);
        Article a;
        a.id = o.value(u"id").toString();
        a.title = text(o.value(u"title"));
        a.lead = text(o.value(u"lead"));
        a.publisher = o.value(u"publisher").toString();
        a.editor = o.value(u"editor").toString();
        a.originalSource = o.value(u"original_source").toString();
        a.cites = o.value(u"cites").toString();
        a.url = o.value(u"url").toString();
        a.published = date(o.value(u"published"), path + u"/published"_s);
        a.language = o.value(u"language").toString();
        const QJsonObject page = o.value(u"page").toObject();
        a.page = page.value(u"number").toInt();
        a.pageCount = page.value(u"of").toInt();
        const QJsonObject image = o.value(u"image").toObject();
        a.imageCaption = text(image.value(u"caption"));
        a.imageCredit = image.value(u"credit").toString();
        a.copyright = o.value(u"copyright").toString();
        a.translationNote = text(o.value(u"translation_note"));
        const QJsonArray paragraphs = o.value(u"paragraphs").toArray();
        for (qsizetype p = 0; p < paragraphs.size(); ++p)
            a.paragraphs.append(paragraph(paragraphs.at(p).toObject(), path + u"/paragraphs/%1"_s.arg(p)));
        list.append(std::move(a));
    }
    return list;
}

QString lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, bytes.size());
    const qsizetype line = bytes.left(offset).count('\n') + 1;
    const qsizetype column = offset - (bytes.lastIndexOf('\n', offset - 1) + 1) + 1;
    return DatasetLoader::tr("line %1, column %2").arg(line).arg(column);
}

// Parses one file's bytes; on failure appends an error that says where the JSON breaks.
std::optional<QJsonObject> parseJson(const QString &fileName, const QByteArray &bytes, DataErrors &errors)
{
    if (bytes.trimmed().isEmpty()) {
        errors.append({fileName, QString(), DatasetLoader::tr("the file is empty")});
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors.append({fileName, QString(),
                       DatasetLoader::tr("not valid JSON at %1: %2")
                           .arg(lineAndColumn(bytes, parseError.offset), parseError.errorString())});
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors.append({fileName, QString(), DatasetLoader::tr("expected a JSON object at the top level")});
        return std::nullopt;
    }
    return document.object();
}

QJsonObject bundledSchema()
{
    QFile file(u":/data/schema/sekutu.schema.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The bundled schema, read and compiled once for the program's life (SchemaValidator is
// thread-safe): compiling it anew cost a third of every load.
SchemaValidator *bundledValidator(QString *error)
{
    static QString schemaError;
    static const std::unique_ptr<SchemaValidator> validator = SchemaValidator::create(bundledSchema(), &schemaError);
    *error = schemaError;
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
    if (!QFileInfo(directory).isDir()) {
        LoadResult result;
        result.errors.append({QDir::toNativeSeparators(directory), QString(), tr("no such folder")});
        return result;
    }
    QMap<QString, QByteArray> files;
    DataErrors readErrors;
    for (const QString &name : fileNames()) {
        QFile file(QDir(directory).filePath(name));
        if (!file.exists())
            continue; // loadFiles() reports it missing
        if (file.size() > MaxFileSize)
            readErrors.append(tooLarge(name, file.size()));
        else if (!file.open(QIODevice::ReadOnly))
            readErrors.append({name, QString(), tr("cannot be read: %1").arg(file.errorString())});
        else
            files.insert(name, file.read(MaxFileSize + 1));
    }
    return load(files, readErrors);
}

LoadResult DatasetLoader::loadFiles(const QMap<QString, QByteArray> &files)
{
    return load(files, {});
}

DataError DatasetLoader::tooLarge(const QString &fileName, qint64 size, qint64 limit)
{
    return {fileName, QString(),
            tr("the file is too large (%1 MiB; the limit is %2 MiB)")
                .arg(size / (1024 * 1024))
                .arg(limit / (1024 * 1024))};
}

LoadResult DatasetLoader::load(const QMap<QString, QByteArray> &files, const DataErrors &readErrors)
{
    LoadResult result;
    result.errors = readErrors;
    QString schemaError;
    SchemaValidator *const validator = bundledValidator(&schemaError);
    if (!validator) {
        result.errors.append({u"schema/sekutu.schema.json"_s, QString(), schemaError});
        return result;
    }

    bool allValid = readErrors.isEmpty();
    for (const QString &name : fileNames()) {
        const bool unreadable = std::any_of(readErrors.cbegin(), readErrors.cend(),
                                            [&name](const DataError &e) { return e.file == name; });
        if (unreadable)
            continue;
        if (!files.contains(name)) {
            result.errors.append({name, QString(), tr("the file is missing")});
            allValid = false;
            continue;
        }
        const QByteArray &bytes = files.value(name);
        if (bytes.size() > MaxFileSize) {
            result.errors.append(tooLarge(name, bytes.size()));
            allValid = false;
            continue;
        }
        const auto object = parseJson(name, bytes, result.errors);
        if (!object) {
            allValid = false;
            continue;
        }
        const DataErrors schemaErrors = validator->validate(*object, definitionFor(name), name);
        if (!schemaErrors.isEmpty()) {
            result.errors.append(schemaErrors);
            allValid = false;
            continue;
        }
        Parser parser(name, result.errors);
        if (name == CountriesFile)
            result.dataset.countries = parser.countries(object->value(u"countries").toArray());
        else if (name == OrganizationsFile)
            result.dataset.organizations = parser.organizations(object->value(u"organizations").toArray());
        else if (name == RelationsFile)
            result.dataset.relations = parser.relations(object->value(u"relations").toArray());
        else
            result.dataset.articles = parser.articles(object->value(u"articles").toArray());
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
    QString schemaError;
    SchemaValidator *const validator = bundledValidator(&schemaError);
    if (!validator) {
        result.errors.append({u"schema/sekutu.schema.json"_s, QString(), schemaError});
        return result;
    }
    const auto object = parseJson(name, bytes, result.errors);
    if (!object)
        return result;
    // The envelope's definition refers to the same record definitions as the collection
    // files, so one pass checks everything and the paths match those of the four files.
    result.errors = validator->validate(*object, u"publishedDataset"_s, name);
    if (!result.errors.isEmpty())
        return result;

    result.version = object->value(u"version").toString();
    result.date = object->value(u"date").toString();
    if (!PartialDate::parse(result.date)) {
        result.errors.append({name, u"/date"_s,
                              tr("\"%1\" is not %2")
                                  .arg(result.date, QCoreApplication::translate("schema", "a date (YYYY-MM-DD, YYYY-MM or YYYY)"))});
    }
    Parser parser(name, result.errors);
    result.dataset.countries = parser.countries(object->value(u"countries").toArray());
    result.dataset.organizations = parser.organizations(object->value(u"organizations").toArray());
    result.dataset.relations = parser.relations(object->value(u"relations").toArray());
    result.dataset.articles = parser.articles(object->value(u"articles").toArray());
    result.dataset.index();
    // The checker names the collection file a record would be in; here it is all one file.
    for (DataError error : DatasetChecker(result.dataset).check()) {
        error.file = name;
        result.errors.append(error);
    }
    return result;
}

QByteArray DatasetLoader::publish(const QString &directory, const QString &version, const QString &date,
                                  DataErrors *errors)
{
    *errors = loadDirectory(directory).errors;
    if (!errors->isEmpty())
        return {};
    // The records are copied as JSON, not rebuilt from the domain types, so that nothing the
    // files say is lost on the way.
    auto quoted = [](const QString &text) {
        return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    };
    QByteArray out = "{\n    \"format\": \"sekutu-dataset\",\n    \"version\": " + quoted(version)
                     + ",\n    \"date\": " + quoted(date);
    for (const QString &name : fileNames()) {
        QFile file(QDir(directory).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            errors->append({name, QString(), tr("cannot be read: %1").arg(file.errorString())});
            return {};
        }
        const auto object = parseJson(name, file.read(MaxFileSize + 1), *errors);
        if (!object)
            return {};
        const QString collection = name.chopped(5); // "countries.json" holds "countries"
        QByteArray array = QJsonDocument(object->value(collection).toArray()).toJson(QJsonDocument::Indented).trimmed();
        // JSON strings cannot hold a raw line break, so every one of these is between tokens.
        array.replace('\n', "\n    ");
        out += ",\n    " + quoted(collection) + ": " + array;
    }
    out += "\n}\n";
    return out;
}
