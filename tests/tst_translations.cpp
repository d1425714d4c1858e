// The translation catalogues: the Indonesian one is complete, the English one has every plural
// form, both are what lupdate makes of the current sources, translations keep their
// placeholders and accelerators, the schema's titles are translatable, and the compiled
// catalogues are embedded and work.
#include "tscatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString SourceDir = QStringLiteral(SEKUTU_SOURCE_DIR);
const QString UpdateHint = u"run: cmake --build build --target sekutu_core_lupdate"_s;

QString catalogPath(const QString &language)
{
    return SourceDir + u"/translations/sekutu_"_s + language + u".ts"_s;
}

// Every "title" keyword below "definitions"; property names (also "title") are not keywords.
void collectTitles(const QJsonValue &schema, QStringList *titles)
{
    if (schema.isArray()) {
        for (const QJsonValue &item : schema.toArray())
            collectTitles(item, titles);
        return;
    }
    if (!schema.isObject())
        return;
    const QJsonObject object = schema.toObject();
    if (object.value(u"title").isString())
        titles->append(object.value(u"title").toString());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == u"properties" || it.key() == u"patternProperties" || it.key() == u"definitions") {
            const QJsonObject named = it.value().toObject();
            for (auto child = named.constBegin(); child != named.constEnd(); ++child)
                collectTitles(child.value(), titles);
        } else if (it.key() != u"enum" && it.key() != u"const" && it.key() != u"default" && it.key() != u"examples") {
            collectTitles(it.value(), titles);
        }
    }
}

QStringList schemaTitles()
{
    QFile file(SourceDir + u"/resources/data/schema/sekutu.schema.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject schema = QJsonDocument::fromJson(file.readAll()).object();
    QStringList titles;
    collectTitles(schema.value(u"definitions"), &titles);
    titles.removeDuplicates();
    return titles;
}

QString summary(const QStringList &items, int shown = 10)
{
    QString text = items.mid(0, shown).join(u"\n  "_s);
    if (items.size() > shown)
        text += u"\n  … and %1 more"_s.arg(items.size() - shown);
    return u"\n  "_s + text;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void indonesianComplete();
    void englishPlurals();
    void upToDate_data();
    void upToDate();
    void placeholdersKept_data();
    void placeholdersKept();
    void schemaTitlesListed_data();
    void schemaTitlesListed();
    void schemaContextHoldsOnlyTitles();
    void translatorsLoad_data();
    void translatorsLoad();
};

void TestTranslations::indonesianComplete()
{
    TsCatalogue catalogue;
    QString error;
    QVERIFY2(readTsCatalogue(catalogPath(u"id"_s), &catalogue, &error), qPrintable(error));
    const QList<TsMessage> &messages = catalogue.messages;
    QStringList untranslated;
    for (const TsMessage &m : messages) {
        const bool empty = m.translations.isEmpty()
                           || std::any_of(m.translations.cbegin(), m.translations.cend(),
                                          [](const QString &t) { return t.trimmed().isEmpty(); });
        if (!m.finished() || empty)
            untranslated.append(m.label() + (m.finished() ? QString() : u" [%1]"_s.arg(m.type)));
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(u"%1 of %2 messages in sekutu_id.ts are untranslated or unfinished:%3"_s.arg(
                 QString::number(untranslated.size()), QString::number(messages.size()), summary(untranslated))));
}

void TestTranslations::englishPlurals()
{
    TsCatalogue catalogue;
    QString error;
    QVERIFY2(readTsCatalogue(catalogPath(u"en"_s), &catalogue, &error), qPrintable(error));
    const QList<TsMessage> &messages = catalogue.messages;
    QStringList problems;
    int plurals = 0;
    for (const TsMessage &m : messages) {
        if (!m.numerus)
            continue;
        ++plurals;
        if (!m.finished())
            problems.append(m.label() + u" is %1"_s.arg(m.type));
        else if (m.translations.size() != 2)
            problems.append(m.label() + u" has %1 forms, not 2"_s.arg(m.translations.size()));
        else if (std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.trimmed().isEmpty(); }))
            problems.append(m.label() + u" has an empty form"_s);
    }
    QVERIFY2(plurals > 0, "sekutu_en.ts has no plural messages");
    QVERIFY2(problems.isEmpty(), qPrintable(u"sekutu_en.ts needs both English forms (\"1 item\", \"%n items\") of:"_s
                                            + summary(problems)));
}

