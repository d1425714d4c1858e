#include "data/datastore.h"

#include "data/datasetloader.h"

DataStore::DataStore(QObject *parent)
    : QObject(parent)
{
}

DataErrors DataStore::loadBundled()
{
    const bool preloaded = m_preloaded.valid();
    LoadResult result = preloaded ? m_preloaded.get() : DatasetLoader::loadDirectory(DatasetLoader::bundledDirectory());
    if (preloaded && !result.ok()) // again, for the errors in the language installed by now
        result = DatasetLoader::loadDirectory(DatasetLoader::bundledDirectory());
    if (result.ok())
        use(std::move(result.dataset), Origin::Bundled, {});
    return result.errors;
}

void DataStore::preloadBundled()
{
    if (!m_preloaded.valid())
        m_preloaded = std::async(std::launch::async, [] { return DatasetLoader::loadDirectory(DatasetLoader::bundledDirectory()); });
}

DataErrors DataStore::loadFolder(const QString &directory)
{
    LoadResult result = DatasetLoader::loadDirectory(directory);
    if (result.ok())
        use(std::move(result.dataset), Origin::Folder, directory);
    return result.errors;
}

DataErrors DataStore::loadDownloaded(const DownloadedDataset &saved)
{
    PublishedLoadResult result = saved.load();
    if (result.ok()) {
        DownloadInfo info = saved.info();
        // The data file is the authority on what it holds, whatever the metadata says.
        info.version = result.version;
        info.date = result.date;
        useDownloaded(std::move(result.dataset), info);
    }
    return result.errors;
}

void DataStore::useDownloaded(Dataset &&dataset, const DownloadInfo &info)
{
    m_download = info;
    use(std::move(dataset), Origin::Downloaded, {});
}

void DataStore::use(Dataset &&dataset, Origin origin, const QString &folder)
{
    m_dataset = std::make_shared<const Dataset>(std::move(dataset));
    m_origin = origin;
    m_folder = folder;
    if (origin != Origin::Downloaded)
        m_download = {};
    emit datasetChanged(m_dataset);
}
