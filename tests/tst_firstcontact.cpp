// What a new reader meets first, in both languages and on a small laptop (1024×600): dates typed
// with four-digit years, readable country names, a window that fits, nothing clipped or elided,
// and a keyboard that finds and opens without surprises (issue 13).
#include "models/countrymodel.h"
#include "models/flagicon.h"
#include "models/organizationmodel.h"
#include "session/datasources.h"
#include "session/session.h"
#include "ui/alliancepane.h"
#include "ui/mainwindow.h"
#include "guiactions.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QDateEdit>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTreeView>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

// A screen of 1024×600 less a title bar.
const QSize SmallScreen(1024, 600 - 32);

QString describe(const QWidget *widget)
{
    return u"%1 \"%2\""_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

// The content of the scroll area the widget is in, if any.
QWidget *scrolledContent(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<const QScrollArea *>(w); area && area->widget() && area->widget()->isAncestorOf(widget))
            return area->widget();
    }
    return nullptr;
}

// Widgets a layout squeezed below their text's width, or that their parents cut off.
QStringList clippedWidgets(QWidget *root)
{
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->window() != root)
            continue;
        auto *label = qobject_cast<QLabel *>(w);
        auto *button = qobject_cast<QAbstractButton *>(w);
        if (!(label && !label->wordWrap() && !label->text().isEmpty()) && !(button && !button->text().isEmpty()))
            continue;
        const QString text = label ? label->text() : button->text();
        if (w->width() < w->minimumSizeHint().width())
            problems.append(u"%1 squeezed: %2 < %3 px for \"%4\""_s.arg(describe(w)).arg(w->width()).arg(w->minimumSizeHint().width()).arg(text));
        if (QWidget *content = scrolledContent(w)) {
            // It may scroll into view, but not past the content's edge.
            if (!content->rect().contains(QRect(w->mapTo(content, QPoint(0, 0)), w->size())))
                problems.append(u"%1 outside its scrolled pane: \"%2\""_s.arg(describe(w), text));
            continue;
        }
        const QRect visible = w->visibleRegion().boundingRect();
        if (visible.width() < w->width())
            problems.append(u"%1 cut at %2 of %3 px: \"%4\""_s.arg(describe(w)).arg(visible.width()).arg(w->width()).arg(text));
    }
    return problems;
}

// Header sections and cells of item views whose text does not fit.
QStringList elidedItems(QWidget *root)
{
    QStringList problems;
    const QList<QHeaderView *> headers = root->findChildren<QHeaderView *>();
    for (QHeaderView *header : headers) {
        if (!header->isVisible() || !header->model())
            continue;
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                continue;
            const QString text = header->model()->headerData(i, header->orientation()).toString();
            // The sort indicator's room is only needed by the sorted section.
            const bool roomForIndicator = header->isSortIndicatorShown() && header->sortIndicatorSection() != i;
            const int indicator = roomForIndicator ? header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) : 0;
            const int needed = header->sectionSizeHint(i) - indicator;
            if (header->orientation() == Qt::Horizontal && needed > header->sectionSize(i))
                problems.append(u"header of %1: \"%2\" needs %3 px, has %4"_s.arg(describe(header->parentWidget()), text).arg(needed).arg(header->sectionSize(i)));
        }
    }
    const QList<QAbstractItemView *> views = root->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        if (!view->isVisible() || !view->model() || qobject_cast<QHeaderView *>(view))
            continue;
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QRect rect = view->visualRect(index);
                const QString text = model->data(index).toString();
                if (rect.isEmpty() || text.isEmpty())
                    continue; // a hidden column, or nothing to read
                const QString toolTip = QTextDocumentFragment::fromHtml(model->data(index, Qt::ToolTipRole).toString()).toPlainText();
                if (toolTip.simplified().contains(text.simplified()))
                    continue; // a long note, whole in its tooltip
                if (view->sizeHintForIndex(index).width() > rect.width())
                    problems.append(u"%1: \"%2\" needs %3 px, has %4"_s.arg(describe(view), text).arg(view->sizeHintForIndex(index).width()).arg(rect.width()));
            }
        }
    }
    return problems;
}

} // namespace

class TestFirstContact : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void datesHaveFourDigitYears_data();
    void datesHaveFourDigitYears();
    void typedDateIsTheYearTyped();
    void yearStepperStepsYears();
    void windowFitsSmallScreen_data();
    void windowFitsSmallScreen();
    void nothingElidedOrClipped_data();
    void nothingElidedOrClipped();
    void searchEnterOpensTopMatch();
    void searchDownAndUpMoveThroughMatches();
    void focusDoesNotNavigate();
    void memberRowOpensCountryOnActivation();
    void sidebarFollowsNavigation();
    void unknownTargetSaysSoInThePane_data();
    void flagsHaveBorders_data();
    void flagsHaveBorders();
    void unknownTargetSaysSoInThePane();

