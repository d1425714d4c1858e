// Sekutu with a broken environment: a corrupt or unreadable settings file, a garbage language,
// an unreadable data file. The reader gets a clear message and defaults, and nothing is lost.
// Tests run as root in CI, where file permissions do not stop reads or writes: a file is made
// unreadable here by putting a directory where it should be, which stops root too.
#include "i18n/languagemanager.h"
#include "session/datasources.h"
#include "session/session.h"
#include "session/settingshealth.h"
#include "data/datasetloader.h"
#include "navigation/linktarget.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <future>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

QString settingsPath()
{
    return QSettings().fileName();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
    file.write(bytes);
}

// Runs the app until its first frame (--measure-startup) with the given config folder.
QString runApp(const QString &configHome, const QStringList &arguments, int *exitCode)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, configHome);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(SEKUTU_BINARY), QStringList{u"--measure-startup"_s} + arguments);
    if (!app.waitForFinished(60000)) {
        app.kill();
        app.waitForFinished();
    }
    *exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
    return QString::fromUtf8(app.readAllStandardOutput() + app.readAllStandardError());
}

} // namespace

class TestRobustness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void garbageLanguageFallsBack_data();
    void garbageLanguageFallsBack();
    void corruptSettingsGiveDefaults_data();
    void corruptSettingsGiveDefaults();
    void unreadableSettingsFile();
    void appStartsWithBrokenSettings_data();
    void appStartsWithBrokenSettings();
    void unreadableDataFileKeepsData();
    void settingsProblemIsDetected_data();
    void settingsProblemIsDetected();
    void namedPipeInDataFolder_data();
    void namedPipeInDataFolder();
    void noDisplayIsSaidPlainly_data();
    void noDisplayIsSaidPlainly();

private:
    QTemporaryDir m_config;
};

void TestRobustness::initTestCase()
{
    QVERIFY(m_config.isValid());
    // Before the first QSettings: Qt reads the folder once.
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(u"Sekutu"_s);
    QCoreApplication::setApplicationName(u"Sekutu"_s);
    QVERIFY2(settingsPath().startsWith(m_config.path()), qPrintable(settingsPath()));
}

void TestRobustness::cleanup()
{
    QDir(m_config.path()).removeRecursively();
    QDir().mkpath(m_config.path());
}

void TestRobustness::garbageLanguageFallsBack_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("unknown-code") << QByteArray("klingon");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("variant-garbage") << QByteArray("@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x12)");
    QTest::newRow("long") << QByteArray(100000, 'x');
}

void TestRobustness::garbageLanguageFallsBack()
{
    QFETCH(QByteArray, value);
    writeFile(settingsPath(), "[interface]\nlanguage=" + value + "\n");
    const QSettings settings;
    QCOMPARE(LanguageManager::initialLanguage(std::nullopt, settings, QLocale(QLocale::Indonesian, QLocale::Indonesia)),
             Language::Indonesian);
    QCOMPARE(LanguageManager::initialLanguage(std::nullopt, settings, QLocale(QLocale::English, QLocale::UnitedKingdom)),
             Language::English);
    QCOMPARE(LanguageManager::initialLanguage(Language::English, settings, QLocale(QLocale::Indonesian)), Language::English);
}

