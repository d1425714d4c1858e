// The world map and the rest of the window, on the offscreen platform: the date it shares with
// the organization pane (the slider and Play keep the day and month the reader chose), and
// what Back and Forward remember of it (the mode and the date it had when the reader left it).
#include "i18n/formatting.h"
#include "map/mapcolouring.h"
#include "map/worldmap.h"
#include "session/datasources.h"
#include "session/session.h"
#include "ui/alliancepane.h"
#include "ui/countrypane.h"
#include "ui/mainwindow.h"
#include "ui/mappage.h"
#include "ui/mapview.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestMapNavigation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sliderKeepsTheDayAndMonth_data();
    void sliderKeepsTheDayAndMonth();
    void paneAndSliderStayInStep();
    void playKeepsADayThatExists();
    void backReturnsToTheMapAsLeft();
    void changesOnTheMapStayInItsEntry();
    void mapLinksFromOutside_data();
    void mapLinksFromOutside();
    void lastViewRemembersTheMap();

private:
    // The organization pane of id on the day, then its "Show on map".
    void showOnMap(const QString &id, QDate day);
    AlliancePane *pane() const { return window()->findChild<AlliancePane *>(u"alliancePane"_s); }
    QDateEdit *asOf() const { return pane()->findChild<QDateEdit *>(u"asOfDate"_s); }
    MapPage *page() const { return window()->findChild<MapPage *>(u"mapPage"_s); }
    MapView *view() const { return page()->findChild<MapView *>(u"mapView"_s); }
    QSlider *slider() const { return page()->findChild<QSlider *>(u"mapYearSlider"_s); }
    QLabel *dateLabel() const { return page()->findChild<QLabel *>(u"mapDate"_s); }
    QString shownDate() const { return formatDate(PartialDate::fromDate(view()->date()), Language::English); }
    void back() { QTest::keyClick(window(), Qt::Key_Left, Qt::AltModifier); }
    void forward() { QTest::keyClick(window(), Qt::Key_Right, Qt::AltModifier); }

    QTemporaryDir m_config;
    MainWindow *window() const { return m_fixture->window(); }

    std::unique_ptr<WindowFixture> m_fixture;
};

void TestMapNavigation::initTestCase()
{
    QVERIFY(m_config.isValid());
    // Before the first QSettings: the window's saved view goes to a folder of the test's own.
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(u"SekutuTest"_s);
    QCoreApplication::setApplicationName(u"tst_mapnavigation"_s);
}

void TestMapNavigation::init()
{
    m_fixture = std::make_unique<WindowFixture>();
    QVERIFY(m_fixture->loaded());
    QVERIFY(m_fixture->showWindow());
    window()->open(LinkTarget::map());
    QVERIFY(page() && page()->isVisible());
}

void TestMapNavigation::cleanup()
{
    m_fixture.reset();
}

void TestMapNavigation::showOnMap(const QString &id, QDate day)
{
    window()->open(LinkTarget::organization(id));
    asOf()->setDate(day);
    QTest::mouseClick(pane()->findChild<QPushButton *>(u"showOnMapButton"_s), Qt::LeftButton);
    QCOMPARE(window()->currentTarget().kind, LinkTarget::Kind::Map);
    QCOMPARE(view()->mode().toString(), u"organization/"_s + id);
    QCOMPARE(view()->date(), day);
}

void TestMapNavigation::sliderKeepsTheDayAndMonth_data()
{
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QDate>("paneDate");
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("expected");
    const QDate today = QDate::currentDate();
    QTest::newRow("same-day") << u"nato"_s << QDate(2004, 3, 29) << 1999 << QDate(1999, 3, 29);
    QTest::newRow("leap-day-to-common-year") << u"nato"_s << QDate(2024, 2, 29) << 2023 << QDate(2023, 2, 28);
    QTest::newRow("leap-day-to-leap-year") << u"nato"_s << QDate(2024, 2, 29) << 2020 << QDate(2020, 2, 29);
    // NATO's treaty was signed on 4 April 1949, the CSTO's on 15 May 1992.
    QTest::newRow("not-before-nato") << u"nato"_s << QDate(2004, 3, 29) << 1949 << QDate(1949, 4, 4);
    QTest::newRow("not-before-csto") << u"csto"_s << QDate(2004, 3, 29) << 1992 << QDate(1992, 5, 15);
    QTest::newRow("after-founding-day") << u"csto"_s << QDate(2004, 6, 1) << 1992 << QDate(1992, 6, 1);
    QTest::newRow("not-after-today") << u"nato"_s << QDate(2004, 12, 31) << today.year() << today;
}

