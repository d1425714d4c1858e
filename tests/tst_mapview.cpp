// The world map as a reader uses it, on the offscreen platform: a click on Indonesia opens
// Indonesia's pane and Back returns to the map; the slider and Play move through the years;
// zoom by keyboard; a language switch relabels without recolouring.
#include "map/mapcolouring.h"
#include "map/worldmap.h"
#include "session/datasources.h"
#include "session/session.h"
#include "ui/alliancepane.h"
#include "ui/countrypane.h"
#include "ui/locatormap.h"
#include "ui/mainwindow.h"
#include "ui/mappage.h"
#include "ui/mapview.h"
#include "guiactions.h"
#include "windowfixture.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHelpEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QToolTip>
#include <QMimeData>
#include <QDateEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <functional>

using namespace Qt::StringLiterals;

class TestMapView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void clickIndonesiaOpensItsPane();
    void sliderMovesThroughTheYears_data();
    void sliderMovesThroughTheYears();
    void playAnimatesAndPauses();
    void keyboardZoomAndPan();
    void tabMovesFromCountryToCountry();
    void joiningAndLeavingAreOutlined();
    void welcomeLinks();
    void lightAndDarkPalettes_data();
    void lightAndDarkPalettes();
    void languageSwitchRelabelsWithoutRecolouring();
    void showOnMapSharesTheDate();
    void countryPaneLocatesTheCountry();
    void organizationPaneMapsItsMembers();
    void copyPutsThePictureOnTheClipboard();
    void countryLocatorNamesTheCountry_data();
    void countryLocatorNamesTheCountry();
    void organizationMapTellsTheStatus();
    void exportErrorShowsTheFileNameAsTyped();
    void frameAndRecolourTimes();
    void laidOutOnceAtStart();

private:
    QList<MapCategory> categoriesOf(const QString &code) const;
    MapView *view() const { return m_page->findChild<MapView *>(u"mapView"_s); }
    QSlider *slider() const { return m_page->findChild<QSlider *>(u"mapYearSlider"_s); }
    QToolButton *playButton() const { return m_page->findChild<QToolButton *>(u"mapPlayButton"_s); }
    QComboBox *kindBox() const { return m_page->findChild<QComboBox *>(u"mapColourBy"_s); }
    QLabel *welcome() const { return m_page->findChild<QLabel *>(u"mapWelcome"_s); }

    MainWindow *window() const { return m_fixture->window(); }

    std::unique_ptr<WindowFixture> m_fixture;
    MapPage *m_page = nullptr;
};

void TestMapView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMapView::init()
{
    m_fixture = std::make_unique<WindowFixture>();
    QVERIFY(m_fixture->loaded());
    QVERIFY(m_fixture->showWindow());
    window()->open(LinkTarget::map());
    m_page = window()->findChild<MapPage *>(u"mapPage"_s);
    QVERIFY(m_page && m_page->isVisible());
}

void TestMapView::cleanup()
{
    m_fixture.reset();
}

// Started as main() starts it (shown, then the map opened): once the map has been painted, the
// window is not laid out again. The status bar used to shrink by a pixel right after the first
// frame, and the map was painted a second time for it.
void TestMapView::laidOutOnceAtStart()
{
    // Not the fixture's window: this one opens the map before it is exposed.
    m_fixture = std::make_unique<WindowFixture>();
    QVERIFY(m_fixture->loaded());
    MainWindow started(m_fixture->session(), m_fixture->sources());
    started.resize(1152, 720);
    started.show();
    started.open(LinkTarget::map());
    auto *map = started.findChild<MapView *>(u"mapView"_s);
    QVERIFY(map);
    QVERIFY(QTest::qWaitForWindowExposed(&started));
    QTRY_VERIFY(map->lastFrameMs() > 0);
    struct ResizeCounter : QObject
    {
        int resizes = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            resizes += event->type() == QEvent::Resize;
            return false;
        }
    } counter;
    map->installEventFilter(&counter);
    QTest::qWait(300);
    QCOMPARE(counter.resizes, 0);
}

