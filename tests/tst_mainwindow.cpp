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
#include "ui/sidebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

// Clicks the first link to href in a text browser, as a reader would.
bool clickLink(QTextBrowser *browser, const QString &href)
{
    QTextDocument *document = browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            const QPoint point = browser->cursorRect(cursor).center();
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
            return true;
        }
    }
    return false;
}

int visibleRows(const QAbstractItemModel *model)
{
    return model->rowCount();
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
    void invalidDataFolderKeepsData();

private:
    std::unique_ptr<DataSources> m_data;
    std::unique_ptr<Session> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_languages = std::make_unique<Session>();
    m_languages->setLanguage(Language::English);
    m_data = std::make_unique<DataSources>(*m_languages);
    QVERIFY(m_data->loadBundled().isEmpty());
    m_window = std::make_unique<MainWindow>(*m_languages, *m_data);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_data.reset();
    m_languages.reset();
}

void TestMainWindow::clickCountryRowOpensCountry()
{
    CountryList *list = m_window->sidebar()->countryList();
    QTreeView *view = list->view();
    const QModelIndex china = list->proxy()->mapFromSource(
        static_cast<CountryModel *>(list->proxy()->sourceModel())->indexOf(u"CN"_s));
    QVERIFY(china.isValid());
    view->scrollTo(china);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(china).center());
    QCOMPARE(m_window->currentTarget(), LinkTarget::country(u"CN"_s));
    QCOMPARE(m_window->countryPane()->countryCode(), u"CN"_s);
    QVERIFY(m_window->countryPane()->isVisible());
    QVERIFY(m_window->countryPane()->browser()->toPlainText().contains(u"Beijing"));
    QVERIFY(m_window->windowTitle().startsWith(u"China"));
}

void TestMainWindow::clickOrganizationLinkOpensOrganization()
{
    m_window->open(LinkTarget::country(u"KZ"_s));
    QVERIFY(clickLink(m_window->countryPane()->browser(), u"sekutu://organization/csto"_s));
    QCOMPARE(m_window->currentTarget(), LinkTarget::organization(u"csto"_s));
    QVERIFY(m_window->alliancePane()->isVisible());
    QVERIFY(m_window->alliancePane()->browser()->toPlainText().contains(u"Collective Security Treaty Organization"));
    // and from the organization's history to a country
    QVERIFY(clickLink(m_window->alliancePane()->browser(), u"sekutu://country/UZ"_s));
    QCOMPARE(m_window->currentTarget(), LinkTarget::country(u"UZ"_s));
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
    CountryList *list = m_window->sidebar()->countryList();
    QCOMPARE(visibleRows(list->proxy()), 195);
    QTest::keyClicks(list->searchField(), typed);
    QVERIFY(visibleRows(list->proxy()) < 5);
    QCOMPARE(list->proxy()->index(0, 0).data(CountryModel::CodeRole).toString(), expected);
    list->searchField()->clear();
    QCOMPARE(visibleRows(list->proxy()), 195);
}

void TestMainWindow::asOfDateChangesMembers()
{
    m_window->open(LinkTarget::organization(u"csto"_s));
    AlliancePane *pane = m_window->alliancePane();
    QTableView *table = pane->membersView();
    auto countries = [table] {
        QStringList codes;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            codes.append(table->model()->index(row, 0).data(Qt::UserRole + 1).toString());
        codes.sort();
        return codes;
    };
    pane->asOfEdit()->setDate(QDate(1995, 1, 1));
    QCOMPARE(countries(), (QStringList{u"AM"_s, u"AZ"_s, u"BY"_s, u"GE"_s, u"KG"_s, u"KZ"_s, u"RU"_s, u"TJ"_s, u"UZ"_s}));
    pane->asOfEdit()->setDate(QDate(2026, 11, 25));
    QVERIFY(countries().contains(u"AM"_s));
    QVERIFY(!countries().contains(u"UZ"_s));
    // Armenia's frozen participation is visible in its row.
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data(Qt::UserRole + 1).toString() == u"AM")
            QVERIFY(index.siblingAtColumn(4).data().toString().contains(u"frozen"));
    }
    QTest::mouseClick(pane->allPhasesBox(), Qt::LeftButton, {}, QPoint(5, pane->allPhasesBox()->height() / 2));
    QVERIFY(pane->allPhasesBox()->isChecked());
    QCOMPARE(countries().count(u"UZ"_s), 2);
}

void TestMainWindow::compareShowsSharedMembers()
{
    m_window->open(LinkTarget::organization(u"csto"_s));
    AlliancePane *pane = m_window->alliancePane();
    pane->asOfEdit()->setDate(QDate(2026, 11, 25));
    QComboBox *compare = pane->compareBox();
    compare->setCurrentIndex(compare->findData(u"nato"_s));
    QVERIFY(pane->comparisonBrowser()->isVisible());
    QVERIFY(pane->comparisonBrowser()->toPlainText().contains(u"In both (0)"));
    compare->setCurrentIndex(compare->findData(u"sco"_s));
    const QString text = pane->comparisonBrowser()->toPlainText();
    QVERIFY2(text.contains(u"Russia") && text.contains(u"Kazakhstan"), qPrintable(text));
}

void TestMainWindow::backAndForward()
{
    m_window->open(LinkTarget::country(u"RU"_s));
    m_window->open(LinkTarget::organization(u"nato"_s));
    m_window->open(LinkTarget::country(u"FI"_s));
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_window->currentTarget(), LinkTarget::organization(u"nato"_s));
    QVERIFY(m_window->alliancePane()->isVisible());
    QCOMPARE(m_window->alliancePane()->organizationId(), u"nato"_s);
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_window->countryPane()->countryCode(), u"RU"_s);
    QVERIFY(m_window->countryPane()->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_window->currentTarget(), LinkTarget::organization(u"nato"_s));
    // The mouse's back button.
    QTest::mouseClick(m_window->alliancePane()->membersView()->viewport(), Qt::BackButton);
    QCOMPARE(m_window->currentTarget(), LinkTarget::country(u"RU"_s));
}

void TestMainWindow::languageSwitch()
{
    m_window->open(LinkTarget::country(u"CN"_s));
    const QString fileMenu = m_window->menuBar()->actions().constFirst()->text();
    QSignalSpy changed(m_languages.get(), &Session::languageChanged);
    m_window->languageBox()->setCurrentIndex(m_window->languageBox()->findData(u"id"_s));
    emit m_window->languageBox()->activated(m_window->languageBox()->currentIndex());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_languages->language(), Language::Indonesian);
    QVERIFY(m_window->countryPane()->browser()->toPlainText().contains(u"Tiongkok"));
    QVERIFY(m_window->windowTitle().startsWith(u"Tiongkok"));
    QTRY_VERIFY(m_window->menuBar()->actions().constFirst()->text() != fileMenu); // LanguageChange is posted
    // Navigation survives the switch.
    QCOMPARE(m_window->currentTarget(), LinkTarget::country(u"CN"_s));
    m_languages->setLanguage(Language::English);
    QCOMPARE(changed.count(), 2);
    QTRY_COMPARE(m_window->menuBar()->actions().constFirst()->text(), fileMenu);
}

void TestMainWindow::invalidDataFolderKeepsData()
{
    const auto before = m_languages->sharedDataset();
    const DataErrors errors = m_data->loadFolder(u"/nonexistent"_s);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(m_languages->sharedDataset(), before);
    QCOMPARE(m_data->origin(), DataSources::Origin::Bundled);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
