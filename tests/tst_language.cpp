// Every view switched to Indonesian and back: the chrome a reader sees (labels, buttons,
// placeholders, tabs, headers, menus, the window title) changes, no English is left behind,
// one languageChanged is emitted per switch, and navigation survives.
#include "i18n/languagemanager.h"
#include "session/datasources.h"
#include "session/session.h"
#include "navigation/navigationhistory.h"
#include "tscatalogue.h"
#include "ui/aboutdialog.h"
#include "ui/alliancepane.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QTextBrowser>
#include <QAction>
#include <QAbstractItemView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Texts = QMap<QString, QString>; // where → text

// Written the same in both languages: language names, the bilingual Language menu,
// abbreviations and proper names, and words Indonesian shares with English ("Status").
bool sameInBothLanguages(const QString &text)
{
    static const QStringList names{u"English"_s, u"Bahasa Indonesia"_s, u"&Language / Bahasa"_s, u"Sekutu"_s,
                                   u"About &Qt"_s, u"Status"_s};
    static const QRegularExpression noWords(u"^[^\\p{L}]*$"_s);
    static const QRegularExpression abbreviation(u"^[A-Z0-9–\\- ]+( — Sekutu)?$"_s);
    return names.contains(text) || noWords.match(text).hasMatch() || abbreviation.match(text).hasMatch();
}

QString key(const QObject *object, const QString &what)
{
    return u"%1(%2 %3)/%4"_s.arg(QString::fromLatin1(object->metaObject()->className()), object->objectName())
        .arg(quintptr(object), 0, 16)
        .arg(what);
}

Texts visibleTexts(QWidget *root)
{
    Texts texts;
    texts.insert(u"title"_s, root->windowTitle());
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty())
            texts.insert(key(w, u"text"_s), label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w); button && !button->text().isEmpty())
            texts.insert(key(w, u"text"_s), button->text());
        if (auto *edit = qobject_cast<QLineEdit *>(w); edit && !edit->placeholderText().isEmpty())
            texts.insert(key(w, u"placeholder"_s), edit->placeholderText());
        if (auto *box = qobject_cast<QComboBox *>(w); box && box->count() > 0)
            texts.insert(key(w, u"item0"_s), box->itemText(0));
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.insert(key(w, u"tab%1"_s.arg(i)), tabs->tabText(i));
        }
        if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model()) {
            for (int i = 0; i < header->count(); ++i) {
                if (!header->isSectionHidden(i))
                    texts.insert(key(w, u"section%1"_s.arg(i)), header->model()->headerData(i, header->orientation()).toString());
            }
        }
        if (!w->accessibleName().isEmpty())
            texts.insert(key(w, u"accessibleName"_s), w->accessibleName());
    }
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        for (QAction *menu : window->menuBar()->actions()) {
            texts.insert(key(menu, u"menu"_s), menu->text());
            for (QAction *action : menu->menu()->actions()) {
                if (!action->isSeparator())
                    texts.insert(key(action, u"action"_s), action->text());
            }
        }
    }
    return texts;
}

// Everything written in the window, visible or on a page not shown: every combo item, the
// panes' text, and what the charts draw (titles, axes, legends, bar and slice labels).
Texts allTexts(QWidget *root)
{
    Texts texts = visibleTexts(root);
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (auto *box = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < box->count(); ++i)
                texts.insert(key(w, u"item%1"_s.arg(i)), box->itemText(i));
        }
        // The article's columns are in their own languages whatever the interface's.
        const bool article = w->objectName() == u"indonesianText" || w->objectName() == u"englishText";
        // A hidden pane is written when next shown (LinkBrowser): only those in view are read.
        if (auto *browser = qobject_cast<QTextBrowser *>(w);
            browser && !article && browser->isVisibleTo(root) && !browser->toPlainText().isEmpty())
            texts.insert(key(w, u"plainText"_s), browser->toPlainText());
        if (auto *view = qobject_cast<QChartView *>(w)) {
            for (QLegendMarker *marker : view->chart()->legend()->markers())
                texts.insert(key(marker, u"legend"_s), marker->label());
            for (QGraphicsItem *item : view->scene()->items()) {
                QString text;
                if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
                    text = rich->toPlainText();
                else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                    text = simple->text();
                if (!text.isEmpty() && item->isVisible())
                    texts.insert(key(view, u"scene-%1"_s.arg(quintptr(item), 0, 16)), text);
            }
        }
    }
    return texts;
}

