// Pane and article HTML is styled one way: the HTML names classes, never colours, and the
// views' one style sheet (content/panestyle), made from the palette, colours it.
#include "content/articlehtml.h"
#include "content/panehtml.h"
#include "content/panestyle.h"
#include "sessionfixture.h"
#include "models/appicon.h"
#include "ui/applicationstyle.h"
#include "ui/arrowicon.h"
#include "ui/linkbrowser.h"

#include <QApplication>
#include <QMenuBar>
#include <QProxyStyle>
#include <QStyleOption>
#include <QToolButton>

#include <QGuiApplication>
#include <QImage>
#include <QPalette>
#include <QPixmap>
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
    void arrowIconsPointAndFollowThePalette_data();
    void arrowIconsPointAndFollowThePalette();
    void extensionButtonsShowDrawnChevrons_data();
    void extensionButtonsShowDrawnChevrons();
    void windowIconHasEverySize();
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

void TestPaneStyle::arrowIconsPointAndFollowThePalette_data()
{
    QTest::addColumn<Qt::ArrowType>("direction");
    QTest::addColumn<QPoint>("tip");  // where the arrow's point is drawn, in a 24 px icon
    QTest::addColumn<QPoint>("tail"); // the other end, where no head is drawn
    QTest::newRow("back") << Qt::LeftArrow << QPoint(5, 12) << QPoint(18, 12);
    QTest::newRow("forward") << Qt::RightArrow << QPoint(18, 12) << QPoint(5, 12);
    QTest::newRow("up") << Qt::UpArrow << QPoint(12, 5) << QPoint(12, 18);
    QTest::newRow("down") << Qt::DownArrow << QPoint(12, 18) << QPoint(12, 5);
}

// Back/Forward and the find bar's arrows are drawn, not looked up in an icon theme: they point
// the right way, in the palette's button-text colour, greyed when disabled, and follow a change
// of palette (light to dark).
void TestPaneStyle::arrowIconsPointAndFollowThePalette()
{
    QFETCH(Qt::ArrowType, direction);
    QFETCH(QPoint, tip);
    QFETCH(QPoint, tail);
    const QPalette original = QGuiApplication::palette();
    const QIcon icon = ArrowIcon::make(direction);
    // The head's two strokes reach out beside the tip; the tail is a single line.
    const auto inkAcross = [](const QImage &image, QPoint at, bool horizontal) {
        int ink = 0;
        for (int d = -5; d <= 5; ++d) {
            const QPoint p = horizontal ? at + QPoint(0, d) : at + QPoint(d, 0);
            ink += qAlpha(image.pixel(p)) > 100;
        }
        return ink;
    };
    const bool horizontal = direction == Qt::LeftArrow || direction == Qt::RightArrow;
    const QPoint nearTip = tip + (tail - tip) / 4;
    const QImage normal = icon.pixmap(QSize(24, 24), 1.0).toImage();
    QVERIFY2(inkAcross(normal, nearTip, horizontal) > inkAcross(normal, tail, horizontal),
             qPrintable(u"%1 vs %2"_s.arg(inkAcross(normal, nearTip, horizontal)).arg(inkAcross(normal, tail, horizontal))));
    for (const QColor text : {QColor(Qt::black), QColor(Qt::white)}) {
        QPalette palette = original;
        palette.setColor(QPalette::Active, QPalette::ButtonText, text);
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, Qt::gray);
        QGuiApplication::setPalette(palette);
        const QImage drawn = icon.pixmap(QSize(24, 24), 1.0).toImage();
        const QImage disabled = icon.pixmap(QSize(24, 24), 1.0, QIcon::Disabled).toImage();
        const QPoint centre(12, 12);
        QCOMPARE(QColor(drawn.pixel(centre)).rgb(), text.rgb());
        QCOMPARE(QColor(disabled.pixel(centre)).rgb(), QColor(Qt::gray).rgb());
        // Sharp on a high-density screen: drawn at twice the pixels.
        QCOMPARE(icon.pixmap(QSize(24, 24), 2.0).size(), QSize(48, 48));
    }
    QGuiApplication::setPalette(original);
}

void TestPaneStyle::extensionButtonsShowDrawnChevrons_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<Qt::ArrowType>("pointing");
    QTest::newRow("left-to-right") << Qt::LeftToRight << Qt::RightArrow;
    QTest::newRow("right-to-left") << Qt::RightToLeft << Qt::LeftArrow;
}

// The menu bar's and tool bars' "more" buttons: chevrons drawn like the other arrows (Qt's own
// PNGs would load every image-format plugin at startup), pointing the reading direction.
void TestPaneStyle::extensionButtonsShowDrawnChevrons()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(Qt::ArrowType, pointing);
    const auto image = [](const QIcon &icon) { return icon.pixmap(QSize(16, 16), 1.0).toImage(); };
    const QImage expected = image(ArrowIcon::chevrons(pointing));
    // The tips, on the middle row, lie ahead of the chevrons' arms.
    const auto meanInkX = [&](int firstRow, int lastRow) {
        double sum = 0;
        double ink = 0;
        for (int y = firstRow; y <= lastRow; ++y) {
            for (int x = 0; x < expected.width(); ++x) {
                sum += x * qAlpha(expected.pixel(x, y));
                ink += qAlpha(expected.pixel(x, y));
            }
        }
        return ink > 0 ? sum / ink : -1.0;
    };
    const double tips = meanInkX(7, 8);
    const double whole = meanInkX(0, expected.height() - 1);
    QVERIFY(tips >= 0 && whole >= 0);
    QVERIFY2(pointing == Qt::RightArrow ? tips > whole + 1 : tips < whole - 1, qPrintable(u"%1 vs %2"_s.arg(tips).arg(whole)));

    const auto *previous = qobject_cast<QProxyStyle *>(QApplication::style()); // this test's other row
    const QString base = previous ? previous->baseStyle()->name() : QApplication::style()->name();
    QApplication::setStyle(new ApplicationStyle(base)); // owned by the application
    // Over the style the application had chosen, not another one.
    auto *proxy = qobject_cast<QProxyStyle *>(QApplication::style());
    QVERIFY(proxy);
    QCOMPARE(proxy->baseStyle()->name(), base);
    QStyleOption option;
    option.direction = direction;
    QCOMPARE(image(QApplication::style()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &option)), expected);
    QCOMPARE(image(QApplication::style()->standardIcon(QStyle::SP_ToolBarVerticalExtensionButton)),
             image(ArrowIcon::chevrons(Qt::DownArrow)));
    // Other icons are the desktop style's.
    QVERIFY(!QApplication::style()->standardIcon(QStyle::SP_DialogOkButton).isNull());
    QApplication::setLayoutDirection(direction);
    {
        QMenuBar bar;
        auto *more = bar.findChild<QToolButton *>(u"qt_menubar_ext_button"_s);
        QVERIFY(more);
        QCOMPARE(image(more->icon()), expected);
    }
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

// The window icon comes at the sizes window managers ask for, from the PNGs made at build time.
void TestPaneStyle::windowIconHasEverySize()
{
    const QIcon icon = AppIcon::make();
    const QList<QSize> sizes = icon.availableSizes();
    for (const int side : {16, 24, 32, 48, 64, 128})
        QVERIFY2(sizes.contains(QSize(side, side)), qPrintable(QString::number(side)));
    // Drawn, not blank: the middle of the 48 px icon has ink.
    QVERIFY(qAlpha(icon.pixmap(QSize(48, 48), 1.0).toImage().pixel(24, 24)) > 0);
}

QTEST_MAIN(TestPaneStyle)
#include "tst_panestyle.moc"
