// Check for Updates against a real HTTP server on 127.0.0.1: a good download is validated (on
// a worker thread), then saved and used by DataSources; a 304 changes nothing; every kind of
// failure leaves the data in use and the saved files exactly as they were, with a message that
// names the address and the problem.
// Also sekutu --export-data, run as a process, whose output is what the updater downloads.
#include "data/datasetloader.h"
#include "data/datasetpublisher.h"
#include "data/downloadeddataset.h"
#include "network/datasetupdater.h"
#include "session/datasources.h"
#include "session/session.h"
#include "testhttpserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Runs one check of the data sources' data to its end (or a generous deadline), has the
// sources adopt what it brought, as the window does, and returns how it ended.
UpdateResult runCheck(DatasetUpdater &updater, DataSources &sources)
{
    UpdateResult result;
    result.message = u"<the check did not finish>"_s;
    QEventLoop loop;
    const auto connection = QObject::connect(&updater, &DatasetUpdater::finished, &loop,
                                             [&](const UpdateResult &r) {
                                                 result = r;
                                                 sources.adopt(result);
                                                 loop.quit();
                                             });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    updater.check(sources.downloadInUse());
    loop.exec();
    QObject::disconnect(connection);
    return result;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

QByteArray published(const QString &version, const QString &date)
{
    DataErrors errors;
    const QByteArray bytes = DatasetPublisher::publish(DatasetLoader::bundledDirectory(), version, date, &errors);
    return errors.isEmpty() ? bytes : QByteArray();
}

// The published bytes with one value replaced (a JSON Pointer, e.g. "/format").
QByteArray withValue(const QByteArray &bytes, const QString &pointer, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QStringList path = pointer.split(u'/', Qt::SkipEmptyParts);
    std::function<QJsonValue(const QJsonValue &, QStringList)> set = [&](const QJsonValue &node, QStringList rest) -> QJsonValue {
        if (rest.isEmpty())
            return value;
        const QString key = rest.takeFirst();
        if (node.isArray()) {
            QJsonArray array = node.toArray();
            array[key.toInt()] = set(array.at(key.toInt()), rest);
            return array;
        }
        QJsonObject object = node.toObject();
        object[key] = set(object.value(key), rest);
        return object;
    };
    return QJsonDocument(set(root, path).toObject()).toJson();
}

// The published bytes with the article copied (under new ids) until they are 6 MiB: checking
// that takes a while.
QByteArray largeDataset(const QByteArray &bytes)
{
    QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QJsonArray articles = root.value(u"articles").toArray();
    const QJsonObject article = articles.first().toObject();
    const qsizetype articleSize = QJsonDocument(article).toJson(QJsonDocument::Compact).size();
    for (int i = 0; articles.size() * articleSize < 6 * 1024 * 1024; ++i) {
        QJsonObject copy = article;
        copy[u"id"] = u"copy-%1"_s.arg(i);
        articles.append(copy);
    }
    root[u"articles"] = articles;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

Q_DECLARE_METATYPE(CannedResponse)

class TestDatasetUpdater final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void updateIsValidatedSavedAndUsed();
    void notModifiedKeepsEverything();
    void conditionalOnlyForDataInUse();
    void redirectIsFollowed();
    void compressedTransfer();
    void httpsUpdate();
    void progressAndCancel();
    void validatedOffTheGuiThread();
    void cancelWhileValidating();
    void unsavableUpdateIsNotUsed();
    void failureChangesNothing_data();
    void failureChangesNothing();
    void savedDataAtStart();
    void exportData();
    void exportInvalidFolder();
    void deadlineStopsDrippingServer();
    void olderDataIsRefused();
    void isOlder_data();
    void isOlder();
    void insecureAddressIsNamed();
    void receivedBytesAreCapped();

private:
    // Downloads the first good version so that a saved, in-use download exists.
    void downloadFirstVersion();

    TestHttpServer m_server;
    TestHttpServer m_secureServer{TestHttpServer::Scheme::Https};
    QByteArray m_version1;
    QByteArray m_version2;
    std::unique_ptr<QTemporaryDir> m_storageDir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<DataSources> m_store;
    std::unique_ptr<DatasetUpdater> m_updater;
};

void TestDatasetUpdater::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Straight to 127.0.0.1 whatever the environment's proxy settings are.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    QVERIFY(m_server.listen());
    m_version1 = published(u"2026.11.25"_s, u"2026-11-25"_s);
    m_version2 = published(u"2026.12.01"_s, u"2026-12-01"_s);
    QVERIFY(!m_version1.isEmpty());
    QVERIFY(!m_version2.isEmpty());
    m_server.respond("/v1.json", CannedResponse::ok(m_version1, "\"v1\""));
    m_server.respond("/v2.json", CannedResponse::ok(m_version2, "\"v2\""));
    QVERIFY(m_secureServer.listen());
    m_secureServer.respond("/v2.json", CannedResponse::ok(m_version2, "\"v2\""));
    m_secureServer.respond("/down.json", CannedResponse::redirect(m_server.url(u"/v2.json"_s).toEncoded()));
}

