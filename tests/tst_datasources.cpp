// Which data Sekutu starts with: the bundled data, a --data folder, or the last good download
// unless the reader chose the bundled data; a source that fails is reported by name and the
// bundled data stays in use. Whatever is chosen is what the Session holds.
#include "data/datasetloader.h"
#include "data/datasetpublisher.h"
#include "data/downloadeddataset.h"
#include "network/updatesettings.h"
#include "session/datasources.h"
#include "session/session.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <future>
#include <thread>

#include <sys/mount.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(DataSources::Origin)

class TestDataSources final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void start_data();
    void start();
    void checksAtStart_data();
    void checksAtStart();
    void useBundledIsRemembered();
    void startWaitsForThePreload();
    void saveOnFullDiskKeepsPair_data();
    void saveOnFullDiskKeepsPair();
    void staleInfoIsIgnored();

private:
    QByteArray m_published;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDataSources::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    DataErrors errors;
    m_published = DatasetPublisher::publish(DatasetLoader::bundledDirectory(), u"2026.12.01"_s, u"2026-12-01"_s, &errors);
    QVERIFY(errors.isEmpty());
}

void TestDataSources::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDataSources::start_data()
{
    QTest::addColumn<QString>("folder");     // "good", "bad" or none
    QTest::addColumn<QString>("download");   // "good", "damaged" or none
    QTest::addColumn<bool>("prefersBundled");
    QTest::addColumn<DataSources::Origin>("origin");
    QTest::addColumn<QString>("problemAt");  // "folder", "download" or none

    using O = DataSources::Origin;
    QTest::newRow("bundled-only") << QString() << QString() << false << O::Bundled << QString();
    QTest::newRow("last-download") << QString() << u"good"_s << false << O::Downloaded << QString();
    QTest::newRow("download-but-bundled-chosen") << QString() << u"good"_s << true << O::Bundled << QString();
    QTest::newRow("damaged-download") << QString() << u"damaged"_s << false << O::Bundled << u"download"_s;
    QTest::newRow("folder") << u"good"_s << QString() << false << O::Folder << QString();
    QTest::newRow("folder-wins-over-download") << u"good"_s << u"good"_s << false << O::Folder << QString();
    QTest::newRow("bad-folder") << u"bad"_s << u"good"_s << false << O::Bundled << u"folder"_s;
}

void TestDataSources::start()
{
    QFETCH(QString, folder);
    QFETCH(QString, download);
    QFETCH(bool, prefersBundled);
    QFETCH(DataSources::Origin, origin);
    QFETCH(QString, problemAt);

    const DownloadedDataset storage(m_dir->filePath(u"downloaded"_s));
    if (!download.isEmpty()) {
        const QByteArray bytes = download == u"good" ? m_published : m_published.left(100);
        QVERIFY(storage.save(bytes, {u"https://example.org/published.json"_s, u"\"e\""_s, {}, u"2026.12.01"_s,
                                     u"2026-12-01"_s, QDateTime::currentDateTimeUtc()})
                    .isEmpty());
    }
    QString folderPath;
    if (!folder.isEmpty()) {
        folderPath = m_dir->filePath(u"folder"_s);
        QVERIFY(QDir().mkpath(folderPath));
        for (const QString &name : DatasetLoader::fileNames()) {
            if (folder == u"bad" && name == u"relations.json")
                continue;
            QVERIFY(QFile::copy(QDir(DatasetLoader::bundledDirectory()).filePath(name), QDir(folderPath).filePath(name)));
        }
    }
    if (prefersBundled) {
        QSettings settings;
        UpdateSettings::setPrefersBundled(settings, true);
    }

    Session session;
    DataSources sources(session);
    sources.setStorage(storage);
    QSignalSpy originChanged(&sources, &DataSources::originChanged);
    const QList<DataSources::Problem> problems = sources.start(folderPath);

    QCOMPARE(sources.origin(), origin);
    QVERIFY(originChanged.count() >= 1);
    QVERIFY(!session.dataset().countries.isEmpty());
    QCOMPARE(session.dataset().countries.size(), DatasetLoader::loadDirectory(DatasetLoader::bundledDirectory()).dataset.countries.size());
    if (origin == DataSources::Origin::Downloaded) {
        QCOMPARE(sources.download().version, u"2026.12.01"_s);
        QCOMPARE(sources.downloadInUse().etag, u"\"e\""_s);
    } else {
        QVERIFY(sources.downloadInUse().url.isEmpty());
    }
    if (origin == DataSources::Origin::Folder)
        QCOMPARE(sources.folder(), folderPath);

    if (problemAt.isEmpty()) {
        QVERIFY(problems.isEmpty());
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().where,
             problemAt == u"folder" ? QDir::toNativeSeparators(folderPath) : storage.dataFile());
    QVERIFY(!problems.constFirst().errors.isEmpty());
}

