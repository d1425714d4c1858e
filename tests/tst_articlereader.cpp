// The article reader on the bundled article: the three modes, mention links, fact notes,
// find, zoom and its saved state, jumping to a paragraph, scrolling in step, and escaping
// of every text from the data.
#include "content/articlehtml.h"
#include "data/datasetloader.h"
#include "ui/articlereader.h"
#include "ui/linkbrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QDataStream>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace {

const QString ArticleId = u"serambinews-rusia-tak-sendirian"_s;

QString visibleText(const ArticleReader &reader)
{
    QString text;
    for (LinkBrowser *view : {reader.indonesianView(), reader.englishView()}) {
        if (!view->isHidden())
            text += view->toPlainText() + u'\n';
    }
    return text;
}

// Where the paragraph starts in the document, found by its anchor as the reader finds it.
QTextBlock paragraphBlock(const LinkBrowser *view, const QString &paragraphId)
{
    const QString name = ArticleHtml::paragraphAnchor(paragraphId);
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(name))
                return block;
        }
    }
    return {};
}

// The paragraph's first block in viewport coordinates.
QRect paragraphRect(const LinkBrowser *view, const QString &paragraphId)
{
    const QTextBlock block = paragraphBlock(view, paragraphId);
    if (!block.isValid())
        return {};
    const QRectF rect = view->document()->documentLayout()->blockBoundingRect(block);
    return rect.toRect().translated(-view->horizontalScrollBar()->value(), -view->verticalScrollBar()->value());
}

bool isVisibleIn(const LinkBrowser *view, const QRect &rect)
{
    return rect.isValid() && view->viewport()->rect().intersects(rect);
}

// A point inside the first link to href whose text is linkText (any text when empty),
// scrolled into view.
QPoint linkPoint(LinkBrowser *view, const QString &href, const QString &linkText = {})
{
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href || (!linkText.isEmpty() && fragment.text() != linkText))
                continue;
            QTextCursor cursor(view->document());
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            view->setTextCursor(cursor);
            view->ensureCursorVisible();
            return view->cursorRect(cursor).center() + QPoint(1, 0);
        }
    }
    return {-1, -1};
}

// A point on the text at the start of a paragraph (after its first characters).
QPoint textPoint(LinkBrowser *view, const QString &paragraphId, int offset = 2)
{
    const QTextBlock block = paragraphBlock(view, paragraphId);
    QTextCursor cursor(view->document());
    cursor.setPosition(block.position() + offset);
    view->setTextCursor(cursor);
    view->ensureCursorVisible();
    return view->cursorRect(cursor).center() + QPoint(1, 0);
}

// "3 of 7 matches"; without the English catalogue loaded, tr() leaves "match(es)".
QString status(const ArticleReader &reader)
{
    return reader.findStatus().replace(u"match(es)"_s, u"matches"_s);
}

} // namespace

class TestArticleReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modes_data();
    void modes();
    void modeFollowsLanguageUntilChosen();
    void attribution();
    void mentionLinks_data();
    void mentionLinks();
    void linkedText_data();
    void linkedText();
    void syriaNote();
    void find();
    void findSideBySideSearchesBothSides();
    void findKeys();
    void zoomRoundTrip();
    void restoreGarbage_data();
    void restoreGarbage();
    void scrollToParagraph_data();
    void scrollToParagraph();
    void clickHighlightsParagraphOnBothSides();
    void scrollInStep();
    void languageSwitchKeepsPlace();
    void escapesDataText();

private:
    std::unique_ptr<ArticleReader> makeReader(ArticleReader::Mode mode, QSize size = {1000, 700});

    std::shared_ptr<const Dataset> m_data;
};

void TestArticleReader::initTestCase()
{
    LoadResult result = DatasetLoader::loadDirectory(DatasetLoader::bundledDirectory());
    QVERIFY2(result.ok(), qPrintable(result.errors.isEmpty() ? QString() : result.errors.constFirst().toString()));
    m_data = std::make_shared<const Dataset>(std::move(result.dataset));
    QVERIFY(m_data->article(ArticleId));
}