void TestDatasetUpdater::init()
{
    m_storageDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_storageDir->isValid());
    m_session = std::make_unique<Session>();
    m_store = std::make_unique<DataSources>(*m_session);
    m_store->setStorage(DownloadedDataset(m_storageDir->path()));
    QVERIFY(m_store->loadBundled().isEmpty());
    m_updater = std::make_unique<DatasetUpdater>();
    m_updater->setTransferTimeout(5s);
    m_server.requests.clear();
}

void TestDatasetUpdater::cleanup()
{
    m_updater.reset();
    m_store.reset();
    m_session.reset();
    m_storageDir.reset();
}

void TestDatasetUpdater::downloadFirstVersion()
{
    m_updater->setUrl(m_server.url(u"/v1.json"_s));
    const UpdateResult result = runCheck(*m_updater, *m_store);
    QVERIFY2(result.status == UpdateResult::Status::Updated, qPrintable(result.message));
}

void TestDatasetUpdater::updateIsValidatedSavedAndUsed()
{
    const auto bundled = m_session->sharedDataset();
    m_updater->setUrl(m_server.url(u"/v2.json"_s));
    const UpdateResult result = runCheck(*m_updater, *m_store);
    QCOMPARE(result.status, UpdateResult::Status::Updated);
    QCOMPARE(result.version, u"2026.12.01"_s);
    QVERIFY2(result.message.contains(u"2026.12.01") && result.message.contains(m_server.url(u"/v2.json"_s).toString()),
             qPrintable(result.message));

    // In use...
    QCOMPARE(m_store->origin(), DataSources::Origin::Downloaded);
    QVERIFY(m_session->sharedDataset() != bundled);
    QCOMPARE(m_session->sharedDataset()->countries.size(), bundled->countries.size());
    QCOMPARE(m_store->download().version, u"2026.12.01"_s);
    QCOMPARE(m_store->download().date, u"2026-12-01"_s);
    // ...and saved, byte for byte, with what the next check sends back.
    const DownloadedDataset saved(m_storageDir->path());
    QCOMPARE(readFile(saved.dataFile()), m_version2);
    const DownloadInfo info = saved.info();
    QCOMPARE(info.url, m_server.url(u"/v2.json"_s).toString());
    QCOMPARE(info.etag, u"\"v2\""_s);
    QCOMPARE(info.lastModified, u"Tue, 25 Nov 2026 08:00:00 GMT"_s);
    QCOMPARE(info.version, u"2026.12.01"_s);
    QVERIFY(info.downloaded.isValid());
    QVERIFY(saved.load().ok());

    // The request asked for nothing conditional: no download was in use.
    QCOMPARE(m_server.requests.size(), 1);
    QVERIFY(!m_server.requests.constFirst().headers.contains("if-none-match"));
    QVERIFY(m_server.requests.constFirst().headers.value("user-agent").startsWith("Sekutu/"));
}

void TestDatasetUpdater::notModifiedKeepsEverything()
{
    downloadFirstVersion();
    const auto inUse = m_session->sharedDataset();
    const DownloadedDataset saved(m_storageDir->path());
    const QByteArray savedData = readFile(saved.dataFile());
    const QByteArray savedInfo = readFile(saved.infoFile());

    CannedResponse notModified;
    notModified.status = 304;
    notModified.reason = "Not Modified";
    m_server.respond("/v1.json", notModified);
    m_server.requests.clear();
    const UpdateResult result = runCheck(*m_updater, *m_store);
    m_server.respond("/v1.json", CannedResponse::ok(m_version1, "\"v1\""));

    QCOMPARE(result.status, UpdateResult::Status::UpToDate);
    QCOMPARE(result.version, u"2026.11.25"_s);
    QVERIFY2(result.message.contains(u"2026.11.25"), qPrintable(result.message));
    QCOMPARE(m_server.requests.size(), 1);
    QCOMPARE(m_server.requests.constFirst().headers.value("if-none-match"), QByteArray("\"v1\""));
    QCOMPARE(m_server.requests.constFirst().headers.value("if-modified-since"), QByteArray("Tue, 25 Nov 2026 08:00:00 GMT"));
    QCOMPARE(m_session->sharedDataset(), inUse);
    QCOMPARE(m_store->origin(), DataSources::Origin::Downloaded);
    QCOMPARE(readFile(saved.dataFile()), savedData);
    QCOMPARE(readFile(saved.infoFile()), savedInfo);
}

