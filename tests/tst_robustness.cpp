// Sekutu with a broken environment: a corrupt or unreadable settings file, a garbage language,
// an unreadable data file. The reader gets a clear message and defaults, and nothing is lost.
// Tests run as root in CI, where file permissions do not stop reads or writes: a file is made
// unreadable here by putting a directory where it should be, which stops root too.
#include "i18n/languagemanager.h"
#include "session/datasources.h"
#include "session/session.h"
#include "navigation/linktarget.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
    QTest::newRow("garbage") << QByteArray("\x00\xff\xfe[[[\x01=\x02\n", 11);
    QTest::newRow("garbage-language") << QByteArray("[interface]\nlanguage=xx\n[window]\nlastView=organization/nope\n");
    QTest::newRow("unreadable") << QByteArray();
}

// The app itself, to its first frame: main() reads the settings and must carry on.
void TestRobustness::appStartsWithBrokenSettings()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir config;
    const QString file = config.filePath(u"Sekutu/Sekutu.conf"_s);
    if (bytes.isEmpty())
        QVERIFY(QDir().mkpath(file));
    else
        writeFile(file, bytes);
    int exitCode = -1;
    const QString output = runApp(config.path(), {}, &exitCode);
    QVERIFY2(exitCode == 0 && output.contains(u"startup: first_frame_ms="_s), qPrintable(output));
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
    QVERIFY2(errors.constFirst().message.startsWith(u"cannot be read"_s), qPrintable(errors.constFirst().toString()));
    QCOMPARE(session.sharedDataset(), before);
    QCOMPARE(data.origin(), DataSources::Origin::Bundled);
}

QTEST_MAIN(TestRobustness)
#include "tst_robustness.moc"
