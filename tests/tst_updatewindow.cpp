// Check for Updates as the reader meets it in the main window: the status bar shows the progress
// and then which data is in use; a failed check that the reader asked for is answered with a
// message box that names the address and the problem; "Use Bundled Data" is remembered, and the
// automatic check at start respects it.
#include "data/datasetpublisher.h"
#include "guiactions.h"
#include "i18n/languagemanager.h"
#include "network/datasetupdater.h"
#include "network/updatesettings.h"
#include "session/datasources.h"
#include "session/session.h"
#include "testhttpserver.h"
#include "ui/datasourcecontroller.h"
#include "ui/mainwindow.h"


#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkProxy>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

class TestUpdateWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void updateShowsProgressAndDataInUse();
    void failedCheckIsExplained();
    void bundledChoiceIsRemembered();
    void automaticCheckAtStart_data();
    void automaticCheckAtStart();
    void olderDataNeedsTheReadersChoice_data();
    void olderDataNeedsTheReadersChoice();
    void secondCheckSaysOneIsRunning();
    void httpAddressIsWarnedAbout();
    void noAddressIsExplainedInPlainWords();

private:
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QString::fromLatin1(name)); }
    QString dataStatus() const { return m_window->findChild<QLabel *>(u"dataStatus"_s)->text(); }
    DatasetUpdater *updater() const { return m_window->dataSourceController()->updater(); }
    // Triggers the action and waits until the check it started has finished.
    bool checkFinishes(QAction *trigger);

    TestHttpServer m_server;
    QByteArray m_published;
    std::unique_ptr<QTemporaryDir> m_storage;
    std::unique_ptr<Session> m_languages;
    std::unique_ptr<DataSources> m_data;
    std::unique_ptr<MainWindow> m_window;
    // Retries closing a modal message box from the event loop; a member, so that a retry
    // timer never calls into a function that has gone out of scope.
    std::function<void()> m_closeBox;
};

void TestUpdateWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    QVERIFY(m_server.listen());
    DataErrors errors;
    m_published = DatasetPublisher::publish(DatasetLoader::bundledDirectory(), u"2026.12.01"_s, u"2026-12-01"_s, &errors);
    QVERIFY(errors.isEmpty());
    m_server.respond("/published.json", CannedResponse::ok(m_published, "\"a\""));
}

void TestUpdateWindow::init()
{
    QSettings().clear();
    m_storage = std::make_unique<QTemporaryDir>();
    m_languages = std::make_unique<Session>();
    m_languages->setLanguage(Language::English);
    m_data = std::make_unique<DataSources>(*m_languages);
    m_data->setStorage(DownloadedDataset(m_storage->path()));
    QVERIFY(m_data->loadBundled().isEmpty());
    m_window = std::make_unique<MainWindow>(*m_languages, *m_data);
    updater()->setUrl(m_server.url(u"/published.json"_s));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_server.requests.clear();
}

void TestUpdateWindow::cleanup()
{
    m_window.reset();
    m_data.reset();
    m_languages.reset();
    m_storage.reset();
    QSettings().clear();
}

bool TestUpdateWindow::checkFinishes(QAction *trigger)
{
    QSignalSpy finished(updater(), &DatasetUpdater::finished);
    trigger->trigger();
    return finished.count() == 1 || finished.wait(30000);
}

void TestUpdateWindow::updateShowsProgressAndDataInUse()
{
    QVERIFY(dataStatus().startsWith(u"Bundled data"));
    auto *progress = m_window->findChild<QProgressBar *>(u"updateProgress"_s);
    auto *cancel = m_window->findChild<QToolButton *>(u"cancelUpdate"_s);
    QVERIFY(progress && cancel);
    bool progressShown = false;
    connect(updater(), &DatasetUpdater::progress, this,
            [&] { progressShown = progress->isVisible() && cancel->isVisible(); });

    QVERIFY(checkFinishes(action("checkForUpdatesAction")));
    QVERIFY(progressShown);
    QVERIFY(!progress->isVisible());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(m_data->origin(), DataSources::Origin::Downloaded);
    QVERIFY2(dataStatus().startsWith(u"Updated data, version 2026.12.01 of 2026-12-01"), qPrintable(dataStatus()));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Now using data version 2026.12.01"));
    QVERIFY(action("useBundledDataAction")->isEnabled());
}

