// The core's item models on the bundled data: structure (QAbstractItemModelTester),
// search, filters, the as-of date and the language switch.
#include "models/articlemodel.h"
#include "models/countryfiltermodel.h"
#include "models/countrymodel.h"
#include "models/flagicon.h"
#include "models/membershipfiltermodel.h"
#include "models/membershipmodel.h"
#include "models/organizationmodel.h"
#include "models/resourceimage.h"
#include "navigation/navigationhistory.h"
#include "navigation/pagetitle.h"
#include "session/session.h"
#include "sessionfixture.h"

#include <QFile>
#include <QAbstractItemModelTester>
#include <QImage>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList codesIn(const QAbstractItemModel &model, int role)
{
    QStringList codes;
    for (int row = 0; row < model.rowCount(); ++row)
        codes.append(model.index(row, 0).data(role).toString());
    return codes;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void modelsPassTheTester();
    void search_data();
    void search();
    void filterByOrganizationAndTie();
    void asOf_data();
    void asOf();
    void languageSwitch();
    void tieNotRecordedAndNonStateMembers();
    void sortsByCollation();
    void navigationHistory();
    void pageTitles_data();
    void pageTitles();
    void flagIcons_data();
    void flagIcons();
    void mapLinks_data();
    void mapLinks();
    void historyKeepsThePageAsLeft();
};