void TestDatasetUpdater::conditionalOnlyForDataInUse()
{
    downloadFirstVersion();
    // Back to the bundled data: a 304 would now mean nothing, so the check asks for the whole file.
    QVERIFY(m_store->loadBundled().isEmpty());
    m_server.requests.clear();
    const UpdateResult result = runCheck(*m_updater, *m_store);
    QCOMPARE(result.status, UpdateResult::Status::Updated);
    QCOMPARE(m_server.requests.size(), 1);
    QVERIFY(!m_server.requests.constFirst().headers.contains("if-none-match"));
    QVERIFY(!m_server.requests.constFirst().headers.contains("if-modified-since"));
    QCOMPARE(m_store->origin(), DataSources::Origin::Downloaded);
}

void TestDatasetUpdater::redirectIsFollowed()
{
    m_server.respond("/moved.json", CannedResponse::redirect("/v2.json"));
    m_updater->setUrl(m_server.url(u"/moved.json"_s));
    const UpdateResult result = runCheck(*m_updater, *m_store);
    QCOMPARE(result.status, UpdateResult::Status::Updated);
    QCOMPARE(m_store->download().version, u"2026.12.01"_s);
    // The address the reader set is remembered, not where it happened to redirect.
    QCOMPARE(m_store->download().url, m_server.url(u"/moved.json"_s).toString());
}

void TestDatasetUpdater::compressedTransfer()
{
    // Web servers compress JSON; Content-Length is then the compressed size.
    CannedResponse compressed = CannedResponse::ok(qCompress(m_version2).mid(4), "\"z\"");
    compressed.header("Content-Encoding", "deflate");
    m_server.respond("/compressed.json", compressed);
    m_updater->setUrl(m_server.url(u"/compressed.json"_s));
    const UpdateResult result = runCheck(*m_updater, *m_store);
    QVERIFY2(result.status == UpdateResult::Status::Updated, qPrintable(result.message));
    QCOMPARE(m_server.requests.constLast().headers.value("accept-encoding").contains("deflate"), true);
    QCOMPARE(readFile(DownloadedDataset(m_storageDir->path()).dataFile()), m_version2);
}

void TestDatasetUpdater::httpsUpdate()
{
    m_updater->setExtraCaCertificates({testCertificate()});
    m_updater->setUrl(m_secureServer.url(u"/v2.json"_s));
    const UpdateResult result = runCheck(*m_updater, *m_store);
    QVERIFY2(result.status == UpdateResult::Status::Updated, qPrintable(result.message));
    QCOMPARE(m_store->download().url, m_secureServer.url(u"/v2.json"_s).toString());
}

void TestDatasetUpdater::progressAndCancel()
{
    QList<QPair<qint64, qint64>> progress;
    connect(m_updater.get(), &DatasetUpdater::progress, this,
            [&progress](qint64 received, qint64 total) { progress.append({received, total}); });
    m_updater->setUrl(m_server.url(u"/v1.json"_s));
    QCOMPARE(runCheck(*m_updater, *m_store).status, UpdateResult::Status::Updated);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().first, qint64(m_version1.size()));
    QCOMPARE(progress.constLast().second, qint64(m_version1.size()));

    const auto inUse = m_session->sharedDataset();
    const QByteArray savedData = readFile(DownloadedDataset(m_storageDir->path()).dataFile());
    CannedResponse slow = CannedResponse::ok(m_version2, "\"v2\"");
    slow.delayMs = 3000;
    m_server.respond("/slow.json", slow);
    m_updater->setUrl(m_server.url(u"/slow.json"_s));
    QTimer::singleShot(200, m_updater.get(), [this] {
        QVERIFY(m_updater->isRunning());
        m_updater->cancel();
    });
    const UpdateResult result = runCheck(*m_updater, *m_store);
    QCOMPARE(result.status, UpdateResult::Status::Canceled);
    QVERIFY2(result.message.contains(u"canceled"), qPrintable(result.message));
    QVERIFY(!m_updater->isRunning());
    QCOMPARE(m_session->sharedDataset(), inUse);
    QCOMPARE(readFile(DownloadedDataset(m_storageDir->path()).dataFile()), savedData);
}