private:
    void makeWindow(Language language, QSize size = SmallScreen);
    void switchLanguage(Language language);
    template <typename T>
    T *find(const char *name) const
    {
        return window()->findChild<T *>(QString::fromLatin1(name));
    }

    MainWindow *window() const { return m_fixture->window(); }

    std::unique_ptr<WindowFixture> m_fixture;
};

void TestFirstContact::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFirstContact::init()
{
    m_fixture = std::make_unique<WindowFixture>();
    QVERIFY(m_fixture->loaded());
}

void TestFirstContact::cleanup()
{
    m_fixture.reset();
}

// The language is chosen before the window is made, as at startup.
void TestFirstContact::makeWindow(Language language, QSize size)
{
    m_fixture->session().setLanguage(language);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QVERIFY(m_fixture->showWindow(size));
}

void TestFirstContact::switchLanguage(Language language)
{
    m_fixture->session().setLanguage(language);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

void TestFirstContact::datesHaveFourDigitYears_data()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("id") << Language::Indonesian;
    QTest::newRow("en") << Language::English;
}

// Every date editor, at startup and after a live switch to the other language and back.
void TestFirstContact::datesHaveFourDigitYears()
{
    QFETCH(Language, language);
    makeWindow(language);
    window()->open(LinkTarget::organization(u"csto"_s));
    const Language other = language == Language::English ? Language::Indonesian : Language::English;
    for (const Language shown : {language, other, language}) {
        switchLanguage(shown);
        const QList<QDateTimeEdit *> editors = window()->findChildren<QDateTimeEdit *>();
        QVERIFY(!editors.isEmpty());
        for (QDateTimeEdit *editor : editors) {
            editor->setDate(QDate(1995, 1, 1));
            QVERIFY2(editor->displayFormat().contains(u"yyyy"_s), qPrintable(editor->displayFormat()));
            QVERIFY2(editor->text().contains(u"1995"_s), qPrintable(editor->text()));
        }
    }
}

// Typed as a reader types it: 01/01/1995 is 1 January 1995, in Indonesian too.
void TestFirstContact::typedDateIsTheYearTyped()
{
    makeWindow(Language::Indonesian);
    window()->open(LinkTarget::organization(u"csto"_s));
    auto *asOf = find<QDateEdit>("asOfDate");
    auto *edit = asOf->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->setText(u"01/01/1995"_s);
    asOf->interpretText();
    QCOMPARE(asOf->date(), QDate(1995, 1, 1));
    QCOMPARE(find<AlliancePane>("alliancePane")->asOf(), QDate(1995, 1, 1));
}

// "Which year?": the year stepper moves the date a year at a time, and follows the date.
void TestFirstContact::yearStepperStepsYears()
{
    makeWindow(Language::Indonesian);
    window()->open(LinkTarget::organization(u"csto"_s));
    auto *asOf = find<QDateEdit>("asOfDate");
    auto *year = find<QSpinBox>("asOfYear");
    asOf->setDate(QDate(1995, 1, 1));
    QCOMPARE(year->value(), 1995);
    year->setFocus();
    QTest::keyClick(year, Qt::Key_Up);
    QCOMPARE(asOf->date(), QDate(1996, 1, 1));
    QCOMPARE(find<AlliancePane>("alliancePane")->asOf(), QDate(1996, 1, 1));
    asOf->setDate(QDate(2000, 2, 29));
    QTest::keyClick(year, Qt::Key_Up);
    QCOMPARE(asOf->date(), QDate(2001, 2, 28)); // no 29 February in 2001
}

void TestFirstContact::windowFitsSmallScreen_data()
{
    datesHaveFourDigitYears_data();
}

// Every pane and tab opened once: none may grow the window beyond the small screen.
void TestFirstContact::windowFitsSmallScreen()
{
    QFETCH(Language, language);
    makeWindow(language);
    window()->open(LinkTarget::overview());
    window()->open(LinkTarget::country(u"ID"_s));
    window()->open(LinkTarget::organization(u"csto"_s));
    auto *tabs = find<QTabWidget>("allianceTabs");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
    }
    window()->open(LinkTarget::article(m_fixture->session().dataset().articles.constFirst().id));
    QCoreApplication::processEvents();
    // The map with the most controls: two organizations compared.
    window()->open(LinkTarget::parse(u"map?mode=overlap/csto,sco"_s));
    QCoreApplication::processEvents();
    const QSize minimum = window()->minimumSizeHint().expandedTo(window()->minimumSize());
    QVERIFY2(minimum.width() <= SmallScreen.width() && minimum.height() <= SmallScreen.height(),
             qPrintable(u"%1×%2"_s.arg(minimum.width()).arg(minimum.height())));
    QVERIFY2(window()->height() <= SmallScreen.height(), qPrintable(QString::number(window()->height())));
}

