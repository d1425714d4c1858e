// The bundled data: it loads and validates, an independent validator agrees, the generator
// reproduces the countries, codes agree with iso-codes, and the facts readers check are right.
#include "content/articlehtml.h"
#include "content/panehtml.h"
#include "data/datasetloader.h"
#include "data/datasetpack.h"
#include "data/membership.h"

#include <QDir>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>
#include <QtEndian>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

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

const Membership *membershipOf(const Organization &org, const QString &countryOrEntity)
{
    for (const Membership &m : org.members) {
        if (m.country == countryOrEntity || (!m.isState() && m.entity.en == countryOrEntity))
            return &m;
    }
    return nullptr;
}

// Hosts that re-serve other sites (proxies, mirrors, Wikipedia copies): never a source.
const QStringList ProxyHosts{u"fanyv88.com"_s,      u"movatter.jp"_s,  u"amansaja.com"_s, u"wikimili.com"_s,
                             u"wikipedia-on-ipfs.org"_s, u"iiab.me"_s, u"blogen.wiki"_s,  u"ruwikiorg.ru"_s,
                             u"en-academic.com"_s, u"liquisearch.com"_s, u"howlingpixel.com"_s, u"bloat.cat"_s};
// Sites not known to serve https; every other source address must use it.
const QStringList HttpOnlyHosts{u"www.odkb.gov.ru"_s, u"www.postkomsg.com"_s, u"nato.gov.si"_s,
                                u"www.businessinasean.com"_s};

// Why a source address is not acceptable, or empty.
QString untrustworthy(const QString &address)
{
    const QUrl url(address);
    const QString host = url.host();
    for (const QString &proxy : ProxyHosts) {
        if (host == proxy || host.endsWith(u'.' + proxy) || address.contains(proxy))
            return u"proxy or mirror: "_s + address;
    }
    if (url.scheme() == u"http" && !HttpOnlyHosts.contains(host))
        return u"http where https exists: "_s + address;
    if ((url.path().isEmpty() || url.path() == u"/") && !url.hasQuery())
        return u"a site's root, not the page: "_s + address;
    return {};
}

// Every source object (anything with a "publisher") below value, with its JSON path.
void collectSources(const QJsonValue &value, const QString &path, QList<QPair<QString, QJsonObject>> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.contains(u"publisher"))
            out.append({path, object});
        for (auto it = object.begin(); it != object.end(); ++it)
            collectSources(it.value(), path + u'/' + it.key(), out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectSources(array.at(i), path + u'/' + QString::number(i), out);
    }
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