// A download near the size limit takes over a second to check: that happens on another
// thread, and the event loop (the window) keeps running meanwhile.
void TestDatasetUpdater::validatedOffTheGuiThread()
{
    const QByteArray large = largeDataset(m_version2);
    QVERIFY(large.size() < DatasetUpdater::DefaultMaximumSize);
    m_server.respond("/large.json", CannedResponse::ok(large, "\"large\""));
    m_updater->setUrl(m_server.url(u"/large.json"_s));

    // Ticks of a 5 ms timer from the arrival of the last byte to the end of the check.
    int ticks = -1;
    QElapsedTimer validation;
    connect(m_updater.get(), &DatasetUpdater::progress, this, [&](qint64 received, qint64 total) {
        if (total > 0 && received == total && ticks < 0) {
            ticks = 0;
            validation.start();
        }
    });
    QTimer timer;
    timer.setInterval(5);
    connect(&timer, &QTimer::timeout, this, [&ticks] {
        if (ticks >= 0)
            ++ticks;
    });
    connect(m_updater.get(), &DatasetUpdater::finished, &timer, &QTimer::stop);
    timer.start();
    const UpdateResult result = runCheck(*m_updater, *m_store);
    QVERIFY2(result.status == UpdateResult::Status::Updated, qPrintable(result.message));
    QCOMPARE(m_session->dataset().articles.size(), QJsonDocument::fromJson(large)[u"articles"].toArray().size());
    QVERIFY2(ticks >= 3, qPrintable(u"%1 ticks in %2 ms of validation"_s.arg(ticks).arg(validation.elapsed())));
}

// Canceled after the last byte, while the download is checked: nothing is used or saved.
void TestDatasetUpdater::cancelWhileValidating()
{
    downloadFirstVersion();
    const auto inUse = m_session->sharedDataset();
    const DownloadedDataset saved(m_storageDir->path());
    const QByteArray savedData = readFile(saved.dataFile());
    m_server.respond("/large.json", CannedResponse::ok(largeDataset(m_version2), "\"large\""));
    m_updater->setUrl(m_server.url(u"/large.json"_s));
    bool canceledWhileRunning = false;
    connect(m_updater.get(), &DatasetUpdater::progress, this, [&](qint64 received, qint64 total) {
        if (total > 0 && received == total) {
            QTimer::singleShot(0, m_updater.get(), [&] {
                canceledWhileRunning = m_updater->isRunning();
                m_updater->cancel();
            });
        }
    });
    const UpdateResult result = runCheck(*m_updater, *m_store);
    QVERIFY(canceledWhileRunning);
    QCOMPARE(result.status, UpdateResult::Status::Canceled);
    QVERIFY(!m_updater->isRunning());
    QCOMPARE(m_session->sharedDataset(), inUse);
    QCOMPARE(readFile(saved.dataFile()), savedData);
}

void TestDatasetUpdater::unsavableUpdateIsNotUsed()
{
    QTemporaryFile blocker; // a file where the storage folder would have to be made
    QVERIFY(blocker.open());
    m_store->setStorage(DownloadedDataset(blocker.fileName() + u"/data"_s));
    const auto inUse = m_session->sharedDataset();
    m_updater->setUrl(m_server.url(u"/v2.json"_s));
    const UpdateResult result = runCheck(*m_updater, *m_store);
    QCOMPARE(result.status, UpdateResult::Status::Failed);
    QVERIFY2(result.message.contains(u"valid but could not be saved"), qPrintable(result.message));
    QCOMPARE(m_session->sharedDataset(), inUse);
    QCOMPARE(m_store->origin(), DataSources::Origin::Bundled);
}