QList<MapCategory> TestMapView::categoriesOf(const QString &code) const
{
    QList<MapCategory> out;
    for (int f : WorldMap::bundled().featuresOf(code))
        out.append(view()->categories().at(f));
    return out;
}

void TestMapView::clickIndonesiaOpensItsPane()
{
    MapView *view = this->view();
    const QPoint indonesia = view->pointOf(u"ID"_s);
    QVERIFY(view->rect().contains(indonesia));
    QCOMPARE(WorldMap::bundled().features().at(view->featureAt(indonesia)).code, u"ID"_s);
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, indonesia);
    QCOMPARE(window()->currentTarget(), LinkTarget::country(u"ID"_s));
    QVERIFY(window()->findChild<CountryPane *>(u"countryPane"_s)->isVisible());
    QCOMPARE(window()->findChild<CountryPane *>(u"countryPane"_s)->countryCode(), u"ID"_s);
    QTest::keyClick(window(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(window()->currentTarget().kind, LinkTarget::Kind::Map);
    QVERIFY(m_page->isVisible());
    // A drag pans and opens nothing.
    QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, indonesia);
    QTest::mouseMove(view, indonesia + QPoint(30, 10));
    QTest::mouseMove(view, indonesia + QPoint(60, 20));
    QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, indonesia + QPoint(60, 20));
    QCOMPARE(window()->currentTarget().kind, LinkTarget::Kind::Map);
}

void TestMapView::sliderMovesThroughTheYears_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("country");
    QTest::addColumn<MapCategory>("expected");
    QTest::newRow("1995-AZ") << 1995 << u"AZ"_s << MapCategory::Member;
    QTest::newRow("1995-GE") << 1995 << u"GE"_s << MapCategory::Member;
    QTest::newRow("1999-AZ") << 1999 << u"AZ"_s << MapCategory::Former;
    QTest::newRow("2000-UZ") << 2000 << u"UZ"_s << MapCategory::Former;
    QTest::newRow("2010-UZ") << 2010 << u"UZ"_s << MapCategory::Member;
}

void TestMapView::sliderMovesThroughTheYears()
{
    QFETCH(int, year);
    QFETCH(QString, country);
    QFETCH(MapCategory, expected);
    QCOMPARE(view()->mode().first, u"csto"_s);
    QCOMPARE(slider()->minimum(), 1992);
    m_page->setDate(QDate(2020, 12, 31)); // the slider keeps the day: the end of each year
    slider()->setValue(year);
    QCOMPARE(view()->date().year(), year);
    for (MapCategory category : categoriesOf(country))
        QCOMPARE(category, expected);
}

void TestMapView::playAnimatesAndPauses()
{
    QSlider *slider = this->slider();
    QCOMPARE(slider->value(), slider->maximum());
    QTest::mouseClick(playButton(), Qt::LeftButton);
    QVERIFY(m_page->isPlaying());
    QCOMPARE(slider->value(), slider->minimum()); // from the start
    QCOMPARE(playButton()->text(), u"Pause"_s);
    QTRY_VERIFY_WITH_TIMEOUT(slider->value() >= slider->minimum() + 2, 5000);
    QTest::mouseClick(playButton(), Qt::LeftButton);
    QVERIFY(!m_page->isPlaying());
    const int stopped = slider->value();
    QTest::qWait(900);
    QCOMPARE(slider->value(), stopped);
}

void TestMapView::keyboardZoomAndPan()
{
    MapView *view = this->view();
    view->setFocus();
    const QPoint before = view->pointOf(u"ID"_s);
    QTest::keyClick(view, Qt::Key_Plus);
    QCOMPARE(view->zoom(), 1.5);
    QTest::keyClick(view, Qt::Key_Right);
    QVERIFY(view->pointOf(u"ID"_s) != before);
    QTest::keyClick(view, Qt::Key_Home);
    QCOMPARE(view->zoom(), 1.0);
    QCOMPARE(view->pointOf(u"ID"_s), before);
    QTest::keyClick(view, Qt::Key_Minus);
    QCOMPARE(view->zoom(), 1.0); // never smaller than the whole world
    QTest::mouseClick(m_page->findChildren<QToolButton *>().at(0), Qt::LeftButton); // any button: no crash
}

