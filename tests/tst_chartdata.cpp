// What the charts show, computed in the core from the bundled data: the membership curve,
// the members compared, Russia's ties by kind and the organizations' overlap.
#include "charts/membercomparison.h"
#include "charts/membershiptimeline.h"
#include "charts/relationgroups.h"
#include "content/panehtml.h"
#include "data/membership.h"
#include "data/datasetloader.h"
#include "models/overlapmodel.h"
#include "session/session.h"
#include "sessionfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The member count in force at the end of a day.
int countOn(const QList<TimelineStep> &steps, QDate day)
{
    int count = -1;
    for (const TimelineStep &step : steps) {
        if (step.date <= day)
            count = step.count;
    }
    return count;
}

} // namespace

class TestChartData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timeline_data();
    void timeline();
    void cstoSteps();
    void timelineEvents();
    void timelineForEveryOrganization();
    void memberComparison();
    void relationGroups();
    void overlapModel();
    void overlapModelTester();

private:
    std::shared_ptr<const Dataset> m_data;
};

void TestChartData::initTestCase()
{
    LoadResult result = DatasetLoader::loadDirectory(DatasetLoader::bundledDirectory());
    QVERIFY(result.ok());
    m_data = std::make_shared<const Dataset>(std::move(result.dataset));
}

void TestChartData::timeline_data()
{
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("count");
    QTest::newRow("csto-1992-treaty") << u"csto"_s << QDate(1992, 5, 15) << 6;
    QTest::newRow("csto-end-1993") << u"csto"_s << QDate(1993, 12, 31) << 9;
    QTest::newRow("csto-1995") << u"csto"_s << QDate(1995, 1, 1) << 9;
    QTest::newRow("csto-1999-after-expiry") << u"csto"_s << QDate(1999, 12, 31) << 6;
    QTest::newRow("csto-2006-uzbekistan-back") << u"csto"_s << QDate(2006, 12, 31) << 7;
    QTest::newRow("csto-2012-uzbekistan-out") << u"csto"_s << QDate(2012, 12, 31) << 6;
    QTest::newRow("csto-today-armenia-frozen-counts") << u"csto"_s << QDate(2026, 11, 25) << 6;
    QTest::newRow("nato-1949") << u"nato"_s << QDate(1949, 4, 4) << 12;
    QTest::newRow("nato-1952") << u"nato"_s << QDate(1952, 12, 31) << 14;
    QTest::newRow("nato-2004") << u"nato"_s << QDate(2004, 12, 31) << 26;
    QTest::newRow("nato-finland") << u"nato"_s << QDate(2023, 4, 4) << 31;
    QTest::newRow("nato-today") << u"nato"_s << QDate(2026, 11, 25) << 32;
    QTest::newRow("eaeu-before-in-force") << u"eaeu"_s << QDate(2014, 6, 1) << 0;
    QTest::newRow("eaeu-today") << u"eaeu"_s << QDate(2026, 11, 25) << 5;
}

void TestChartData::timeline()
{
    QFETCH(QString, organization);
    QFETCH(QDate, day);
    QFETCH(int, count);
    const QList<TimelineStep> steps = MembershipTimeline::compute(*m_data->organization(organization), QDate(2026, 11, 25));
    QCOMPARE(countOn(steps, day), count);
}

void TestChartData::cstoSteps()
{
    const QList<TimelineStep> steps = MembershipTimeline::compute(*m_data->organization(u"csto"_s), QDate(2026, 11, 25));
    QVERIFY(!steps.isEmpty());
    QCOMPARE(steps.constFirst().date, QDate(1992, 5, 15));
    QCOMPARE(steps.constFirst().count, 6);
    QCOMPARE(steps.constLast().date, QDate(2026, 11, 25));
    QCOMPARE(steps.constLast().count, 6);
    // The dates on which the count changes, and the counts from then on.
    QList<QPair<QDate, int>> changes;
    int previous = -1;
    for (const TimelineStep &step : steps) {
        if (step.count != previous)
            changes.append({step.date, step.count});
        previous = step.count;
    }
    const QList<QPair<QDate, int>> expected{
        {QDate(1992, 5, 15), 6}, {QDate(1993, 9, 24), 7},  {QDate(1993, 12, 9), 8}, {QDate(1993, 12, 31), 9},
        {QDate(1999, 4, 20), 6}, {QDate(2006, 8, 16), 7}, {QDate(2012, 12, 19), 6}};
    QCOMPARE(changes, expected);
    // Steps are in date order, each date once.
    for (int i = 1; i < steps.size(); ++i)
        QVERIFY(steps.at(i - 1).date < steps.at(i).date);
}

