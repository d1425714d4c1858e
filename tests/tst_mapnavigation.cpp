// The world map and the rest of the window, on the offscreen platform: the date it shares with
// the organization pane (the slider and Play keep the day and month the reader chose).
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

private:
    // The organization pane of id on the day, then its "Show on map".
    void showOnMap(const QString &id, QDate day);
    AlliancePane *pane() const { return m_window->findChild<AlliancePane *>(u"alliancePane"_s); }
    QDateEdit *asOf() const { return pane()->findChild<QDateEdit *>(u"asOfDate"_s); }
    MapPage *page() const { return m_window->findChild<MapPage *>(u"mapPage"_s); }
    MapView *view() const { return page()->findChild<MapView *>(u"mapView"_s); }
    QSlider *slider() const { return page()->findChild<QSlider *>(u"mapYearSlider"_s); }
    QLabel *dateLabel() const { return page()->findChild<QLabel *>(u"mapDate"_s); }
    QString shownDate() const { return formatDate(PartialDate::fromDate(view()->date()), Language::English); }
    void back() { QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier); }
    void forward() { QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier); }

    QTemporaryDir m_config;
    std::unique_ptr<DataSources> m_data;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
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
    m_session = std::make_unique<Session>();
    m_session->setLanguage(Language::English);
    m_data = std::make_unique<DataSources>(*m_session);
    QVERIFY(m_data->loadBundled().isEmpty());
    m_window = std::make_unique<MainWindow>(*m_session, *m_data);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->open(LinkTarget::map());
    QVERIFY(page() && page()->isVisible());
}

void TestMapNavigation::cleanup()
{
    m_window.reset();
    m_data.reset();
    m_session.reset();
}

void TestMapNavigation::showOnMap(const QString &id, QDate day)
{
    m_window->open(LinkTarget::organization(id));
    asOf()->setDate(day);
    QTest::mouseClick(pane()->findChild<QPushButton *>(u"showOnMapButton"_s), Qt::LeftButton);
    QCOMPARE(m_window->currentTarget().kind, LinkTarget::Kind::Map);
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
    m_window->open(LinkTarget::organization(u"nato"_s));
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

QTEST_MAIN(TestMapNavigation)
#include "tst_mapnavigation.moc"