void TestMapView::tabMovesFromCountryToCountry()
{
    MapView *view = this->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY(view->hasFocus()); // the focus stays on the map, on its first country
    QTest::keyClick(view, Qt::Key_Tab);
    QTest::keyClick(view, Qt::Key_Return);
    const LinkTarget opened = window()->currentTarget();
    QCOMPARE(opened.kind, LinkTarget::Kind::Country);
    QVERIFY(m_fixture->session().dataset().country(opened.key));
}

void TestMapView::joiningAndLeavingAreOutlined()
{
    const WorldMap &map = WorldMap::bundled();
    m_page->setDate(QDate(2020, 12, 31));
    slider()->setValue(1998);
    slider()->setValue(1999); // Azerbaijan, Georgia and Uzbekistan leave the CSTO
    const QSet<int> outlined = view()->emphasised();
    for (const QString &code : {u"AZ"_s, u"GE"_s, u"UZ"_s}) {
        for (int f : map.featuresOf(code))
            QVERIFY2(outlined.contains(f), qPrintable(code));
    }
    for (int f : map.featuresOf(u"RU"_s))
        QVERIFY(!outlined.contains(f));
    QTRY_VERIFY_WITH_TIMEOUT(view()->emphasised().isEmpty(), 3000); // only briefly
}

void TestMapView::welcomeLinks()
{
    emit welcome()->linkActivated(u"alliance"_s);
    QCOMPARE(window()->currentTarget(), LinkTarget::organization(u"csto"_s));
    window()->open(LinkTarget::map());
    emit welcome()->linkActivated(u"article"_s);
    QCOMPARE(window()->currentTarget().kind, LinkTarget::Kind::Article);
    window()->open(LinkTarget::map());
    QSignalSpy changed(&m_fixture->session(), &Session::languageChanged);
    emit welcome()->linkActivated(u"language"_s);
    QCOMPARE(m_fixture->session().language(), Language::Indonesian);
    QCoreApplication::processEvents();
    QVERIFY(welcome()->text().contains(u"Read in English"_s));
}

void TestMapView::lightAndDarkPalettes_data()
{
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("text");
    QTest::newRow("light") << QColor(Qt::white) << QColor(0x20, 0x20, 0x20);
    QTest::newRow("dark") << QColor(0x1e, 0x1e, 0x1e) << QColor(0xee, 0xee, 0xee);
}

void TestMapView::lightAndDarkPalettes()
{
    QFETCH(QColor, base);
    QFETCH(QColor, text);
    MapView *view = this->view();
    QPalette palette = view->palette();
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Window, base);
    palette.setColor(QPalette::Text, text);
    view->setPalette(palette);
    QTest::qWait(300); // the antialiased frame after the palette change
    const QImage image = view->grab().toImage();
    if (qEnvironmentVariableIsSet("SEKUTU_SAVE_GRABS"))
        image.save(u"/tmp/mapview-%1.png"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    // The middle of the South Atlantic is ocean: close to the background, a little blue.
    const QTransform ratio = QTransform::fromScale(image.width() / qreal(view->width()), image.height() / qreal(view->height()));
    const QPoint ocean = view->pointOf(u"BR"_s) + QPoint(view->width() / 8, view->height() / 10);
    const QColor sea = image.pixelColor(ratio.map(ocean));
    QVERIFY2(std::abs(sea.lightnessF() - base.lightnessF()) < 0.2, qPrintable(sea.name()));
    QVERIFY(sea.blueF() >= sea.redF());
    // Russia, a CSTO member, in the member colour whatever the palette.
    const QColor russia = image.pixelColor(ratio.map(view->pointOf(u"RU"_s)));
    QCOMPARE(russia.name(), MapColouring::colour(MapCategory::Member).name());
}