void TestRobustness::corruptSettingsGiveDefaults_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe[[[\x01=\x02\n\x00", 12);
    QTest::newRow("unclosed-section") << QByteArray("[window\ngeometry=@ByteArray(\\0\\0\\x1\nstate=@Variant(\n");
    QTest::newRow("garbage-values") << QByteArray("[window]\ngeometry=nonsense\nstate=@ByteArray(xyz)\nsplitter=1\nlastView=country/\n"
                                                  "[reader]\nstate=@Variant(\\0)\n");
    QTest::newRow("huge-line") << QByteArray("[window]\ngeometry=") + QByteArray(1 << 20, 'A');
}

// Whatever the file holds, the window comes up at a sane size on the default view.
void TestRobustness::corruptSettingsGiveDefaults()
{
    QFETCH(QByteArray, bytes);
    writeFile(settingsPath(), bytes);
    QVERIFY(!MainWindow::lastTarget().isValid());
    Session languages;
    languages.setLanguage(LanguageManager::initialLanguage(std::nullopt, QSettings(), QLocale::c()));
    DataSources data(languages);
    QVERIFY(data.loadBundled().isEmpty());
    MainWindow window(languages, data);
    window.restoreSettings();
    QVERIFY(window.width() >= 200 && window.height() >= 200);
    window.open(LinkTarget::country(u"RU"_s));
    QCOMPARE(window.currentTarget(), LinkTarget::country(u"RU"_s));
    // Saving replaces the garbage with good settings.
    window.saveSettings();
    const QSettings saved;
    QCOMPARE(saved.status(), QSettings::NoError);
    QCOMPARE(MainWindow::lastTarget(), LinkTarget::country(u"RU"_s));
}

void TestRobustness::unreadableSettingsFile()
{
    // A directory where the file should be: unreadable and unwritable, even for root.
    QVERIFY(QDir().mkpath(settingsPath()));
    {
        const QSettings settings;
        QCOMPARE(settings.status(), QSettings::AccessError);
    }
    Session languages;
    languages.setLanguage(Language::English);
    DataSources data(languages);
    QVERIFY(data.loadBundled().isEmpty());
    MainWindow window(languages, data);
    window.restoreSettings();
    QVERIFY(window.width() >= 200);
    window.open(LinkTarget::organization(u"csto"_s));
    window.saveSettings(); // cannot be written: no crash, and the folder is still there
    QVERIFY(QFileInfo(settingsPath()).isDir());
}

void TestRobustness::appStartsWithBrokenSettings_data()
{
    QTest::addColumn<QByteArray>("bytes"); // empty: a directory instead of the file
    QTest::addColumn<bool>("warned");      // the reader is told default settings are used
    QTest::newRow("garbage") << QByteArray("\x00\xff\xfe[[[\x01=\x02\n", 11) << true;
    QByteArray random(4096, Qt::Uninitialized);
    for (qsizetype i = 0; i < random.size(); ++i)
        random[i] = char((i * 7919 + 13) % 251);
    QTest::newRow("binary-garbage") << random << true;
    QTest::newRow("garbage-language") << QByteArray("[interface]\nlanguage=xx\n[window]\nlastView=organization/nope\n")
                                      << false;
    QTest::newRow("unreadable") << QByteArray() << true;
}

// The app itself, to its first frame: main() reads the settings and must carry on.
void TestRobustness::appStartsWithBrokenSettings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, warned);
    QTemporaryDir config;
    const QString file = config.filePath(u"Sekutu/Sekutu.conf"_s);
    if (bytes.isEmpty())
        QVERIFY(QDir().mkpath(file));
    else
        writeFile(file, bytes);
    int exitCode = -1;
    const QString output = runApp(config.path(), {}, &exitCode);
    QVERIFY2(exitCode == 0 && output.contains(u"startup: first_frame_ms="_s), qPrintable(output));
    // The same message goes to the status bar (SettingsHealth::problem(); see main.cpp).
    QCOMPARE(output.contains(u"could not be read; default settings are used"_s), warned);
    if (!bytes.isEmpty()) // the corrupt file is left alone until the reader's settings are saved
        QVERIFY(QFileInfo(file).isFile());
}

void TestRobustness::unreadableDataFileKeepsData()
{
    QTemporaryDir folder;
    for (const QString &name : DatasetLoader::fileNames())
        QVERIFY(QFile::copy(QDir(DatasetLoader::bundledDirectory()).filePath(name), folder.filePath(name)));
    QVERIFY(QFile::remove(folder.filePath(u"relations.json"_s)));
    QVERIFY(QDir().mkpath(folder.filePath(u"relations.json"_s)));
    Session session;
    DataSources data(session);
    QVERIFY(data.loadBundled().isEmpty());
    const auto before = session.sharedDataset();
    const DataErrors errors = data.loadFolder(folder.path());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().file, u"relations.json"_s);
    QVERIFY2(errors.constFirst().message.startsWith(u"is not a regular file"_s), qPrintable(errors.constFirst().toString()));
    QCOMPARE(session.sharedDataset(), before);
    QCOMPARE(data.origin(), DataSources::Origin::Bundled);
}