// A number written the other language's way: "7.2" among Indonesian text, "9,1" among English.
QStringList numbersOfOtherLanguage(const Texts &texts, Language language)
{
    static const QRegularExpression englishDecimal(u"(?<![\\d.,])\\d+\\.\\d{1,2}(?![\\d])"_s);
    static const QRegularExpression indonesianDecimal(u"(?<![\\d.,])\\d+,\\d{1,2}(?![\\d])"_s);
    const QRegularExpression &other = language == Language::Indonesian ? englishDecimal : indonesianDecimal;
    QStringList found;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (it.key().contains(u"plainText"))
            continue; // the data's prose may quote "Article 5.1"
        if (const auto match = other.match(it.value()); match.hasMatch())
            found.append(u"%1: \"%2\""_s.arg(it.key(), it.value()));
    }
    return found;
}

// Combo boxes as wide as their text: a live switch to longer words must not clip them.
QStringList clippedCombos(QWidget *root)
{
    QStringList clipped;
    for (QComboBox *box : root->findChildren<QComboBox *>()) {
        if (!box->isVisibleTo(root) || box->currentText().isEmpty())
            continue;
        // The text, the frame and the arrow.
        const int needed = box->fontMetrics().horizontalAdvance(box->currentText()) + 24;
        if (box->width() < needed)
            clipped.append(u"%1 (\"%2\"): %3 px wide, needs %4"_s.arg(box->objectName(), box->currentText())
                               .arg(box->width()).arg(needed));
    }
    return clipped;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyView_data();
    void everyView();
    void everyPaneAndChart_data();
    void everyPaneAndChart();
    void aboutDialog();
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLanguage::everyView_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("country") << u"country/CN"_s;
    QTest::newRow("organization") << u"organization/csto"_s;
    QTest::newRow("article") << u"article/serambinews-rusia-tak-sendirian"_s;
}

void TestLanguage::everyView()
{
    QFETCH(QString, target);
    Session languages;
    languages.setLanguage(Language::English);
    DataSources sources(languages);
    QVERIFY(sources.loadBundled().isEmpty());
    MainWindow window(languages, sources);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.open(LinkTarget::parse(u"country/RU"_s));
    window.open(LinkTarget::parse(target));
    QCoreApplication::processEvents();
    const Texts english = visibleTexts(&window);
    QVERIFY(english.size() > 20);

    QSignalSpy changed(&languages, &Session::languageChanged);
    languages.setLanguage(Language::Indonesian);
    QCOMPARE(changed.count(), 1);
    QCoreApplication::processEvents(); // LanguageChange events are posted to the widgets
    const Texts indonesian = visibleTexts(&window);

    QStringList leftovers;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (!indonesian.contains(it.key()) || sameInBothLanguages(it.value()))
            continue;
        if (indonesian.value(it.key()) == it.value())
            leftovers.append(u"%1: \"%2\""_s.arg(it.key(), it.value()));
    }
    QVERIFY2(leftovers.isEmpty(), qPrintable(u"still in English:\n"_s + leftovers.join(u'\n')));
    QCOMPARE(window.currentTarget(), LinkTarget::parse(target));
    QVERIFY(window.findChild<QAction *>(u"backAction"_s)->isEnabled());

    languages.setLanguage(Language::English);
    QCOMPARE(changed.count(), 2);
    QCoreApplication::processEvents();
    const Texts again = visibleTexts(&window);
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (again.contains(it.key()))
            QCOMPARE(again.value(it.key()), it.value());
    }
}