void TestMapView::languageSwitchRelabelsWithoutRecolouring()
{
    MapView *view = this->view();
    const QList<MapCategory> before = view->categories();
    const double recolourBefore = view->lastRecolourMs();
    QSignalSpy changed(&m_fixture->session(), &Session::languageChanged);
    m_fixture->session().setLanguage(Language::Indonesian);
    QCOMPARE(changed.count(), 1);
    QCoreApplication::processEvents(); // LanguageChange events are posted
    QCOMPARE(view->categories(), before);
    QCOMPARE(view->lastRecolourMs(), recolourBefore);
    QCOMPARE(playButton()->text(), u"Putar"_s);
    QCOMPARE(kindBox()->itemText(0), u"Organisasi"_s);
    QCOMPARE(MapColouring::describe(m_fixture->session().dataset(), view->mode(), u"AM"_s, view->date(), m_fixture->session().language())
                 .section(u'\n', 1),
             u"Partisipasi ditangguhkan atau dibekukan sejak Februari 2024"_s);
}

void TestMapView::showOnMapSharesTheDate()
{
    window()->open(LinkTarget::organization(u"nato"_s));
    auto *pane = window()->findChild<AlliancePane *>(u"alliancePane"_s);
    auto *asOf = pane->findChild<QDateEdit *>(u"asOfDate"_s);
    asOf->setDate(QDate(1990, 6, 1));
    QTest::mouseClick(pane->findChild<QPushButton *>(u"showOnMapButton"_s), Qt::LeftButton);
    QCOMPARE(window()->currentTarget().kind, LinkTarget::Kind::Map);
    QCOMPARE(view()->mode().toString(), u"organization/nato"_s);
    QCOMPARE(view()->date(), QDate(1990, 6, 1));
    QCOMPARE(slider()->value(), 1990);
    // Poland joined NATO in 1999.
    for (MapCategory category : categoriesOf(u"PL"_s))
        QCOMPARE(category, MapCategory::NonMember);
    // The slider moves the pane's date too, to the same day and month.
    slider()->setValue(2000);
    QCOMPARE(asOf->date(), QDate(2000, 6, 1));
    for (MapCategory category : categoriesOf(u"PL"_s))
        QCOMPARE(category, MapCategory::Member);
    // And the pane's date moves the map.
    asOf->setDate(QDate(1985, 3, 1));
    QCOMPARE(view()->date(), QDate(1985, 3, 1));
    QCOMPARE(slider()->value(), 1985);
}

void TestMapView::countryPaneLocatesTheCountry()
{
    window()->open(LinkTarget::country(u"ID"_s));
    auto *locator = window()->findChild<LocatorMap *>(u"countryLocator"_s);
    QVERIFY(locator && locator->isVisible());
    QVERIFY(locator->height() <= 160); // a strip: the text keeps the room
    locator->grab(); // paints, and colours on the first paint
    const QList<MapCategory> colours = locator->categories();
    const WorldMap &map = WorldMap::bundled();
    QCOMPARE(colours.size(), map.features().size());
    for (int f : map.featuresOf(u"ID"_s))
        QCOMPARE(colours.at(f), MapCategory::Member);
    for (int f : map.featuresOf(u"MY"_s))
        QCOMPARE(colours.at(f), MapCategory::NonMember);
    window()->open(LinkTarget::country(u"SG"_s)); // a marker, not a shape
    locator->grab();
    for (int f : map.featuresOf(u"SG"_s))
        QCOMPARE(locator->categories().at(f), MapCategory::Member);
    for (int f : map.featuresOf(u"ID"_s))
        QCOMPARE(locator->categories().at(f), MapCategory::NonMember);
    QTest::mouseClick(locator, Qt::LeftButton);
    QCOMPARE(window()->currentTarget().kind, LinkTarget::Kind::Map);
}