void TestFirstContact::nothingElidedOrClipped_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QSize>("size");
    for (const QSize size : {SmallScreen, QSize(1366, 768 - 32)}) {
        for (const auto &[language, code] : {std::pair{Language::Indonesian, "id"}, std::pair{Language::English, "en"}}) {
            for (const char *target : {"country/ID", "organization/csto", "overview"}) {
                QTest::addRow("%s-%s-%dx%d", code, target, size.width(), size.height())
                    << language << QString::fromLatin1(target) << size;
            }
        }
    }
}

void TestFirstContact::nothingElidedOrClipped()
{
    QFETCH(Language, language);
    QFETCH(QString, target);
    QFETCH(QSize, size);
    makeWindow(language, size);
    window()->open(LinkTarget::parse(target));
    QCoreApplication::processEvents();
    QStringList problems = clippedWidgets(window()) + elidedItems(window());
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

// Ctrl+K, "suriah", Enter: Syria.
void TestFirstContact::searchEnterOpensTopMatch()
{
    makeWindow(Language::Indonesian);
    window()->open(LinkTarget::country(u"ID"_s));
    QTest::keyClick(window(), Qt::Key_K, Qt::ControlModifier);
    auto *search = find<QLineEdit>("countrySearch");
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"suriah"_s);
    QCOMPARE(window()->currentTarget(), LinkTarget::country(u"ID"_s)); // typing alone opens nothing
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(window()->currentTarget(), LinkTarget::country(u"SY"_s));
    QVERIFY(search->hasFocus());
    // Once more after going elsewhere: Enter opens the match even when it is selected already.
    window()->open(LinkTarget::organization(u"csto"_s));
    QTest::keyClick(search, Qt::Key_Enter);
    QCOMPARE(window()->currentTarget(), LinkTarget::country(u"SY"_s));
}

void TestFirstContact::searchDownAndUpMoveThroughMatches()
{
    makeWindow(Language::English);
    window()->open(LinkTarget::overview());
    auto *search = find<QLineEdit>("countrySearch");
    find<QAction>("findCountryAction")->trigger();
    QTest::keyClicks(search, u"guinea"_s); // Equatorial Guinea, Guinea, Guinea-Bissau, Papua New Guinea
    const QAbstractItemModel *list = find<QTreeView>("countryView")->model();
    QVERIFY(list->rowCount() >= 3);
    auto codeAt = [list](int row) { return list->index(row, 0).data(CountryModel::CodeRole).toString(); };
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(window()->currentTarget(), LinkTarget::country(codeAt(0)));
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(window()->currentTarget(), LinkTarget::country(codeAt(1)));
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(search, Qt::Key_Up);
    QCOMPARE(window()->currentTarget(), LinkTarget::country(codeAt(1)));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(window()->currentTarget(), LinkTarget::country(codeAt(1)));
    QVERIFY(search->hasFocus());
    // Typing again starts from the top match.
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(window()->currentTarget(), LinkTarget::country(list->index(0, 0).data(CountryModel::CodeRole).toString()));
}

// Tab into a list gives it a current row; that alone opens nothing. Arrow keys then do.
void TestFirstContact::focusDoesNotNavigate()
{
    makeWindow(Language::English);
    window()->open(LinkTarget::overview());
    auto *countries = find<QTreeView>("countryView");
    QVERIFY(!countries->selectionModel()->hasSelection());
    countries->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(countries->hasFocus());
    QCOMPARE(window()->currentTarget(), LinkTarget::overview());
    QTest::keyClick(countries, Qt::Key_Down);
    QVERIFY(window()->currentTarget().kind == LinkTarget::Kind::Country);

    window()->open(LinkTarget::overview());
    auto *sidebar = find<QTabWidget>("sidebar");
    sidebar->setCurrentIndex(1);
    auto *organizations = find<QTreeView>("organizationView");
    organizations->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(organizations->hasFocus());
    QCOMPARE(window()->currentTarget(), LinkTarget::overview());
}

