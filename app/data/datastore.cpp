#include "data/datastore.h"

#include "data/datasetloader.h"

DataStore::DataStore(QObject *parent)
    : QObject(parent)
{
}

DataErrors DataStore::loadBundled()
{
    LoadResult result = DatasetLoader::loadDirectory(DatasetLoader::bundledDirectory());
    if (result.ok())
        use(std::move(result.dataset), Origin::Bundled, {});
    return result.errors;
}

DataErrors DataStore::loadFolder(const QString &directory)
{
    LoadResult result = DatasetLoader::loadDirectory(directory);
    if (result.ok())
        use(std::move(result.dataset), Origin::Folder, directory);
    return result.errors;
}

void DataStore::use(Dataset &&dataset, Origin origin, const QString &folder)
{
    m_dataset = std::make_shared<const Dataset>(std::move(dataset));
    m_origin = origin;
    m_folder = folder;
    emit datasetChanged(m_dataset);
}