// The organization pane's day, 29 March 2004; the slider to 1999: both show 29 March 1999.
void TestMapNavigation::sliderKeepsTheDayAndMonth()
{
    QFETCH(QString, organization);
    QFETCH(QDate, paneDate);
    QFETCH(int, year);
    QFETCH(QDate, expected);
    showOnMap(organization, paneDate);
    QCOMPARE(slider()->value(), paneDate.year());
    QCOMPARE(dateLabel()->text(), formatDate(PartialDate::fromDate(paneDate), Language::English));
    QSignalSpy dates(page(), &MapPage::dateChanged);
    slider()->setFocus();
    slider()->setValue(year);
    QCOMPARE(view()->date(), expected);
    QCOMPARE(dates.count(), 1);
    QCOMPARE(dates.at(0).at(0).toDate(), expected);
    QCOMPARE(dateLabel()->text(), shownDate());
    QCOMPARE(asOf()->date(), expected);
    QCOMPARE(pane()->asOf(), expected);
    // Back to the year the pane had: the day chosen comes back, even after a clamped year.
    slider()->setValue(paneDate.year());
    QCOMPARE(view()->date(), paneDate);
    QCOMPARE(asOf()->date(), paneDate);
}

// Both ways: the slider moves the pane's date, the pane's date and year stepper move the map.
void TestMapNavigation::paneAndSliderStayInStep()
{
    showOnMap(u"nato"_s, QDate(2004, 3, 29));
    QTest::keyClick(slider(), Qt::Key_PageDown); // ten years back
    QCOMPARE(slider()->value(), 1994);
    QCOMPARE(view()->date(), QDate(1994, 3, 29));
    window()->open(LinkTarget::organization(u"nato"_s));
    QCOMPARE(asOf()->date(), QDate(1994, 3, 29));
    auto *year = pane()->findChild<QSpinBox *>(u"asOfYear"_s);
    QCOMPARE(year->value(), 1994);
    year->setFocus();
    QTest::keyClick(year, Qt::Key_Down);
    QCOMPARE(asOf()->date(), QDate(1993, 3, 29));
    QCOMPARE(view()->date(), QDate(1993, 3, 29));
    QCOMPARE(slider()->value(), 1993);
    QCOMPARE(dateLabel()->text(), u"29 March 1993"_s);
    asOf()->setDate(QDate(2008, 2, 29));
    QCOMPARE(view()->date(), QDate(2008, 2, 29));
    QCOMPARE(slider()->value(), 2008);
    // The pane's new day is the one the slider keeps from now on.
    slider()->setValue(2009);
    QCOMPARE(view()->date(), QDate(2009, 2, 28));
    slider()->setValue(2012);
    QCOMPARE(view()->date(), QDate(2012, 2, 29));
    QCOMPARE(asOf()->date(), QDate(2012, 2, 29));
}