void TestDataSources::checksAtStart_data()
{
    QTest::addColumn<bool>("checkAtStart");
    QTest::addColumn<bool>("prefersBundled");
    QTest::addColumn<bool>("withFolder");
    QTest::addColumn<bool>("checks");
    QTest::newRow("off") << false << false << false << false;
    QTest::newRow("on") << true << false << false << true;
    QTest::newRow("on-but-bundled-chosen") << true << true << false << false;
    QTest::newRow("on-but-started-with-folder") << true << false << true << false;
}

void TestDataSources::checksAtStart()
{
    QFETCH(bool, checkAtStart);
    QFETCH(bool, prefersBundled);
    QFETCH(bool, withFolder);
    QFETCH(bool, checks);
    {
        QSettings settings;
        UpdateSettings::setCheckAtStart(settings, checkAtStart);
        UpdateSettings::setPrefersBundled(settings, prefersBundled);
    }
    Session session;
    DataSources sources(session);
    sources.setStorage(DownloadedDataset(m_dir->path()));
    sources.start(withFolder ? DatasetLoader::bundledDirectory() : QString());
    QCOMPARE(sources.checksAtStart(), checks);
}

// main() starts reading the bundled data before anything else: start() takes that result (here
// a stand-in with one country, so that a second read would show) rather than reading again.
void TestDataSources::startWaitsForThePreload()
{
    std::promise<LoadResult> promise;
    Session session;
    DataSources sources(session);
    sources.usePreloaded(promise.get_future());
    std::thread reader([&promise] {
        LoadResult result = DatasetLoader::loadBundled();
        result.dataset.countries.resize(1);
        result.dataset.index();
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        promise.set_value(std::move(result));
    });
    QVERIFY(sources.start().isEmpty());
    reader.join();
    QCOMPARE(sources.origin(), DataSources::Origin::Bundled);
    QCOMPARE(session.dataset().countries.size(), 1);
    // Later loads read the bundled data again.
    QVERIFY(sources.useBundled().isEmpty());
    QCOMPARE(session.dataset().countries.size(), DatasetLoader::loadBundled().dataset.countries.size());
}

void TestDataSources::useBundledIsRemembered()
{
    Session session;
    DataSources sources(session);
    QVERIFY(sources.loadFolder(DatasetLoader::bundledDirectory()).isEmpty());
    QCOMPARE(sources.origin(), DataSources::Origin::Folder);
    QVERIFY(!UpdateSettings::prefersBundled(QSettings()));
    QVERIFY(sources.useBundled().isEmpty());
    QCOMPARE(sources.origin(), DataSources::Origin::Bundled);
    QVERIFY(UpdateSettings::prefersBundled(QSettings()));
}

namespace {

// A small tmpfs mounted for one test and always unmounted.
class SmallFilesystem final
{
public:
    explicit SmallFilesystem(const QString &directory)
        : m_directory(QFile::encodeName(directory))
    {
        m_mounted = ::mount("tmpfs", m_directory.constData(), "tmpfs", 0, "size=64k") == 0;
        if (!m_mounted)
            m_error = QString::fromLocal8Bit(std::strerror(errno));
    }
    ~SmallFilesystem()
    {
        if (m_mounted)
            ::umount2(m_directory.constData(), MNT_DETACH);
    }
    Q_DISABLE_COPY_MOVE(SmallFilesystem)