void TestDatasetUpdater::failureChangesNothing_data()
{
    QTest::addColumn<QString>("url"); // a path on the test server, or a whole address
    QTest::addColumn<CannedResponse>("response");
    QTest::addColumn<qint64>("maximumSize");
    QTest::addColumn<QStringList>("messageHas"); // regular expressions
    QTest::addColumn<QString>("errorHas"); // in one of result.errors, when the data itself is bad

    const qint64 limit = DatasetUpdater::DefaultMaximumSize;
    const CannedResponse none;
    const QByteArray v2 = published(u"2026.12.01"_s, u"2026-12-01"_s);

    QTest::newRow("name-not-resolved") << u"http://sekutu-no-such-host.invalid/published.json"_s << none << limit
                                       << QStringList{u"sekutu-no-such-host.invalid"_s, u"not found"_s} << QString();
    QTest::newRow("connection-refused") << u"refused"_s << none << limit << QStringList{u"refused the connection"_s}
                                        << QString();
    CannedResponse slow = CannedResponse::ok(v2);
    slow.delayMs = 4000;
    QTest::newRow("timeout") << u"/slow.json"_s << slow << limit << QStringList{u"did not answer within 1 second"_s}
                             << QString();
    QTest::newRow("not-found-404") << u"/missing.json"_s << CannedResponse::error(404, "Not Found") << limit
                                   << QStringList{u"no file at"_s, u"404"_s} << QString();
    QTest::newRow("server-error-500") << u"/broken.json"_s << CannedResponse::error(500, "Internal Server Error")
                                      << limit << QStringList{u"HTTP 500 Internal Server Error"_s} << QString();
    QTest::newRow("service-unavailable-503") << u"/busy.json"_s << CannedResponse::error(503, "Service Unavailable")
                                             << limit << QStringList{u"HTTP 503"_s} << QString();
    CannedResponse noContent;
    noContent.status = 204;
    noContent.reason = "No Content";
    QTest::newRow("no-content-204") << u"/empty.json"_s << noContent << limit << QStringList{u"answered 204"_s}
                                    << QString();
    CannedResponse truncated = CannedResponse::ok(v2);
    truncated.closeAfter = v2.size() / 2;
    QTest::newRow("truncated-body") << u"/truncated.json"_s << truncated << limit
                                    << QStringList{u"(closed the connection before all of .* arrived|is incomplete)"_s}
                                    << QString();
    QTest::newRow("empty-body") << u"/blank.json"_s << CannedResponse::ok({}) << limit
                                << QStringList{u"not valid Sekutu data"_s} << u"published.json: the file is empty"_s;
    QTest::newRow("invalid-json") << u"/invalid.json"_s << CannedResponse::ok(v2.left(v2.size() - 10)) << limit
                                  << QStringList{u"not valid Sekutu data"_s} << u"published.json: not valid JSON at line"_s;
    QTest::newRow("html-page") << u"/page.html"_s << CannedResponse::ok("<!DOCTYPE html><html></html>") << limit
                               << QStringList{u"not valid Sekutu data"_s} << u"published.json: not valid JSON"_s;
    QTest::newRow("wrong-format") << u"/format.json"_s
                                  << CannedResponse::ok(withValue(v2, u"/format"_s, u"other-dataset"_s)) << limit
                                  << QStringList{u"not valid Sekutu data"_s}
                                  << u"published.json: /format: \"other-dataset\" is not one of: sekutu-dataset"_s;
    QTest::newRow("schema-error") << u"/schema.json"_s
                                  << CannedResponse::ok(withValue(v2, u"/organizations/0/members/0/joined"_s, u"1993-13-01"_s))
                                  << limit << QStringList{u"not valid Sekutu data"_s}
                                  << u"published.json: /organizations/0/members/0/joined: \"1993-13-01\" is not a date"_s;
    QTest::newRow("cross-check-error") << u"/crosscheck.json"_s
                                       << CannedResponse::ok(withValue(v2, u"/organizations/0/members/0/country"_s, u"ZZ"_s))
                                       << limit << QStringList{u"not valid Sekutu data"_s}
                                       << u"published.json: /organizations/0/members/0/country: \"ZZ\" is not a country"_s;
    QTest::newRow("too-large-declared") << u"/large.json"_s << CannedResponse::ok(v2) << qint64(1000)
                                        << QStringList{u"larger than"_s} << QString();
    CannedResponse undeclared = CannedResponse::ok(v2);
    undeclared.contentLength = false;
    QTest::newRow("too-large-undeclared") << u"/stream.json"_s << undeclared << qint64(1000)
                                          << QStringList{u"larger than"_s} << QString();
    QTest::newRow("redirect-loop") << u"/loop.json"_s << CannedResponse::redirect("/loop.json") << limit
                                   << QStringList{u"redirects more than 5 time"_s} << QString();
    QTest::newRow("untrusted-certificate") << u"https-untrusted"_s << none << limit
                                           << QStringList{u"secure connection to 127.0.0.1 failed"_s} << QString();
    QTest::newRow("https-to-http-redirect") << u"https-down"_s << none << limit
                                            << QStringList{u"redirects from https to an insecure http address"_s}
                                            << QString();
    QTest::newRow("tls-to-plain-server") << u"https-self"_s << CannedResponse::ok(v2) << limit
                               << QStringList{u"secure connection"_s} << QString();
    QTest::newRow("ftp-scheme") << u"ftp://127.0.0.1/published.json"_s << none << limit
                                << QStringList{u"only over http and https"_s} << QString();
    QTest::newRow("file-scheme") << u"file:///etc/passwd"_s << none << limit
                                 << QStringList{u"only over http and https"_s} << QString();
    QTest::newRow("no-address") << QString() << none << limit << QStringList{u"No update address"_s} << QString();
}