std::unique_ptr<ArticleReader> TestArticleReader::makeReader(ArticleReader::Mode mode, QSize size)
{
    auto reader = std::make_unique<ArticleReader>();
    reader->resize(size);
    reader->setDataset(m_data);
    reader->setMode(mode);
    reader->showArticle(ArticleId);
    reader->show();
    if (!QTest::qWaitForWindowExposed(reader.get()))
        return nullptr;
    QTest::qWait(20); // the reader lays the text out once the event loop runs
    return reader;
}

void TestArticleReader::modes_data()
{
    QTest::addColumn<ArticleReader::Mode>("mode");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    const QString titleId = u"Rusia Tak Sendirian"_s;
    const QString titleEn = u"Russia Is Not Alone"_s;
    const QString firstId = u"Sebagian besar sekutu Rusia dan negara lainnya biasanya berusaha untuk tetap netral."_s;
    const QString firstEn = u"Most of Russia's allies and other countries usually try to stay neutral."_s;
    QTest::newRow("indonesian") << ArticleReader::Mode::Indonesian << QStringList{titleId, firstId}
                                << QStringList{titleEn, firstEn};
    QTest::newRow("english") << ArticleReader::Mode::English << QStringList{titleEn, firstEn}
                             << QStringList{titleId, firstId};
    QTest::newRow("side-by-side") << ArticleReader::Mode::SideBySide << QStringList{titleId, firstId, titleEn, firstEn}
                                  << QStringList{};
}

void TestArticleReader::modes()
{
    QFETCH(ArticleReader::Mode, mode);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);

    const auto reader = makeReader(mode);
    QVERIFY(reader);
    QCOMPARE(reader->mode(), mode);
    QCOMPARE(reader->articleId(), ArticleId);
    const QString text = visibleText(*reader);
    for (const QString &expected : present)
        QVERIFY2(text.contains(expected), qPrintable(expected));
    for (const QString &unexpected : absent)
        QVERIFY2(!text.contains(unexpected), qPrintable(unexpected));
}

void TestArticleReader::modeFollowsLanguageUntilChosen()
{
    ArticleReader reader;
    reader.setDataset(m_data);
    reader.showArticle(ArticleId);
    QSignalSpy modeSpy(&reader, &ArticleReader::modeChanged);

    reader.setLanguage(Language::Indonesian);
    QCOMPARE(reader.mode(), ArticleReader::Mode::Indonesian);
    QCOMPARE(modeSpy.count(), 1);
    reader.setLanguage(Language::English);
    QCOMPARE(reader.mode(), ArticleReader::Mode::English);

    reader.setMode(ArticleReader::Mode::SideBySide);
    QCOMPARE(modeSpy.count(), 3);
    QCOMPARE(modeSpy.last().at(0).value<ArticleReader::Mode>(), ArticleReader::Mode::SideBySide);
    reader.setLanguage(Language::Indonesian);
    QCOMPARE(reader.mode(), ArticleReader::Mode::SideBySide);

    // The choice is part of the saved state: restored, the mode no longer follows the language.
    ArticleReader restored;
    QVERIFY(restored.restoreState(reader.saveState()));
    QCOMPARE(restored.mode(), ArticleReader::Mode::SideBySide);
    restored.setLanguage(Language::Indonesian);
    QCOMPARE(restored.mode(), ArticleReader::Mode::SideBySide);
}

void TestArticleReader::attribution()
{
    const auto reader = makeReader(ArticleReader::Mode::English);
    QVERIFY(reader);
    const QString text = reader->englishView()->toPlainText();
    for (const QString &expected : {u"Serambinews.com"_s, u"Amirullah"_s, u"Bangka Pos, citing The Washington Post"_s,
                                    u"1 of 4"_s, u"Russian Iskander 9K720 ISKANDER-M missile (credit: YouTube)"_s,
                                    u"© 2025 TRIBUNnews.com Network"_s, u"The English text is Sekutu's own translation"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected));
}