void TestChartData::timelineEvents()
{
    const QList<TimelineStep> steps = MembershipTimeline::compute(*m_data->organization(u"csto"_s), QDate(2026, 11, 25));
    auto stepOn = [&](QDate day) -> const TimelineStep * {
        for (const TimelineStep &step : steps) {
            if (step.date == day)
                return &step;
        }
        return nullptr;
    };
    // The treaty signed in Tashkent; its six signatories are told by the history, not six times more.
    const TimelineStep *signing = stepOn(QDate(1992, 5, 15));
    QVERIFY(signing);
    QCOMPARE(signing->events.size(), 1);
    QCOMPARE(signing->events.constFirst().type, u"treaty_signed"_s);
    // Three states leave when the first term expires.
    const TimelineStep *expiry = stepOn(QDate(1999, 4, 20));
    QVERIFY(expiry);
    QStringList left;
    for (const TimelineEvent &event : expiry->events) {
        if (event.type == u"left")
            left.append(event.country);
    }
    left.sort();
    QCOMPARE(left, (QStringList{u"AZ"_s, u"GE"_s, u"UZ"_s}));
    // Armenia's frozen participation is an event, known to the month.
    const TimelineStep *frozen = stepOn(QDate(2024, 2, 1));
    QVERIFY(frozen);
    QCOMPARE(frozen->count, 6);
    QCOMPARE(frozen->events.constFirst().type, u"suspended"_s);
    QCOMPARE(frozen->events.constFirst().country, u"AM"_s);
    QCOMPARE(frozen->events.constFirst().date.precision(), PartialDate::Precision::Month);
    // Summits and the like are not membership events; future ones are not shown.
    for (const TimelineStep &step : steps) {
        QVERIFY(step.date <= QDate(2026, 11, 25));
        for (const TimelineEvent &event : step.events)
            QVERIFY2(event.type != u"summit" && event.type != u"other", qPrintable(event.type));
    }
    // An event from the members list is described in the reader's language.
    const TimelineEvent joined{PartialDate::fromDate(QDate(1993, 9, 24)), u"joined"_s, u"AZ"_s, {}};
    QCOMPARE(MembershipTimeline::describe(joined, *m_data, Language::English), u"Azerbaijan joins."_s);
    QVERIFY(MembershipTimeline::describe(signing->events.constFirst(), *m_data, Language::Indonesian)
                .contains(u"Tashkent"));
}

void TestChartData::timelineForEveryOrganization()
{
    const QDate today(2026, 11, 25);
    for (const Organization &org : m_data->organizations) {
        const QList<TimelineStep> steps = MembershipTimeline::compute(org, today);
        QVERIFY2(!steps.isEmpty(), qPrintable(org.id));
        int members = 0;
        for (const Membership &m : org.members)
            members += isFullMember(m) && m.isActiveOn(today);
        QVERIFY2(steps.constLast().count == members, qPrintable(org.id));
    }
    QVERIFY(MembershipTimeline::compute(Organization(), today).isEmpty());
}

void TestChartData::memberComparison()
{
    const QDate today(2026, 11, 25);
    const QList<MemberFigure> byPopulation =
        MemberComparison::compute(*m_data, u"csto"_s, MemberComparison::Measure::Population, today);
    QStringList order;
    for (const MemberFigure &figure : byPopulation)
        order.append(figure.country);
    QCOMPARE(order, (QStringList{u"RU"_s, u"KZ"_s, u"TJ"_s, u"BY"_s, u"KG"_s, u"AM"_s}));
    QCOMPARE(byPopulation.constFirst().value, double(m_data->country(u"RU"_s)->population.value));
    QCOMPARE(byPopulation.constFirst().year, 2024);
    QVERIFY(byPopulation.constFirst().source.contains(u"World Bank"));
    QCOMPARE(MemberComparison::sourcesOf(byPopulation),
             u"2024, World Bank, World Development Indicators"_s);

    const QList<MemberFigure> byArea = MemberComparison::compute(*m_data, u"nato"_s, MemberComparison::Measure::Area, today);
    QCOMPARE(byArea.size(), 32);
    QCOMPARE(byArea.constFirst().country, u"CA"_s);
    for (int i = 1; i < byArea.size(); ++i)
        QVERIFY(byArea.at(i - 1).value >= byArea.at(i).value);
    // Credited as a reader would cite it: no package manager, no licence code.
    QCOMPARE(byArea.constFirst().source, u"world-countries 5.1.0"_s);
    // Observers and partners are not compared: the SCO has ten members.
    QCOMPARE(MemberComparison::compute(*m_data, u"sco"_s, MemberComparison::Measure::Population, today).size(), 10);
    QVERIFY(MemberComparison::compute(*m_data, u"nothing"_s, MemberComparison::Measure::Area, today).isEmpty());
}