void TestTranslations::upToDate_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("id") << u"id"_s;
    QTest::newRow("en") << u"en"_s;
}

// Runs lupdate as the sekutu_core_lupdate target does (same options, same sources: the .cpp
// and .h files under app/ and ui/) on a copy of each catalogue; the copy must not change.
void TestTranslations::upToDate()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString committed = catalogPath(language);
    const QString copy = dir.filePath(QFileInfo(committed).fileName());
    QVERIFY(QFile::copy(committed, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setWorkingDirectory(SourceDir);
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                  {u"app"_s, u"ui"_s, u"-extensions"_s, u"cpp,h"_s, u"-recursive"_s, u"-no-obsolete"_s,
                   u"-locations"_s, u"none"_s, u"-silent"_s, u"-ts"_s, copy});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

    QFile before(committed);
    QFile after(copy);
    QVERIFY(before.open(QIODevice::ReadOnly));
    QVERIFY(after.open(QIODevice::ReadOnly));
    const QByteArray expected = after.readAll();
    if (before.readAll() == expected)
        return;

    // Name what changed, to make the failure useful.
    const QList<TsMessage> old = tsMessages(committed);
    const QList<TsMessage> updated = tsMessages(copy);
    auto labels = [](const QList<TsMessage> &messages) {
        QSet<QString> set;
        for (const TsMessage &m : messages)
            set.insert(m.label());
        return set;
    };
    const QSet<QString> oldLabels = labels(old);
    const QSet<QString> newLabels = labels(updated);
    QStringList added = QSet<QString>(newLabels).subtract(oldLabels).values();
    QStringList removed = QSet<QString>(oldLabels).subtract(newLabels).values();
    added.sort();
    removed.sort();
    QString details;
    if (!added.isEmpty())
        details += u"\nnew in the sources:"_s + summary(added);
    if (!removed.isEmpty())
        details += u"\ngone from the sources:"_s + summary(removed);
    if (details.isEmpty())
        details = u"\nthe messages are the same, but the file is not as lupdate writes it"_s;
    QFAIL(qPrintable(u"sekutu_%1.ts is out of date (%2)%3"_s.arg(language, UpdateHint, details)));
}

void TestTranslations::placeholdersKept_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("id") << u"id"_s;
    QTest::newRow("en") << u"en"_s;
}

void TestTranslations::placeholdersKept()
{
    QFETCH(QString, language);
    TsCatalogue catalogue;
    QString error;
    QVERIFY2(readTsCatalogue(catalogPath(language), &catalogue, &error), qPrintable(error));
    const QList<TsMessage> &messages = catalogue.messages;
    static const QString middleDot = u"·"_s;
    QStringList problems;
    for (const TsMessage &m : messages) {
        const QStringList expectedPlaceholders = placeholders(m.source);
        const int expectedAccelerators = acceleratorCount(m.source);
        const QStringList expectedTags = htmlTags(m.source);
        const qsizetype expectedDots = m.source.count(middleDot);
        for (const QString &t : m.translations) {
            if (t.isEmpty())
                continue; // untranslated: the source is shown (indonesianComplete checks Indonesian)
            if (placeholders(t) != expectedPlaceholders)
                problems.append(u"%1 → \"%2\": placeholders %3, expected %4"_s.arg(
                    m.label(), TsMessage::shortened(t), placeholders(t).join(u' '), expectedPlaceholders.join(u' ')));
            if ((acceleratorCount(t) > 0) != (expectedAccelerators > 0) || acceleratorCount(t) > 1)
                problems.append(u"%1 → \"%2\": %3 accelerator(s), the source has %4"_s.arg(
                    m.label(), TsMessage::shortened(t), QString::number(acceleratorCount(t)),
                    QString::number(expectedAccelerators)));
            if (htmlTags(t) != expectedTags)
                problems.append(u"%1 → \"%2\": the HTML tags differ from the source's"_s.arg(m.label(), TsMessage::shortened(t)));
            if (t.count(middleDot) != expectedDots)
                problems.append(u"%1 → \"%2\": the source has %3 \"·\""_s.arg(m.label(), TsMessage::shortened(t),
                                                                              QString::number(expectedDots)));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"sekutu_%1.ts:"_s.arg(language) + summary(problems)));
}