void TestRobustness::settingsProblemIsDetected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("broken");
    QTest::newRow("good") << QByteArray("[interface]\nlanguage=id\n[window]\ngeometry=@ByteArray(\\0\\x1)\n") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("utf8-text") << QByteArray("[window]\nlastView=country/ID\nnote=Tiongkok \xe2\x80\x94 \xe4\xb8\xad\n") << false;
    QTest::newRow("nul-bytes") << QByteArray("\x00\x00\x00\x00", 4) << true;
    QTest::newRow("binary-with-keys") << QByteArray("[interface]\nlanguage=id\n\x01\x02\x03=\x04\n") << true;
    QTest::newRow("invalid-utf8") << QByteArray("[interface]\nlanguage=\xff\xfe\n") << true;
    QTest::newRow("no-keys") << QByteArray("just some words\nand more\n") << true;
}

void TestRobustness::settingsProblemIsDetected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, broken);
    writeFile(settingsPath(), bytes);
    const QSettings settings;
    const QString problem = SettingsHealth::problem(settings);
    QCOMPARE(!problem.isEmpty(), broken);
    if (broken)
        QVERIFY2(problem.contains(u"default settings are used"_s), qPrintable(problem));
    QVERIFY(SettingsHealth::problem(QSettings(u"/nonexistent/sekutu.conf"_s, QSettings::IniFormat)).isEmpty());
}

void TestRobustness::namedPipeInDataFolder_data()
{
    QTest::addColumn<QString>("mode"); // loader, check-data, data
    QTest::newRow("loader") << u"loader"_s;
    QTest::newRow("check-data") << u"check-data"_s;
    QTest::newRow("data") << u"data"_s;
}

// A named pipe where a data file should be is refused, not opened: open() on a FIFO blocks
// until a writer comes. The app runs as a process with a deadline, so a hang fails the test
// instead of hanging it; the loader runs on a thread for the same reason.
void TestRobustness::namedPipeInDataFolder()
{
    QFETCH(QString, mode);
    QTemporaryDir folder;
    for (const QString &name : DatasetLoader::fileNames()) {
        if (name != u"relations.json")
            QVERIFY(QFile::copy(QDir(DatasetLoader::bundledDirectory()).filePath(name), folder.filePath(name)));
    }
    const QByteArray fifo = QFile::encodeName(folder.filePath(u"relations.json"_s));
    QVERIFY2(::mkfifo(fifo.constData(), 0600) == 0, strerror(errno));

    if (mode == u"loader") {
        auto future = std::async(std::launch::async, [&folder] { return DatasetLoader::loadDirectory(folder.path()); });
        if (future.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
            // Unblock the reader so that the thread can end, then fail.
            QFile writer(QString::fromLocal8Bit(fifo));
            if (writer.open(QIODevice::WriteOnly))
                writer.close();
            future.wait();
            QFAIL("loading a folder with a named pipe hangs");
        }
        const LoadResult result = future.get();
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.constFirst().file, u"relations.json"_s);
        QVERIFY2(result.errors.constFirst().message.contains(u"not a regular file"_s),
                 qPrintable(result.errors.constFirst().toString()));
        return;
    }
    int exitCode = -1;
    QTemporaryDir config;
    const QStringList arguments = mode == u"check-data" ? QStringList{u"--check-data"_s, folder.path()}
                                                        : QStringList{u"--data"_s, folder.path()};
    QElapsedTimer timer;
    timer.start();
    const QString output = runApp(config.path(), arguments, &exitCode);
    QVERIFY2(timer.elapsed() < 50000, "the app hung on a named pipe");
    QVERIFY2(output.contains(u"relations.json: is not a regular file"_s), qPrintable(output));
    // --check-data fails; the window starts with the bundled data.
    QCOMPARE(exitCode, mode == u"check-data" ? 1 : 0);
}

void TestRobustness::noDisplayIsSaidPlainly_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    QTest::newRow("no display") << QStringList() << 1 << u"no display to open the window on"_s;
    QTest::newRow("a platform chosen") << QStringList{u"-platform"_s, u"offscreen"_s} << 0 << u"first_frame_ms="_s;
}

// Without a display, Qt would abort with a core dump; Sekutu says what is missing and what
// works without one, and exits with 1.
void TestRobustness::noDisplayIsSaidPlainly()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    env.insert(u"XDG_CONFIG_HOME"_s, m_config.path());
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(SEKUTU_BINARY), QStringList{u"--measure-startup"_s} + arguments);
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    const QString output = QString::fromUtf8(app.readAllStandardOutput() + app.readAllStandardError());
    QVERIFY2(output.contains(said), qPrintable(output));
    QCOMPARE(app.exitCode(), exitCode);
}

QTEST_MAIN(TestRobustness)
#include "tst_robustness.moc"