void TestDatasetUpdater::failureChangesNothing()
{
    QFETCH(QString, url);
    QFETCH(CannedResponse, response);
    QFETCH(qint64, maximumSize);
    QFETCH(QStringList, messageHas);
    QFETCH(QString, errorHas);

    downloadFirstVersion();
    const auto inUse = m_session->sharedDataset();
    const DownloadedDataset saved(m_storageDir->path());
    const QByteArray savedData = readFile(saved.dataFile());
    const QByteArray savedInfo = readFile(saved.infoFile());

    QUrl address;
    if (url == u"refused") {
        QTcpServer closed; // a port that was free a moment ago and that nobody listens on now
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        address = QUrl(u"http://127.0.0.1:%1/published.json"_s.arg(port));
    } else if (url == u"https-untrusted") {
        address = m_secureServer.url(u"/v2.json"_s); // its certificate is trusted by no one here
    } else if (url == u"https-down") {
        m_updater->setExtraCaCertificates({testCertificate()});
        address = m_secureServer.url(u"/down.json"_s);
    } else if (url == u"https-self") {
        // TLS to a server that speaks plain HTTP: the handshake fails, and that is an error.
        m_server.respond("/tls.json", response);
        address = m_server.url(u"/tls.json"_s, u"https"_s);
    } else if (url.startsWith(u'/')) {
        m_server.respond(url.toUtf8(), response);
        address = m_server.url(url);
    } else {
        address = QUrl(url);
    }
    m_updater->setUrl(address);
    m_updater->setMaximumSize(maximumSize);
    m_updater->setTransferTimeout(700ms);

    const UpdateResult result = runCheck(*m_updater, *m_store);
    QCOMPARE(result.status, UpdateResult::Status::Failed);
    for (const QString &part : messageHas)
        QVERIFY2(result.message.contains(QRegularExpression(part)), qPrintable(u"\"%1\" not in: %2"_s.arg(part, result.message)));
    if (!address.isEmpty() && address.scheme().startsWith(u"http"))
        QVERIFY2(result.message.contains(address.toDisplayString()), qPrintable(result.message));
    if (!errorHas.isEmpty()) {
        QStringList errors;
        for (const DataError &error : result.errors)
            errors.append(error.toString());
        QVERIFY2(errors.join(u'\n').contains(errorHas), qPrintable(errors.join(u'\n')));
    }

    // Nothing changed: neither the data in use nor a byte of what is saved.
    QCOMPARE(m_session->sharedDataset(), inUse);
    QCOMPARE(m_store->origin(), DataSources::Origin::Downloaded);
    QCOMPARE(m_store->download().version, u"2026.11.25"_s);
    QCOMPARE(readFile(saved.dataFile()), savedData);
    QCOMPARE(readFile(saved.infoFile()), savedInfo);
    QVERIFY(!m_updater->isRunning());
}

void TestDatasetUpdater::savedDataAtStart()
{
    downloadFirstVersion();
    const DownloadedDataset saved(m_storageDir->path());

    // A new start: the last good download is used.
    Session session;
    DataSources store(session);
    store.setStorage(saved);
    QVERIFY(store.loadBundled().isEmpty());
    QVERIFY(store.loadDownloaded().isEmpty());
    QCOMPARE(store.origin(), DataSources::Origin::Downloaded);
    QCOMPARE(store.download().version, u"2026.11.25"_s);
    QCOMPARE(store.download().url, m_server.url(u"/v1.json"_s).toString());

    // Damaged on disk: reported, and the bundled data stays in use.
    {
        QFile file(saved.dataFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_version1.left(100));
    }
    Session restartedSession;
    DataSources restarted(restartedSession);
    restarted.setStorage(saved);
    QVERIFY(restarted.loadBundled().isEmpty());
    const auto bundled = restartedSession.sharedDataset();
    const DataErrors errors = restarted.loadDownloaded();
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.constFirst().file, u"published.json"_s);
    QCOMPARE(restarted.origin(), DataSources::Origin::Bundled);
    QCOMPARE(restartedSession.sharedDataset(), bundled);
}

