// The charts as a reader meets them, each alone with a session on the bundled data, on the
// offscreen platform: the values they draw, saving and copying them, clicking a bar, a slice or
// a cell, and a language switch.
#include "charts/membershiptimeline.h"
#include "i18n/formatting.h"
#include "models/countrymodel.h"
#include "models/overlapmodel.h"
#include "session/session.h"
#include "ui/alliancepane.h"
#include "ui/comparisonchart.h"
#include "ui/linkbrowser.h"
#include "ui/membershipchart.h"
#include "ui/overviewpane.h"
#include "ui/sidebar.h"
#include "ui/tieschart.h"
#include "guiactions.h"
#include "sessionfixture.h"

#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QCategoryAxis>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QValueAxis>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTranslator>
#include <QTreeView>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A catalogue that marks every text of the charts, to see that they are translated again.
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QByteArrayView name(context);
        if (name == "MembershipChart" || name == "ComparisonChart" || name == "TiesChart" || name == "ChartPanel")
            return u"[id] "_s + QString::fromUtf8(sourceText);
        return {};
    }
};

// The y values of a series' points, in order.
QList<int> counts(const QLineSeries *series)
{
    QList<int> values;
    for (const QPointF &point : series->points())
        values.append(qRound(point.y()));
    return values;
}

QPoint toViewport(QChartView *view, QPointF chartPosition)
{
    return view->mapFromScene(view->chart()->mapToScene(chartPosition));
}

// Shows a widget alone in a window of the size the explorer gives its panes.
bool showAlone(QWidget *widget)
{
    widget->resize(1000, 700);
    widget->show();
    return QTest::qWaitForWindowExposed(widget);
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void chartsAreMadeWhenFirstShown();
    void membershipSeries_data();
    void membershipSeries();
    void membershipLabelsAndToolTips();
    void membershipReadableAtEverySize_data();
    void membershipReadableAtEverySize();
    void exportPngSvgAndClipboard();
    void clickBarOpensCountry();
    void measureSwitch();
    void clickSliceAsksForCountries();
    void clickOverlapCellListsCountries();
    void languageSwitch();
    void darkPalette();
    void sameNamesKeepTheirBars();

private:
    std::unique_ptr<SessionFixture> m_session;
};

void TestCharts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCharts::init()
{
    m_session = std::make_unique<SessionFixture>(Language::English);
}

void TestCharts::cleanup()
{
    m_session.reset();
}

// The alliance pane makes its charts when their tab is first shown, not at startup.
void TestCharts::chartsAreMadeWhenFirstShown()
{
    AlliancePane pane(*m_session);
    QVERIFY(showAlone(&pane));
    pane.showOrganization(u"csto"_s);
    auto openTab = [&pane](int tab) {
        QTabBar *bar = pane.findChild<QTabWidget *>(u"allianceTabs"_s)->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
        return bar->currentIndex() == tab;
    };
    QVERIFY(!pane.findChild<MembershipChart *>());
    QVERIFY(!pane.findChild<ComparisonChart *>());
    QVERIFY(pane.findChild<QTableView *>(u"membersView"_s)->isVisible());
    QVERIFY(openTab(AlliancePane::OverTimeTab));
    auto *timeline = pane.findChild<MembershipChart *>(u"membershipChart"_s);
    QVERIFY(timeline && timeline->isVisible());
    QCOMPARE(timeline->organization(), u"csto"_s);
    QVERIFY(!pane.findChild<ComparisonChart *>());
    QCOMPARE(timeline->chart()->animationOptions(), QChart::NoAnimation);
    QVERIFY(openTab(AlliancePane::ComparedTab));
    auto *comparison = pane.findChild<ComparisonChart *>(u"comparisonChart"_s);
    QVERIFY(comparison && comparison->isVisible());
    QCOMPARE(comparison->figures().size(), 6);
    // Made late, they still follow the pane.
    pane.showOrganization(u"nato"_s);
    QCOMPARE(timeline->organization(), u"nato"_s);
    QCOMPARE(comparison->figures().size(), 32);
    QVERIFY(openTab(AlliancePane::MembersTab));
    QVERIFY(pane.findChild<QTableView *>(u"membersView"_s)->isVisible());
}

void TestCharts::membershipSeries_data()
{
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QList<int>>("levels");
    // The curve's levels, each once: the CSTO from the treaty to today.
    QTest::newRow("csto") << u"csto"_s << QList<int>{6, 7, 8, 9, 6, 7, 6};
    QTest::newRow("nato") << u"nato"_s << QList<int>{12, 14, 15, 16, 19, 26, 28, 29, 30, 31, 32};
}