// Play from the founding: every step is a day that exists, 29 February in leap years only.
void TestMapNavigation::playKeepsADayThatExists()
{
    showOnMap(u"nato"_s, QDate(2024, 2, 29));
    slider()->setValue(slider()->maximum());
    QSignalSpy dates(page(), &MapPage::dateChanged);
    QTest::mouseClick(page()->findChild<QToolButton *>(u"mapPlayButton"_s), Qt::LeftButton);
    QVERIFY(page()->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(dates.count() >= 4, 6000); // 1949 to 1952
    page()->togglePlay();
    QCOMPARE(dates.at(0).at(0).toDate(), QDate(1949, 4, 4)); // 28 February 1949: before the treaty
    QCOMPARE(dates.at(1).at(0).toDate(), QDate(1950, 2, 28));
    QCOMPARE(dates.at(2).at(0).toDate(), QDate(1951, 2, 28));
    QCOMPARE(dates.at(3).at(0).toDate(), QDate(1952, 2, 29));
    const QDate last = dates.constLast().at(0).toDate();
    QVERIFY(last.isValid());
    QCOMPARE(view()->date(), last);
    QCOMPARE(asOf()->date(), last);
    QCOMPARE(dateLabel()->text(), shownDate());
}

// NATO on 12 March 1999, Poland opened from the map, then the CSTO on another date: Back
// returns to NATO on 12 March 1999, Forward to Poland again.
void TestMapNavigation::backReturnsToTheMapAsLeft()
{
    showOnMap(u"nato"_s, QDate(1999, 3, 12));
    const LinkTarget nato1999 = LinkTarget::parse(u"map?mode=organization/nato&date=1999-03-12"_s);
    QCOMPARE(window()->currentTarget(), nato1999);
    const QPoint poland = view()->pointOf(u"PL"_s);
    QVERIFY(view()->rect().contains(poland));
    QTest::mouseClick(view(), Qt::LeftButton, Qt::NoModifier, poland);
    QCOMPARE(window()->currentTarget(), LinkTarget::country(u"PL"_s));
    showOnMap(u"csto"_s, QDate(2010, 5, 1)); // the same map, coloured and dated otherwise
    QCOMPARE(window()->currentTarget().toString(), u"map?mode=organization/csto&date=2010-05-01"_s);

    back();
    QCOMPARE(window()->currentTarget(), LinkTarget::organization(u"csto"_s));
    back();
    QCOMPARE(window()->currentTarget(), LinkTarget::country(u"PL"_s));
    back();
    QCOMPARE(window()->currentTarget(), nato1999);
    QVERIFY(page()->isVisible());
    QCOMPARE(view()->mode().toString(), u"organization/nato"_s);
    QCOMPARE(view()->date(), QDate(1999, 3, 12));
    QCOMPARE(slider()->value(), 1999);
    QCOMPARE(page()->findChild<QComboBox *>(u"mapColourBy"_s)->currentIndex(), 0);
    QCOMPARE(page()->findChild<QComboBox *>(u"mapFirstOrganization"_s)->currentText(), u"NATO"_s);
    QCOMPARE(dateLabel()->text(), u"12 March 1999"_s);
    for (int f : WorldMap::bundled().featuresOf(u"PL"_s))
        QCOMPARE(view()->categories().at(f), MapCategory::Member); // joined that day

    forward();
    QCOMPARE(window()->currentTarget(), LinkTarget::country(u"PL"_s));
    QVERIFY(window()->findChild<CountryPane *>(u"countryPane"_s)->isVisible());
    forward();
    forward();
    QCOMPARE(window()->currentTarget().toString(), u"map?mode=organization/csto&date=2010-05-01"_s);
    QCOMPARE(view()->mode().toString(), u"organization/csto"_s);
    QCOMPARE(view()->date(), QDate(2010, 5, 1));
}

// The reader's changes on the map keep its entry up to date; the map's own button on the map
// adds no entry.
void TestMapNavigation::changesOnTheMapStayInItsEntry()
{
    auto *kind = page()->findChild<QComboBox *>(u"mapColourBy"_s);
    kind->setCurrentIndex(2); // the overlap of two organizations
    page()->setDate(QDate(2004, 3, 29));
    slider()->setValue(2005);
    const LinkTarget overlap2005 = LinkTarget::parse(u"map?mode=overlap/csto,sco&date=2005-03-29"_s);
    QCOMPARE(window()->currentTarget(), overlap2005);
    window()->findChild<QAction *>(u"mapAction"_s)->trigger();
    QCOMPARE(window()->currentTarget(), overlap2005);
    QVERIFY(!window()->findChild<QAction *>(u"backAction"_s)->isEnabled());

    QTest::mouseClick(view(), Qt::LeftButton, Qt::NoModifier, view()->pointOf(u"KZ"_s));
    QCOMPARE(window()->currentTarget(), LinkTarget::country(u"KZ"_s));
    kind->setCurrentIndex(1); // Russia's ties, while the map is out of sight
    back();
    QCOMPARE(window()->currentTarget(), overlap2005);
    QCOMPARE(kind->currentIndex(), 2);
    QCOMPARE(view()->mode().toString(), u"overlap/csto,sco"_s);
    QCOMPARE(view()->date(), QDate(2005, 3, 29));
    // The map's button from elsewhere: the map as it is, in a new entry.
    forward();
    window()->findChild<QAction *>(u"mapAction"_s)->trigger();
    QCOMPARE(window()->currentTarget(), overlap2005);
    back();
    QCOMPARE(window()->currentTarget(), LinkTarget::country(u"KZ"_s));
}

void TestMapNavigation::mapLinksFromOutside_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QDate>("date");
    const QDate today = QDate::currentDate();
    const QDate before(2010, 5, 1); // the map's date when the link comes: a plain map keeps it
    QTest::newRow("plain") << u"map"_s << u"organization/csto"_s << before;
    QTest::newRow("mode-and-date") << u"map?mode=organization/nato&date=1999-03-12"_s << u"organization/nato"_s
                                   << QDate(1999, 3, 12);
    QTest::newRow("ties") << u"map?mode=ties"_s << u"ties"_s << today;
    QTest::newRow("overlap") << u"map?mode=overlap/nato,eaeu&date=2016-01-01"_s << u"overlap/nato,eaeu"_s
                             << QDate(2016, 1, 1);
    // Names the data does not have, and values that are no dates, are ignored.
    QTest::newRow("unknown-organization") << u"map?mode=organization/warsaw-pact&date=1970-01-01"_s
                                          << u"organization/csto"_s << QDate(1970, 1, 1);
    QTest::newRow("overlap-one-unknown") << u"map?mode=overlap/nato,nosuch"_s << u"organization/csto"_s << today;
    QTest::newRow("no-such-day") << u"map?mode=organization/nato&date=1999-02-30"_s << u"organization/nato"_s
                                 << today;
    QTest::newRow("markup") << u"map?mode=organization/<img src=x>&date=<b>"_s << u"organization/csto"_s << before;
    QTest::newRow("unknown-names") << u"map?zoom=9&centre=0,0"_s << u"organization/csto"_s << before;
    QTest::newRow("date-only") << u"map?date=2004-03-29"_s << u"organization/csto"_s << QDate(2004, 3, 29);
}