void TestDatasetUpdater::exportData()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"published.json"_s);
    QProcess process;
    process.start(QStringLiteral(SEKUTU_BINARY), {u"--export-data"_s, file});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    const PublishedLoadResult exported = DatasetLoader::loadPublished(readFile(file));
    QVERIFY(exported.ok());
    QCOMPARE(exported.date, QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(exported.version, QDate::currentDate().toString(u"yyyy.MM.dd"));
    const LoadResult bundled = DatasetLoader::loadDirectory(DatasetLoader::bundledDirectory());
    QVERIFY(bundled.ok());
    QCOMPARE(exported.dataset.countries.size(), bundled.dataset.countries.size());
    QCOMPARE(exported.dataset.organizations.size(), bundled.dataset.organizations.size());
    QCOMPARE(exported.dataset.relations.size(), bundled.dataset.relations.size());
    QCOMPARE(exported.dataset.articles.size(), bundled.dataset.articles.size());
    for (qsizetype i = 0; i < bundled.dataset.organizations.size(); ++i) {
        QCOMPARE(exported.dataset.organizations.at(i).id, bundled.dataset.organizations.at(i).id);
        QCOMPARE(exported.dataset.organizations.at(i).members.size(), bundled.dataset.organizations.at(i).members.size());
    }

    // The records are those of the bundled files, unchanged.
    const QJsonObject root = QJsonDocument::fromJson(readFile(file)).object();
    QCOMPARE(root.value(u"format").toString(), u"sekutu-dataset"_s);
    for (const QString &name : DatasetLoader::fileNames()) {
        const QString collection = name.chopped(5);
        const QJsonObject original = QJsonDocument::fromJson(readFile(u":/data/"_s + name)).object();
        QVERIFY2(root.value(collection) == original.value(collection), qPrintable(collection));
    }
}

void TestDatasetUpdater::exportInvalidFolder()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"data"_s));
    const QString file = dir.filePath(u"published.json"_s);
    QProcess process;
    process.start(QStringLiteral(SEKUTU_BINARY), {u"--export-data"_s, file, u"--data"_s, dir.filePath(u"data"_s)});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("countries.json: the file is missing"));
    QVERIFY(!QFile::exists(file));
}

// A server that sends a byte every 100 ms is never silent for the transfer timeout; the
// overall deadline stops it.
void TestDatasetUpdater::deadlineStopsDrippingServer()
{
    downloadFirstVersion();
    const DownloadedDataset saved(m_storageDir->path());
    const QByteArray savedData = readFile(saved.dataFile());
    CannedResponse drip = CannedResponse::ok({});
    drip.dripMs = 100;
    m_server.respond("/drip.json", drip);
    m_updater->setUrl(m_server.url(u"/drip.json"_s));
    m_updater->setTransferTimeout(2s);
    m_updater->setDeadline(1500ms);
    QElapsedTimer timer;
    timer.start();
    const UpdateResult result = runCheck(*m_updater, *m_store);
    QCOMPARE(result.status, UpdateResult::Status::Failed);
    QVERIFY2(result.message.contains(u"did not finish within 2 second"_s), qPrintable(result.message));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(m_server.bodyBytesSent > 3); // it did drip
    QCOMPARE(m_store->download().version, u"2026.11.25"_s);
    QCOMPARE(readFile(saved.dataFile()), savedData);
    QVERIFY(!m_updater->isRunning());
    // The default is a few minutes, as the README says.
    QCOMPARE(DatasetUpdater::DefaultDeadline, std::chrono::milliseconds(3min));
}

// A body without a length is counted as it arrives and stopped at the limit, not read on.
void TestDatasetUpdater::receivedBytesAreCapped()
{
    CannedResponse stream = CannedResponse::ok({});
    stream.streamBytes = qint64(400) * 1024 * 1024;
    m_server.respond("/endless.json", stream);
    m_server.bodyBytesSent = 0;
    m_updater->setUrl(m_server.url(u"/endless.json"_s));
    const qint64 limit = 2 * 1024 * 1024;
    m_updater->setMaximumSize(limit);
    qint64 largestProgress = 0;
    connect(m_updater.get(), &DatasetUpdater::progress, this,
            [&largestProgress](qint64 received, qint64) { largestProgress = qMax(largestProgress, received); });
    const UpdateResult result = runCheck(*m_updater, *m_store);
    QCOMPARE(result.status, UpdateResult::Status::Failed);
    QVERIFY2(result.message.contains(u"larger than 2 MiB"_s), qPrintable(result.message));
    QVERIFY2(largestProgress <= limit, qPrintable(QString::number(largestProgress)));
    // What the server got out: the limit, the reply's small buffer and the sockets' buffers.
    QVERIFY2(m_server.bodyBytesSent < limit + 24 * 1024 * 1024, qPrintable(QString::number(m_server.bodyBytesSent)));
    QCOMPARE(m_store->origin(), DataSources::Origin::Bundled);
}