void TestCharts::membershipSeries()
{
    QFETCH(QString, organization);
    QFETCH(QList<int>, levels);
    MembershipChart chart(*m_session);
    chart.setOrganization(organization);
    QVERIFY(showAlone(&chart));
    QCOMPARE(chart.organization(), organization);
    QList<int> drawn;
    for (int value : counts(chart.stepSeries())) {
        if (drawn.isEmpty() || drawn.constLast() != value)
            drawn.append(value);
    }
    QCOMPARE(drawn, levels);
    // From the first event to today, drawn as steps: each rise or fall is vertical.
    const QList<QPointF> points = chart.stepSeries()->points();
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(points.constLast().x())).date(), QDate::currentDate());
    for (int i = 1; i < points.size(); ++i) {
        if (points.at(i).y() != points.at(i - 1).y())
            QCOMPARE(points.at(i).x(), points.at(i - 1).x());
    }
    if (organization == u"csto") {
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(points.constFirst().x())).date(), QDate(1992, 5, 15));
        QVERIFY(chart.chart()->title().contains(u"CSTO"));
        // The years on the date axis sit on their first day.
        QCategoryAxis *axis = chart.dateAxis();
        QCOMPARE(axis->categoriesLabels().constFirst(), u"1995"_s);
        QCOMPARE(axis->endValue(u"1995"_s), qreal(QDate(1995, 1, 1).startOfDay().toMSecsSinceEpoch()));
        QVERIFY(axis->min() < points.constFirst().x() && axis->max() > points.constLast().x());
    }
}

void TestCharts::membershipLabelsAndToolTips()
{
    MembershipChart chart(*m_session);
    chart.setOrganization(u"csto"_s);
    QVERIFY(showAlone(&chart));
    const QStringList labels = chart.eventLabels();
    QVERIFY2(labels.contains(u"Treaty signed"_s), qPrintable(labels.join(u" | ")));
    QVERIFY2(labels.contains(u"+ Azerbaijan"_s), qPrintable(labels.join(u" | ")));
    QVERIFY2(labels.contains(u"− Azerbaijan, Georgia, Uzbekistan"_s), qPrintable(labels.join(u" | ")));
    QVERIFY2(labels.contains(u"Armenia suspended"_s), qPrintable(labels.join(u" | ")));
    // Hovering a marker tells its events: the point the series reports maps back to the step.
    int armenia = -1;
    for (int i = 0; i < chart.steps().size(); ++i) {
        if (chart.steps().at(i).date == QDate(2024, 2, 1))
            armenia = i;
    }
    QVERIFY(armenia >= 0);
    const QPointF point(QDate(2024, 2, 1).startOfDay().toMSecsSinceEpoch(), 6);
    QCOMPARE(chart.stepAt(point), armenia);
    const QString tip = chart.stepToolTip(armenia);
    QVERIFY2(tip.contains(u"Pashinyan") && tip.contains(u"February 2024"), qPrintable(tip));
    // Hovering the marker shows it.
    QChartView *view = chart.chartView();
    const QPoint marker = toViewport(view, view->chart()->mapToPosition(point, chart.stepSeries()));
    QTest::mouseMove(view->viewport(), marker + QPoint(20, 20));
    QTest::mouseMove(view->viewport(), marker);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(u"Pashinyan"));
}

void TestCharts::membershipReadableAtEverySize_data()
{
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("named"); // a state a drawn label names
    QTest::newRow("nato-large") << u"nato"_s << QSize(1000, 460) << u"Slovenia"_s;  // the 2004 wave by name
    QTest::newRow("csto-large") << u"csto"_s << QSize(1000, 460) << u"Georgia"_s;   // late 1993, three states
    QTest::newRow("csto-laptop") << u"csto"_s << QSize(640, 300) << u"Georgia"_s;
    QTest::newRow("nato-laptop") << u"nato"_s << QSize(640, 300) << u"Spain"_s;
}

