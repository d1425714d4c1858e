// The explorer as a reader uses it: clicks, typing, the as-of date, back and forward, and a
// language switch, on the offscreen platform.
#include "i18n/languagemanager.h"
#include "session/datasources.h"
#include "session/session.h"
#include "models/countryfiltermodel.h"
#include "models/countrymodel.h"
#include "navigation/navigationhistory.h"
#include "ui/alliancepane.h"
#include "ui/countrylist.h"
#include "ui/countrypane.h"
#include "ui/linkbrowser.h"
#include "ui/mainwindow.h"
#include "ui/overviewpane.h"
#include "ui/sidebar.h"
#include "guiactions.h"
#include "windowfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

int visibleRows(const QAbstractItemModel *model)
{
    return model->rowCount();
}

// The row of a country in the list's (filtered, sorted) model.
QModelIndex countryRow(const QAbstractItemModel *model, const QString &code)
{
    const QModelIndexList found = model->match(model->index(0, 0), CountryModel::CodeRole, code, 1, Qt::MatchExactly);
    return found.isEmpty() ? QModelIndex() : found.constFirst();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void clickCountryRowOpensCountry();
    void clickOrganizationLinkOpensOrganization();
    void searchFiltersTheList_data();
    void searchFiltersTheList();
    void asOfDateChangesMembers();
    void compareShowsSharedMembers();
    void backAndForward();
    void languageSwitch();
    void overviewIsMadeWhenFirstOpened();
    void invalidDataFolderKeepsData();

private:
    template <typename T>
    T *find(const char *name) const
    {
        return window()->findChild<T *>(QString::fromLatin1(name));
    }

    MainWindow *window() const { return m_fixture->window(); }

    std::unique_ptr<WindowFixture> m_fixture;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_fixture = std::make_unique<WindowFixture>();
    QVERIFY(m_fixture->loaded());
    QVERIFY(m_fixture->showWindow(QSize(1280, 800)));
}

void TestMainWindow::cleanup()
{
    m_fixture.reset();
}

void TestMainWindow::clickCountryRowOpensCountry()
{
    QTreeView *view = find<QTreeView>("countryView");
    QVERIFY(view);
    const QModelIndex china = countryRow(view->model(), u"CN"_s);
    QVERIFY(china.isValid());
    view->scrollTo(china);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(china).center());
    QCOMPARE(window()->currentTarget(), LinkTarget::country(u"CN"_s));
    auto *pane = find<CountryPane>("countryPane");
    QCOMPARE(pane->countryCode(), u"CN"_s);
    QVERIFY(pane->isVisible());
    QVERIFY(find<LinkBrowser>("countryBrowser")->toPlainText().contains(u"Beijing"));
    QVERIFY(window()->windowTitle().startsWith(u"China"));
}

void TestMainWindow::clickOrganizationLinkOpensOrganization()
{
    window()->open(LinkTarget::country(u"KZ"_s));
    QVERIFY(clickLink(find<LinkBrowser>("countryBrowser"), u"sekutu://organization/csto"_s));
    QCOMPARE(window()->currentTarget(), LinkTarget::organization(u"csto"_s));
    QVERIFY(find<AlliancePane>("alliancePane")->isVisible());
    auto *browser = find<LinkBrowser>("organizationBrowser");
    QVERIFY(browser->toPlainText().contains(u"Collective Security Treaty Organization"));
    // and from the organization's history to a country
    QVERIFY(clickLink(browser, u"sekutu://country/UZ"_s));
    QCOMPARE(window()->currentTarget(), LinkTarget::country(u"UZ"_s));
}

void TestMainWindow::searchFiltersTheList_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tiongkok") << u"tiongkok"_s << u"CN"_s;
    QTest::newRow("china") << u"china"_s << u"CN"_s;
    QTest::newRow("cina") << u"cina"_s << u"CN"_s;
    QTest::newRow("CN") << u"CN"_s << u"CN"_s;
}

