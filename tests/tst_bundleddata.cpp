// The bundled data: it loads and validates, an independent validator agrees, the generator
// reproduces the countries, codes agree with iso-codes, and the facts readers check are right.
#include "data/datasetloader.h"
#include "data/membership.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString SourceDir = QStringLiteral(SEKUTU_SOURCE_DIR);

QStringList activeMembers(const Organization &org, QDate day, bool fullMembersOnly = true)
{
    QStringList codes;
    for (const Membership &m : org.members) {
        if (m.isActiveOn(day) && (!fullMembersOnly || m.role == u"member" || m.role == u"party"))
            codes.append(m.country);
    }
    codes.sort();
    return codes;
}

QString python()
{
    // Debian's interpreter has python3-jsonschema; a user's own python3 may not.
    return QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : QStandardPaths::findExecutable(u"python3"_s);
}

} // namespace

class TestBundledData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsWithoutErrors();
    void everyUnMemberAndObserver();
    void csto_data();
    void csto();
    void uzbekistanHasTwoCstoPhases();
    void armeniaFrozenButMember();
    void nato();
    void indonesianNames_data();
    void indonesianNames();
    void articleAttribution();
    void independentValidatorAgrees();
    void generatorReproducesCountries();
    void codesMatchIsoCodes();
    void checkDataCommand();

private:
    Dataset m_data;
};

void TestBundledData::initTestCase()
{
    LoadResult result = DatasetLoader::loadDirectory(SourceDir + u"/resources/data"_s);
    QVERIFY(result.ok());
    m_data = std::move(result.dataset);
}

void TestBundledData::loadsWithoutErrors()
{
    // The copy compiled into the binary, not only the source folder.
    const LoadResult result = DatasetLoader::loadDirectory(DatasetLoader::bundledDirectory());
    QStringList errors;
    for (const DataError &e : result.errors)
        errors.append(e.toString());
    QVERIFY2(result.ok(), qPrintable(errors.join(u'\n')));
    QCOMPARE(result.dataset.countries.size(), m_data.countries.size());
}

void TestBundledData::everyUnMemberAndObserver()
{
    int members = 0, observers = 0;
    for (const Country &c : m_data.countries) {
        members += c.unStatus == u"member";
        observers += c.unStatus == u"observer";
        QVERIFY2(!c.name.en.isEmpty() && !c.name.id.isEmpty() && !c.capital.id.isEmpty(), qPrintable(c.code));
        QVERIFY2(c.population.value > 0 && c.population.year >= 2015, qPrintable(c.code));
    }
    QCOMPARE(members, 193);
    QCOMPARE(observers, 2);
    QCOMPARE(m_data.country(u"VA"_s)->unStatus, u"observer"_s);
    QCOMPARE(m_data.country(u"PS"_s)->unStatus, u"observer"_s);
}

void TestBundledData::csto_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QStringList>("members");
    QTest::newRow("treaty-signed") << QDate(1992, 5, 15) << QStringList{u"AM"_s, u"KG"_s, u"KZ"_s, u"RU"_s, u"TJ"_s, u"UZ"_s};
    QTest::newRow("1995-01-01") << QDate(1995, 1, 1)
                                << QStringList{u"AM"_s, u"AZ"_s, u"BY"_s, u"GE"_s, u"KG"_s, u"KZ"_s, u"RU"_s, u"TJ"_s, u"UZ"_s};
    QTest::newRow("2000-01-01") << QDate(2000, 1, 1) << QStringList{u"AM"_s, u"BY"_s, u"KG"_s, u"KZ"_s, u"RU"_s, u"TJ"_s};
    QTest::newRow("2007-01-01") << QDate(2007, 1, 1)
                                << QStringList{u"AM"_s, u"BY"_s, u"KG"_s, u"KZ"_s, u"RU"_s, u"TJ"_s, u"UZ"_s};
    QTest::newRow("2013-01-01") << QDate(2013, 1, 1) << QStringList{u"AM"_s, u"BY"_s, u"KG"_s, u"KZ"_s, u"RU"_s, u"TJ"_s};
    QTest::newRow("today") << QDate(2026, 11, 25) << QStringList{u"AM"_s, u"BY"_s, u"KG"_s, u"KZ"_s, u"RU"_s, u"TJ"_s};
}