// The count axis has room for each number (Qt Charts writes "…" otherwise) and the labels
// name the states.
void TestCharts::membershipReadableAtEverySize()
{
    QFETCH(QString, organization);
    QFETCH(QSize, size);
    QFETCH(QString, named);
    MembershipChart chart(*m_session);
    chart.setOrganization(organization);
    chart.resize(size);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCoreApplication::processEvents();
    auto *axis = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).constFirst());
    QVERIFY(axis);
    const qreal spacing = chart.chart()->plotArea().height() / (axis->tickCount() - 1);
    QVERIFY2(spacing >= chart.fontMetrics().height(),
             qPrintable(u"%1 px between %2 ticks"_s.arg(spacing).arg(axis->tickCount())));
    const QStringList shown = chart.shownLabels();
    QVERIFY2(shown.join(u' ').contains(named), qPrintable(shown.join(u" | ")));
    QVERIFY(!shown.contains(u"+ 7"_s) || size.width() < 800);
    // No two labels drawn over each other.
    QList<QRectF> boxes;
    for (QGraphicsItem *item : chart.chart()->childItems()) {
        auto *label = dynamic_cast<QGraphicsSimpleTextItem *>(item);
        if (label && label->isVisible() && !label->text().isEmpty())
            boxes.append(label->sceneBoundingRect());
    }
    for (int i = 0; i < boxes.size(); ++i) {
        for (int j = i + 1; j < boxes.size(); ++j)
            QVERIFY(!boxes.at(i).intersects(boxes.at(j)));
    }
}

void TestCharts::exportPngSvgAndClipboard()
{
    MembershipChart chart(*m_session);
    chart.setOrganization(u"csto"_s);
    QVERIFY(showAlone(&chart));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QString png = dir.filePath(u"csto.png"_s);
    QVERIFY(chart.savePng(png));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 200 && image.height() > 100);
    // Not a blank picture: the chart draws in more than a couple of colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() > 5);

    const QString svg = dir.filePath(u"csto.svg"_s);
    QVERIFY(chart.saveSvg(svg));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    QVERIFY(xml.contains("<svg"));
    QXmlStreamReader reader(xml);
    bool sawSvg = false;
    bool sawTitle = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"svg")
            sawSvg = true;
        if (reader.isStartElement() && reader.name() == u"title")
            sawTitle = reader.readElementText().contains(u"CSTO");
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(sawSvg);
    QVERIFY(sawTitle);
    QVERIFY(!chart.saveSvg(dir.filePath(u"no/such/folder/x.svg"_s)));

    chart.findChild<QAction *>(u"copyChartAction"_s)->trigger();
    const QImage copied = QGuiApplication::clipboard()->image();
    QVERIFY(!copied.isNull());
    QCOMPARE(copied.size(), chart.toImage().size());
    // The actions are in the chart's context menu too.
    QVERIFY(chart.chartView()->actions().contains(chart.findChild<QAction *>(u"saveSvgAction"_s)));
}

void TestCharts::clickBarOpensCountry()
{
    ComparisonChart chart(*m_session);
    chart.setOrganization(u"csto"_s);
    QVERIFY(showAlone(&chart));
    const QList<MemberFigure> &figures = chart.figures();
    QCOMPARE(figures.size(), 6);
    QCOMPARE(figures.constLast().country, u"RU"_s); // the top bar
    QCOMPARE(chart.barSet()->count(), 6);
    QCOMPARE(chart.barSet()->at(5), 143.5); // millions, as the bar's label shows
    QVERIFY(chart.barToolTip(5).contains(u"143,533,851"));
    QVERIFY(chart.barToolTip(5).contains(u"2024, World Bank"));

    // Click the middle of Kazakhstan's bar (second from the top).
    QSignalSpy opened(&chart, &ComparisonChart::linkActivated);
    const int kazakhstan = 4;
    QCOMPARE(figures.at(kazakhstan).country, u"KZ"_s);
    const QPointF middle(chart.barSet()->at(kazakhstan) / 2, kazakhstan);
    const QPoint point = toViewport(chart.chartView(), chart.chart()->mapToPosition(middle, chart.series()));
    QTest::mouseClick(chart.chartView()->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.constFirst().constFirst().value<LinkTarget>(), LinkTarget::country(u"KZ"_s));
}

void TestCharts::measureSwitch()
{
    ComparisonChart chart(*m_session);
    chart.setOrganization(u"nato"_s);
    QVERIFY(showAlone(&chart));
    QCOMPARE(chart.figures().constLast().country, u"US"_s);
    QVERIFY(chart.chart()->title().contains(u"population"));
    auto *box = chart.findChild<QComboBox *>(u"measureBox"_s);
    QVERIFY(box);
    box->setCurrentIndex(box->findData(int(MemberComparison::Measure::Area)));
    emit box->activated(box->currentIndex());
    QCOMPARE(chart.measure(), MemberComparison::Measure::Area);
    QCOMPARE(chart.figures().constLast().country, u"CA"_s);
    QCOMPARE(chart.figures().size(), 32);
    QVERIFY(chart.chart()->title().contains(u"area"));
    QVERIFY(chart.barToolTip(31).contains(u"km²"));
    // Another organization keeps the measure.
    chart.setOrganization(u"csto"_s);
    QCOMPARE(chart.measure(), MemberComparison::Measure::Area);
    QCOMPARE(chart.figures().constLast().country, u"RU"_s);
}

