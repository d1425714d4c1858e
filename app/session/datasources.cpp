#include "session/datasources.h"

#include "network/datasetupdater.h"
#include "network/updatesettings.h"
#include "session/session.h"

#include <QDir>
#include <QSettings>

DataSources::DataSources(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

DataSources::~DataSources() = default;

QString DataSources::bundledName()
{
    return tr("the bundled data");
}

DownloadInfo DataSources::downloadInUse() const
{
    return m_origin == Origin::Downloaded ? m_download : DownloadInfo();
}

QList<DataSources::Problem> DataSources::start(const QString &folder)
{
    m_startedWithFolder = !folder.isEmpty();
    QList<Problem> problems;
    const DataErrors bundledErrors = loadBundled();
    if (!folder.isEmpty()) {
        if (const DataErrors errors = loadFolder(folder); !errors.isEmpty())
            problems.append({QDir::toNativeSeparators(folder), errors});
    } else if (!UpdateSettings::prefersBundled(QSettings()) && m_storage.exists()) {
        if (const DataErrors errors = loadDownloaded(); !errors.isEmpty())
            problems.append({m_storage.dataFile(), errors});
    }
    if (!bundledErrors.isEmpty())
        problems.prepend({bundledName(), bundledErrors});
    return problems;
}

bool DataSources::checksAtStart() const
{
    const QSettings settings;
    return !m_startedWithFolder && UpdateSettings::checkAtStart(settings) && !UpdateSettings::prefersBundled(settings);
}

DataErrors DataSources::loadBundled()
{
    const bool preloaded = m_preloaded.valid();
    LoadResult result = preloaded ? m_preloaded.get() : DatasetLoader::loadBundled();
    if (preloaded && !result.ok()) // again, for the errors in the language installed by now
        result = DatasetLoader::loadBundled();
    if (result.ok())
        use(std::make_shared<const Dataset>(std::move(result.dataset)), Origin::Bundled);
    return result.errors;
}

DataErrors DataSources::loadFolder(const QString &directory)
{
    LoadResult result = DatasetLoader::loadDirectory(directory);
    if (result.ok())
        use(std::make_shared<const Dataset>(std::move(result.dataset)), Origin::Folder, directory);
    return result.errors;
}

DataErrors DataSources::loadDownloaded()
{
    PublishedLoadResult result = m_storage.load();
    if (result.ok()) {
        DownloadInfo info = m_storage.info();
        // The data file is the authority on what it holds, whatever the metadata says.
        info.version = result.version;
        info.date = result.date;
        use(std::make_shared<const Dataset>(std::move(result.dataset)), Origin::Downloaded, {}, info);
    }
    return result.errors;
}

DataErrors DataSources::useBundled()
{
    const DataErrors errors = loadBundled();
    if (errors.isEmpty()) {
        QSettings settings;
        UpdateSettings::setPrefersBundled(settings, true);
    }
    return errors;
}

void DataSources::adopt(UpdateResult &result)
{
    if (result.status != UpdateResult::Status::Updated || !result.dataset)
        return;
    if (const QString error = m_storage.save(result.data, result.info); !error.isEmpty()) {
        result.status = UpdateResult::Status::Failed;
        result.message = tr("The data from %1 is valid but could not be saved, so it is not used: %2")
                             .arg(result.url.toDisplayString(), error);
    } else {
        use(result.dataset, Origin::Downloaded, {}, result.info);
        QSettings settings;
        UpdateSettings::setPrefersBundled(settings, false);
    }
}

void DataSources::use(std::shared_ptr<const Dataset> dataset, Origin origin, const QString &folder,
                      const DownloadInfo &download)
{
    m_origin = origin;
    m_folder = folder;
    m_download = download;
    m_session.setDataset(std::move(dataset));
    emit originChanged();
}