void TestChartData::relationGroups()
{
    const QList<RelationGroup> groups = ::relationGroups(*m_data);
    QVERIFY(!groups.isEmpty());
    QCOMPARE(groups.constFirst().type, u"treaty_ally"_s);
    int total = 0;
    for (const RelationGroup &group : groups) {
        QVERIFY(!group.countries.isEmpty());
        for (const QString &code : group.countries)
            QCOMPARE(m_data->relation(code)->type, group.type);
        total += int(group.countries.size());
    }
    QCOMPARE(total, int(m_data->relations.size()));
    QVERIFY(groups.constFirst().countries.contains(u"BY"_s));
}

void TestChartData::overlapModel()
{
    SessionFixture session;
    OverlapModel model(session);
    model.setDate(QDate(2026, 11, 25));
    QCOMPARE(model.rowCount(), int(m_data->organizations.size()));
    QCOMPARE(model.columnCount(), model.rowCount());
    auto cell = [&](const QString &a, const QString &b) { return model.indexOf(a, b); };
    QCOMPARE(cell(u"nato"_s, u"csto"_s).data().toString(), u"0"_s);
    QCOMPARE(cell(u"nato"_s, u"nato"_s).data().toString(), u"32"_s);
    QStringList shared = cell(u"csto"_s, u"sco"_s).data(OverlapModel::CountriesRole).toStringList();
    shared.sort();
    QCOMPARE(shared, (QStringList{u"BY"_s, u"KG"_s, u"KZ"_s, u"RU"_s, u"TJ"_s}));
    QCOMPARE(cell(u"csto"_s, u"sco"_s).data().toString(), u"5"_s);
    // The matrix is symmetric.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(model.index(row, column).data(), model.index(column, row).data());
    }
    QCOMPARE(cell(u"csto"_s, u"sco"_s).data(OverlapModel::RowOrganizationRole).toString(), u"csto"_s);
    QCOMPARE(cell(u"csto"_s, u"sco"_s).data(OverlapModel::ColumnOrganizationRole).toString(), u"sco"_s);
    QVERIFY(cell(u"csto"_s, u"sco"_s).data(Qt::BackgroundRole).isValid());
    QVERIFY(!cell(u"nato"_s, u"csto"_s).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"CSTO"_s);
    QVERIFY(cell(u"nato"_s, u"csto"_s).data(Qt::ToolTipRole).toString().contains(u"share 0 member"));

    // On 1 January 1995 the CSTO had nine members.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDate(QDate(1995, 1, 1));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(u"csto"_s, u"csto"_s).data().toString(), u"9"_s);

    // Names follow the language; the shared countries as links.
    model.setDate(QDate(2026, 11, 25));
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    session->setLanguage(Language::Indonesian);
    QVERIFY(headers.count() >= 1);
    QCOMPARE(model.headerData(m_data->organizationRow(u"union-state"_s), Qt::Vertical).toString(), u"Negara Uni"_s);
    const QString html = PaneHtml::sharedMembers(*m_data, u"csto"_s, u"sco"_s,
                                                 model.sharedMembers(u"csto"_s, u"sco"_s), Language::Indonesian);
    QVERIFY2(html.contains(u"sekutu://country/RU") && html.contains(u"Rusia"), qPrintable(html));
}

void TestChartData::overlapModelTester()
{
    Session session;
    OverlapModel model(session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    session.setDataset(m_data);
    QCOMPARE(model.rowCount(), int(m_data->organizations.size()));
    session.setLanguage(Language::Indonesian);
    model.setDate(QDate(1995, 1, 1));
    session.setDataset(std::make_shared<const Dataset>());
    QCOMPARE(model.rowCount(), 0);
    session.setDataset(m_data);
}

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