void TestArticleReader::mentionLinks_data()
{
    QTest::addColumn<ArticleReader::Mode>("mode");
    QTest::addColumn<bool>("english");
    QTest::addColumn<QString>("target");

    QTest::newRow("indonesian-russia") << ArticleReader::Mode::Indonesian << false << u"country/RU"_s;
    QTest::newRow("english-csto") << ArticleReader::Mode::English << true << u"organization/csto"_s;
    QTest::newRow("side-by-side-indonesian-csto") << ArticleReader::Mode::SideBySide << false << u"organization/csto"_s;
    QTest::newRow("side-by-side-english-russia") << ArticleReader::Mode::SideBySide << true << u"country/RU"_s;
}

void TestArticleReader::mentionLinks()
{
    QFETCH(ArticleReader::Mode, mode);
    QFETCH(bool, english);
    QFETCH(QString, target);

    const auto reader = makeReader(mode);
    QVERIFY(reader);
    LinkBrowser *view = english ? reader->englishView() : reader->indonesianView();
    QSignalSpy spy(reader.get(), &ArticleReader::linkActivated);
    const QPoint point = linkPoint(view, u"sekutu://"_s + target);
    QVERIFY(view->viewport()->rect().contains(point));
    QCOMPARE(view->anchorAt(point), u"sekutu://"_s + target);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<LinkTarget>(), LinkTarget::parse(target));
    QVERIFY(reader->highlightedParagraph().isEmpty()); // a link click is not a paragraph click
}

void TestArticleReader::linkedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("surfaces"); // surface=target pairs
    QTest::addColumn<QString>("html");

    QTest::newRow("every-occurrence") << u"CSTO and CSTO"_s << QStringList{u"CSTO=organization/csto"_s}
                                      << u"<a href=\"sekutu://organization/csto\">CSTO</a> and <a href=\"sekutu://organization/csto\">CSTO</a>"_s;
    QTest::newRow("longest-wins")
        << u"The Collective Security Treaty Organization (CSTO)"_s
        << QStringList{u"Security Treaty=organization/x"_s, u"Collective Security Treaty Organization=organization/csto"_s,
                       u"CSTO=organization/csto"_s}
        << u"The <a href=\"sekutu://organization/csto\">Collective Security Treaty Organization</a> (<a href=\"sekutu://organization/csto\">CSTO</a>)"_s;
    QTest::newRow("whole-words-only") << u"Russian, Russia's"_s << QStringList{u"Russia=country/RU"_s}
                                      << u"Russian, <a href=\"sekutu://country/RU\">Russia</a>&#x27;s"_s.replace(u"&#x27;"_s, u"'"_s);
    QTest::newRow("escaped-around") << u"<CSTO> & \"x\""_s << QStringList{u"CSTO=organization/csto"_s}
                                    << u"&lt;<a href=\"sekutu://organization/csto\">CSTO</a>&gt; &amp; &quot;x&quot;"_s;
    QTest::newRow("bad-target-not-linked") << u"Mars"_s << QStringList{u"Mars=planet"_s} << u"Mars"_s;
}

void TestArticleReader::linkedText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, surfaces);
    QFETCH(QString, html);

    QList<Mention> mentions;
    for (const QString &pair : surfaces) {
        const QStringList parts = pair.split(u'=');
        mentions.append({{parts.at(0), parts.at(0)}, parts.at(1)});
    }
    QCOMPARE(ArticleHtml::linkedText(text, mentions, Language::English), html);
}

void TestArticleReader::syriaNote()
{
    const auto reader = makeReader(ArticleReader::Mode::English);
    QVERIFY(reader);
    LinkBrowser *view = reader->englishView();
    const QString text = view->toPlainText();
    const QString note = u"The close partner described here was the Assad government"_s;
    const qsizetype notePosition = text.indexOf(note);
    QVERIFY(notePosition > 0);
    QVERIFY(text.indexOf(u"Since publication (as of 25 November 2026)"_s, notePosition - 60) >= 0);
    // The note sits below its paragraph (p7) and before the next one.
    QVERIFY(notePosition > paragraphBlock(view, u"p7"_s).position());
    QVERIFY(notePosition < paragraphBlock(view, u"p8"_s).position());

    QSignalSpy spy(reader.get(), &ArticleReader::linkActivated);
    const QPoint point = linkPoint(view, u"sekutu://country/SY"_s, u"More about Syria"_s);
    QVERIFY(view->viewport()->rect().contains(point));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<LinkTarget>(), LinkTarget::country(u"SY"_s));
}

