// The organization pane alone, on the bundled data: the status of each member on the chosen
// date, the comparison with another organization, and a bilateral treaty shown as a treaty.
#include "data/membership.h"
#include "models/membershipmodel.h"
#include "sessionfixture.h"
#include "ui/alliancepane.h"
#include "ui/linkbrowser.h"

#include <QComboBox>
#include <QDateEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The Status cell of a country's row in the members table, as the reader sees it.
QString statusOf(const QTableView *table, const QString &code)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, MembershipModel::StatusColumn);
        if (index.data(MembershipModel::CountryCodeRole).toString() == code)
            return index.data().toString();
    }
    return u"(no row)"_s;
}

QStringList countryNames(const Dataset &data, const QStringList &codes)
{
    QStringList names;
    for (const QString &code : codes)
        names.append(data.country(code)->name.en);
    return names;
}

} // namespace

class TestAlliancePane : public QObject
{
    Q_OBJECT

private slots:
    void statusOnChosenDate_data();
    void statusOnChosenDate();
    void compareCountsFullMembers_data();
    void compareCountsFullMembers();
    void compareNeverOffersItself();
    void treatyShowsParties_data();
    void treatyShowsParties();
};

void TestAlliancePane::statusOnChosenDate_data()
{
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("status");
    // Uzbekistan left in 1999 and Armenia froze its participation in 2024: neither had in 1995.
    QTest::newRow("csto-1995-uzbekistan") << u"csto"_s << QDate(1995, 1, 1) << u"UZ"_s << u"Active"_s;
    QTest::newRow("csto-1995-armenia") << u"csto"_s << QDate(1995, 1, 1) << u"AM"_s << u"Active"_s;
    QTest::newRow("csto-2023-armenia") << u"csto"_s << QDate(2023, 6, 1) << u"AM"_s << u"Active"_s;
    QTest::newRow("csto-2025-armenia") << u"csto"_s << QDate(2025, 1, 1) << u"AM"_s
                                       << u"Participation frozen since February 2024"_s;
}

void TestAlliancePane::statusOnChosenDate()
{
    QFETCH(QString, organization);
    QFETCH(QDate, day);
    QFETCH(QString, country);
    QFETCH(QString, status);
    SessionFixture session;
    AlliancePane pane(session);
    pane.showOrganization(organization);
    pane.findChild<QDateEdit *>(u"asOfDate"_s)->setDate(day);
    QCOMPARE(statusOf(pane.findChild<QTableView *>(u"membersView"_s), country), status);
}

void TestAlliancePane::compareCountsFullMembers_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("observers"); // either has observers or partners to leave out
    QTest::newRow("csto-nato") << u"csto"_s << u"nato"_s << QDate(2026, 11, 25) << false;
    QTest::newRow("csto-sco") << u"csto"_s << u"sco"_s << QDate(2026, 11, 25) << true;
    QTest::newRow("sco-brics") << u"sco"_s << u"brics"_s << QDate(2026, 11, 25) << true;
    QTest::newRow("brics-csto") << u"brics"_s << u"csto"_s << QDate(2026, 11, 25) << true;
}

// Observers and partners are not members: they are in neither "both" nor "only in".
void TestAlliancePane::compareCountsFullMembers()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QDate, day);
    QFETCH(bool, observers);
    SessionFixture session;
    const Dataset &data = session->dataset();
    AlliancePane pane(session);
    pane.showOrganization(first);
    pane.findChild<QDateEdit *>(u"asOfDate"_s)->setDate(day);
    auto *compare = pane.findChild<QComboBox *>(u"compareBox"_s);
    compare->setCurrentIndex(compare->findData(second));
    const QString text = pane.findChild<LinkBrowser *>(u"comparisonBrowser"_s)->toPlainText();

    const QStringList inFirst = membersOn(*data.organization(first), day);
    const QStringList inSecond = membersOn(*data.organization(second), day);
    QStringList notMembers;
    for (const QString &id : {first, second}) {
        for (const QString &code : membersOn(*data.organization(id), day, MemberRoles::Any)) {
            if (!inFirst.contains(code) && !inSecond.contains(code))
                notMembers.append(code);
        }
    }
    QCOMPARE(!notMembers.isEmpty(), observers);
    for (const QString &name : countryNames(data, notMembers))
        QVERIFY2(!text.contains(name), qPrintable(u"%1 is no member but is listed: %2"_s.arg(name, text)));
    int onlyFirst = 0;
    for (const QString &code : inFirst)
        onlyFirst += !inSecond.contains(code);
    const QString abbreviation = data.organization(first)->abbreviation.en;
    QVERIFY2(text.contains(u"Only in %1 (%2)"_s.arg(abbreviation).arg(onlyFirst)), qPrintable(text));
}

// Each organization's box offers the others, each named once, never itself nor a treaty.
void TestAlliancePane::compareNeverOffersItself()
{
    SessionFixture session;
    AlliancePane pane(session);
    auto *compare = pane.findChild<QComboBox *>(u"compareBox"_s);
    for (const Organization &org : session->dataset().organizations) {
        if (isBilateralTreaty(org))
            continue;
        pane.showOrganization(org.id);
        QCOMPARE(compare->findData(org.id), -1);
        for (int i = 1; i < compare->count(); ++i) {
            const QStringList parts = compare->itemText(i).split(u" — "_s);
            QVERIFY2(parts.size() == 1 || parts.at(0) != parts.at(1), qPrintable(compare->itemText(i)));
            const Organization *offered = session->dataset().organization(compare->itemData(i).toString());
            QVERIFY(offered && !isBilateralTreaty(*offered));
        }
    }
}

void TestAlliancePane::treatyShowsParties_data()
{
    QTest::addColumn<QString>("id");
    for (const Organization &org : SessionFixture::bundledData()->organizations) {
        if (isBilateralTreaty(org))
            QTest::newRow(qPrintable(org.id)) << org.id;
    }
}

// A treaty leads with its parties and its obligation; it has no "members today", no
// membership chart and nothing to compare.
void TestAlliancePane::treatyShowsParties()
{
    QFETCH(QString, id);
    SessionFixture session;
    const Organization &treaty = *session->dataset().organization(id);
    AlliancePane pane(session);
    pane.resize(1024, 560);
    pane.show();
    pane.showOrganization(id);
    const QString text = pane.findChild<LinkBrowser *>(u"organizationBrowser"_s)->toPlainText();
    QVERIFY2(!text.contains(u"Members today"), qPrintable(text));
    QVERIFY2(!text.contains(u"Founded"), qPrintable(text));
    const qsizetype parties = text.indexOf(u"Parties"_s);
    QVERIFY2(parties > 0, qPrintable(text));
    for (const Membership &m : treaty.members)
        QVERIFY2(text.indexOf(session->dataset().country(m.country)->name.en, parties) > parties, qPrintable(text));
    // The clause before the summary and the history.
    const qsizetype clause = text.indexOf(treaty.obligation.gist.en);
    QVERIFY2(clause > parties, qPrintable(text));
    QVERIFY(clause < text.indexOf(treaty.summary.en));
    QVERIFY(!treaty.history.isEmpty() && clause < text.indexOf(u"History"_s));
    QVERIFY(!pane.findChild<QTabWidget *>(u"allianceTabs"_s)->isVisible());
    // An organization shown next has its tabs back.
    pane.showOrganization(u"csto"_s);
    QVERIFY(pane.findChild<QTabWidget *>(u"allianceTabs"_s)->isVisible());
}

QTEST_MAIN(TestAlliancePane)
#include "tst_alliancepane.moc"