void TestBundledData::csto()
{
    QFETCH(QDate, day);
    QFETCH(QStringList, members);
    const Organization *csto = m_data.organization(u"csto"_s);
    QVERIFY(csto);
    QCOMPARE(activeMembers(*csto, day), members);
}

void TestBundledData::uzbekistanHasTwoCstoPhases()
{
    QList<const Membership *> phases;
    for (const Membership &m : m_data.organization(u"csto"_s)->members) {
        if (m.country == u"UZ")
            phases.append(&m);
    }
    QCOMPARE(phases.size(), 2);
    QCOMPARE(phases.at(0)->joined.toString(), u"1992-05-15"_s);
    QCOMPARE(phases.at(0)->left.year(), 1999);
    QCOMPARE(phases.at(1)->joined.year(), 2006);
    QCOMPARE(phases.at(1)->left.year(), 2012);
}

void TestBundledData::armeniaFrozenButMember()
{
    for (const Membership &m : m_data.organization(u"csto"_s)->members) {
        if (m.country != u"AM")
            continue;
        QVERIFY(!m.left.isValid());
        QCOMPARE(m.suspended.toString(), u"2024-02"_s);
        QVERIFY(m.note.en.contains(u"frozen", Qt::CaseInsensitive));
        return;
    }
    QFAIL("Armenia is not in the CSTO data");
}

void TestBundledData::nato()
{
    const Organization *nato = m_data.organization(u"nato"_s);
    QVERIFY(nato);
    QCOMPARE(memberCount(*nato, QDate(2026, 11, 25)), 32);
    QCOMPARE(activeMembers(*nato, QDate(1949, 4, 4)).size(), 12);
    auto joined = [nato](const QString &code) {
        for (const Membership &m : nato->members) {
            if (m.country == code)
                return m.joined.toString();
        }
        return QString();
    };
    QCOMPARE(joined(u"FI"_s), u"2023-04-04"_s);
    QCOMPARE(joined(u"SE"_s), u"2024-03-07"_s);
    QVERIFY(!activeMembers(*nato, QDate(2023, 4, 3)).contains(u"FI"_s));
    QVERIFY(activeMembers(*nato, QDate(2023, 4, 4)).contains(u"FI"_s));
}

void TestBundledData::indonesianNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("isoName");
    QTest::newRow("russia") << u"RU"_s << u"Rusia"_s << u"Federasi Rusia"_s;
    QTest::newRow("china") << u"CN"_s << u"Tiongkok"_s << u"Cina"_s;
    QTest::newRow("syria") << u"SY"_s << u"Suriah"_s << QString();
    QTest::newRow("belarus") << u"BY"_s << u"Belarus"_s << QString();
    QTest::newRow("north-korea") << u"KP"_s << u"Korea Utara"_s << QString();
}

void TestBundledData::indonesianNames()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, isoName);
    const Country *country = m_data.country(code);
    QVERIFY(country);
    QCOMPARE(country->name.id, name);
    if (!isoName.isEmpty())
        QCOMPARE(country->isoName.id, isoName);
}

void TestBundledData::articleAttribution()
{
    QCOMPARE(m_data.articles.size(), 1);
    const Article &article = m_data.articles.constFirst();
    QCOMPARE(article.publisher, u"Serambinews.com"_s);
    QCOMPARE(article.editor, u"Amirullah"_s);
    QCOMPARE(article.originalSource, u"Bangka Pos"_s);
    QCOMPARE(article.page, 1);
    QCOMPARE(article.pageCount, 4);
    QVERIFY(article.copyright.contains(u"TRIBUNnews.com"));
    bool syriaNote = false;
    for (const Paragraph &p : article.paragraphs) {
        for (const FactNote &n : p.notes)
            syriaNote |= n.target == u"country/SY" && n.text.en.contains(u"8 December 2024");
    }
    QVERIFY(syriaNote);
}

void TestBundledData::independentValidatorAgrees()
{
    QProcess process;
    process.start(python(), {SourceDir + u"/tools/validate_data.py"_s, SourceDir + u"/resources/data"_s});
    QVERIFY(process.waitForFinished(60000));
    if (process.exitCode() != 0 && process.readAllStandardError().contains("No module named 'jsonschema'"))
        QSKIP("python3-jsonschema is not installed");
    QCOMPARE(process.exitCode(), 0);
}