void TestUpdateWindow::failedCheckIsExplained()
{
    const QUrl missing = m_server.url(u"/missing.json"_s);
    updater()->setUrl(missing);
    QString shown;
    // The message box is modal; read and close it from the event loop.
    m_closeBox = [this, &shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->close();
        } else {
            QTimer::singleShot(50, this, [this] { m_closeBox(); });
        }
    };
    QTimer::singleShot(0, this, [this] { m_closeBox(); });
    QVERIFY(checkFinishes(action("checkForUpdatesAction")));
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(missing.toString()) && shown.contains(u"404"), qPrintable(shown));
    QCOMPARE(m_data->origin(), DataSources::Origin::Bundled);
    QVERIFY(dataStatus().startsWith(u"Bundled data"));
}

void TestUpdateWindow::bundledChoiceIsRemembered()
{
    QVERIFY(checkFinishes(action("checkForUpdatesAction")));
    QCOMPARE(m_data->origin(), DataSources::Origin::Downloaded);
    QVERIFY(!UpdateSettings::prefersBundled(QSettings()));

    action("useBundledDataAction")->trigger();
    QCOMPARE(m_data->origin(), DataSources::Origin::Bundled);
    QVERIFY(dataStatus().startsWith(u"Bundled data"));
    QVERIFY(UpdateSettings::prefersBundled(QSettings()));

    // Asking for updates again is asking for the downloaded data again.
    QVERIFY(checkFinishes(action("checkForUpdatesAction")));
    QCOMPARE(m_data->origin(), DataSources::Origin::Downloaded);
    QVERIFY(!UpdateSettings::prefersBundled(QSettings()));
}

void TestUpdateWindow::automaticCheckAtStart_data()
{
    QTest::addColumn<bool>("checkAtStart");
    QTest::addColumn<bool>("prefersBundled");
    QTest::addColumn<bool>("checks");
    QTest::newRow("off-by-default") << false << false << false;
    QTest::newRow("on") << true << false << true;
    QTest::newRow("on-but-bundled-chosen") << true << true << false;
}

void TestUpdateWindow::automaticCheckAtStart()
{
    QFETCH(bool, checkAtStart);
    QFETCH(bool, prefersBundled);
    QFETCH(bool, checks);
    {
        QSettings settings;
        if (checkAtStart)
            UpdateSettings::setCheckAtStart(settings, true);
        if (prefersBundled)
            UpdateSettings::setPrefersBundled(settings, true);
    }
    QCOMPARE(UpdateSettings::checkAtStart(QSettings()), checkAtStart);
    QSignalSpy finished(updater(), &DatasetUpdater::finished);
    m_window->dataSourceController()->checkAtStart();
    if (checks) {
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_server.requests.size(), 1);
        QCOMPARE(m_data->origin(), DataSources::Origin::Downloaded);
    } else {
        QVERIFY(!updater()->isRunning());
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(m_server.requests.size(), 0);
    }
}

namespace {

// Once a message box is up: records its text, then clicks the button named button (or
// closes the box).
void answerMessageBox(QString *shown, const QString &button = {})
{
    whenModal([shown, button](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return false;
        *shown = box->text() + u'\n' + box->informativeText();
        if (auto *target = box->findChild<QAbstractButton *>(button); target && !button.isEmpty())
            target->click();
        else
            box->close();
        return true;
    });
}

} // namespace

void TestUpdateWindow::olderDataNeedsTheReadersChoice_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("versionInUse");
    QTest::newRow("keep") << u"keepCurrentData"_s << u"2026.12.01"_s;
    QTest::newRow("closed") << QString() << u"2026.12.01"_s;
    QTest::newRow("use-older") << u"useOlderData"_s << u"2026.11.25"_s;
}