// A server that answers with an older dataset than the download in use (a rollback) is refused,
// from the same address or another one; the result says so with both versions and carries the
// data, should the reader choose it.
void TestDatasetUpdater::olderDataIsRefused()
{
    m_updater->setUrl(m_server.url(u"/v2.json"_s));
    QCOMPARE(runCheck(*m_updater, *m_store).status, UpdateResult::Status::Updated);
    const auto inUse = m_session->sharedDataset();
    const DownloadedDataset saved(m_storageDir->path());
    const QByteArray savedData = readFile(saved.dataFile());
    const QByteArray savedInfo = readFile(saved.infoFile());

    for (const QByteArray &path : {QByteArray("/v1.json"), QByteArray("/rollback.json")}) {
        m_server.respond("/rollback.json", CannedResponse::ok(m_version1, "\"v1\""));
        m_updater->setUrl(m_server.url(QString::fromLatin1(path)));
        const UpdateResult result = runCheck(*m_updater, *m_store);
        QCOMPARE(result.status, UpdateResult::Status::Older);
        QVERIFY2(result.message.contains(u"older than the data in use"_s) && result.message.contains(u"2026.11.25"_s)
                     && result.message.contains(u"2026.12.01"_s),
                 qPrintable(result.message));
        QCOMPARE(result.version, u"2026.11.25"_s);
        QCOMPARE(result.currentVersion, u"2026.12.01"_s);
        QVERIFY(result.dataset);
        QCOMPARE(result.data, m_version1);
        QCOMPARE(m_session->sharedDataset(), inUse);
        QCOMPARE(m_store->download().version, u"2026.12.01"_s);
        QCOMPARE(readFile(saved.dataFile()), savedData);
        QCOMPARE(readFile(saved.infoFile()), savedInfo);
    }

    // Chosen by the reader (the window turns the result into Updated), it is saved and used.
    m_updater->setUrl(m_server.url(u"/v1.json"_s));
    UpdateResult result;
    QEventLoop loop;
    connect(m_updater.get(), &DatasetUpdater::finished, &loop, [&](const UpdateResult &r) {
        result = r;
        loop.quit();
    });
    m_updater->check(m_store->downloadInUse());
    loop.exec();
    QCOMPARE(result.status, UpdateResult::Status::Older);
    result.status = UpdateResult::Status::Updated;
    m_store->adopt(result);
    QCOMPARE(m_store->download().version, u"2026.11.25"_s);
    QCOMPARE(readFile(saved.dataFile()), m_version1);
}

void TestDatasetUpdater::isOlder_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("currentVersion");
    QTest::addColumn<QString>("currentDate");
    QTest::addColumn<bool>("older");
    QTest::newRow("earlier-date") << u"2026.12.01"_s << u"2026-11-30"_s << u"2026.12.01"_s << u"2026-12-01"_s << true;
    QTest::newRow("earlier-version") << u"2026.12.1"_s << u"2026-12-01"_s << u"2026.12.2"_s << u"2026-12-01"_s << true;
    QTest::newRow("numeric-not-text") << u"2026.9.1"_s << u"2026-09"_s << u"2026.10.1"_s << u"2026-10"_s << true;
    QTest::newRow("newer") << u"2026.12.02"_s << u"2026-12-02"_s << u"2026.12.01"_s << u"2026-12-01"_s << false;
    QTest::newRow("same") << u"2026.12.01"_s << u"2026-12-01"_s << u"2026.12.01"_s << u"2026-12-01"_s << false;
    QTest::newRow("newer-date-older-version") << u"1.0"_s << u"2027"_s << u"2.0"_s << u"2026"_s << true;
    QTest::newRow("older-date-newer-version") << u"3.0"_s << u"2025"_s << u"2.0"_s << u"2026"_s << true;
    QTest::newRow("newer-date-same-version") << u"2.0"_s << u"2027"_s << u"2.0"_s << u"2026"_s << false;
    QTest::newRow("nothing-in-use") << u"2026.12.01"_s << u"2026-12-01"_s << QString() << QString() << false;
    QTest::newRow("year-only") << u"a"_s << u"2025"_s << u"b"_s << u"2026-12-01"_s << true;
    QTest::newRow("text-versions") << u"beta-2"_s << u"2026-12-01"_s << u"beta-1"_s << u"2026-12-01"_s << false;
}

void TestDatasetUpdater::isOlder()
{
    QFETCH(QString, version);
    QFETCH(QString, date);
    QFETCH(QString, currentVersion);
    QFETCH(QString, currentDate);
    QFETCH(bool, older);
    QCOMPARE(DatasetUpdater::isOlder(version, date, currentVersion, currentDate), older);
}

void TestDatasetUpdater::insecureAddressIsNamed()
{
    const QString warning = DatasetUpdater::insecureWarning(QUrl(u"http://example.org/published.json"_s));
    QVERIFY2(warning.contains(u"http://example.org/published.json"_s) && warning.contains(u"not encrypted"_s),
             qPrintable(warning));
    QVERIFY(DatasetUpdater::insecureWarning(QUrl(u"https://example.org/published.json"_s)).isEmpty());
}

QTEST_GUILESS_MAIN(TestDatasetUpdater)
#include "tst_datasetupdater.moc"
