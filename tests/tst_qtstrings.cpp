// Qt's own strings (context menus, dialog buttons, key names) follow the interface language:
// LanguageManager installs translations/qtbase_id.ts (embedded as :/i18n/qtbase_id.qm when the
// system has no qtbase_id.qm, which Debian and Qt never ship), and switching back to English
// removes it. The catalogue itself is checked for completeness and for source texts that are
// really Qt's.
#include "i18n/languagemanager.h"
#include "tscatalogue.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileSystemModel>
#include <QKeySequence>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString CataloguePath = QStringLiteral(SEKUTU_SOURCE_DIR) + u"/translations/qtbase_id.ts"_s;

// An action's label as the user reads it: without the shortcut column and the "&".
QString plain(const QString &text)
{
    QString label = text.section(u'\t', 0, 0);
    label.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u"\x01"_s, u"&"_s);
    return label;
}

QStringList menuTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts.append(plain(action->text()));
    }
    return texts;
}

// The accelerator letters of a menu, lower-cased; a clash shows up as a duplicate.
QStringList menuAccelerators(const QMenu *menu)
{
    QStringList keys;
    for (const QAction *action : menu->actions()) {
        const QString text = action->text().section(u'\t', 0, 0);
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == u'&' && text.at(i + 1) != u'&') {
                keys.append(text.at(i + 1).toLower());
                break;
            }
            if (text.at(i) == u'&')
                ++i;
        }
    }
    return keys;
}

QString summary(const QStringList &items)
{
    return u"\n  "_s + items.mid(0, 15).join(u"\n  "_s)
           + (items.size() > 15 ? u"\n  … and %1 more"_s.arg(items.size() - 15) : QString());
}

} // namespace

class TestQtStrings : public QObject
{
    Q_OBJECT

private slots:
    void catalogueComplete();
    void sourcesAreQtStrings();
    void indonesianLineEditMenu();
    void indonesianTextBrowserMenu();
    void indonesianButtons();
    void indonesianMessageBoxDetails();
    void indonesianFileSystemHeaders();
    void indonesianKeyNames();
    void backToEnglish();

private:
    LanguageManager m_languages;
};

void TestQtStrings::catalogueComplete()
{
    TsCatalogue catalogue;
    QString error;
    QVERIFY2(readTsCatalogue(CataloguePath, &catalogue, &error), qPrintable(error));
    QCOMPARE(catalogue.language, u"id_ID"_s);
    const QList<TsMessage> &messages = catalogue.messages;
    QStringList problems;
    QSet<QString> seen;
    for (const TsMessage &m : messages) {
        const QString key = m.context + u'\x1f' + m.source + u'\x1f' + m.comment;
        if (seen.contains(key))
            problems.append(m.label() + u" appears twice"_s);
        seen.insert(key);
        if (m.numerus)
            problems.append(m.label() + u" is a plural message (none of Qt's chosen strings is)"_s);
        if (!m.hasTranslation || m.translation().trimmed().isEmpty())
            problems.append(m.label() + u" has no translation"_s);
        else if (!m.type.isEmpty())
            problems.append(m.label() + u" is %1"_s.arg(m.type));
        if (placeholders(m.source) != placeholders(m.translation()))
            problems.append(m.label() + u" changes the placeholders (%1 → %2)"_s.arg(
                                placeholders(m.source).join(u' '), placeholders(m.translation()).join(u' ')));
        if (acceleratorCount(m.source) != acceleratorCount(m.translation()))
            problems.append(m.label() + u" has %1 accelerators, the source %2"_s.arg(
                                QString::number(acceleratorCount(m.translation())),
                                QString::number(acceleratorCount(m.source))));
        if (m.source.count(u'\n') != m.translation().count(u'\n'))
            problems.append(m.label() + u" changes the line breaks"_s);
        if (htmlTags(m.source) != htmlTags(m.translation()))
            problems.append(m.label() + u" changes the HTML markup"_s);
        if (m.source.endsWith(u' ') != m.translation().endsWith(u' '))
            problems.append(m.label() + u" changes the trailing space"_s);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"qtbase_id.ts:"_s + summary(problems)));
}