// A slice asks for the countries with that tie; the sidebar shows them.
void TestCharts::clickSliceAsksForCountries()
{
    TiesChart chart(*m_session);
    QVERIFY(showAlone(&chart));
    QCOMPARE(chart.groups().constFirst().type, u"treaty_ally"_s);
    QCOMPARE(chart.series()->count(), chart.groups().size());
    QCOMPARE(chart.series()->slices().constFirst()->value(), qreal(chart.groups().constFirst().countries.size()));
    QCOMPARE(chart.series()->slices().constFirst()->label(), u"5"_s);
    QCOMPARE(chart.chart()->legend()->markers().constFirst()->label(), u"Treaty ally (5)"_s);

    QSignalSpy activated(&chart, &TiesChart::relationTypeActivated);
    QTest::mouseClick(chart.chartView()->viewport(), Qt::LeftButton, {}, chart.slicePosition(0));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.constFirst().constFirst().toString(), u"treaty_ally"_s);
    // The last slice: hostile.
    const int last = int(chart.groups().size()) - 1;
    QTest::mouseClick(chart.chartView()->viewport(), Qt::LeftButton, {}, chart.slicePosition(last));
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.constLast().constFirst().toString(), chart.groups().constLast().type);

    Sidebar sidebar(*m_session);
    sidebar.setCurrentIndex(Sidebar::OrganizationsTab);
    sidebar.showRelation(u"treaty_ally"_s);
    QCOMPARE(sidebar.currentIndex(), int(Sidebar::CountriesTab));
    const QAbstractItemModel *countries = sidebar.findChild<QTreeView *>(u"countryView"_s)->model();
    QCOMPARE(countries->rowCount(), int(chart.groups().constFirst().countries.size()));
    for (int row = 0; row < countries->rowCount(); ++row)
        QVERIFY(chart.groups().constFirst().countries.contains(countries->index(row, 0).data(CountryModel::CodeRole).toString()));
}

void TestCharts::clickOverlapCellListsCountries()
{
    OverviewPane pane(*m_session);
    QVERIFY(showAlone(&pane));
    auto *view = pane.findChild<QTableView *>(u"overlapView"_s);
    auto *shared = pane.findChild<LinkBrowser *>(u"sharedBrowser"_s);
    QVERIFY(view && shared);
    // Made with the session's data: it opens on the article's question, the CSTO and the SCO.
    QVERIFY2(shared->toPlainText().contains(u"CSTO and SCO share 5"), qPrintable(shared->toPlainText()));
    const auto *model = qobject_cast<const OverlapModel *>(view->model());
    const QModelIndex cell = model->indexOf(u"nato"_s, u"csto"_s);
    QCOMPARE(cell.data().toString(), u"0"_s);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QVERIFY2(shared->toPlainText().contains(u"NATO and CSTO share 0"), qPrintable(shared->toPlainText()));

    const QModelIndex both = model->indexOf(u"sco"_s, u"csto"_s);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(both).center());
    const QString text = shared->toPlainText();
    QVERIFY2(text.contains(u"SCO and CSTO share 5") && text.contains(u"Kazakhstan") && text.contains(u"Belarus"),
             qPrintable(text));
    // A country in the list is a link.
    QSignalSpy opened(&pane, &OverviewPane::linkActivated);
    QVERIFY(clickLink(shared, u"sekutu://country/KZ"_s));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.constFirst().constFirst().value<LinkTarget>(), LinkTarget::country(u"KZ"_s));
}