void TestMainWindow::searchFiltersTheList()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    const QAbstractItemModel *countries = find<QTreeView>("countryView")->model();
    auto *search = find<QLineEdit>("countrySearch");
    QCOMPARE(visibleRows(countries), 195);
    QTest::keyClicks(search, typed);
    QVERIFY(visibleRows(countries) < 5);
    QCOMPARE(countries->index(0, 0).data(CountryModel::CodeRole).toString(), expected);
    search->clear();
    QCOMPARE(visibleRows(countries), 195);
    // Ctrl+K finds the search field from anywhere.
    window()->open(LinkTarget::organization(u"csto"_s));
    find<QTabWidget>("sidebar")->setCurrentIndex(Sidebar::OrganizationsTab);
    QTest::keyClick(window(), Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(find<QTabWidget>("sidebar")->currentIndex(), int(Sidebar::CountriesTab));
    QTRY_VERIFY(search->hasFocus());
}

void TestMainWindow::asOfDateChangesMembers()
{
    window()->open(LinkTarget::organization(u"csto"_s));
    QTableView *table = find<QTableView>("membersView");
    auto *asOf = find<QDateEdit>("asOfDate");
    auto *allPhases = find<QCheckBox>("allPhasesBox");
    auto countries = [table] {
        QStringList codes;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            codes.append(table->model()->index(row, 0).data(Qt::UserRole + 1).toString());
        codes.sort();
        return codes;
    };
    asOf->setDate(QDate(1995, 1, 1));
    QCOMPARE(countries(), (QStringList{u"AM"_s, u"AZ"_s, u"BY"_s, u"GE"_s, u"KG"_s, u"KZ"_s, u"RU"_s, u"TJ"_s, u"UZ"_s}));
    asOf->setDate(QDate(2026, 11, 25));
    QVERIFY(countries().contains(u"AM"_s));
    QVERIFY(!countries().contains(u"UZ"_s));
    // Armenia's frozen participation is visible in its row.
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data(Qt::UserRole + 1).toString() == u"AM")
            QVERIFY(index.siblingAtColumn(4).data().toString().contains(u"frozen"));
    }
    QTest::mouseClick(allPhases, Qt::LeftButton, {}, QPoint(5, allPhases->height() / 2));
    QVERIFY(allPhases->isChecked());
    QCOMPARE(countries().count(u"UZ"_s), 2);
}

void TestMainWindow::compareShowsSharedMembers()
{
    window()->open(LinkTarget::organization(u"csto"_s));
    find<QDateEdit>("asOfDate")->setDate(QDate(2026, 11, 25));
    auto *compare = find<QComboBox>("compareBox");
    auto *comparison = find<LinkBrowser>("comparisonBrowser");
    compare->setCurrentIndex(compare->findData(u"nato"_s));
    QVERIFY(comparison->isVisible());
    QVERIFY(comparison->toPlainText().contains(u"In both (0)"));
    compare->setCurrentIndex(compare->findData(u"sco"_s));
    const QString text = comparison->toPlainText();
    QVERIFY2(text.contains(u"Russia") && text.contains(u"Kazakhstan"), qPrintable(text));
    // A language switch writes the comparison once, in the new language.
    QSignalSpy rendered(comparison, &QTextEdit::textChanged);
    m_fixture->session().setLanguage(Language::Indonesian);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(rendered.count(), 1);
    QVERIFY2(comparison->toPlainText().contains(u"Rusia"), qPrintable(comparison->toPlainText()));
    QCOMPARE(compare->currentData().toString(), u"sco"_s);
}