// The forms the glossary's "Names in the data" table says never to use ("never" column).
QStringList forbiddenForms()
{
    QFile file(SourceDir + u"/translations/GLOSSARY.md"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype start = text.indexOf(u"## Names in the data");
    const qsizetype end = text.indexOf(u"\n## ", start + 1);
    QStringList forms;
    for (const QString &line : text.mid(start, end - start).split(u'\n')) {
        const QStringList cells = line.split(u'|');
        if (cells.size() < 4 || cells.at(1).trimmed() == u"use" || cells.at(1).startsWith(u"---"))
            continue;
        for (const QString &form : cells.at(2).split(u','))
            forms.append(form.trimmed());
    }
    forms.removeAll(QString());
    return forms;
}

// The Indonesian texts Sekutu writes itself: every "id" of a text in organizations and
// relations, the name, capital and note of countries (not the ISO name, which is quoted),
// and the fact notes of articles (not the original text of an Indonesian article).
void collectIndonesian(const QJsonValue &value, const QString &path, QList<QPair<QString, QString>> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = path + u'/' + it.key();
            if (it.key() == u"id" && it.value().isString() && object.contains(u"en"))
                out.append({child, it.value().toString()});
            else if (it.key() != u"iso_name")
                collectIndonesian(it.value(), child, out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectIndonesian(array.at(i), path + u'/' + QString::number(i), out);
    }
}

// Words that belong to the team's working notes, not to what a reader sees: the fact sheet,
// where a date came from in the team's research, file names, dataset codes (issue 13, item 11).
const QStringList TeamPhrases{u"fact sheet"_s,       u"lembar fakta"_s,      u"wikipedia copy"_s,
                              u"copy of the wikipedia"_s, u"ru-wikipedia"_s, u"salinan wikipedia"_s,
                              u"salinan artikel wikipedia"_s, u"general knowledge"_s, u"pengetahuan umum"_s,
                              u"project"_s,          u"proyek"_s,            u"sekutu's own"_s,
                              u"sekutu sendiri"_s,   u"tools/"_s,            u".json"_s,
                              u".csv"_s,             u"sp.pop"_s,            u"datasets/"_s,
                              u"data package"_s,     u"world-countries"_s,   u"not checked"_s,
                              u"tidak diperiksa"_s,  u"no end date was found"_s};

// Every reader-visible text below value (both languages of each {"en", "id"} text), with its
// JSON path. Source citations ("source", "sources") and the generator's record ("generated")
// are checked elsewhere and are not prose.
void collectReaderTexts(const QJsonValue &value, const QString &path, QList<QPair<QString, QString>> &out)
{
    static const QStringList notProse{u"source"_s, u"sources"_s, u"generated"_s};
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const bool bilingual = object.contains(u"en");
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = path + u'/' + it.key();
            if (bilingual && it.value().isString())
                out.append({child, it.value().toString()});
            else if (!notProse.contains(it.key()))
                collectReaderTexts(it.value(), child, out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectReaderTexts(array.at(i), path + u'/' + QString::number(i), out);
    }
}

QString python()
{
    // Debian's interpreter has python3-jsonschema; a user's own python3 may not.
    return QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : QStandardPaths::findExecutable(u"python3"_s);
}

// Copies the bundled data files into dir, with the first organization changed by edit().
bool copyWithFirstOrganization(const QTemporaryDir &dir, const std::function<void(QJsonObject &)> &edit)
{
    for (const QString &name : DatasetLoader::fileNames()) {
        if (!QFile::copy(SourceDir + u"/resources/data/"_s + name, dir.filePath(name)))
            return false;
    }
    QFile organizations(dir.filePath(u"organizations.json"_s));
    if (!organizations.open(QIODevice::ReadWrite))
        return false;
    QJsonObject root = QJsonDocument::fromJson(organizations.readAll()).object();
    QJsonArray list = root[u"organizations"_s].toArray();
    QJsonObject first = list[0].toObject();
    edit(first);
    list[0] = first;
    root[u"organizations"_s] = list;
    organizations.resize(0);
    return organizations.write(QJsonDocument(root).toJson()) > 0;
}

// `sekutu --check-data DIR`: its exit code (-1 when it did not end normally within a minute) and
// what it printed.
struct CheckDataRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CheckDataRun checkData(const QString &directory)
{
    QProcess process;
    process.start(QStringLiteral(SEKUTU_BINARY), {u"--check-data"_s, directory});
    CheckDataRun run;
    if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestBundledData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsWithoutErrors();
    void startupLoadMatchesTheCheckedLoad();
    void damagedPackIsRefused_data();
    void damagedPackIsRefused();
    void everyUnMemberAndObserver();
    void csto_data();
    void csto();
    void uzbekistanHasTwoCstoPhases();
    void armeniaFrozenButMember();
    void nato();
    void membership_data();
    void membership();
    void serbiaIsNoCstoObserver();
    void memberCounts_data();
    void memberCounts();
    void nonAlignedMovementFounding();
    void sourceChecker_data();
    void sourceChecker();
    void sourcesAreTrustworthy();
    void glossaryFormsInData();
    void noTeamNotesInReaderTexts_data();
    void noTeamNotesInReaderTexts();
    void tiesRecorded();
    void indonesianNames_data();
    void indonesianNames();
    void articleAttribution();
    void independentValidatorAgrees();
    void independentValidatorRejectsProxies();
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

void TestBundledData::startupLoadMatchesTheCheckedLoad()
{
    // What the window starts with is the pack the build wrote after checking the files
    // (tools/datapack), read without checks; it holds what the full check reads from the files.
    QVERIFY(QFile::exists(DatasetPack::bundledFileName()));
    const LoadResult startup = DatasetLoader::loadBundled();
    QVERIFY(startup.ok());
    const Dataset &d = startup.dataset;
    QCOMPARE(d.countries.size(), m_data.countries.size());
    QCOMPARE(d.organizations.size(), m_data.organizations.size());
    QCOMPARE(d.relations.size(), m_data.relations.size());
    QCOMPARE(d.articles.size(), m_data.articles.size());
    QVERIFY(DatasetPack::write(d) == DatasetPack::write(m_data));
    // And every pane and article reads the same from both, in both languages.
    for (const Language language : {Language::English, Language::Indonesian}) {
        for (const Country &c : std::as_const(m_data.countries))
            QCOMPARE(PaneHtml::country(d, c.code, language), PaneHtml::country(m_data, c.code, language));
        for (const Organization &o : std::as_const(m_data.organizations))
            QCOMPARE(PaneHtml::organization(d, o.id, language), PaneHtml::organization(m_data, o.id, language));
        for (qsizetype a = 0; a < m_data.articles.size(); ++a) {
            QCOMPARE(ArticleHtml::document(d, d.articles.at(a), language, language),
                     ArticleHtml::document(m_data, m_data.articles.at(a), language, language));
        }
    }
    // The fields no pane shows: the search's and the map's.
    for (qsizetype i = 0; i < d.countries.size(); ++i) {
        const Country &c = d.countries.at(i);
        const Country &e = m_data.countries.at(i);
        QCOMPARE(c.alpha3, e.alpha3);
        QCOMPARE(c.isoName.en, e.isoName.en);
        QCOMPARE(c.isoName.id, e.isoName.id);
        QCOMPARE(c.region, e.region);
        QCOMPARE(c.asOf, e.asOf);
    }
    QCOMPARE(d.membershipsOf(u"AM"_s).size(), m_data.membershipsOf(u"AM"_s).size());
}

void TestBundledData::damagedPackIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = DatasetPack::write(m_data);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("wrong-magic") << QByteArray("XXXX") + good.mid(4);
    QTest::newRow("other-version") << good.left(4) + QByteArray("\0\0\0\x02", 4) + good.mid(8);
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QTest::newRow("trailing-bytes") << good + QByteArray("junk");
    // The country count (after the magic and the version) made larger than the bytes.
    QTest::newRow("huge-count") << good.left(8) + QByteArray("\x7f\xff\xff\xff", 4) + good.mid(12);
    // A count the bytes could hold one byte each, but not as countries.
    const quint32 most = quint32(good.size() - 12);
    QByteArray count(4, '\0');
    qToBigEndian(most, count.data());
    QTest::newRow("count-beyond-the-records") << good.left(8) + count + good.mid(12);
}

// Never crashes and says what is wrong (a list is grown as it is read, never reserved at the size
// a count claims).
void TestBundledData::damagedPackIsRefused()
{
    QFETCH(QByteArray, bytes);
    QString error;
    QVERIFY(!DatasetPack::read(bytes, &error));
    QVERIFY(!error.isEmpty());
    // The good pack reads, to the byte.
    const QByteArray good = DatasetPack::write(m_data);
    const std::optional<Dataset> back = DatasetPack::read(good);
    QVERIFY(back);
    QVERIFY(DatasetPack::write(*back) == good);
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

void TestBundledData::membership_data()
{
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QString>("member"); // a country code, or an entity's English name
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("joined");
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("suspended");
    // Founding signatory of 8 December 1991, never a Charter member, recalled its representatives 19 May 2018.
    QTest::newRow("cis-ukraine") << u"cis"_s << u"UA"_s << u"participant"_s << u"1991-12-08"_s << u"2018-05-19"_s << QString();
    QTest::newRow("cis-georgia") << u"cis"_s << u"GE"_s << u"member"_s << u"1993-12"_s << u"2009-08-18"_s << QString();
    // Invited for 1 January 2024, membership never confirmed.
    QTest::newRow("brics-saudi-arabia") << u"brics"_s << u"SA"_s << u"invited"_s << u"2024-01-01"_s << QString() << QString();
    QTest::newRow("brics-indonesia") << u"brics"_s << u"ID"_s << u"member"_s << u"2025-01-06"_s << QString() << QString();
    QTest::newRow("csto-uzbekistan-2012") << u"csto"_s << u"UZ"_s << u"member"_s << u"1992-05-15"_s << u"1999-04-20"_s << QString();
    QTest::newRow("g20-indonesia") << u"g20"_s << u"ID"_s << u"member"_s << u"1999-09-25"_s << QString() << QString();
    QTest::newRow("g20-russia") << u"g20"_s << u"RU"_s << u"member"_s << u"1999-09-25"_s << QString() << QString();
    QTest::newRow("g20-european-union") << u"g20"_s << u"European Union"_s << u"member"_s << u"1999-09-25"_s << QString() << QString();
    QTest::newRow("g20-african-union") << u"g20"_s << u"African Union"_s << u"member"_s << u"2023-09-09"_s << QString() << QString();
    QTest::newRow("asean-indonesia") << u"asean"_s << u"ID"_s << u"member"_s << u"1967-08-08"_s << QString() << QString();
    QTest::newRow("asean-brunei") << u"asean"_s << u"BN"_s << u"member"_s << u"1984-01-07"_s << QString() << QString();
    QTest::newRow("asean-vietnam") << u"asean"_s << u"VN"_s << u"member"_s << u"1995-07-28"_s << QString() << QString();
    QTest::newRow("asean-myanmar") << u"asean"_s << u"MM"_s << u"member"_s << u"1997-07-23"_s << QString() << QString();
    QTest::newRow("asean-cambodia") << u"asean"_s << u"KH"_s << u"member"_s << u"1999-04-30"_s << QString() << QString();
    QTest::newRow("asean-timor-leste") << u"asean"_s << u"TL"_s << u"member"_s << u"2025-10-26"_s << QString() << QString();
    QTest::newRow("nam-indonesia") << u"nam"_s << u"ID"_s << u"member"_s << u"1961-09-01"_s << QString() << QString();
    QTest::newRow("oic-indonesia") << u"oic"_s << u"ID"_s << u"member"_s << u"1969"_s << QString() << QString();
    QTest::newRow("oic-russia") << u"oic"_s << u"RU"_s << u"observer"_s << u"2005"_s << QString() << QString();
    QTest::newRow("oic-syria") << u"oic"_s << u"SY"_s << u"member"_s << u"1972"_s << QString() << u"2012-08"_s;
}

void TestBundledData::membership()
{
    QFETCH(QString, organization);
    QFETCH(QString, member);
    QFETCH(QString, role);
    QFETCH(QString, joined);
    QFETCH(QString, left);
    QFETCH(QString, suspended);
    const Organization *org = m_data.organization(organization);
    QVERIFY(org);
    const Membership *m = membershipOf(*org, member);
    QVERIFY2(m, qPrintable(member));
    QCOMPARE(m->role, role);
    QCOMPARE(m->joined.toString(), joined);
    QCOMPARE(m->left.toString(), left);
    QCOMPARE(m->suspended.toString(), suspended);
    QVERIFY(!m->sources.isEmpty());
    // The country pane finds the link through the index (entities have no pane).
    if (m->isState()) {
        const QList<MembershipRef> refs = m_data.membershipsOf(member);
        QVERIFY(std::any_of(refs.cbegin(), refs.cend(), [&](const MembershipRef &ref) {
            return m_data.organizations.at(ref.organization).id == organization;
        }));
    }
}

void TestBundledData::serbiaIsNoCstoObserver()
{
    // The observer status is held by Serbia's parliament in the CSTO Parliamentary Assembly.
    QVERIFY(!membershipOf(*m_data.organization(u"csto"_s), u"RS"_s));
}

void TestBundledData::memberCounts_data()
{
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("members");
    QTest::newRow("asean-before-timor-leste") << u"asean"_s << QDate(2025, 10, 25) << 10;
    QTest::newRow("asean-with-timor-leste") << u"asean"_s << QDate(2025, 10, 26) << 11;
    QTest::newRow("asean-1967") << u"asean"_s << QDate(1967, 8, 8) << 5;
    QTest::newRow("g20-before-au") << u"g20"_s << QDate(2023, 9, 8) << 20; // 19 states and the EU
    QTest::newRow("g20-with-au") << u"g20"_s << QDate(2023, 9, 9) << 21;
    QTest::newRow("oic") << u"oic"_s << QDate(2026, 1, 1) << 57;
    QTest::newRow("brics-2025") << u"brics"_s << QDate(2025, 6, 1) << 10; // Saudi Arabia only invited
}

void TestBundledData::memberCounts()
{
    QFETCH(QString, organization);
    QFETCH(QDate, day);
    QFETCH(int, members);
    const Organization *org = m_data.organization(organization);
    QVERIFY(org);
    QCOMPARE(memberCount(*org, day), members);
}

void TestBundledData::nonAlignedMovementFounding()
{
    // Bandung 1955 is the forerunner; the Movement was founded in Belgrade in 1961.
    const Organization *nam = m_data.organization(u"nam"_s);
    QVERIFY(nam);
    QCOMPARE(nam->founded.toString(), u"1961-09-01"_s);
    QVERIFY(nam->foundedPlace.en.startsWith(u"Belgrade"));
    QVERIFY(std::any_of(nam->history.cbegin(), nam->history.cend(), [](const HistoryEvent &e) {
        return e.date.toString() == u"1955-04-18" && e.text.en.contains(u"Bandung");
    }));
}

void TestBundledData::sourceChecker_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("fanyv88") << u"https://fanyv88.com:443/https/wn.com/CSTO"_s << false;
    QTest::newRow("movatter") << u"http://movatter.jp/mt/?url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FX"_s << false;
    QTest::newRow("amansaja") << u"https://amansaja.com/index.php?q=abc"_s << false;
    QTest::newRow("wikimili") << u"https://wikimili.com/en/Collective_Security_Treaty_Organization"_s << false;
    QTest::newRow("http-tass") << u"http://tass.com/russia/687141"_s << false;
    QTest::newRow("blog-root") << u"https://www.blogen.wiki/blog/ru/"_s << false;
    QTest::newRow("site-root") << u"https://example.org/"_s << false;
    QTest::newRow("https-tass") << u"https://tass.com/russia/687141"_s << true;
    QTest::newRow("http-only-site") << u"http://www.odkb.gov.ru/b/azbengl.htm"_s << true;
}

void TestBundledData::sourceChecker()
{
    QFETCH(QString, url);
    QFETCH(bool, acceptable);
    QCOMPARE(untrustworthy(url).isEmpty(), acceptable);
}

void TestBundledData::sourcesAreTrustworthy()
{
    QStringList problems;
    for (const QString &name : DatasetLoader::fileNames()) {
        QList<QPair<QString, QJsonObject>> sources;
        collectSources(readJson(SourceDir + u"/resources/data/"_s + name), QString(), sources);
        for (const auto &[path, source] : std::as_const(sources)) {
            const QString url = source.value(u"url").toString();
            if (const QString problem = url.isEmpty() ? QString() : untrustworthy(url); !problem.isEmpty())
                problems.append(name + u": "_s + path + u": "_s + problem);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestBundledData::glossaryFormsInData()
{
    const QStringList forms = forbiddenForms();
    QVERIFY2(forms.contains(u"Moskwa"_s) && forms.contains(u"traktat"_s), qPrintable(forms.join(u", ")));
    QList<QPair<QString, QString>> texts;
    for (const QString &name : {u"organizations.json"_s, u"relations.json"_s, u"countries.json"_s})
        collectIndonesian(readJson(SourceDir + u"/resources/data/"_s + name), name, texts);
    for (const Article &article : m_data.articles) {
        for (const Paragraph &p : article.paragraphs) {
            for (const FactNote &note : p.notes)
                texts.append({article.id + u"/"_s + p.id + u"/notes"_s, note.text.id});
            if (article.language != u"id")
                texts.append({article.id + u"/"_s + p.id, p.text.id});
        }
    }
    QVERIFY(texts.size() > 500);
    QStringList found;
    for (const QString &form : forms) {
        const QRegularExpression word(u"\\b"_s + QRegularExpression::escape(form) + u"\\b"_s);
        for (const auto &[path, text] : std::as_const(texts)) {
            if (word.match(text).hasMatch())
                found.append(path + u": "_s + form);
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestBundledData::noTeamNotesInReaderTexts_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : DatasetLoader::fileNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestBundledData::noTeamNotesInReaderTexts()
{
    QFETCH(QString, file);
    const QJsonObject root = readJson(SourceDir + u"/resources/data/"_s + file);
    QVERIFY(!root.isEmpty());
    QList<QPair<QString, QString>> texts;
    collectReaderTexts(root, file, texts);
    QVERIFY(!texts.isEmpty());
    QStringList found;
    for (const auto &[path, text] : std::as_const(texts)) {
        for (const QString &phrase : TeamPhrases) {
            if (text.contains(phrase, Qt::CaseInsensitive))
                found.append(path + u": \""_s + phrase + u'"');
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestBundledData::tiesRecorded()
{
    // Every post-Soviet state, every G20 member and every country the article names has a
    // recorded tie to Russia: a blank would read as "no tie".
    QStringList codes{u"AM"_s, u"AZ"_s, u"BY"_s, u"EE"_s, u"GE"_s, u"KZ"_s, u"KG"_s, u"LV"_s, u"LT"_s,
                      u"MD"_s, u"TJ"_s, u"TM"_s, u"UA"_s, u"UZ"_s};
    for (const Membership &m : m_data.organization(u"g20"_s)->members) {
        if (m.isState() && m.country != u"RU")
            codes.append(m.country);
    }
    for (const Paragraph &p : m_data.articles.constFirst().paragraphs) {
        for (const Mention &mention : p.mentions) {
            if (mention.target.startsWith(u"country/") && mention.target != u"country/RU")
                codes.append(mention.target.mid(8));
        }
    }
    QStringList missing;
    for (const QString &code : std::as_const(codes)) {
        if (!m_data.relation(code) && !missing.contains(code))
            missing.append(code);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
    QCOMPARE(m_data.relation(u"GE"_s)->type, u"strained"_s);
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

void TestBundledData::independentValidatorRejectsProxies()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(u"schema"_s)));
    QVERIFY(QFile::copy(SourceDir + u"/resources/data/schema/sekutu.schema.json"_s, dir.filePath(u"schema/sekutu.schema.json"_s)));
    QVERIFY(copyWithFirstOrganization(dir, [](QJsonObject &first) {
        QJsonArray sources = first[u"source"_s].toArray();
        sources.append(QJsonObject{{u"publisher"_s, u"Wikipedia"_s}, {u"title"_s, u"CSTO"_s}, {u"date"_s, u"2026"_s},
                                   {u"url"_s, u"http://movatter.jp/mt/?url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FCSTO"_s}});
        first[u"source"_s] = sources;
    }));

    QProcess process;
    process.start(python(), {SourceDir + u"/tools/validate_data.py"_s, dir.path()});
    QVERIFY(process.waitForFinished(60000));
    const QByteArray output = process.readAllStandardOutput();
    if (process.exitCode() != 0 && process.readAllStandardError().contains("No module named 'jsonschema'"))
        QSKIP("python3-jsonschema is not installed");
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(output.contains("movatter.jp") && output.contains("proxy or mirror"), output.constData());
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
    const CheckDataRun valid = checkData(SourceDir + u"/resources/data"_s);
    QCOMPARE(valid.exitCode, 0);
    const QByteArray &summary = valid.out;
    QVERIFY2(summary.contains("valid (195 countries"), summary.constData());
    QVERIFY2(summary.contains(", 1 article)"), summary.constData()); // the singular, from the English catalogue

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
        QVERIFY(copyWithFirstOrganization(dir, [&breakage](QJsonObject &csto) {
            QJsonArray members = csto[u"members"_s].toArray();
            QJsonObject first = members[0].toObject();
            first[u"joined"_s] = breakage.firstJoined;
            members[0] = first;
            QJsonObject second = members[1].toObject();
            second[u"country"_s] = breakage.secondCountry;
            members[1] = second;
            csto[u"members"_s] = members;
        }));

        const CheckDataRun broken = checkData(dir.path());
        QCOMPARE(broken.exitCode, 1);
        const QString errors = QString::fromUtf8(broken.err);
        for (const QString &expected : breakage.expected)
            QVERIFY2(errors.contains(expected), qPrintable(errors));
    }

    // A value holding a terminal escape sequence is printed escaped, not played to the terminal.
    QTemporaryDir dir;
    QVERIFY(copyWithFirstOrganization(dir, [](QJsonObject &csto) {
        QJsonArray members = csto[u"members"_s].toArray();
        QJsonObject first = members[0].toObject();
        first[u"role"_s] = u"member\x1b]0;owned\x07\u202e"_s;
        members[0] = first;
        csto[u"members"_s] = members;
    }));
    const CheckDataRun hostile = checkData(dir.path());
    QCOMPARE(hostile.exitCode, 1);
    const QByteArray &errors = hostile.err;
    QVERIFY2(errors.contains("member\\u{001b}]0;owned\\u{0007}\\u{202e}"), errors.constData());
    QVERIFY(!errors.contains('\x1b') && !errors.contains('\x07'));
}

QTEST_GUILESS_MAIN(TestBundledData)
#include "tst_bundleddata.moc"
