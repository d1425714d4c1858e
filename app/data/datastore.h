#pragma once

#include "data/dataerror.h"
#include "data/dataset.h"
#include "data/datasetloader.h"
#include "data/downloadeddataset.h"

#include <QObject>

#include <future>
#include <memory>

// The data the app shows and where it came from. Loading a folder that turns out invalid
// leaves the data in use as it was and reports why.
class DataStore final : public QObject
{
    Q_OBJECT

public:
    enum class Origin { Bundled, Folder, Downloaded };

    explicit DataStore(QObject *parent = nullptr);

    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    Origin origin() const { return m_origin; }
    QString folder() const { return m_folder; }
    // Where the data in use was downloaded from, its version and date (origin Downloaded).
    const DownloadInfo &download() const { return m_download; }

    // Bundled data is part of the build and checked by its tests; errors here are a bug.
    DataErrors loadBundled();
    // Starts reading and checking the bundled data on another thread; the next loadBundled()
    // waits for that instead of starting over. At startup the window is built meanwhile.
    void preloadBundled();
    // On errors the current data stays in use and the errors are returned.
    DataErrors loadFolder(const QString &directory);
    // The last good downloaded data; on errors the current data stays in use.
    DataErrors loadDownloaded(const DownloadedDataset &saved);
    // Data a DatasetUpdater has downloaded, validated and saved.
    void useDownloaded(Dataset &&dataset, const DownloadInfo &info);

signals:
    void datasetChanged(const std::shared_ptr<const Dataset> &dataset);

private:
    void use(Dataset &&dataset, Origin origin, const QString &folder);

    std::shared_ptr<const Dataset> m_dataset = std::make_shared<const Dataset>();
    Origin m_origin = Origin::Bundled;
    QString m_folder;
    DownloadInfo m_download;
    std::future<LoadResult> m_preloaded;
};