    bool isMounted() const { return m_mounted; }
    QString error() const { return m_error; }

private:
    QByteArray m_directory;
    bool m_mounted = false;
    QString m_error;
};

// Fills the filesystem at directory with one-page files until a write fails, then frees
// freePages of them. Returns the number of files written.
int fill(const QString &directory, int freePages)
{
    const QByteArray page(4096, 'x');
    int files = 0;
    for (;; ++files) {
        QFile filler(QDir(directory).filePath(u"filler-%1"_s.arg(files)));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || filler.write(page) != page.size()) {
            filler.close();
            filler.remove();
            break;
        }
    }
    for (int i = 0; i < freePages && files > 0; ++i)
        QFile::remove(QDir(directory).filePath(u"filler-%1"_s.arg(--files)));
    return files;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

} // namespace

void TestDataSources::saveOnFullDiskKeepsPair_data()
{
    QTest::addColumn<int>("freePages");
    QTest::addColumn<int>("dataSize");
    // Under QSaveFile's buffer size: the case Qt 6.4 reported as saved.
    QTest::newRow("full-small") << 0 << 3000;
    QTest::newRow("full-large") << 0 << 40000;
    // The data fits; its metadata does not.
    QTest::newRow("room-for-data-only") << 1 << 3000;
}

// On a real full filesystem (a 64 KiB tmpfs; mounting needs root).
void TestDataSources::saveOnFullDiskKeepsPair()
{
    QFETCH(int, freePages);
    QFETCH(int, dataSize);
    if (::geteuid() != 0)
        QSKIP("mounting a small tmpfs for a full disk needs root");
    const QString folder = m_dir->filePath(u"full"_s);
    QVERIFY(QDir().mkpath(folder));
    const SmallFilesystem filesystem(folder);
    if (!filesystem.isMounted())
        QSKIP(qPrintable(u"a tmpfs could not be mounted: "_s + filesystem.error()));

    const DownloadedDataset storage(folder);
    DownloadInfo old;
    old.url = u"https://example.org/old.json"_s;
    old.etag = u"\"old\""_s;
    old.version = u"2026.11.25"_s;
    old.date = u"2026-11-25"_s;
    QCOMPARE(storage.save(QByteArray(2000, 'o'), old), QString());
    const QByteArray oldData = contents(storage.dataFile());
    const QByteArray oldInfo = contents(storage.infoFile());
    QCOMPARE(storage.info().etag, old.etag);

    QVERIFY(fill(folder, freePages) > 0);
    DownloadInfo next = old;
    next.etag = u"\"new\""_s;
    next.version = u"2026.12.01"_s;
    const QString error = storage.save(QByteArray(dataSize, 'n'), next);
    QVERIFY2(!error.isEmpty(), "a save on a full disk reported success");
    QVERIFY2(error.contains(u"could not be written"_s), qPrintable(error));
    QCOMPARE(contents(storage.dataFile()), oldData);
    QCOMPARE(contents(storage.infoFile()), oldInfo);
    QCOMPARE(storage.info().etag, old.etag);
    // No temporary file is left behind.
    const QStringList left = QDir(folder).entryList(QDir::Files).filter(u"published"_s);
    QCOMPARE(left, (QStringList{u"published-info.json"_s, u"published.json"_s}));
}

// Metadata beside data it does not describe (a crash between the two renames) is not used.
void TestDataSources::staleInfoIsIgnored()
{
    const DownloadedDataset storage(m_dir->path());
    DownloadInfo info;
    info.url = u"https://example.org/a.json"_s;
    info.etag = u"\"a\""_s;
    QCOMPARE(storage.save("first", info), QString());
    QCOMPARE(storage.info().etag, info.etag);
    QFile data(storage.dataFile());
    QVERIFY(data.open(QIODevice::WriteOnly | QIODevice::Truncate));
    data.write("second");
    data.close();
    QVERIFY(storage.info().etag.isEmpty());
    QVERIFY(storage.info().url.isEmpty());
}

QTEST_GUILESS_MAIN(TestDataSources)
#include "tst_datasources.moc"
