#include "data/datasetpublisher.h"

#include "data/datasetloader.h"
#include "data/datasetparser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

QByteArray DatasetPublisher::publish(const QString &directory, const QString &version, const QString &date,
                                     DataErrors *errors)
{
    *errors = DatasetLoader::loadDirectory(directory).errors;
    if (!errors->isEmpty())
        return {};
    // The records are copied as JSON, not rebuilt from the domain types, so that nothing the
    // files say is lost on the way.
    auto quoted = [](const QString &text) {
        return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    };
    QByteArray out = "{\n    \"format\": \"sekutu-dataset\",\n    \"version\": " + quoted(version)
                     + ",\n    \"date\": " + quoted(date);
    for (const QString &name : DatasetLoader::fileNames()) {
        QFile file(QDir(directory).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            errors->append({name, QString(), tr("cannot be read: %1").arg(file.errorString())});
            return {};
        }
        const auto object = DatasetParser::parseObject(name, file.read(DatasetLoader::MaxFileSize + 1), *errors);
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