// Enter on a member's row, and a double click, open the member country.
void TestFirstContact::memberRowOpensCountryOnActivation()
{
    makeWindow(Language::English);
    window()->open(LinkTarget::organization(u"csto"_s));
    auto *members = find<QTableView>("membersView");
    const QModelIndex first = members->model()->index(0, 1);
    const QString code = first.data(Qt::UserRole + 1).toString();
    QVERIFY(!code.isEmpty());
    const QPoint at = members->visualRect(first).center();
    // As a platform delivers a double click: press, release, then press and double click.
    QTest::mouseClick(members->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(window()->currentTarget(), LinkTarget::organization(u"csto"_s)); // a click only selects
    QTest::mousePress(members->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(members->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(window()->currentTarget(), LinkTarget::country(code));
    QTest::keyClick(window(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(window()->currentTarget(), LinkTarget::organization(u"csto"_s));
    const QModelIndex second = members->model()->index(1, 0);
    members->setFocus();
    members->setCurrentIndex(second);
    QTest::keyClick(members, Qt::Key_Return);
    QCOMPARE(window()->currentTarget(), LinkTarget::country(second.data(Qt::UserRole + 1).toString()));
}

// Opening CSTO from a link selects it in the sidebar, names and all; Back restores the selection.
void TestFirstContact::sidebarFollowsNavigation()
{
    makeWindow(Language::English);
    window()->open(LinkTarget::country(u"KZ"_s));
    auto *sidebar = find<QTabWidget>("sidebar");
    auto *organizations = find<QTreeView>("organizationView");
    auto selectedOrganization = [organizations] {
        const QModelIndexList rows = organizations->selectionModel()->selectedRows();
        return rows.isEmpty() ? QString() : rows.constFirst().data(OrganizationModel::IdRole).toString();
    };
    QVERIFY(clickLink(find<QTextBrowser>("countryBrowser"), u"sekutu://organization/csto"_s));
    QCOMPARE(sidebar->currentWidget(), organizations);
    QCOMPARE(selectedOrganization(), u"csto"_s);
    // The name is shown beside the abbreviation.
    const QModelIndex csto = organizations->selectionModel()->selectedRows().constFirst();
    QVERIFY(!organizations->isColumnHidden(OrganizationModel::NameColumn));
    QCOMPARE(csto.siblingAtColumn(OrganizationModel::NameColumn).data().toString(), u"Collective Security Treaty Organization"_s);
    window()->open(LinkTarget::organization(u"nato"_s));
    QCOMPARE(selectedOrganization(), u"nato"_s);
    QTest::keyClick(window(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(selectedOrganization(), u"csto"_s);
    QTest::keyClick(window(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(sidebar->currentIndex(), 0);
    QCOMPARE(window()->currentTarget(), LinkTarget::country(u"KZ"_s));
}

void TestFirstContact::unknownTargetSaysSoInThePane_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("named");
    QTest::newRow("country") << u"country/XX"_s << u"XX"_s;
    QTest::newRow("organization") << u"organization/warsaw-pact"_s << u"warsaw-pact"_s;
    QTest::newRow("article") << u"article/no-such-article"_s << u"no-such-article"_s;
}

// A mistyped --open or an old link: the pane says what is missing and offers a way back.
void TestFirstContact::unknownTargetSaysSoInThePane()
{
    QFETCH(QString, target);
    QFETCH(QString, named);
    makeWindow(Language::English);
    window()->open(LinkTarget::parse(target));
    auto *browser = find<QTextBrowser>("notFoundBrowser");
    QVERIFY(browser);
    QVERIFY(browser->isVisible());
    QVERIFY2(browser->toPlainText().contains(named), qPrintable(browser->toPlainText()));
    switchLanguage(Language::Indonesian);
    QVERIFY2(browser->toPlainText().contains(u"Tidak ditemukan"_s), qPrintable(browser->toPlainText()));
    QVERIFY(clickLink(browser, u"sekutu://overview"_s));
    QCOMPARE(window()->currentTarget(), LinkTarget::overview());
    QVERIFY(!browser->isVisible());
}

void TestFirstContact::flagsHaveBorders_data()
{
    QTest::addColumn<int>("width");
    for (const int width : {16, 32, 96})
        QTest::addRow("%d", width) << width;
}

// Indonesia's flag is red over white: on a white list or pane the white half must still show
// an edge, not leave a lone red bar.
void TestFirstContact::flagsHaveBorders()
{
    QFETCH(int, width);
    // The lists' flags (16 and 32 pixels wide) as the country list gets them; the pane's heading
    // (96) from its file.
    const QImage flag = width == 96 ? QImage(u":/flags/96/id.png"_s)
                                    : FlagIcon::make(u"ID"_s).pixmap(QSize(width, width * 3 / 4), 1.0).toImage();
    QVERIFY(!flag.isNull());
    QCOMPARE(flag.width(), width);
    const int bottom = flag.height() - 1;
    const int right = flag.width() - 1;
    for (const QPoint edge : {QPoint(right / 2, bottom), QPoint(0, bottom * 3 / 4), QPoint(right, bottom * 3 / 4)}) {
        const QColor colour = flag.pixelColor(edge);
        QVERIFY2(colour.alpha() == 255 && colour.lightness() < 230,
                 qPrintable(u"(%1, %2) is %3"_s.arg(edge.x()).arg(edge.y()).arg(colour.name(QColor::HexArgb))));
    }
    QVERIFY(flag.pixelColor(right / 2, bottom * 3 / 4).lightness() > 240); // and the white stays white
}

QTEST_MAIN(TestFirstContact)
#include "tst_firstcontact.moc"