void TestUpdateWindow::olderDataNeedsTheReadersChoice()
{
    QFETCH(QString, button);
    QFETCH(QString, versionInUse);
    QVERIFY(checkFinishes(action("checkForUpdatesAction")));
    QCOMPARE(m_data->download().version, u"2026.12.01"_s);

    DataErrors errors;
    const QByteArray older = DatasetPublisher::publish(DatasetLoader::bundledDirectory(), u"2026.11.25"_s, u"2026-11-25"_s, &errors);
    m_server.respond("/older.json", CannedResponse::ok(older));
    updater()->setUrl(m_server.url(u"/older.json"_s));
    QString shown;
    answerMessageBox(&shown, button);
    QVERIFY(checkFinishes(action("checkForUpdatesAction")));
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(u"older than the data in use"_s) && shown.contains(u"2026.11.25"_s) && shown.contains(u"2026.12.01"_s),
             qPrintable(shown));
    QCOMPARE(m_data->download().version, versionInUse);
    QVERIFY2(dataStatus().contains(versionInUse), qPrintable(dataStatus()));
}

void TestUpdateWindow::secondCheckSaysOneIsRunning()
{
    CannedResponse slow = CannedResponse::ok(m_published);
    slow.delayMs = 1500;
    m_server.respond("/slow.json", slow);
    updater()->setUrl(m_server.url(u"/slow.json"_s));
    QSignalSpy finished(updater(), &DatasetUpdater::finished);
    action("checkForUpdatesAction")->trigger();
    QVERIFY(updater()->isRunning());
    action("checkForUpdatesAction")->trigger();
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"already running"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(finished.wait(30000));
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_server.requests.size(), 1);
}

void TestUpdateWindow::httpAddressIsWarnedAbout()
{
    // While checking: the status bar says the address is not encrypted.
    CannedResponse slow = CannedResponse::ok(m_published);
    slow.delayMs = 500;
    m_server.respond("/slow.json", slow);
    updater()->setUrl(m_server.url(u"/slow.json"_s));
    QSignalSpy finished(updater(), &DatasetUpdater::finished);
    action("checkForUpdatesAction")->trigger();
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"plain http"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(finished.wait(30000));

    // When set: the address is entered, then a warning names it.
    const QString address = u"http://example.org/published.json"_s;
    QString warning;
    whenModal([address, &warning](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        if (!dialog)
            return false;
        dialog->setTextValue(address);
        answerMessageBox(&warning);
        dialog->accept();
        return true;
    });
    action("updateAddressAction")->trigger();
    QTRY_VERIFY(!warning.isEmpty());
    QVERIFY2(warning.contains(address) && warning.contains(u"not encrypted"_s), qPrintable(warning));
    QCOMPARE(updater()->url(), QUrl(address));
}

// With no address, Check for Updates explains in a reader's words what updates are, and
// offers only what a reader can use: entering an address they were given, or closing.
void TestUpdateWindow::noAddressIsExplainedInPlainWords()
{
    updater()->setUrl(QUrl());
    QString shown;
    answerMessageBox(&shown); // closes the box
    action("checkForUpdatesAction")->trigger();
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(u"no update service"_s), qPrintable(shown));
    QVERIFY2(!shown.contains(u"--"_s) && !shown.contains(u"export"_s, Qt::CaseInsensitive), qPrintable(shown));
    QVERIFY(!updater()->isRunning());
    QVERIFY(m_server.requests.isEmpty());

    // "Enter Address…" leads to the address, asked for in the same words.
    QString label;
    whenModal([&label](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        if (!dialog)
            return false;
        label = dialog->labelText();
        dialog->reject();
        return true;
    });
    shown.clear();
    answerMessageBox(&shown, u"enterAddressButton"_s);
    action("checkForUpdatesAction")->trigger();
    QTRY_VERIFY(!label.isEmpty());
    QVERIFY2(!label.contains(u"--export-data"_s) && label.contains(u"https://"_s), qPrintable(label));
    QVERIFY(updater()->url().isEmpty());
    QVERIFY(!updater()->isRunning());
}

QTEST_MAIN(TestUpdateWindow)
#include "tst_updatewindow.moc"