// A typo in a source text would make its translation silently unused: every message must be
// one that Qt 6.4 translates, i.e. one the German catalogue (which Debian ships) knows.
void TestQtStrings::sourcesAreQtStrings()
{
    QTranslator german;
    if (!german.load(u"qtbase_de"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QSKIP("qtbase_de.qm is not installed (qt6-translations-l10n); cannot check the source texts");
    TsCatalogue catalogue;
    QString error;
    QVERIFY2(readTsCatalogue(CataloguePath, &catalogue, &error), qPrintable(error));
    const QList<TsMessage> &messages = catalogue.messages;
    QStringList unknown;
    for (const TsMessage &m : messages) {
        const QByteArray comment = m.comment.toUtf8();
        if (german.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                             m.comment.isEmpty() ? nullptr : comment.constData())
                .isEmpty())
            unknown.append(m.label());
    }
    QVERIFY2(unknown.isEmpty(), qPrintable(u"not Qt 6.4 source texts:"_s + summary(unknown)));
}

void TestQtStrings::indonesianLineEditMenu()
{
    m_languages.setLanguage(Language::Indonesian);
    QLineEdit edit(u"teks"_s);
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    const QStringList texts = menuTexts(menu.get());
    for (const QString &expected : {u"Urungkan"_s, u"Ulangi"_s, u"Potong"_s, u"Salin"_s, u"Tempel"_s,
                                    u"Hapus"_s, u"Pilih Semua"_s})
        QVERIFY2(texts.contains(expected), qPrintable(u"\"%1\" is not in %2"_s.arg(expected, texts.join(u", "_s))));
    const QStringList keys = menuAccelerators(menu.get());
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
}

void TestQtStrings::indonesianTextBrowserMenu()
{
    m_languages.setLanguage(Language::Indonesian);
    QTextBrowser browser;
    browser.setHtml(u"<p>Teks <a href=\"https://example.org/\">tautan</a></p>"_s);
    std::unique_ptr<QMenu> menu(browser.createStandardContextMenu());
    const QStringList texts = menuTexts(menu.get());
    for (const QString &expected : {u"Salin"_s, u"Salin Lokasi Tautan"_s, u"Pilih Semua"_s})
        QVERIFY2(texts.contains(expected), qPrintable(u"\"%1\" is not in %2"_s.arg(expected, texts.join(u", "_s))));
    QVERIFY2(!texts.contains(u"Copy"_s) && !texts.contains(u"Select All"_s), qPrintable(texts.join(u", "_s)));
}

void TestQtStrings::indonesianButtons()
{
    m_languages.setLanguage(Language::Indonesian);
    const QDialogButtonBox close(QDialogButtonBox::Close);
    QCOMPARE(close.button(QDialogButtonBox::Close)->text(), u"Tutup"_s);
    const QDialogButtonBox okCancel(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply);
    QCOMPARE(okCancel.button(QDialogButtonBox::Ok)->text(), u"OK"_s);
    QCOMPARE(okCancel.button(QDialogButtonBox::Cancel)->text(), u"Batal"_s);
    QCOMPARE(okCancel.button(QDialogButtonBox::Apply)->text(), u"Terapkan"_s);
}

void TestQtStrings::indonesianMessageBoxDetails()
{
    m_languages.setLanguage(Language::Indonesian);
    QMessageBox box(QMessageBox::Warning, u"Judul"_s, u"Teks"_s, QMessageBox::Close);
    box.setDetailedText(u"Rincian"_s);
    QStringList texts;
    for (const QAbstractButton *button : box.findChildren<QAbstractButton *>())
        texts.append(button->text());
    QVERIFY2(texts.contains(u"Tampilkan Rincian…"_s), qPrintable(texts.join(u", "_s)));
    QVERIFY2(texts.contains(u"Tutup"_s), qPrintable(texts.join(u", "_s)));
}

void TestQtStrings::indonesianFileSystemHeaders()
{
    m_languages.setLanguage(Language::Indonesian);
    const QFileSystemModel model;
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{u"Nama"_s, u"Ukuran"_s, u"Jenis"_s, u"Tanggal Diubah"_s}));
}

void TestQtStrings::indonesianKeyNames()
{
    m_languages.setLanguage(Language::Indonesian);
    QCOMPARE(QKeySequence(Qt::ALT | Qt::Key_Left).toString(QKeySequence::NativeText), u"Alt+Kiri"_s);
    QCOMPARE(QKeySequence(Qt::ALT | Qt::Key_Right).toString(QKeySequence::NativeText), u"Alt+Kanan"_s);
    QCOMPARE(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L).toString(QKeySequence::NativeText), u"Ctrl+Shift+L"_s);
    QCOMPARE(QKeySequence(Qt::SHIFT | Qt::Key_F3).toString(QKeySequence::NativeText), u"Shift+F3"_s);
    QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_Space).toString(QKeySequence::NativeText), u"Ctrl+Spasi"_s);
    QCOMPARE(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText), u"Esc"_s);
    // The portable form, which settings and QKeySequence(QString) use, stays English.
    QCOMPARE(QKeySequence(Qt::ALT | Qt::Key_Left).toString(QKeySequence::PortableText), u"Alt+Left"_s);
}

void TestQtStrings::backToEnglish()
{
    m_languages.setLanguage(Language::Indonesian);
    m_languages.setLanguage(Language::English);

    QLineEdit edit(u"text"_s);
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    const QStringList lineEditTexts = menuTexts(menu.get());
    QVERIFY2(lineEditTexts.contains(u"Copy"_s) && lineEditTexts.contains(u"Paste"_s),
             qPrintable(lineEditTexts.join(u", "_s)));

    QTextBrowser browser;
    browser.setPlainText(u"text"_s);
    std::unique_ptr<QMenu> browserMenu(browser.createStandardContextMenu());
    const QStringList browserTexts = menuTexts(browserMenu.get());
    QVERIFY2(browserTexts.contains(u"Copy"_s) && browserTexts.contains(u"Select All"_s),
             qPrintable(browserTexts.join(u", "_s)));

    const QDialogButtonBox close(QDialogButtonBox::Close);
    QCOMPARE(close.button(QDialogButtonBox::Close)->text(), u"Close"_s);
    QCOMPARE(QKeySequence(Qt::ALT | Qt::Key_Left).toString(QKeySequence::NativeText), u"Alt+Left"_s);
}

QTEST_MAIN(TestQtStrings)
#include "tst_qtstrings.moc"