void TestMainWindow::backAndForward()
{
    window()->open(LinkTarget::country(u"RU"_s));
    window()->open(LinkTarget::organization(u"nato"_s));
    window()->open(LinkTarget::country(u"FI"_s));
    QTest::keyClick(window(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(window()->currentTarget(), LinkTarget::organization(u"nato"_s));
    auto *alliance = find<AlliancePane>("alliancePane");
    auto *country = find<CountryPane>("countryPane");
    QVERIFY(alliance->isVisible());
    QCOMPARE(alliance->organizationId(), u"nato"_s);
    QTest::keyClick(window(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(country->countryCode(), u"RU"_s);
    QVERIFY(country->isVisible());
    QTest::keyClick(window(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(window()->currentTarget(), LinkTarget::organization(u"nato"_s));
    // The mouse's back button.
    QTest::mouseClick(find<QTableView>("membersView")->viewport(), Qt::BackButton);
    QCOMPARE(window()->currentTarget(), LinkTarget::country(u"RU"_s));
}

void TestMainWindow::languageSwitch()
{
    window()->open(LinkTarget::country(u"CN"_s));
    const QString fileMenu = window()->menuBar()->actions().constFirst()->text();
    QSignalSpy changed(&m_fixture->session(), &Session::languageChanged);
    auto *languageBox = find<QComboBox>("languageBox");
    languageBox->setCurrentIndex(languageBox->findData(u"id"_s));
    emit languageBox->activated(languageBox->currentIndex());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_fixture->session().language(), Language::Indonesian);
    QVERIFY(find<LinkBrowser>("countryBrowser")->toPlainText().contains(u"Tiongkok"));
    QVERIFY(window()->windowTitle().startsWith(u"Tiongkok"));
    QTRY_VERIFY(window()->menuBar()->actions().constFirst()->text() != fileMenu); // LanguageChange is posted
    // Navigation survives the switch.
    QCOMPARE(window()->currentTarget(), LinkTarget::country(u"CN"_s));
    m_fixture->session().setLanguage(Language::English);
    QCOMPARE(changed.count(), 2);
    QTRY_COMPARE(window()->menuBar()->actions().constFirst()->text(), fileMenu);
}

// Made late, in the language of the moment, with nothing handed to it.
void TestMainWindow::overviewIsMadeWhenFirstOpened()
{
    QVERIFY(!find<OverviewPane>("overviewPane"));
    m_fixture->session().setLanguage(Language::Indonesian);
    find<QAction>("overviewAction")->trigger();
    QCOMPARE(window()->currentTarget(), LinkTarget::overview());
    auto *overview = find<OverviewPane>("overviewPane");
    QVERIFY(overview && overview->isVisible());
    auto *shared = find<LinkBrowser>("sharedBrowser");
    const QString indonesian = shared->toPlainText();
    QVERIFY2(indonesian.contains(u"CSTO") && indonesian.contains(u"Rusia"), qPrintable(indonesian));
    // Content is made again once per switch: on languageChanged, not again on LanguageChange.
    QSignalSpy rendered(shared, &QTextEdit::textChanged);
    m_fixture->session().setLanguage(Language::English);
    const int once = int(rendered.count());
    QVERIFY(once > 0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(rendered.count(), once);
    QVERIFY2(shared->toPlainText().contains(u"CSTO and SCO share 5"), qPrintable(shared->toPlainText()));
    QVERIFY(shared->toPlainText().contains(u"Russia"));
    QCOMPARE(window()->windowTitle(), u"Overview — Sekutu"_s);

    // A slice of the ties chart filters the country list by that kind of tie.
    emit overview->relationTypeActivated(u"treaty_ally"_s);
    QCOMPARE(find<QTabWidget>("sidebar")->currentIndex(), int(Sidebar::CountriesTab));
    QCOMPARE(find<QTreeView>("countryView")->model()->rowCount(), 5);
    QCOMPARE(find<QComboBox>("relationFilter")->currentData().toString(), u"treaty_ally"_s);
}

void TestMainWindow::invalidDataFolderKeepsData()
{
    const auto before = m_fixture->session().sharedDataset();
    const DataErrors errors = m_fixture->sources().loadFolder(u"/nonexistent"_s);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(m_fixture->session().sharedDataset(), before);
    QCOMPARE(m_fixture->sources().origin(), DataSources::Origin::Bundled);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
