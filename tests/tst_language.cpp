// Every view switched to Indonesian and back: the chrome a reader sees (labels, buttons,
// placeholders, tabs, headers, menus, the window title) changes, no English is left behind,
// one languageChanged is emitted per switch, and navigation survives.
#include "i18n/languagemanager.h"
#include "session/datasources.h"
#include "session/session.h"
#include "navigation/navigationhistory.h"
#include "ui/aboutdialog.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
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
    return u"%1(%2)/%3"_s.arg(QString::fromLatin1(object->metaObject()->className()))
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

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyView_data();
    void everyView();
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