void TestArticleReader::find()
{
    const auto reader = makeReader(ArticleReader::Mode::English);
    QVERIFY(reader);
    LinkBrowser *view = reader->englishView();
    QTest::keyClicks(reader->findField(), u"csto"_s); // case-insensitive

    const QRegularExpression pattern(u"^(\\d+) of (\\d+) match(es)?$"_s);
    QRegularExpressionMatch match = pattern.match(status(*reader));
    QVERIFY2(match.hasMatch(), qPrintable(reader->findStatus()));
    const int total = match.captured(2).toInt();
    QVERIFY(total > 5);
    QCOMPARE(match.captured(1), u"1"_s);
    QCOMPARE(view->extraSelections().size(), total);
    QCOMPARE(view->textCursor().selectedText(), u"CSTO"_s);
    const int first = view->textCursor().selectionStart();

    QTest::keyClick(reader->findField(), Qt::Key_Return);
    QCOMPARE(status(*reader), u"2 of %1 matches"_s.arg(total));
    QCOMPARE(view->textCursor().selectedText(), u"CSTO"_s);
    QVERIFY(view->textCursor().selectionStart() > first);

    QTest::keyClick(reader->findField(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(status(*reader), u"1 of %1 matches"_s.arg(total));
    QCOMPARE(view->textCursor().selectionStart(), first);

    QTest::keyClick(reader->findField(), Qt::Key_Return, Qt::ShiftModifier); // wraps around
    QCOMPARE(status(*reader), u"%1 of %1 matches"_s.arg(total));
    QVERIFY(view->textCursor().selectionStart() > first);

    QTest::keyClicks(reader->findField(), u"zzz"_s);
    QCOMPARE(reader->findStatus(), u"No matches"_s);
    QVERIFY(view->extraSelections().isEmpty());

    QTest::keyClick(reader->findField(), Qt::Key_Escape);
    QVERIFY(reader->findField()->text().isEmpty());
    QVERIFY(reader->findStatus().isEmpty());
}

void TestArticleReader::findSideBySideSearchesBothSides()
{
    const auto reader = makeReader(ArticleReader::Mode::English);
    QVERIFY(reader);
    reader->findField()->setText(u"CSTO"_s);
    const int english = int(reader->englishView()->extraSelections().size());
    QVERIFY(english > 0);
    reader->setMode(ArticleReader::Mode::SideBySide);
    const int indonesian = int(reader->indonesianView()->extraSelections().size());
    QVERIFY(indonesian > 0);
    QCOMPARE(reader->englishView()->extraSelections().size(), english);
    QVERIFY2(status(*reader).endsWith(u" of %1 matches"_s.arg(english + indonesian)), qPrintable(reader->findStatus()));
}

void TestArticleReader::findKeys()
{
    const auto reader = makeReader(ArticleReader::Mode::English);
    QVERIFY(reader);
    reader->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(reader.get()));
    reader->englishView()->setFocus();

    QTest::keyClick(reader->englishView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(reader->findField()->hasFocus());
    QTest::keyClicks(reader->findField(), u"Rusia"_s); // not in the English text
    QCOMPARE(reader->findStatus(), u"No matches"_s);
    reader->findField()->clear();
    QTest::keyClicks(reader->findField(), u"Russia"_s);
    QVERIFY(reader->findStatus().startsWith(u"1 of "_s));

    reader->englishView()->setFocus();
    QTest::keyClick(reader->englishView(), Qt::Key_F3);
    QVERIFY2(reader->findStatus().startsWith(u"2 of "_s), qPrintable(reader->findStatus()));
    QTest::keyClick(reader->englishView(), Qt::Key_F3, Qt::ShiftModifier);
    QVERIFY2(reader->findStatus().startsWith(u"1 of "_s), qPrintable(reader->findStatus()));
}

void TestArticleReader::zoomRoundTrip()
{
    const auto reader = makeReader(ArticleReader::Mode::SideBySide);
    QVERIFY(reader);
    reader->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(reader.get()));
    QSignalSpy spy(reader.get(), &ArticleReader::zoomChanged);
    const qreal size = reader->englishView()->font().pointSizeF();

    reader->setZoom(3);
    QCOMPARE(reader->zoom(), 3);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 3);
    QCOMPARE(reader->englishView()->font().pointSizeF(), size + 3);
    QCOMPARE(reader->indonesianView()->font().pointSizeF(), size + 3);

    reader->englishView()->setFocus();
    QTest::keyClick(reader->englishView(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(reader->zoom(), 4);
    QTest::keyClick(reader->englishView(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(reader->englishView(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(reader->zoom(), 2);
    reader->setZoom(1000);
    QVERIFY(reader->zoom() < 1000); // bounded
    reader->setZoom(2);
    reader->setScrollSyncEnabled(false);

    const QByteArray state = reader->saveState();
    ArticleReader restored;
    QSignalSpy restoredSpy(&restored, &ArticleReader::zoomChanged);
    QVERIFY(restored.restoreState(state));
    QCOMPARE(restored.zoom(), 2);
    QCOMPARE(restoredSpy.count(), 1);
    QCOMPARE(restored.mode(), ArticleReader::Mode::SideBySide);
    QCOMPARE(restored.isScrollSyncEnabled(), false);
    QCOMPARE(restored.saveState(), state);

    QTest::keyClick(reader->englishView(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(reader->zoom(), 0);
    QCOMPARE(reader->englishView()->font().pointSizeF(), size);
}

void TestArticleReader::restoreGarbage_data()
{
    QTest::addColumn<QByteArray>("state");

    auto state = [](quint32 magic, quint16 version, qint32 mode, qint32 zoom, bool trailing = false) {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << magic << version << mode << true << false << zoom;
        if (trailing)
            out << qint32(7);
        return bytes;
    };
    const QByteArray valid = state(0x534b4152, 1, 0, 1);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("not a reader state at all");
    QTest::newRow("zeros") << QByteArray(64, '\0');
    QTest::newRow("truncated") << valid.left(valid.size() - 2);
    QTest::newRow("wrong-magic") << state(0x12345678, 1, 0, 1);
    QTest::newRow("future-version") << state(0x534b4152, 2, 0, 1);
    QTest::newRow("mode-out-of-range") << state(0x534b4152, 1, 3, 1);
    QTest::newRow("negative-mode") << state(0x534b4152, 1, -1, 1);
    QTest::newRow("zoom-out-of-range") << state(0x534b4152, 1, 0, 500);
    QTest::newRow("trailing-bytes") << state(0x534b4152, 1, 0, 1, true);
}

void TestArticleReader::restoreGarbage()
{
    QFETCH(QByteArray, state);

    ArticleReader reader;
    reader.setZoom(2);
    reader.setMode(ArticleReader::Mode::English);
    const QByteArray before = reader.saveState();
    QSignalSpy modeSpy(&reader, &ArticleReader::modeChanged);
    QSignalSpy zoomSpy(&reader, &ArticleReader::zoomChanged);

    QVERIFY(!reader.restoreState(state));
    QCOMPARE(reader.saveState(), before);
    QCOMPARE(reader.zoom(), 2);
    QCOMPARE(reader.mode(), ArticleReader::Mode::English);
    QVERIFY(reader.isScrollSyncEnabled());
    QCOMPARE(modeSpy.count(), 0);
    QCOMPARE(zoomSpy.count(), 0);
}

void TestArticleReader::scrollToParagraph_data()
{
    QTest::addColumn<ArticleReader::Mode>("mode");
    QTest::addColumn<bool>("showFirst");

    QTest::newRow("english-shown") << ArticleReader::Mode::English << true;
    QTest::newRow("english-before-shown") << ArticleReader::Mode::English << false;
    QTest::newRow("indonesian-shown") << ArticleReader::Mode::Indonesian << true;
    QTest::newRow("side-by-side-before-shown") << ArticleReader::Mode::SideBySide << false;
}

// A link like article/<id>#p7 from the country pane: p7 comes into view, marked, even when
// the reader is laid out only after the call (as when the main window switches to it).
void TestArticleReader::scrollToParagraph()
{
    QFETCH(ArticleReader::Mode, mode);
    QFETCH(bool, showFirst);

    ArticleReader reader;
    reader.setDataset(m_data);
    reader.setMode(mode);
    if (showFirst) {
        reader.resize(700, 450);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        reader.showArticle(ArticleId);
        QTest::qWait(20);
    }
    reader.showArticle(ArticleId, u"p7"_s);
    if (!showFirst) {
        reader.resize(700, 450);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
    }
    QCOMPARE(reader.highlightedParagraph(), u"p7"_s);

    for (LinkBrowser *view : {reader.indonesianView(), reader.englishView()}) {
        if (view->isHidden())
            continue;
        QTRY_VERIFY(view->verticalScrollBar()->value() > 0);
        QTRY_VERIFY2(isVisibleIn(view, paragraphRect(view, u"p7"_s)), qPrintable(view->accessibleName()));
        QVERIFY(paragraphRect(view, u"p7"_s).top() >= 0); // its start, not just its end
        QVERIFY(paragraphBlock(view, u"p7"_s).blockFormat().hasProperty(QTextFormat::BackgroundBrush));
    }
}

void TestArticleReader::clickHighlightsParagraphOnBothSides()
{
    const auto reader = makeReader(ArticleReader::Mode::SideBySide);
    QVERIFY(reader);
    LinkBrowser *indonesian = reader->indonesianView();
    const QPoint point = textPoint(indonesian, u"p3"_s); // "Jika Barat …": no link there
    QVERIFY(indonesian->anchorAt(point).isEmpty());
    QTest::mouseClick(indonesian->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(reader->highlightedParagraph(), u"p3"_s);
    QVERIFY(paragraphBlock(indonesian, u"p3"_s).blockFormat().hasProperty(QTextFormat::BackgroundBrush));
    QVERIFY(paragraphBlock(reader->englishView(), u"p3"_s).blockFormat().hasProperty(QTextFormat::BackgroundBrush));

    LinkBrowser *english = reader->englishView();
    const QPoint other = textPoint(english, u"p4"_s, 1);
    QVERIFY(english->anchorAt(other).isEmpty());
    QTest::mouseClick(english->viewport(), Qt::LeftButton, {}, other);
    QCOMPARE(reader->highlightedParagraph(), u"p4"_s);
    QVERIFY(!paragraphBlock(indonesian, u"p3"_s).blockFormat().hasProperty(QTextFormat::BackgroundBrush));
    QVERIFY(paragraphBlock(indonesian, u"p4"_s).blockFormat().hasProperty(QTextFormat::BackgroundBrush));

    // A click in the margin beside the text changes nothing.
    QTest::mouseClick(english->viewport(), Qt::LeftButton, {}, QPoint(3, other.y()));
    QCOMPARE(reader->highlightedParagraph(), u"p4"_s);
    // A second click on the paragraph takes the mark away.
    QTest::mouseClick(english->viewport(), Qt::LeftButton, {}, other);
    QVERIFY(reader->highlightedParagraph().isEmpty());
    QVERIFY(!paragraphBlock(indonesian, u"p4"_s).blockFormat().hasProperty(QTextFormat::BackgroundBrush));
}

void TestArticleReader::scrollInStep()
{
    const auto reader = makeReader(ArticleReader::Mode::SideBySide, {900, 450});
    QVERIFY(reader);
    QScrollBar *indonesian = reader->indonesianView()->verticalScrollBar();
    QScrollBar *english = reader->englishView()->verticalScrollBar();
    QVERIFY(indonesian->maximum() > 0);
    QVERIFY(english->maximum() > 0);

    // Bring p8 to the top on the Indonesian side: the English p8 comes into view too.
    const int p8 = paragraphRect(reader->indonesianView(), u"p8"_s).top() + indonesian->value();
    indonesian->setValue(p8);
    QVERIFY(english->value() > 0);
    QVERIFY(isVisibleIn(reader->englishView(), paragraphRect(reader->englishView(), u"p8"_s)));

    indonesian->setValue(indonesian->maximum());
    QCOMPARE(english->value(), english->maximum());
    english->setValue(0);
    QCOMPARE(indonesian->value(), 0);

    reader->setScrollSyncEnabled(false);
    indonesian->setValue(indonesian->maximum() / 2);
    QCOMPARE(english->value(), 0);
    reader->setScrollSyncEnabled(true); // catches up
    QVERIFY(english->value() > 0);
}

void TestArticleReader::languageSwitchKeepsPlace()
{
    const auto reader = makeReader(ArticleReader::Mode::English, {700, 450});
    QVERIFY(reader);
    reader->setLanguage(Language::English);
    LinkBrowser *english = reader->englishView();
    // The place is the reference line, which moves down the view as the text scrolls: put it
    // just inside p11 (whatever the paragraphs around it hold), not p11 at the top of the view.
    QScrollBar *bar = english->verticalScrollBar();
    const qreal line = paragraphRect(english, u"p11"_s).top() + bar->value() + 5;
    bar->setValue(qRound(line * bar->maximum() / (bar->maximum() + english->viewport()->height())));
    QVERIFY(isVisibleIn(english, paragraphRect(english, u"p11"_s)));

    // The mode was chosen, so the text stays English; the labels change, the place stays.
    reader->setLanguage(Language::Indonesian);
    QTest::qWait(20);
    QCOMPARE(reader->mode(), ArticleReader::Mode::English);
    QTRY_VERIFY(isVisibleIn(english, paragraphRect(english, u"p11"_s)));

    // Switching the mode keeps the place too.
    reader->setMode(ArticleReader::Mode::Indonesian);
    QTRY_VERIFY(isVisibleIn(reader->indonesianView(), paragraphRect(reader->indonesianView(), u"p11"_s)));
}

void TestArticleReader::escapesDataText()
{
    Article article;
    article.id = u"hostile"_s;
    article.title = {u"<i>title</i>"_s, u"<i>judul</i>"_s};
    article.lead = {u"<img src=x>"_s, u"<img src=x>"_s};
    article.publisher = u"<a href=\"http://evil\">pub</a>"_s;
    article.copyright = u"&copy; <u>c</u>"_s;
    article.language = u"id"_s;
    Paragraph paragraph;
    paragraph.id = u"p1"_s;
    paragraph.text = {u"<b>x</b> and Russia"_s, u"<b>x</b> dan Rusia"_s};
    paragraph.mentions.append({{u"Russia"_s, u"Rusia"_s}, u"country/RU"_s});
    paragraph.notes.append({{u"<script>n</script>"_s, u"<script>n</script>"_s}, u"country/RU\"><b>"_s, {}});
    article.paragraphs.append(paragraph);
    auto data = std::make_shared<Dataset>();
    data->articles.append(article);
    data->index();

    ArticleReader reader;
    reader.setDataset(data);
    reader.setMode(ArticleReader::Mode::SideBySide);
    reader.showArticle(article.id);
    for (LinkBrowser *view : {reader.indonesianView(), reader.englishView()}) {
        const QString text = view->toPlainText();
        for (const QString &literal : {u"<b>x</b>"_s, u"<i>"_s, u"<img src=x>"_s, u"<a href=\"http://evil\">pub</a>"_s,
                                       u"&copy; <u>c</u>"_s, u"<script>n</script>"_s})
            QVERIFY2(text.contains(literal), qPrintable(literal));
        // The only links are the mention's.
        for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QString href = it.fragment().charFormat().anchorHref();
                QVERIFY2(href.isEmpty() || href == u"sekutu://country/RU", qPrintable(href));
                QVERIFY(!it.fragment().charFormat().font().bold() || !it.fragment().text().contains(u'x'));
            }
        }
    }
}

QTEST_MAIN(TestArticleReader)
#include "tst_articlereader.moc"
