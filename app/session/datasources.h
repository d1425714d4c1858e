#pragma once

#include "data/dataerror.h"
#include "data/datasetloader.h"
#include "data/downloadeddataset.h"

#include <QCoreApplication>
#include <QObject>

#include <future>

class Session;
struct UpdateResult;

// Where the data in use comes from, and the rules for choosing it. At start: the bundled
// data, then the folder named with --data or else the last good download, unless the reader
// chose the bundled data. Later: a folder the reader opens, the bundled data again, or what a
// check for updates downloaded (saved first, then used). What is chosen goes into the Session;
// data with errors never does, and the data in use then stays as it was.
class DataSources final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataSources)

public:
    enum class Origin { Bundled, Folder, Downloaded };

    // Problems in one source: where (a folder, a file, "the bundled data") and what.
    struct Problem
    {
        QString where;
        DataErrors errors;
    };

    explicit DataSources(Session &session, QObject *parent = nullptr);
    ~DataSources() override;

    // "the bundled data", translated, for messages.
    static QString bundledName();

    Origin origin() const { return m_origin; }
    // The folder in use (origin Folder).
    QString folder() const { return m_folder; }
    // Where the data in use was downloaded from, its version and date (origin Downloaded).
    const DownloadInfo &download() const { return m_download; }
    // What DatasetUpdater::check() needs to ask only for something newer: download() while
    // the data in use is a download, otherwise nothing.
    DownloadInfo downloadInUse() const;

    // Where the last good download is kept (default: the app's data folder).
    const DownloadedDataset &storage() const { return m_storage; }
    void setStorage(const DownloadedDataset &storage) { m_storage = storage; }

    // The bundled data being read on another thread (main() starts that while the window is
    // built): the next loadBundled() waits for it instead of reading again.
    void usePreloaded(std::future<LoadResult> bundled) { m_preloaded = std::move(bundled); }
    // The data at start: the bundled data, then folder (when given) or the last good download
    // (unless the reader chose the bundled data). Returns what could not be used, and why.
    QList<Problem> start(const QString &folder = {});
    // Whether to check for updates at start: not when started with a folder, only when the
    // reader turned the check on and has not chosen the bundled data.
    bool checksAtStart() const;

    // Bundled data is part of the build and checked by its tests; errors here are a bug.
    DataErrors loadBundled();
    // On errors the data in use stays and the errors are returned.
    DataErrors loadFolder(const QString &directory);
    // The last good download in storage(); on errors the data in use stays.
    DataErrors loadDownloaded();
    // The reader's "Use Bundled Data": remembered until they check for updates themselves.
    DataErrors useBundled();
    // The end of a check for updates. A validated download (status Updated) is saved, put in
    // use, and the choice of the bundled data forgotten; when it cannot be saved, nothing
    // changes and result becomes a failure that says why.
    void adopt(UpdateResult &result);

signals:
    // The data in use came from elsewhere; the Session has it already.
    void originChanged();

private:
    void use(std::shared_ptr<const Dataset> dataset, Origin origin, const QString &folder = {},
             const DownloadInfo &download = {});

    Session &m_session;
    Origin m_origin = Origin::Bundled;
    QString m_folder;
    DownloadInfo m_download;
    DownloadedDataset m_storage;
    bool m_startedWithFolder = false;
    std::future<LoadResult> m_preloaded;
};
