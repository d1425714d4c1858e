#pragma once

#include "data/datasetloader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Where a downloaded dataset came from and what it says about itself.
struct DownloadInfo
{
    QString url;          // the update address it was requested from
    QString etag;         // the server's ETag, sent back as If-None-Match
    QString lastModified; // the server's Last-Modified, sent back as If-Modified-Since
    QString version;      // from the dataset
    QString date;         // from the dataset
    QDateTime downloaded;
};

// The last good downloaded dataset, kept in a folder (by default the app's data folder) as
// published.json with published-info.json beside it. Only data the loader accepted is saved,
// and the pair is replaced as one (see save()), so a failed download, a full disk or a failed
// write never leaves anything but the previous good files.
class DownloadedDataset final
{
    Q_DECLARE_TR_FUNCTIONS(DownloadedDataset)

public:
    explicit DownloadedDataset(const QString &directory = defaultDirectory());

    // QStandardPaths::AppDataLocation.
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    QString dataFile() const;
    QString infoFile() const;
    bool exists() const;

    // The saved metadata; empty fields when there is none, it cannot be read, or it belongs
    // to another data file. version and date are those of the data file's last save.
    DownloadInfo info() const;
    // Reads and validates the saved data.
    PublishedLoadResult load() const;
    // Saves data that loadPublished() accepted. Returns an empty string, or what went wrong.
    QString save(const QByteArray &data, const DownloadInfo &info) const;

private:
    QString m_directory;
};