void TestTranslations::schemaTitlesListed_data()
{
    QTest::addColumn<QString>("title");
    const QStringList titles = schemaTitles();
    QVERIFY2(!titles.isEmpty(), "no titles found in resources/data/schema/sekutu.schema.json");
    for (const QString &title : titles)
        QTest::newRow(qPrintable(title)) << title;
}

// SchemaValidator translates a schema title in context "schema"; app/data/schematitles.cpp
// lists them so that lupdate finds them.
void TestTranslations::schemaTitlesListed()
{
    QFETCH(QString, title);
    const QList<TsMessage> messages = tsMessages(catalogPath(u"id"_s));
    QVERIFY(!messages.isEmpty());
    const bool listed = std::any_of(messages.cbegin(), messages.cend(), [&title](const TsMessage &m) {
        return m.context == u"schema" && m.source == title && m.comment.isEmpty();
    });
    QVERIFY2(listed, qPrintable(u"the schema title \"%1\" is not in context \"schema\" of sekutu_id.ts: add "
                                "QT_TRANSLATE_NOOP(\"schema\", \"%1\") to app/data/schematitles.cpp, then %2"_s
                                    .arg(title, UpdateHint)));
}

// The other way round: a title that left the schema should leave schematitles.cpp too.
void TestTranslations::schemaContextHoldsOnlyTitles()
{
    const QStringList titles = schemaTitles();
    QVERIFY(!titles.isEmpty());
    const QList<TsMessage> messages = tsMessages(catalogPath(u"id"_s));
    QVERIFY(!messages.isEmpty());
    QStringList stale;
    for (const TsMessage &m : messages) {
        if (m.context == u"schema" && !titles.contains(m.source))
            stale.append(m.source);
    }
    QVERIFY2(stale.isEmpty(), qPrintable(u"context \"schema\" holds texts that are not titles in the schema "
                                         "(remove them from app/data/schematitles.cpp):"_s + summary(stale)));
}

void TestTranslations::translatorsLoad_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("comment");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    QTest::newRow("id region") << u"id"_s << "Vocabulary"_ba << "Africa"_ba << QByteArray() << -1 << u"Afrika"_s;
    QTest::newRow("id menu") << u"id"_s << "MainWindow"_ba << "&File"_ba << QByteArray() << -1 << u"&Berkas"_s;
    QTest::newRow("id role") << u"id"_s << "Vocabulary"_ba << "Dialogue partner"_ba << "role in an organization"_ba << -1
                             << u"Mitra dialog"_s;
    QTest::newRow("id schema") << u"id"_s << "schema"_ba << "a date (YYYY-MM-DD, YYYY-MM or YYYY)"_ba << QByteArray() << -1
                               << u"tanggal (YYYY-MM-DD, YYYY-MM, atau YYYY)"_s;
    QTest::newRow("id plural") << u"id"_s << "AlliancePane"_ba << "%n membership phase(s)"_ba << QByteArray() << 3
                               << u"3 periode keanggotaan"_s;
    QTest::newRow("en singular") << u"en"_s << "AlliancePane"_ba << "%n membership phase(s)"_ba << QByteArray() << 1
                                 << u"1 membership phase"_s;
    QTest::newRow("en plural") << u"en"_s << "AlliancePane"_ba << "%n membership phase(s)"_ba << QByteArray() << 2
                               << u"2 membership phases"_s;
    QTest::newRow("en falls back to the source") << u"en"_s << "Vocabulary"_ba << "Africa"_ba << QByteArray() << -1
                                                 << u"Africa"_s;
}

// The compiled catalogues are embedded in sekutu_core's resources as :/i18n/sekutu_<lang>.qm.
void TestTranslations::translatorsLoad()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, comment);
    QFETCH(int, n);
    QFETCH(QString, expected);

    QTranslator translator;
    QVERIFY2(translator.load(u":/i18n/sekutu_"_s + language), qPrintable(u":/i18n/sekutu_%1.qm is missing"_s.arg(language)));
    QVERIFY(!translator.isEmpty());
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString actual = QCoreApplication::translate(context.constData(), source.constData(),
                                                       comment.isEmpty() ? nullptr : comment.constData(), n);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
