// Pane and article HTML is styled one way: the HTML names classes, never colours, and the
// views' one style sheet (content/panestyle), made from the palette, colours it.
#include "content/articlehtml.h"
#include "content/panehtml.h"
#include "content/panestyle.h"
#include "sessionfixture.h"
#include "ui/linkbrowser.h"

#include <QPalette>
#include <QTest>
#include <QTextFrame>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace {

// The background of the first table whose cells hold the text.
QColor tableBackground(QTextDocument *document, const QString &text)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!block.text().contains(text))
            continue;
        QTextCursor cursor(block);
        if (QTextTable *table = cursor.currentTable())
            return table->format().background().color();
    }
    return {};
}

} // namespace

class TestPaneStyle : public QObject
{
    Q_OBJECT

private slots:
    void htmlNamesNoColours_data();
    void htmlNamesNoColours();
    void styleSheetFollowsThePalette();
};

void TestPaneStyle::htmlNamesNoColours_data()
{
    QTest::addColumn<QString>("html");
    const std::shared_ptr<const Dataset> data = SessionFixture::bundledData();
    for (const Language language : {Language::English, Language::Indonesian}) {
        const QString code = languageCode(language);
        QTest::addRow("country-%s", qPrintable(code)) << PaneHtml::country(*data, u"AM"_s, language);
        QTest::addRow("organization-%s", qPrintable(code)) << PaneHtml::organization(*data, u"csto"_s, language);
        QTest::addRow("comparison-%s", qPrintable(code))
            << PaneHtml::comparison(*data, u"csto"_s, u"sco"_s, QDate(2026, 1, 1), language);
        QTest::addRow("article-%s", qPrintable(code))
            << ArticleHtml::document(*data, data->articles.constFirst(), language, language);
    }
}

void TestPaneStyle::htmlNamesNoColours()
{
    QFETCH(QString, html);
    QVERIFY(!html.isEmpty());
    for (const QString &word : {u"color"_s, u"bgcolor"_s, u"style="_s, u"<style"_s, u"#"_s + u"fff"_s})
        QVERIFY2(!html.contains(word, Qt::CaseInsensitive), qPrintable(word));
}

void TestPaneStyle::styleSheetFollowsThePalette()
{
    const std::shared_ptr<const Dataset> data = SessionFixture::bundledData();
    const Article &article = data->articles.constFirst();
    QVERIFY(!article.paragraphs.isEmpty());
    QString noteText;
    for (const Paragraph &p : article.paragraphs) {
        if (!p.notes.isEmpty() && noteText.isEmpty())
            noteText = p.notes.constFirst().text.en.left(30);
    }
    QVERIFY(!noteText.isEmpty());

    QColor light;
    for (const bool dark : {false, true}) {
        LinkBrowser browser;
        QPalette palette = browser.palette();
        palette.setColor(QPalette::Base, dark ? QColor(0x18, 0x18, 0x18) : QColor(Qt::white));
        palette.setColor(QPalette::Text, dark ? QColor(0xee, 0xee, 0xee) : QColor(Qt::black));
        browser.setPalette(palette);
        QCOMPARE(browser.document()->defaultStyleSheet(), Html::styleSheet(palette));
        browser.setHtmlKeepingScroll(ArticleHtml::document(*data, article, Language::English, Language::English), false);
        // The fact notes sit in tinted boxes, darker on the dark palette.
        const QColor box = tableBackground(browser.document(), noteText);
        QVERIFY2(box.isValid() && box != QColor(Qt::black), qPrintable(box.name()));
        if (dark)
            QVERIFY2(box.lightness() < light.lightness(), qPrintable(box.name() + u" / "_s + light.name()));
        else
            light = box;
    }
}

QTEST_MAIN(TestPaneStyle)
#include "tst_panestyle.moc"