// The models start empty and follow the session: the data arriving (a reset) and the language.
void TestModels::modelsPassTheTester()
{
    Session session;
    session.setLanguage(Language::English);
    CountryModel countries(session);
    QAbstractItemModelTester t1(&countries, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CountryFilterModel filter(session);
    QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&countries);
    filter.sort(CountryModel::NameColumn);
    MembershipModel members(session);
    QAbstractItemModelTester t3(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
    members.setOrganization(u"csto"_s);
    MembershipFilterModel membersOn(session);
    QAbstractItemModelTester t4(&membersOn, QAbstractItemModelTester::FailureReportingMode::QtTest);
    membersOn.setSourceModel(&members);
    membersOn.sort(MembershipModel::JoinedColumn);
    OrganizationModel organizations(session);
    QAbstractItemModelTester t5(&organizations, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ArticleModel articles(session);
    QAbstractItemModelTester t6(&articles, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(countries.rowCount(), 0);

    QSignalSpy reset(&countries, &QAbstractItemModel::modelReset);
    session.setDataset(SessionFixture::bundledData());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(countries.rowCount(), 195);
    QCOMPARE(members.rowCount(), 10); // phases: Uzbekistan has two
    QCOMPARE(articles.rowCount(), 1);
    filter.setSearchText(u"ru"_s);
    filter.setOrganization(u"csto"_s);
    session.setLanguage(Language::Indonesian);
    filter.setSearchText(QString());
    membersOn.setAsOf(QDate(1995, 1, 1));
    membersOn.setAsOf(QDate());
    members.setOrganization(u"nato"_s);
    session.setLanguage(Language::English);
}

void TestModels::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("indonesian-common") << u"tiongkok"_s << u"CN"_s;
    QTest::newRow("english") << u"china"_s << u"CN"_s;
    QTest::newRow("iso-indonesian") << u"cina"_s << u"CN"_s;
    QTest::newRow("code") << u"CN"_s << u"CN"_s;
    QTest::newRow("alpha3") << u"chn"_s << u"CN"_s;
    QTest::newRow("upper-case") << u"RUSIA"_s << u"RU"_s;
    QTest::newRow("accent-insensitive") << u"cote d'ivoire"_s << u"CI"_s;
    QTest::newRow("accent-typed") << u"CÔTE"_s << u"CI"_s;
    QTest::newRow("indonesian-syria") << u"suriah"_s << u"SY"_s;
    QTest::newRow("surrounding-spaces") << u"  belarus "_s << u"BY"_s;
}

void TestModels::search()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    SessionFixture session;
    CountryModel countries(session);
    CountryFilterModel filter(session);
    filter.setSourceModel(&countries);
    filter.setSearchText(text);
    const QStringList found = codesIn(filter, CountryModel::CodeRole);
    QVERIFY2(found.contains(expected), qPrintable(found.join(u',')));
    QVERIFY2(found.size() <= 3, qPrintable(found.join(u',')));
}

void TestModels::filterByOrganizationAndTie()
{
    SessionFixture session;
    CountryModel countries(session);
    CountryFilterModel filter(session);
    filter.setSourceModel(&countries);
    QCOMPARE(filter.rowCount(), 195);
    QSignalSpy removed(&filter, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(&filter, &QAbstractItemModel::layoutChanged);
    filter.setOrganization(u"csto"_s);
    QVERIFY(removed.count() + layout.count() > 0);
    QStringList csto = codesIn(filter, CountryModel::CodeRole);
    csto.sort();
    QCOMPARE(csto, (QStringList{u"AM"_s, u"BY"_s, u"KG"_s, u"KZ"_s, u"RU"_s, u"TJ"_s}));
    filter.setRelationType(u"treaty_ally"_s);
    QStringList allies = codesIn(filter, CountryModel::CodeRole);
    allies.sort();
    QCOMPARE(allies, (QStringList{u"BY"_s, u"KG"_s, u"KZ"_s, u"TJ"_s}));
    filter.setOrganization(CountryFilterModel::AnyOrganization);
    QVERIFY(codesIn(filter, CountryModel::CodeRole).contains(u"KP"_s));
    filter.setOrganization(QString());
    filter.setRelationType(QString());
    QCOMPARE(filter.rowCount(), 195);
}

void TestModels::asOf_data()
{
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("fullMembers");
    QTest::newRow("csto-1995") << u"csto"_s << QDate(1995, 1, 1) << 9 << 9;
    QTest::newRow("csto-2000") << u"csto"_s << QDate(2000, 1, 1) << 6 << 6;
    // Serbia is not an observer: the status is its parliament's, in the CSTO Parliamentary Assembly.
    QTest::newRow("csto-today") << u"csto"_s << QDate(2026, 11, 25) << 6 << 6;
    QTest::newRow("nato-1949") << u"nato"_s << QDate(1949, 4, 4) << 12 << 12;
    QTest::newRow("nato-today") << u"nato"_s << QDate(2026, 11, 25) << 32 << 32;
}

void TestModels::asOf()
{
    QFETCH(QString, organization);
    QFETCH(QDate, day);
    QFETCH(int, rows);
    QFETCH(int, fullMembers);
    SessionFixture session;
    MembershipModel members(session);
    members.setOrganization(organization);
    MembershipFilterModel filter(session);
    filter.setSourceModel(&members);
    filter.setAsOf(day);
    QCOMPARE(filter.rowCount(), rows);
    QCOMPARE(filter.fullMemberCount(), fullMembers);
    filter.setAsOf(QDate());
    QCOMPARE(filter.rowCount(), members.rowCount());
}

void TestModels::languageSwitch()
{
    SessionFixture session;
    CountryModel countries(session);
    const QModelIndex china = countries.indexOf(u"CN"_s);
    QCOMPARE(china.data().toString(), u"China"_s);
    QSignalSpy changed(&countries, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&countries, &QAbstractItemModel::headerDataChanged);
    session->setLanguage(Language::Indonesian);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(headers.count(), 1);
    QCOMPARE(china.data().toString(), u"Tiongkok"_s);
    QCOMPARE(countries.indexOf(u"RU"_s).siblingAtColumn(CountryModel::PopulationColumn).data().toString(),
             u"143.533.851"_s);
    session->setLanguage(Language::Indonesian);
    QCOMPARE(changed.count(), 1); // no change, no signal

    MembershipModel members(session);
    members.setOrganization(u"csto"_s);
    QCOMPARE(members.index(0, MembershipModel::JoinedColumn).data().toString(), u"15 Mei 1992"_s);
    session->setLanguage(Language::English);
    QCOMPARE(members.index(0, MembershipModel::JoinedColumn).data().toString(), u"15 May 1992"_s);
}

void TestModels::tieNotRecordedAndNonStateMembers()
{
    // A blank tie would read as "no tie": a country without a record says so.
    SessionFixture session;
    CountryModel countries(session);
    QVERIFY(!session->dataset().relation(u"NZ"_s));
    QCOMPARE(countries.indexOf(u"NZ"_s).siblingAtColumn(CountryModel::TieColumn).data().toString(), u"not recorded"_s);
    QCOMPARE(countries.indexOf(u"GE"_s).siblingAtColumn(CountryModel::TieColumn).data().toString(), u"Strained"_s);
    QVERIFY(!countries.indexOf(u"RU"_s).siblingAtColumn(CountryModel::TieColumn).data().toString().isEmpty());

    // The G20's members that are not states are listed by name, without a flag or a code.
    MembershipModel members(session);
    QAbstractItemModelTester tester(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
    members.setOrganization(u"g20"_s);
    QStringList entities;
    for (int row = 0; row < members.rowCount(); ++row) {
        const QModelIndex name = members.index(row, MembershipModel::CountryColumn);
        if (name.data(MembershipModel::CountryCodeRole).toString().isEmpty()) {
            entities.append(name.data().toString());
            QVERIFY(name.data(Qt::DecorationRole).isNull());
        }
    }
    QCOMPARE(entities, (QStringList{u"European Union"_s, u"African Union"_s}));
    session->setLanguage(Language::Indonesian);
    QCOMPARE(members.index(members.rowCount() - 1, MembershipModel::CountryColumn).data().toString(), u"Uni Afrika"_s);
}

void TestModels::sortsByCollation()
{
    SessionFixture session;
    CountryModel countries(session);
    CountryFilterModel filter(session);
    filter.setSourceModel(&countries);
    filter.sort(CountryModel::NameColumn);
    session->setLanguage(Language::Indonesian);
    QStringList names;
    for (int row = 0; row < filter.rowCount(); ++row)
        names.append(filter.index(row, 0).data().toString());
    QCOMPARE(names.constFirst(), u"Afganistan"_s);
    // "Ekuador" sorts with E, not after Z as a byte order would put "É…" names.
    QVERIFY(names.indexOf(u"Ekuador"_s) < names.indexOf(u"Estonia"_s));
}

void TestModels::navigationHistory()
{
    NavigationHistory history;
    QSignalSpy current(&history, &NavigationHistory::currentChanged);
    history.navigate(LinkTarget::country(u"RU"_s));
    history.navigate(LinkTarget::organization(u"csto"_s));
    history.navigate(LinkTarget::organization(u"csto"_s)); // same target: no new entry
    QCOMPARE(current.count(), 2);
    history.back();
    QCOMPARE(history.current(), LinkTarget::country(u"RU"_s));
    QVERIFY(history.canGoForward());
    history.navigate(LinkTarget::article(u"a"_s));
    QVERIFY(!history.canGoForward());
    history.back();
    history.back();
    QVERIFY(!history.canGoBack());
    QCOMPARE(LinkTarget::parse(u"country/ru"_s), LinkTarget::country(u"RU"_s));
    QCOMPARE(LinkTarget::fromUrl(QUrl(u"sekutu://article/x#p7"_s)), LinkTarget::article(u"x"_s, u"p7"_s));
    QVERIFY(!LinkTarget::parse(u"file/etc"_s).isValid());
    QVERIFY(!LinkTarget::fromUrl(QUrl(u"https://country/RU"_s)).isValid());
    // The overview has no key.
    QVERIFY(LinkTarget::overview().isValid());
    QCOMPARE(LinkTarget::overview().toString(), u"overview"_s);
    QCOMPARE(LinkTarget::parse(u"overview"_s), LinkTarget::overview());
    QCOMPARE(LinkTarget::fromUrl(LinkTarget::overview().toUrl()), LinkTarget::overview());
    QVERIFY(!LinkTarget::parse(u"overviews"_s).isValid());
    history.navigate(LinkTarget::overview());
    QCOMPARE(history.current(), LinkTarget::overview());
}

void TestModels::pageTitles_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("country") << u"country/CN"_s << Language::Indonesian << u"Tiongkok"_s;
    QTest::newRow("organization") << u"organization/csto"_s << Language::English << u"CSTO"_s;
    QTest::newRow("organization-id") << u"organization/csto"_s << Language::Indonesian << u"CSTO"_s;
    QTest::newRow("article") << u"article/serambinews-rusia-tak-sendirian"_s << Language::Indonesian
                             << u"Rusia Tak Sendirian, Inilah Negara-Negara Siap Bantu Rusia jika Terjadi Serangan dari Luar"_s;
    QTest::newRow("overview") << u"overview"_s << Language::English << u"Overview"_s;
    QTest::newRow("map with a date") << u"map?mode=organization/nato&date=1999-03-12"_s << Language::English << u"World map"_s;
    QTest::newRow("unknown country") << u"country/XX"_s << Language::English << QString();
    QTest::newRow("nothing") << QString() << Language::English << QString();
}

void TestModels::pageTitles()
{
    QFETCH(QString, target);
    QFETCH(Language, language);
    QFETCH(QString, title);
    QCOMPARE(PageTitle::of(*SessionFixture::bundledData(), LinkTarget::parse(target), language), title);
}

void TestModels::flagIcons_data()
{
    QTest::addColumn<QSize>("box");
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<int>("file"); // the rendition it comes from unscaled, or 0
    QTest::newRow("list") << QSize(16, 16) << 1.0 << QSize(16, 12) << 16;
    QTest::newRow("list, high density") << QSize(16, 16) << 2.0 << QSize(32, 24) << 32;
    QTest::newRow("large") << QSize(32, 24) << 1.0 << QSize(32, 24) << 32;
    QTest::newRow("in between") << QSize(24, 24) << 1.0 << QSize(24, 18) << 0;
}

// Flags are decoded when painted, from the rendition that fits, and keep their 4:3 shape.
void TestModels::flagIcons()
{
    QFETCH(QSize, box);
    QFETCH(qreal, scale);
    QFETCH(QSize, pixels);
    QFETCH(int, file);
    const QIcon icon = FlagIcon::make(u"ID"_s);
    QVERIFY(!icon.isNull());
    const QPixmap pixmap = icon.pixmap(box, scale);
    QCOMPARE(pixmap.size(), pixels);
    QCOMPARE(pixmap.devicePixelRatio(), scale);
    if (file) {
        // Its cell of the picture of all flags: sixteen to a row, in the order of names.txt.
        QFile namesFile(u":/flags/sprite/names.txt"_s);
        QVERIFY(namesFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> names = namesFile.readAll().split('\n');
        const int rows = (int(names.size()) - 1 + 15) / 16; // names.txt ends with a line break
        const QImage sprite = ResourceImage::raw(u":/flags/sprite/%1.argb"_s.arg(file), QSize(16 * file, rows * file * 3 / 4));
        QVERIFY(!sprite.isNull());
        // Any other size is refused, not misread.
        QVERIFY(ResourceImage::raw(u":/flags/sprite/%1.argb"_s.arg(file), QSize(16 * file, rows * file * 3 / 4 + 1)).isNull());
        QVERIFY(ResourceImage::raw(u":/flags/sprite/none.argb"_s, QSize(16, 12)).isNull());
        for (const char *code : {"id", "fr", "zw"}) {
            const int cell = int(names.indexOf(QByteArray(code)));
            QVERIFY(cell >= 0);
            QImage expected = sprite.copy(QRect(QPoint(cell % 16 * file, cell / 16 * file * 3 / 4), QSize(file, file * 3 / 4)));
            expected.setDevicePixelRatio(scale);
            const QPixmap drawn = FlagIcon::make(QString::fromLatin1(code).toUpper()).pixmap(box, scale);
            QCOMPARE(drawn.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied), expected);
        }
    }
    // France's: blue at the hoist, red at the fly (its cell, not a neighbour's).
    const QImage france = FlagIcon::make(u"FR"_s).pixmap(box, scale).toImage();
    const QColor hoist = france.pixelColor(pixels.width() / 6, pixels.height() / 2);
    const QColor fly = france.pixelColor(pixels.width() * 5 / 6, pixels.height() / 2);
    QVERIFY2(hoist.blue() > 100 && hoist.red() < 80, qPrintable(hoist.name()));
    QVERIFY2(fly.red() > 180 && fly.blue() < 80, qPrintable(fly.name()));
    // Indonesia's flag: red above white.
    const QImage image = pixmap.toImage();
    QCOMPARE(QColor(image.pixel(pixels.width() / 2, pixels.height() / 4)).red() > 180
                 && QColor(image.pixel(pixels.width() / 2, pixels.height() / 4)).green() < 80, true);
    QVERIFY(QColor(image.pixel(pixels.width() / 2, pixels.height() * 3 / 4)).lightness() > 200);
    // A code without a flag gives no picture rather than a wrong one.
    QVERIFY(FlagIcon::make(u"XX"_s).pixmap(box, scale).isNull());
}

// What the map showed, in its history entry and in --open: read back exactly, and whatever
// cannot be read (a link from outside, old settings) left out, which leaves a plain map.
void TestModels::mapLinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // what toString() gives back; empty: not a link at all
    QTest::newRow("plain") << u"map"_s << u"map"_s;
    QTest::newRow("plain-slash") << u"map/"_s << u"map"_s;
    QTest::newRow("mode-and-date") << u"map?mode=organization/nato&date=1999-03-12"_s
                                   << u"map?mode=organization/nato&date=1999-03-12"_s;
    QTest::newRow("date-first") << u"map?date=1999-03-12&mode=organization/nato"_s
                                << u"map?mode=organization/nato&date=1999-03-12"_s;
    QTest::newRow("slash-before-query") << u"map/?mode=ties"_s << u"map?mode=ties"_s;
    QTest::newRow("ties") << u"map?mode=ties"_s << u"map?mode=ties"_s;
    QTest::newRow("overlap-leap-day") << u"map?mode=overlap/csto,sco&date=2024-02-29"_s
                                      << u"map?mode=overlap/csto,sco&date=2024-02-29"_s;
    QTest::newRow("date-only") << u"map?date=2004-03-29"_s << u"map?date=2004-03-29"_s;
    QTest::newRow("unknown-name-ignored") << u"map?zoom=3&mode=organization/nato"_s << u"map?mode=organization/nato"_s;
    QTest::newRow("last-mode-wins") << u"map?mode=organization/nato&mode=organization/sco"_s
                                    << u"map?mode=organization/sco"_s;
    QTest::newRow("empty-query") << u"map?"_s << u"map"_s;
    QTest::newRow("name-without-value") << u"map?mode&date"_s << u"map"_s;
    QTest::newRow("bad-mode-kind") << u"map?mode=alliance/nato&date=1999-03-12"_s << u"map?date=1999-03-12"_s;
    QTest::newRow("uppercase-id") << u"map?mode=organization/NATO"_s << u"map"_s;
    QTest::newRow("markup-in-mode") << u"map?mode=organization/<b>x</b>"_s << u"map"_s;
    QTest::newRow("overlap-same-twice") << u"map?mode=overlap/csto,csto"_s << u"map"_s;
    QTest::newRow("no-such-day") << u"map?mode=organization/nato&date=1999-02-30"_s << u"map?mode=organization/nato"_s;
    QTest::newRow("short-date") << u"map?date=1999-3-12"_s << u"map"_s;
    QTest::newRow("date-with-time") << u"map?date=1999-03-12T10:00"_s << u"map"_s;
    QTest::newRow("year-999") << u"map?date=0999-03-12"_s << u"map"_s;
    QTest::newRow("words-as-date") << u"map?date=yesterday"_s << u"map"_s;
    QTest::newRow("fragment-not-read") << u"map?date=1999-03-12#p1"_s << u"map"_s;
    QTest::newRow("not-the-map") << u"maps?mode=ties"_s << QString();
    QTest::newRow("map-with-key") << u"map/nato"_s << QString();
    QTest::newRow("query-elsewhere-kept-out") << u"overview?mode=ties"_s << QString();
}

void TestModels::mapLinks()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const LinkTarget target = LinkTarget::parse(text);
    QCOMPARE(target.isValid(), !expected.isEmpty());
    if (!target.isValid())
        return;
    QCOMPARE(target.kind, LinkTarget::Kind::Map);
    QCOMPARE(target.toString(), expected);
    QCOMPARE(LinkTarget::parse(target.toString()), target);
    QCOMPARE(LinkTarget::fromUrl(target.toUrl()), target);
    // What the map page makes of it.
    if (const std::optional<MapMode> mode = target.mapMode())
        QCOMPARE(LinkTarget::map(*mode, target.date), target);
    else
        QVERIFY(target.key.isEmpty());
}

// Back and Forward return to a page as the reader left it: the entry is kept up to date.
void TestModels::historyKeepsThePageAsLeft()
{
    NavigationHistory history;
    QSignalSpy current(&history, &NavigationHistory::currentChanged);
    QSignalSpy state(&history, &NavigationHistory::stateChanged);
    const LinkTarget nato1999 = LinkTarget::map({MapMode::Kind::Organization, u"nato"_s, {}}, QDate(1999, 3, 12));
    history.navigate(LinkTarget::map());
    history.replaceCurrent(nato1999);
    QCOMPARE(history.current(), nato1999);
    QCOMPARE(current.count(), 1); // changed in place: nothing to show anew
    QCOMPARE(state.count(), 1);
    history.navigate(LinkTarget::country(u"PL"_s));
    history.back();
    QCOMPARE(current.last().at(0).value<LinkTarget>(), nato1999);
    history.forward();
    QCOMPARE(history.current(), LinkTarget::country(u"PL"_s));
    history.replaceCurrent(LinkTarget()); // never an empty entry
    QCOMPARE(history.current(), LinkTarget::country(u"PL"_s));
    NavigationHistory empty;
    empty.replaceCurrent(nato1999); // nothing to replace
    QVERIFY(!empty.current().isValid());
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