void TestMapView::organizationPaneMapsItsMembers()
{
    window()->open(LinkTarget::organization(u"csto"_s));
    auto *pane = window()->findChild<AlliancePane *>(u"alliancePane"_s);
    QVERIFY(!pane->findChild<LocatorMap *>(u"membersMap"_s)); // made when its tab is first shown
    pane->findChild<QTabWidget *>(u"allianceTabs"_s)->setCurrentIndex(AlliancePane::MapTab);
    auto *map = pane->findChild<LocatorMap *>(u"membersMap"_s);
    QVERIFY(map && map->isVisible());
    pane->findChild<QDateEdit *>(u"asOfDate"_s)->setDate(QDate(1995, 1, 1));
    QCOMPARE(map->mode().toString(), u"organization/csto"_s);
    QCOMPARE(map->date(), QDate(1995, 1, 1));
    map->grab();
    for (int f : WorldMap::bundled().featuresOf(u"AZ"_s))
        QCOMPARE(map->categories().at(f), MapCategory::Member);
    QTest::mouseClick(map, Qt::LeftButton); // the big map, same organization and date
    QCOMPARE(window()->currentTarget().kind, LinkTarget::Kind::Map);
    QCOMPARE(view()->date(), QDate(1995, 1, 1));
}

void TestMapView::copyPutsThePictureOnTheClipboard()
{
    QGuiApplication::clipboard()->clear();
    slider()->setValue(1995);
    QTest::mouseClick(m_page->findChild<QToolButton *>(u"mapCopyButton"_s), Qt::LeftButton);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime && mime->hasImage());
    const QImage image = qvariant_cast<QImage>(mime->imageData());
    QCOMPARE(image.size(), QSize(1600, 860));
    const QByteArray svg = mime->data(u"image/svg+xml"_s);
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("id=\"AZ\"")); // each country its own shape
    QVERIFY(svg.contains("1995"));         // the date copied is the one shown
}

namespace {

// The tooltip a reader gets when the mouse rests on the point, as plain text.
QString toolTipAt(QWidget *widget, QPoint point)
{
    QToolTip::hideText();
    QHelpEvent hover(QEvent::ToolTip, point, widget->mapToGlobal(point));
    QCoreApplication::sendEvent(widget, &hover);
    if (!QToolTip::isVisible())
        return {};
    return QTextDocumentFragment::fromHtml(QToolTip::text()).toPlainText();
}

} // namespace

void TestMapView::countryLocatorNamesTheCountry_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("hovered");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the-country") << Language::English << u"ID"_s << u"ID"_s << u"Indonesia"_s;
    QTest::newRow("a-neighbour") << Language::English << u"ID"_s << u"AU"_s << u"Australia"_s;
    QTest::newRow("in-indonesian") << Language::Indonesian << u"CN"_s << u"CN"_s << u"Tiongkok"_s;
    // Among Europe's dots (Luxembourg, Andorra, San Marino): the big countries are found.
    QTest::newRow("between-markers") << Language::Indonesian << u"DE"_s << u"DE"_s << u"Jerman"_s;
    QTest::newRow("beside-a-marker") << Language::English << u"FR"_s << u"ES"_s << u"Spain"_s;
    QTest::newRow("a-marker") << Language::English << u"SG"_s << u"SG"_s << u"Singapore"_s;
}

// The country pane's small map names the country under the mouse, in the interface language.
void TestMapView::countryLocatorNamesTheCountry()
{
    QFETCH(Language, language);
    QFETCH(QString, shown);
    QFETCH(QString, hovered);
    QFETCH(QString, expected);
    m_fixture->session().setLanguage(language);
    window()->open(LinkTarget::country(shown));
    auto *locator = window()->findChild<LocatorMap *>(u"countryLocator"_s);
    QVERIFY(locator && locator->isVisible());
    locator->grab();
    const QPoint point = locator->pointOf(hovered);
    QVERIFY2(locator->rect().contains(point), qPrintable(hovered));
    QCOMPARE(toolTipAt(locator, point), expected);
    // Over the sea, the locator says what a click does.
    QCOMPARE(toolTipAt(locator, QPoint(3, locator->height() / 2)), locator->toolTip());
    QVERIFY(!locator->toolTip().isEmpty());
    QToolTip::hideText();
}

