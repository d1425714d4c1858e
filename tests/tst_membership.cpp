// The domain's membership rules (data/membership.h) on hand-made phases and on the bundled
// data: who is a full member, a phase's status on a date, the members and their number on a
// date, a country's organizations, and the kinds of event.
#include "data/membership.h"
#include "sessionfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Membership phase(const QString &country, const QString &role, const char *joined, const char *left = "",
                 const char *suspended = "")
{
    Membership m;
    m.country = country;
    m.role = role;
    m.joined = PartialDate::parse(QString::fromLatin1(joined)).value_or(PartialDate());
    m.left = PartialDate::parse(QString::fromLatin1(left)).value_or(PartialDate());
    m.suspended = PartialDate::parse(QString::fromLatin1(suspended)).value_or(PartialDate());
    return m;
}

} // namespace

Q_DECLARE_METATYPE(MembershipStatus)
Q_DECLARE_METATYPE(EventKind)

class TestMembership : public QObject
{
    Q_OBJECT

private slots:
    void fullMember_data();
    void fullMember();
    void status_data();
    void status();
    void membersOnADate_data();
    void membersOnADate();
    void organizationsOfACountry();
    void membersThatAreNotStates();
    void membersAndNonMembers();
    void eventKinds_data();
    void eventKinds();
};

void TestMembership::fullMember_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("full");
    QTest::newRow("member") << u"member"_s << true;
    QTest::newRow("party-to-a-treaty") << u"party"_s << true;
    QTest::newRow("observer") << u"observer"_s << false;
    QTest::newRow("partner") << u"partner"_s << false;
    QTest::newRow("dialogue-partner") << u"dialogue_partner"_s << false;
    QTest::newRow("associate") << u"associate"_s << false;
    // Ukraine took part in the CIS without ratifying its Charter; Saudi Arabia never confirmed
    // the BRICS invitation.
    QTest::newRow("participant") << u"participant"_s << false;
    QTest::newRow("invited") << u"invited"_s << false;
}

void TestMembership::fullMember()
{
    QFETCH(QString, role);
    QFETCH(bool, full);
    QCOMPARE(isFullMember(phase(u"RU"_s, role, "1992")), full);
}

void TestMembership::status_data()
{
    QTest::addColumn<Membership>("membership");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<MembershipStatus>("expected");
    const Membership armenia = phase(u"AM"_s, u"member"_s, "1992-05-15", "", "2024-02");
    const Membership uzbekistan = phase(u"UZ"_s, u"member"_s, "2006-08-16", "2012-12-19", "2012-06-28");
    QTest::newRow("before-joining") << armenia << QDate(1992, 5, 14) << MembershipStatus::NotYet;
    QTest::newRow("joining-day") << armenia << QDate(1992, 5, 15) << MembershipStatus::Active;
    QTest::newRow("frozen-from-the-month") << armenia << QDate(2024, 2, 1) << MembershipStatus::Suspended;
    QTest::newRow("active-before-freezing") << armenia << QDate(2024, 1, 31) << MembershipStatus::Active;
    QTest::newRow("suspended-then-left") << uzbekistan << QDate(2012, 7, 1) << MembershipStatus::Suspended;
    QTest::newRow("leaving-day") << uzbekistan << QDate(2012, 12, 19) << MembershipStatus::Left;
    QTest::newRow("no-joining-date") << phase(u"XX"_s, u"member"_s, "") << QDate(2000, 1, 1) << MembershipStatus::NotYet;
}

void TestMembership::status()
{
    QFETCH(Membership, membership);
    QFETCH(QDate, day);
    QFETCH(MembershipStatus, expected);
    QCOMPARE(membershipStatus(membership, day), expected);
}

void TestMembership::membersOnADate_data()
{
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QStringList>("full");
    QTest::addColumn<int>("anyRole");
    QTest::newRow("csto-1995") << u"csto"_s << QDate(1995, 1, 1)
                               << QStringList{u"RU"_s, u"KZ"_s, u"KG"_s, u"TJ"_s, u"AM"_s, u"UZ"_s, u"AZ"_s, u"GE"_s, u"BY"_s} << 9;
    // Armenia's frozen participation still counts. (Serbia is no observer: that status is its
    // parliament's, in the CSTO Parliamentary Assembly.)
    QTest::newRow("csto-2026") << u"csto"_s << QDate(2026, 11, 25)
                               << QStringList{u"RU"_s, u"KZ"_s, u"KG"_s, u"TJ"_s, u"AM"_s, u"BY"_s} << 6;
    // Uzbekistan's second phase.
    QTest::newRow("csto-2010") << u"csto"_s << QDate(2010, 1, 1)
                               << QStringList{u"RU"_s, u"KZ"_s, u"KG"_s, u"TJ"_s, u"AM"_s, u"BY"_s, u"UZ"_s} << 7;
    QTest::newRow("csto-before-the-treaty") << u"csto"_s << QDate(1992, 5, 14) << QStringList{} << 0;
}