// The charts follow the session's language: data and numbers on languageChanged, their
// buttons on LanguageChange.
void TestCharts::languageSwitch()
{
    MembershipChart timeline(*m_session);
    timeline.setOrganization(u"csto"_s);
    ComparisonChart comparison(*m_session);
    comparison.setOrganization(u"csto"_s);
    TiesChart ties(*m_session);
    QCOMPARE(timeline.chart()->locale(), localeFor(Language::English));
    QVERIFY(comparison.barToolTip(5).contains(u"143,533,851"));

    (*m_session)->setLanguage(Language::Indonesian);
    // Numbers and dates as Indonesian writes them: the axis' "MMM yyyy" says "Mei 1992".
    for (ChartPanel *chart : std::initializer_list<ChartPanel *>{&timeline, &comparison, &ties})
        QCOMPARE(chart->chart()->locale(), localeFor(Language::Indonesian));
    QVERIFY(timeline.chart()->localizeNumbers());
    QVERIFY2(comparison.barToolTip(5).contains(u"Rusia: 143.533.851"), qPrintable(comparison.barToolTip(5)));
    QCOMPARE(comparison.chart()->axes(Qt::Vertical).constFirst()->property("categories").toStringList().constLast(),
             u"Rusia"_s);
    QVERIFY(ties.sliceToolTip(0).contains(u"Belarus"));
    QVERIFY(timeline.stepToolTip(0).contains(u"15 Mei 1992"));
    QVERIFY(timeline.eventLabels().contains(u"+ Azerbaijan"_s));
    QVERIFY(timeline.chart()->title().contains(u"CSTO"));

    // A catalogue alone (no language switch) retranslates the buttons, not the charts' content.
    const QAction *copy = timeline.findChild<QAction *>(u"copyChartAction"_s);
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTRY_VERIFY(copy->text().startsWith(u"[id] "));
    const QString indonesianTitle = timeline.chart()->title();
    QVERIFY(!indonesianTitle.startsWith(u"[id] "));
    // Back to English: the English catalogue holds only plurals, so the marks show that every
    // chart's titles, axes and legend were made again.
    (*m_session)->setLanguage(Language::English);
    QVERIFY(timeline.chart()->title().startsWith(u"[id] "));
    QVERIFY(comparison.chart()->title().startsWith(u"[id] "));
    QVERIFY(ties.chart()->title().startsWith(u"[id] "));
    QVERIFY(timeline.dateAxis()->titleText().startsWith(u"[id] "));
    QCoreApplication::removeTranslator(&marking);
    QTRY_VERIFY(!copy->text().startsWith(u"[id] "));

    QVERIFY(comparison.barToolTip(5).contains(u"Russia: 143,533,851"));
    QCOMPARE(timeline.chart()->locale(), localeFor(Language::English));
}

void TestCharts::darkPalette()
{
    TiesChart chart(*m_session);
    QVERIFY(showAlone(&chart));
    QCOMPARE(chart.chart()->theme(), QChart::ChartThemeLight);
    QPalette dark = chart.palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    chart.setPalette(dark);
    QCOMPARE(chart.chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(chart.chart()->backgroundBrush().color(), QColor(0x18, 0x18, 0x18));
    QCOMPARE(chart.chart()->titleBrush().color(), QColor(0xee, 0xee, 0xee));
    // The slices keep their Okabe–Ito colours.
    QCOMPARE(chart.series()->slices().constFirst()->color(), OkabeIto::Blue);
}

// Names can lie: two members with one name keep a bar each, told apart by their codes (bars are
// keyed by country, not by label), and a very long name is cut on the axis.
void TestCharts::sameNamesKeepTheirBars()
{
    auto data = std::make_shared<Dataset>(*SessionFixture::bundledData());
    const Organization *csto = data->organization(u"csto"_s);
    QVERIFY(csto);
    Country *armenia = nullptr;
    Country *belarus = nullptr;
    for (Country &country : data->countries) {
        if (country.code == u"AM")
            armenia = &country;
        else if (country.code == u"BY")
            belarus = &country;
    }
    QVERIFY(armenia && belarus);
    belarus->name = armenia->name;
    const QString longName = QString(200, u'W');
    for (Country &country : data->countries) {
        if (country.code == u"RU")
            country.name = {longName, longName};
    }
    (*m_session)->setDataset(data);

    ComparisonChart chart(*m_session);
    chart.setOrganization(u"csto"_s);
    QVERIFY(showAlone(&chart));
    const QStringList categories = chart.categories();
    QCOMPARE(categories.size(), chart.figures().size());
    QCOMPARE(chart.barSet()->count(), chart.figures().size());
    QCOMPARE(QSet<QString>(categories.cbegin(), categories.cend()).size(), categories.size());
    QVERIFY2(categories.contains(u"Armenia (AM)"_s) && categories.contains(u"Armenia (BY)"_s),
             qPrintable(categories.join(u", ")));
    // Each bar still leads to its own country.
    for (int i = 0; i < chart.figures().size(); ++i) {
        if (categories.at(i) == u"Armenia (BY)")
            QCOMPARE(chart.figures().at(i).country, u"BY"_s);
    }

    // A long name (Russia's) is cut on the axis.
    bool cut = false;
    for (const QString &category : chart.categories()) {
        QVERIFY(category.size() < 100);
        cut = cut || (category.startsWith(u"WWW") && category.endsWith(u"…"));
    }
    QVERIFY2(cut, qPrintable(chart.categories().join(u", ")));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
