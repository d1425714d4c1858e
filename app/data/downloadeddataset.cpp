#include "data/downloadeddataset.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return DownloadedDataset::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace

DownloadedDataset::DownloadedDataset(const QString &directory)
    : m_directory(directory)
{
}

QString DownloadedDataset::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DownloadedDataset::dataFile() const
{
    return QDir(m_directory).filePath(DatasetLoader::publishedFileName());
}

QString DownloadedDataset::infoFile() const
{
    return QDir(m_directory).filePath(u"published-info.json"_s);
}

bool DownloadedDataset::exists() const
{
    return QFile::exists(dataFile());
}

DownloadInfo DownloadedDataset::info() const
{
    QFile file(infoFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    return {o.value(u"url").toString(),
            o.value(u"etag").toString(),
            o.value(u"last_modified").toString(),
            o.value(u"version").toString(),
            o.value(u"date").toString(),
            QDateTime::fromString(o.value(u"downloaded").toString(), Qt::ISODate)};
}

PublishedLoadResult DownloadedDataset::load() const
{
    QFile file(dataFile());
    if (file.size() > DatasetLoader::MaxPublishedSize) {
        PublishedLoadResult result;
        result.errors.append({DatasetLoader::publishedFileName(), QString(),
                              tr("the file is too large (%1 MiB; the limit is %2 MiB)")
                                  .arg(file.size() / (1024 * 1024))
                                  .arg(DatasetLoader::MaxPublishedSize / (1024 * 1024))});
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        PublishedLoadResult result;
        result.errors.append({DatasetLoader::publishedFileName(), QString(),
                              tr("cannot be read: %1").arg(file.errorString())});
        return result;
    }
    return DatasetLoader::loadPublished(file.read(DatasetLoader::MaxPublishedSize + 1));
}

QString DownloadedDataset::save(const QByteArray &data, const DownloadInfo &info) const
{
    if (!QDir().mkpath(m_directory))
        return tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(m_directory));
    if (QString error = writeFile(dataFile(), data); !error.isEmpty())
        return error;
    const QJsonObject o{{u"url"_s, info.url},
                        {u"etag"_s, info.etag},
                        {u"last_modified"_s, info.lastModified},
                        {u"version"_s, info.version},
                        {u"date"_s, info.date},
                        {u"downloaded"_s, info.downloaded.toString(Qt::ISODate)}};
    // The data is saved and good; without its metadata the next check simply downloads it
    // again, so stale metadata (another ETag) is removed rather than kept.
    if (!writeFile(infoFile(), QJsonDocument(o).toJson()).isEmpty())
        QFile::remove(infoFile());
    return {};
}