void TestMembership::membersOnADate()
{
    QFETCH(QString, organization);
    QFETCH(QDate, day);
    QFETCH(QStringList, full);
    QFETCH(int, anyRole);
    const Organization *org = SessionFixture::bundledData()->organization(organization);
    QVERIFY(org);
    QCOMPARE(membersOn(*org, day), full);
    QCOMPARE(memberCount(*org, day), int(full.size()));
    QCOMPARE(membersOn(*org, day, MemberRoles::Any).size(), anyRole);
}

void TestMembership::organizationsOfACountry()
{
    const std::shared_ptr<const Dataset> data = SessionFixture::bundledData();
    const QStringList armenia = organizationsOf(*data, u"AM"_s, QDate(2026, 11, 25));
    QVERIFY2(armenia.contains(u"csto"_s), qPrintable(armenia.join(u',')));
    QVERIFY(!organizationsOf(*data, u"UZ"_s, QDate(2026, 11, 25)).contains(u"csto"_s));
    QVERIFY(organizationsOf(*data, u"UZ"_s, QDate(2010, 1, 1)).contains(u"csto"_s));
    // A participant and an invited state are not counted among the members.
    QVERIFY(!organizationsOf(*data, u"UA"_s, QDate(2010, 1, 1)).contains(u"cis"_s));
    QVERIFY(!organizationsOf(*data, u"SA"_s, QDate(2025, 6, 1)).contains(u"brics"_s));
    QVERIFY(organizationsOf(*data, u"ZZ"_s, QDate(2026, 11, 25)).isEmpty());
}

void TestMembership::membersThatAreNotStates()
{
    // The G20: 19 states and the European Union, the African Union from 9 September 2023. The
    // unions are counted as members but are no countries: no empty code among the countries.
    const Organization *g20 = SessionFixture::bundledData()->organization(u"g20"_s);
    QVERIFY(g20);
    for (const QDate day : {QDate(2023, 9, 8), QDate(2023, 9, 9)}) {
        const QStringList states = membersOn(*g20, day);
        QCOMPARE(states.size(), 19);
        QVERIFY(!states.contains(QString()));
        QVERIFY(!membersOn(*g20, day, MemberRoles::Any).contains(QString()));
    }
    QCOMPARE(memberCount(*g20, QDate(2023, 9, 8)), 20);
    QCOMPARE(memberCount(*g20, QDate(2023, 9, 9)), 21);
    QVERIFY(!organizationsOf(*SessionFixture::bundledData(), QString(), QDate(2024, 1, 1)).contains(u"g20"_s));
}

void TestMembership::membersAndNonMembers()
{
    // Listed with any role, counted with none.
    const std::shared_ptr<const Dataset> data = SessionFixture::bundledData();
    const Organization *cis = data->organization(u"cis"_s);
    const Organization *brics = data->organization(u"brics"_s);
    QVERIFY(cis && brics);
    QVERIFY(!membersOn(*cis, QDate(2010, 1, 1)).contains(u"UA"_s));
    QVERIFY(membersOn(*cis, QDate(2010, 1, 1), MemberRoles::Any).contains(u"UA"_s));
    QVERIFY(!membersOn(*cis, QDate(2019, 1, 1), MemberRoles::Any).contains(u"UA"_s));
    QVERIFY(!membersOn(*brics, QDate(2025, 6, 1)).contains(u"SA"_s));
    QVERIFY(membersOn(*brics, QDate(2025, 6, 1), MemberRoles::Any).contains(u"SA"_s));
    QCOMPARE(memberCount(*brics, QDate(2025, 6, 1)), 10);
}

void TestMembership::eventKinds_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<EventKind>("kind");
    QTest::newRow("treaty-signed") << u"treaty_signed"_s << EventKind::Treaty;
    QTest::newRow("founded") << u"founded"_s << EventKind::Treaty;
    QTest::newRow("in-force") << u"in_force"_s << EventKind::Treaty;
    QTest::newRow("renewed") << u"renewed"_s << EventKind::Treaty;
    QTest::newRow("joined") << u"joined"_s << EventKind::Joined;
    QTest::newRow("left") << u"left"_s << EventKind::Left;
    QTest::newRow("suspended") << u"suspended"_s << EventKind::Suspended;
    QTest::newRow("summit") << u"summit"_s << EventKind::Other;
    QTest::newRow("empty") << QString() << EventKind::Other;
}

void TestMembership::eventKinds()
{
    QFETCH(QString, type);
    QFETCH(EventKind, kind);
    QCOMPARE(eventKind(type), kind);
}

QTEST_GUILESS_MAIN(TestMembership)
#include "tst_membership.moc"