// --open and the saved last view: a map link from outside shows what it can read.
void TestMapNavigation::mapLinksFromOutside()
{
    QFETCH(QString, link);
    QFETCH(QString, mode);
    QFETCH(QDate, date);
    page()->setDate(QDate(2010, 5, 1)); // a link that names no date means today, not the date before
    window()->open(LinkTarget::country(u"ID"_s));
    window()->open(LinkTarget::parse(link));
    QCOMPARE(window()->currentTarget().kind, LinkTarget::Kind::Map);
    QVERIFY(page()->isVisible());
    QCOMPARE(view()->mode().toString(), mode);
    QCOMPARE(view()->date(), date);
    QCOMPARE(window()->currentTarget(), page()->target());
    QCOMPARE(window()->windowTitle(), u"World map — Sekutu"_s);
}

void TestMapNavigation::lastViewRemembersTheMap()
{
    // The present is not pinned to a day: opened again tomorrow, the map shows tomorrow.
    QCOMPARE(view()->date(), QDate::currentDate());
    window()->saveSettings();
    QCOMPARE(MainWindow::lastTarget().toString(), u"map?mode=organization/csto"_s);
    showOnMap(u"nato"_s, QDate(1999, 3, 12));
    window()->saveSettings();
    QCOMPARE(MainWindow::lastTarget().toString(), u"map?mode=organization/nato&date=1999-03-12"_s);
    QSettings().setValue(u"window/lastView"_s, u"map?mode=organization/nato&date=9999-99-99"_s);
    QCOMPARE(MainWindow::lastTarget().toString(), u"map?mode=organization/nato"_s);
}

QTEST_MAIN(TestMapNavigation)
#include "tst_mapnavigation.moc"