// The organization pane's "World map" tab says what the big map says: the status on the date.
void TestMapView::organizationMapTellsTheStatus()
{
    window()->open(LinkTarget::organization(u"nato"_s));
    auto *pane = window()->findChild<AlliancePane *>(u"alliancePane"_s);
    pane->findChild<QDateEdit *>(u"asOfDate"_s)->setDate(QDate(1999, 3, 12));
    pane->findChild<QTabWidget *>(u"allianceTabs"_s)->setCurrentIndex(AlliancePane::MapTab);
    auto *map = pane->findChild<LocatorMap *>(u"membersMap"_s);
    QVERIFY(map && map->isVisible());
    map->grab();
    const QPoint poland = map->pointOf(u"PL"_s);
    QVERIFY(map->rect().contains(poland));
    QCOMPARE(toolTipAt(map, poland), u"Poland\nMember since 12 March 1999"_s);
    const QString main = MapColouring::describe(m_fixture->session().dataset(), map->mode(), u"PL"_s, map->date(),
                                                m_fixture->session().language());
    QCOMPARE(toolTipAt(map, poland), main); // the big map's words
    QCOMPARE(toolTipAt(map, map->pointOf(u"BR"_s)), u"Brazil\nNot a member"_s);
    QToolTip::hideText();
}

// A file name that looks like markup is shown as typed in the export's error message.
void TestMapView::exportErrorShowsTheFileNameAsTyped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // "<b>x</b>.gif": a folder "<b>x<" and a file "b>.gif" in it, not a PNG or SVG.
    QVERIFY(QDir(dir.path()).mkdir(u"<b>x<"_s));
    const QString file = dir.filePath(u"<b>x</b>.gif"_s);
    whenModal([file](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (!dialog)
            return false;
        // Written in the name box and accepted, as a reader saves. (Not typed key by key: the
        // box's completer, filled by a thread, may take the Enter key, and the dialog would wait.)
        dialog->findChild<QLineEdit *>(u"fileNameEdit"_s)->setText(file);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() checks the name, as Save does
        return true;
    });
    QString shown;
    Qt::TextFormat format = Qt::AutoText;
    Qt::TextFormat labelFormat = Qt::AutoText;
    whenModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return false;
        shown = box->text();
        format = box->textFormat();
        if (auto *label = box->findChild<QLabel *>(u"qt_msgbox_label"_s))
            labelFormat = label->textFormat();
        box->close();
        return true;
    });
    QTest::mouseClick(m_page->findChild<QToolButton *>(u"mapExportButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(u"<b>x</b>.gif"_s), qPrintable(shown));
    QVERIFY(Qt::mightBeRichText(shown)); // Qt would have guessed rich text and shown a bold "x"
    QCOMPARE(format, Qt::PlainText);
    QCOMPARE(labelFormat, Qt::PlainText);
    QVERIFY(!QFile::exists(file));
}

void TestMapView::frameAndRecolourTimes()
{
    // Figures for the README (not a timed test: the machine is shared).
    MapView *view = this->view();
    view->setFocus();
    const auto measure = [view](const char *what, const std::function<void()> &change, bool repaint = true) {
        double total = 0;
        double worst = 0;
        for (int i = 0; i < 10; ++i) {
            change();
            if (repaint)
                view->repaint();
            total += view->lastFrameMs();
            worst = std::max(worst, view->lastFrameMs());
        }
        qInfo("%s, %dx%d: %.1f ms on average, %.1f ms at worst", what, view->width(), view->height(), total / 10,
              worst);
    };
    measure("frame while panning the whole world", [view] { QTest::keyClick(view, Qt::Key_Home); });
    // The settling timer repaints the map antialiased; that frame is the one measured.
    measure(
        "frame after panning stops (antialiased)",
        [view] {
            view->zoomBy(1.01);
            QTest::qWait(400);
        },
        false);
    measure("frame on hover (cached map)", [view] { view->update(); });
    measure("frame while panning at zoom 4", [view] { view->zoomBy(4); QTest::keyClick(view, Qt::Key_Left); });
    double recolour = 0;
    for (int year = 1992; year <= 2024; ++year) {
        slider()->setValue(year);
        recolour = std::max(recolour, view->lastRecolourMs());
    }
    qInfo("recolour: %.2f ms at worst", recolour);
    QVERIFY(view->lastFrameMs() > 0);
}

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
