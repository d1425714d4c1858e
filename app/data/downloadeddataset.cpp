#include "data/downloadeddataset.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

const QString HashKey = u"sha256"_s;

// A file being replaced: written in full, unbuffered (so that every write's failure is seen
// where it happens; Qt 6.4's QSaveFile::commit() can miss a failure of its final buffered
// flush), flushed, and only then committed.
class PendingFile final
{
public:
    explicit PendingFile(const QString &path)
        : m_file(path)
    {
    }

    QString write(const QByteArray &bytes)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return failure();
        for (qsizetype done = 0; done < bytes.size();) {
            const qint64 written = m_file.write(bytes.constData() + done, bytes.size() - done);
            if (written <= 0)
                return failure();
            done += written;
        }
        if (!m_file.flush())
            return failure();
        return {};
    }
    QString commit() { return m_file.commit() ? QString() : failure(); }

private:
    QString failure() const
    {
        return DownloadedDataset::tr("%1 could not be written: %2")
            .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
    }

    QSaveFile m_file; // discards its temporary file unless committed
};

QByteArray sha256(QIODevice &device)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return hash.addData(&device) ? hash.result().toHex() : QByteArray();
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
    if (!QFileInfo(file).isFile() || !file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    // Metadata of another data file (see save()) describes nothing here.
    if (const QString hash = o.value(HashKey).toString(); !hash.isEmpty()) {
        QFile data(dataFile());
        if (!QFileInfo(data).isFile() || !data.open(QIODevice::ReadOnly) || sha256(data) != hash.toLatin1())
            return {};
    }
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
    // Only a regular file is opened (a named pipe would block the start).
    if (!QFileInfo(file).isFile()) {
        PublishedLoadResult result;
        result.errors.append({DatasetLoader::publishedFileName(), QString(), tr("is not a regular file")});
        return result;
    }
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

// The pair is replaced so that a full disk, a failed write or a crash never leaves a damaged
// file or a data file with another's metadata:
// 1. both new files are written in full beside the old ones (QSaveFile's temporary files),
//    every write and the flush checked; any failure discards both, and the old pair stays;
// 2. then each is renamed over its old file (an atomic rename in the same folder), data first,
//    metadata last.
// Between the two renames (a crash, or the second rename failing) the new data sits beside the
// old metadata; that metadata names the SHA-256 of the data it describes, so info() then
// ignores it, and the next check downloads the data again instead of trusting a stale ETag.
QString DownloadedDataset::save(const QByteArray &data, const DownloadInfo &info) const
{
    if (!QDir().mkpath(m_directory))
        return tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(m_directory));
    const QJsonObject o{{u"url"_s, info.url},
                        {u"etag"_s, info.etag},
                        {u"last_modified"_s, info.lastModified},
                        {u"version"_s, info.version},
                        {u"date"_s, info.date},
                        {u"downloaded"_s, info.downloaded.toString(Qt::ISODate)},
                        {HashKey, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())}};
    PendingFile dataOut(dataFile());
    PendingFile infoOut(infoFile());
    if (QString error = dataOut.write(data); !error.isEmpty())
        return error;
    if (QString error = infoOut.write(QJsonDocument(o).toJson()); !error.isEmpty())
        return error;
    if (QString error = dataOut.commit(); !error.isEmpty())
        return error;
    // The data is in place and good; metadata that failed to follow is stale, and the hash
    // already keeps it from being used.
    if (QString error = infoOut.commit(); !error.isEmpty())
        QFile::remove(infoFile());
    return {};
}