void TestLanguage::everyPaneAndChart_data()
{
    QTest::addColumn<Language>("from");
    QTest::addColumn<Language>("to");
    QTest::newRow("to-indonesian") << Language::English << Language::Indonesian;
    QTest::newRow("to-english") << Language::Indonesian << Language::English;
}

// Every pane and chart opened, then one live switch: what was written in the old language
// is written again in the new one, numbers included.
void TestLanguage::everyPaneAndChart()
{
    QFETCH(Language, from);
    QFETCH(Language, to);
    Session languages;
    languages.setLanguage(from);
    DataSources sources(languages);
    QVERIFY(sources.loadBundled().isEmpty());
    MainWindow window(languages, sources);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.open(LinkTarget::overview());
    window.open(LinkTarget::parse(u"article/serambinews-rusia-tak-sendirian"_s));
    window.open(LinkTarget::country(u"CN"_s));
    window.open(LinkTarget::organization(u"csto"_s));
    auto *tabs = window.findChild<QTabWidget *>(u"allianceTabs"_s);
    for (int tab : {AlliancePane::OverTimeTab, AlliancePane::ComparedTab, AlliancePane::MembersTab})
        tabs->setCurrentIndex(tab);
    auto *compare = window.findChild<QComboBox *>(u"compareBox"_s);
    compare->setCurrentIndex(compare->findData(u"sco"_s));
    QCoreApplication::processEvents();
    const Texts before = allTexts(&window);
    QVERIFY(before.size() > 100);
    QVERIFY2(numbersOfOtherLanguage(before, from).isEmpty(), qPrintable(numbersOfOtherLanguage(before, from).join(u'\n')));

    languages.setLanguage(to);
    QCoreApplication::processEvents();
    // Every chart drawn again, as a reader would see it after the switch.
    for (QChartView *view : window.findChildren<QChartView *>())
        view->grab();
    const Texts after = allTexts(&window);
    QStringList leftovers;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (after.contains(it.key()) && after.value(it.key()) == it.value() && !sameInBothLanguages(it.value()))
            leftovers.append(u"%1: \"%2\""_s.arg(it.key(), TsMessage::shortened(it.value())));
    }
    // Country names written alike in both languages are no leftovers ("+ Belarus").
    leftovers.removeIf([](QString line) {
        static const QStringList alike{u"Kazakhstan"_s, u"Belarus"_s, u"Tajikistan"_s, u"Armenia"_s, u"Uzbekistan"_s,
                                       u"India"_s, u"Pakistan"_s, u"Iran"_s, u"Azerbaijan"_s, u"Georgia"_s};
        line = line.section(u": \""_s, 1);
        for (const QString &name : alike)
            line.remove(name);
        return !line.contains(QRegularExpression(u"\\p{L}"_s));
    });
    QVERIFY2(leftovers.isEmpty(), qPrintable(u"left in the old language:\n"_s + leftovers.join(u'\n')));
    const QStringList numbers = numbersOfOtherLanguage(after, to);
    QVERIFY2(numbers.isEmpty(), qPrintable(u"numbers in the old format:\n"_s + numbers.join(u'\n')));
    const QStringList clipped = clippedCombos(&window);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
}

void TestLanguage::aboutDialog()
{
    Session languages;
    languages.setLanguage(Language::English);
    AboutDialog dialog;
    dialog.show();
    const Texts english = visibleTexts(&dialog);
    languages.setLanguage(Language::Indonesian);
    QCoreApplication::processEvents();
    const Texts indonesian = visibleTexts(&dialog);
    QVERIFY(dialog.windowTitle() != english.value(u"title"_s));
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (!sameInBothLanguages(it.value()) && indonesian.contains(it.key()) && !it.key().contains(u"QPushButton"))
            QVERIFY2(indonesian.value(it.key()) != it.value(), qPrintable(it.key()));
    }
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