void TestBundledData::generatorReproducesCountries()
{
    if (!QFile::exists(u"/usr/share/iso-codes/json/iso_3166-1.json"_s) || !QFile::exists(u"/usr/share/unicode/cldr/common/main/id.xml"_s))
        QSKIP("the generator needs iso-codes and unicode-cldr-core");
    QProcess process;
    process.start(python(), {SourceDir + u"/tools/generate_countries.py"_s, u"--check"_s,
                             SourceDir + u"/resources/data/countries.json"_s});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardOutput().left(2000) + process.readAllStandardError());
}

void TestBundledData::codesMatchIsoCodes()
{
    QFile file(u"/usr/share/iso-codes/json/iso_3166-1.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("iso-codes is not installed");
    QHash<QString, QJsonObject> iso;
    for (const QJsonValue &entry : QJsonDocument::fromJson(file.readAll()).object().value(u"3166-1").toArray())
        iso.insert(entry[u"alpha_2"].toString(), entry.toObject());
    for (const Country &c : m_data.countries) {
        QVERIFY2(iso.contains(c.code), qPrintable(c.code));
        QCOMPARE(c.alpha3, iso.value(c.code).value(u"alpha_3").toString());
        QCOMPARE(c.isoName.en, iso.value(c.code).value(u"name").toString());
    }
}

void TestBundledData::checkDataCommand()
{
    QProcess valid;
    valid.start(QStringLiteral(SEKUTU_BINARY), {u"--check-data"_s, SourceDir + u"/resources/data"_s});
    QVERIFY(valid.waitForFinished(60000));
    QCOMPARE(valid.exitCode(), 0);
    QVERIFY(valid.readAllStandardOutput().contains("valid (195 countries"));

    // Broken copies: each change to the CSTO's first members must be reported by path.
    struct Breakage
    {
        QString firstJoined;
        QString secondCountry;
        QStringList expected;
    };
    const QList<Breakage> breakages{
        {u"1993-13-01"_s, u"AM"_s, {u"organizations.json: /organizations/0/members/0/joined: \"1993-13-01\" is not a date"_s}},
        {u"2023-02-30"_s, u"SU"_s,
         {u"organizations.json: /organizations/0/members/0/joined: \"2023-02-30\" is not a date"_s,
          u"organizations.json: /organizations/0/members/1/country: \"SU\" is not a country in countries.json"_s}},
    };
    for (const Breakage &breakage : breakages) {
        QTemporaryDir dir;
        for (const QString &name : DatasetLoader::fileNames())
            QVERIFY(QFile::copy(SourceDir + u"/resources/data/"_s + name, dir.filePath(name)));
        QFile organizations(dir.filePath(u"organizations.json"_s));
        QVERIFY(organizations.open(QIODevice::ReadWrite));
        QJsonObject root = QJsonDocument::fromJson(organizations.readAll()).object();
        QJsonArray list = root[u"organizations"_s].toArray();
        QJsonObject csto = list[0].toObject();
        QJsonArray members = csto[u"members"_s].toArray();
        QJsonObject first = members[0].toObject();
        first[u"joined"_s] = breakage.firstJoined;
        members[0] = first;
        QJsonObject second = members[1].toObject();
        second[u"country"_s] = breakage.secondCountry;
        members[1] = second;
        csto[u"members"_s] = members;
        list[0] = csto;
        root[u"organizations"_s] = list;
        organizations.resize(0);
        organizations.write(QJsonDocument(root).toJson());
        organizations.close();

        QProcess broken;
        broken.start(QStringLiteral(SEKUTU_BINARY), {u"--check-data"_s, dir.path()});
        QVERIFY(broken.waitForFinished(60000));
        QCOMPARE(broken.exitCode(), 1);
        const QString errors = QString::fromUtf8(broken.readAllStandardError());
        for (const QString &expected : breakage.expected)
            QVERIFY2(errors.contains(expected), qPrintable(errors));
    }
}

QTEST_GUILESS_MAIN(TestBundledData)
#include "tst_bundleddata.moc"
