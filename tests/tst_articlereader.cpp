// The article reader on the bundled article: the three modes and the control that picks
// them, mention links, fact notes by kind and the switch that hides them, find, zoom and
// its saved state, jumping to a paragraph, scrolling in step, one render per
// language switch, and escaping of every text from the data. The find bar and the parallel
// text view are also tested alone, on small texts.
#include "content/articlehtml.h"
#include "data/datasetloader.h"
#include "session/session.h"
#include "ui/articlereader.h"
#include "ui/findbar.h"
#include "ui/linkbrowser.h"
#include "ui/paralleltextview.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QDataStream>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QToolTip>
#include <QToolButton>
#include <QTranslator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString ArticleId = u"serambinews-rusia-tak-sendirian"_s;

// The parts inside, found by their object names.
LinkBrowser *indonesianText(const QWidget &reader)
{
    return reader.findChild<LinkBrowser *>(u"indonesianText"_s);
}

LinkBrowser *englishText(const QWidget &reader)
{
    return reader.findChild<LinkBrowser *>(u"englishText"_s);
}

QLineEdit *findField(const QWidget &reader)
{
    return reader.findChild<QLineEdit *>(u"findField"_s);
}

QString findStatus(const QWidget &reader)
{
    return reader.findChild<QLabel *>(u"findStatus"_s)->text();
}

QString highlighted(const ArticleReader &reader)
{
    return reader.findChild<ParallelTextView *>()->highlightedParagraph();
}

QString visibleText(const ArticleReader &reader)
{
    QString text;
    for (LinkBrowser *view : {indonesianText(reader), englishText(reader)}) {
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
QString status(const QWidget &reader)
{
    return findStatus(reader).replace(u"match(es)"_s, u"matches"_s);
}

// Marks every text it translates, to tell text retranslated from text left alone.
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return u"[["_s + QString::fromUtf8(source) + u"]]"_s;
    }
};

QToolButton *modeButton(const QWidget &reader, ArticleReader::Mode mode)
{
    static const char *const names[] = {"indonesianMode", "englishMode", "sideBySideMode"};
    return reader.findChild<QToolButton *>(QString::fromLatin1(names[int(mode)]));
}

QCheckBox *notesBox(const QWidget &reader)
{
    return reader.findChild<QCheckBox *>(u"showNotes"_s);
}

// The tooltips in the text, as the plain text a reader sees in them.
QStringList toolTips(const LinkBrowser *view)
{
    QStringList tips;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QString tip = it.fragment().charFormat().toolTip();
            if (!tip.isEmpty())
                tips.append(QTextDocumentFragment::fromHtml(tip).toPlainText().simplified());
        }
    }
    return tips;
}

// The colour a segment of the mode control is filled with, beside its border, clear of its text.
QColor fillOf(QToolButton *button)
{
    const QImage image = button->grab().toImage();
    return image.pixelColor(4, image.height() / 2);
}

bool isNear(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) < 24;
}

// Paragraphs p1.. with the anchors the article's HTML has, each text given.
QString paragraphsHtml(const QStringList &texts)
{
    QString html;
    for (int i = 0; i < texts.size(); ++i)
        html += u"<p><a name=\"%1\"></a>%2</p>"_s.arg(ArticleHtml::paragraphAnchor(u"p%1"_s.arg(i + 1)), texts.at(i));
    return html;
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
    void noteKinds_data();
    void noteKinds();
    void showNotesSwitch();
    void modeControl_data();
    void modeControl();
    void modeControlFollowsLanguage();
    void controlsFit_data();
    void controlsFit();
    void find();
    void findSideBySideSearchesBothSides();
    void findKeys();
    void tabOrder();
    void zoomRoundTrip();
    void restoreGarbage_data();
    void restoreGarbage();
    void scrollToParagraph_data();
    void scrollToParagraph();
    void clickHighlightsParagraphOnBothSides();
    void scrollInStep();
    void languageSwitchKeepsPlace();
    void languageSwitchRendersOnce();
    void datasetChangeRenders();
    void escapesDataText();
    void findBarGoesParagraphByParagraph();
    void viewLaysOutOnlyNewText();

private:
    std::unique_ptr<ArticleReader> makeReader(ArticleReader::Mode mode, QSize size = {1000, 700});

    std::shared_ptr<const Dataset> m_data;
    std::unique_ptr<Session> m_session; // English, with the bundled data
};

void TestArticleReader::initTestCase()
{
    LoadResult result = DatasetLoader::loadDirectory(DatasetLoader::bundledDirectory());
    QVERIFY2(result.ok(), qPrintable(result.errors.isEmpty() ? QString() : result.errors.constFirst().toString()));
    m_data = std::make_shared<const Dataset>(std::move(result.dataset));
    QVERIFY(m_data->article(ArticleId));
    m_session = std::make_unique<Session>();
    m_session->setDataset(m_data);
}

std::unique_ptr<ArticleReader> TestArticleReader::makeReader(ArticleReader::Mode mode, QSize size)
{
    auto reader = std::make_unique<ArticleReader>(*m_session);
    reader->resize(size);
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
    Session session;
    session.setDataset(m_data);
    ArticleReader reader(session);
    reader.showArticle(ArticleId);
    QCOMPARE(reader.mode(), ArticleReader::Mode::English);
    QSignalSpy modeSpy(&reader, &ArticleReader::modeChanged);

    session.setLanguage(Language::Indonesian);
    QCOMPARE(reader.mode(), ArticleReader::Mode::Indonesian);
    QCOMPARE(modeSpy.count(), 1);
    QVERIFY(!indonesianText(reader)->isHidden());
    QVERIFY(englishText(reader)->isHidden());
    session.setLanguage(Language::English);
    QCOMPARE(reader.mode(), ArticleReader::Mode::English);

    reader.setMode(ArticleReader::Mode::SideBySide);
    QCOMPARE(modeSpy.count(), 3);
    QCOMPARE(modeSpy.last().at(0).value<ArticleReader::Mode>(), ArticleReader::Mode::SideBySide);
    session.setLanguage(Language::Indonesian);
    QCOMPARE(reader.mode(), ArticleReader::Mode::SideBySide);

    // The choice is part of the saved state: restored, the mode no longer follows the language.
    ArticleReader restored(session);
    QCOMPARE(restored.mode(), ArticleReader::Mode::Indonesian); // the language's, until restored
    QVERIFY(restored.restoreState(reader.saveState()));
    QCOMPARE(restored.mode(), ArticleReader::Mode::SideBySide);
    session.setLanguage(Language::English);
    QCOMPARE(restored.mode(), ArticleReader::Mode::SideBySide);
}

void TestArticleReader::attribution()
{
    const auto reader = makeReader(ArticleReader::Mode::English);
    QVERIFY(reader);
    const QString text = englishText(*reader)->toPlainText();
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
    LinkBrowser *view = english ? englishText(*reader) : indonesianText(*reader);
    QSignalSpy spy(reader.get(), &ArticleReader::linkActivated);
    const QPoint point = linkPoint(view, u"sekutu://"_s + target);
    QVERIFY(view->viewport()->rect().contains(point));
    QCOMPARE(view->anchorAt(point), u"sekutu://"_s + target);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<LinkTarget>(), LinkTarget::parse(target));
    QVERIFY(highlighted(*reader).isEmpty()); // a link click is not a paragraph click
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
    LinkBrowser *view = englishText(*reader);
    const QString text = view->toPlainText();
    const QString note = u"The close partner described here was the Assad government"_s;
    const qsizetype notePosition = text.indexOf(note);
    QVERIFY(notePosition > 0);
    QVERIFY(text.indexOf(u"Changed since publication (as of 25 November 2026)"_s, notePosition - 60) >= 0);
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

// What changed or is disputed is shown in full under its paragraph; what was checked and
// holds is one quiet line whose tooltip is the note.
void TestArticleReader::noteKinds_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QString>("noteText");
    QTest::addColumn<QString>("heading"); // empty: a quiet checked mark
    QTest::addColumn<QString>("more");    // the link to the pane that explains it

    QTest::newRow("armenia-changed") << u"p5"_s << u"Armenia froze its participation in the CSTO"_s
                                     << u"Changed since publication (as of 25 November 2026)"_s << u"More about Armenia"_s;
    QTest::newRow("syria-changed") << u"p7"_s << u"which fell on 8 December 2024"_s
                                   << u"Changed since publication (as of 25 November 2026)"_s << u"More about Syria"_s;
    QTest::newRow("israel-contested") << u"p7"_s << u"\"close\" overstates the relationship"_s
                                      << u"Disputed or imprecise (as of 25 November 2026)"_s << u"More about Israel"_s;
    QTest::newRow("csto-1992-checked") << u"p8"_s << u"Broadly right: the Collective Security Treaty"_s << QString()
                                       << u"More about CSTO"_s;
    QTest::newRow("cis-checked") << u"p8"_s << u"The CIS was founded in December 1991"_s << QString() << u"More about CIS"_s;
    QTest::newRow("china-treaty-checked") << u"p11"_s << u"Russia and China have no alliance treaty"_s << QString()
                                          << u"More about Russia–China Treaty of Good-Neighbourliness and Friendly Cooperation"_s;
}

void TestArticleReader::noteKinds()
{
    QFETCH(QString, paragraph);
    QFETCH(QString, noteText);
    QFETCH(QString, heading);
    QFETCH(QString, more);

    const auto reader = makeReader(ArticleReader::Mode::English);
    QVERIFY(reader);
    LinkBrowser *view = englishText(*reader);
    const QString text = view->toPlainText();
    const int start = paragraphBlock(view, paragraph).position();
    const QString next = u"p%1"_s.arg(paragraph.mid(1).toInt() + 1);
    const int end = paragraphBlock(view, next).position();
    QVERIFY(start > 0 && end > start);
    const QString below = text.mid(start, end - start);
    QVERIFY2(below.contains(more), qPrintable(below));

    if (!heading.isEmpty()) {
        QVERIFY2(below.contains(noteText), qPrintable(below));
        QVERIFY2(below.contains(heading), qPrintable(below));
        QVERIFY(!toolTips(view).join(u'\n').contains(noteText));
        return;
    }
    QVERIFY2(!text.contains(noteText), qPrintable(noteText)); // not in the text...
    QVERIFY2(below.contains(u"\u2713 Checked (as of 25 November 2026)"_s), qPrintable(below));
    QVERIFY(!below.contains(u"Changed since publication"_s));
    bool inTip = false; // ...but in the mark's tooltip, as plain text
    for (const QString &tip : toolTips(view))
        inTip = inTip || tip.contains(noteText);
    QVERIFY(inTip);

    // Hovering the mark shows it.
    QPoint mark(-1, -1);
    for (QTextBlock block = view->document()->begin(); block.isValid() && mark.x() < 0; block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().charFormat().toolTip().contains(noteText.left(20)))
                continue;
            QTextCursor cursor(view->document());
            cursor.setPosition(it.fragment().position() + 3);
            view->setTextCursor(cursor);
            view->ensureCursorVisible();
            mark = view->cursorRect(cursor).center();
            break;
        }
    }
    QVERIFY(view->viewport()->rect().contains(mark));
    QHelpEvent hover(QEvent::ToolTip, mark, view->viewport()->mapToGlobal(mark));
    QCoreApplication::sendEvent(view->viewport(), &hover);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QTextDocumentFragment::fromHtml(QToolTip::text()).toPlainText().simplified().contains(noteText),
             qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

// "Show notes" hides every note, changed ones and checked marks alike, and the choice is
// kept with the reader's state.
void TestArticleReader::showNotesSwitch()
{
    const auto reader = makeReader(ArticleReader::Mode::English);
    QVERIFY(reader);
    LinkBrowser *view = englishText(*reader);
    QCheckBox *box = notesBox(*reader);
    QVERIFY(box && box->isVisible() && box->isChecked());
    QCOMPARE(box->text(), u"Show &notes"_s);
    QVERIFY(reader->notesShown());
    const QString syria = u"which fell on 8 December 2024"_s;
    QVERIFY(view->toPlainText().contains(syria));
    QVERIFY(!toolTips(view).isEmpty());
    findField(*reader)->setText(u"Assad"_s); // only in a note
    QVERIFY2(status(*reader).startsWith(u"1 of "_s), qPrintable(findStatus(*reader)));

    QSignalSpy spy(reader.get(), &ArticleReader::notesShownChanged);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), false);
    QVERIFY(!reader->notesShown());
    QString text = view->toPlainText();
    for (const QString &gone : {syria, u"Changed since publication"_s, u"Disputed or imprecise"_s, u"\u2713"_s})
        QVERIFY2(!text.contains(gone), qPrintable(gone));
    QVERIFY(toolTips(view).isEmpty());
    QVERIFY(text.contains(u"Besides the CSTO members, Russia is known to have close ties"_s)); // the article stays
    QCOMPARE(findStatus(*reader), u"No matches"_s); // hidden notes are not found

    // Side by side, the Indonesian text has none either.
    reader->setMode(ArticleReader::Mode::SideBySide);
    QVERIFY(!indonesianText(*reader)->toPlainText().contains(u"Berubah sejak artikel terbit"_s));
    QVERIFY(!indonesianText(*reader)->toPlainText().contains(u"Assad"_s));
    reader->setMode(ArticleReader::Mode::English);

    ArticleReader restored(*m_session);
    QVERIFY(restored.notesShown());
    QVERIFY(restored.restoreState(reader->saveState()));
    QVERIFY(!restored.notesShown());
    QVERIFY(!notesBox(restored)->isChecked());
    restored.showArticle(ArticleId);
    QVERIFY(!englishText(restored)->toPlainText().contains(syria));

    // A state saved before the switch existed (version 1) shows the notes.
    QByteArray old;
    QDataStream out(&old, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint32(0x534b4152) << quint16(1) << qint32(ArticleReader::Mode::English) << true << true << qint32(0);
    QVERIFY(restored.restoreState(old));
    QVERIFY(restored.notesShown());
    QVERIFY(englishText(restored)->toPlainText().contains(syria));

    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
    QVERIFY(reader->notesShown());
    QCOMPARE(spy.count(), 2);
    QVERIFY(view->toPlainText().contains(syria));
}

// The reading mode is a labelled segmented control whose checked segment is filled with the
// highlight colour, in a light and a dark palette; it follows clicks.
void TestArticleReader::modeControl_data()
{
    QTest::addColumn<QPalette>("palette");
    QPalette light(QColor(0xef, 0xef, 0xef), QColor(0xff, 0xff, 0xff));
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    light.setColor(QPalette::HighlightedText, Qt::white);
    QPalette dark(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    QTest::newRow("light") << light;
    QTest::newRow("dark") << dark;
}

void TestArticleReader::modeControl()
{
    QFETCH(QPalette, palette);

    const auto reader = makeReader(ArticleReader::Mode::English);
    QVERIFY(reader);
    reader->setPalette(palette);
    QCoreApplication::processEvents();
    auto *label = reader->findChild<QLabel *>(u"modeLabel"_s);
    QVERIFY(label && label->isVisible());
    QCOMPARE(label->text(), u"Reading:"_s);

    const QColor highlight = palette.color(QPalette::Highlight);
    const QColor base = palette.color(QPalette::Base);
    using Mode = ArticleReader::Mode;
    QSignalSpy spy(reader.get(), &ArticleReader::modeChanged);
    for (Mode mode : {Mode::SideBySide, Mode::Indonesian, Mode::English}) {
        QToolButton *button = modeButton(*reader, mode);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(reader->mode(), mode);
        QCOMPARE(spy.last().at(0).value<Mode>(), mode);
        for (Mode other : {Mode::Indonesian, Mode::English, Mode::SideBySide}) {
            QToolButton *segment = modeButton(*reader, other);
            QCOMPARE(segment->isChecked(), other == mode);
            const QColor fill = fillOf(segment);
            QVERIFY2(isNear(fill, other == mode ? highlight : base),
                     qPrintable(u"%1: %2"_s.arg(segment->objectName(), fill.name())));
        }
    }
    QCOMPARE(spy.count(), 3);
}

// While the reader has not chosen, the checked segment follows the interface language.
void TestArticleReader::modeControlFollowsLanguage()
{
    Session session;
    session.setDataset(m_data);
    ArticleReader reader(session);
    reader.showArticle(ArticleId);
    QVERIFY(modeButton(reader, ArticleReader::Mode::English)->isChecked());
    session.setLanguage(Language::Indonesian);
    QVERIFY(modeButton(reader, ArticleReader::Mode::Indonesian)->isChecked());
    QVERIFY(!modeButton(reader, ArticleReader::Mode::English)->isChecked());
    QTest::mouseClick(modeButton(reader, ArticleReader::Mode::SideBySide), Qt::LeftButton);
    session.setLanguage(Language::English);
    QVERIFY(modeButton(reader, ArticleReader::Mode::SideBySide)->isChecked());
    QCOMPARE(reader.mode(), ArticleReader::Mode::SideBySide);
}

// Beside a sidebar on a small screen the switches and the find bar go to a second row;
// nothing is cut or overlaps, and the reader never asks for more than a small screen has.
void TestArticleReader::controlsFit_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("oneRow");
    QTest::newRow("wide") << 1000 << true;
    QTest::newRow("small-laptop") << 640 << false;
}

void TestArticleReader::controlsFit()
{
    QFETCH(int, width);
    QFETCH(bool, oneRow);

    const auto reader = makeReader(ArticleReader::Mode::SideBySide, {width, 500});
    QVERIFY(reader);
    QVERIFY2(reader->minimumSizeHint().width() <= 640, qPrintable(QString::number(reader->minimumSizeHint().width())));
    const QList<QWidget *> controls{reader->findChild<QWidget *>(u"readingMode"_s), reader->findChild<QWidget *>(u"scrollSync"_s),
                                    notesBox(*reader), reader->findChild<QWidget *>(u"findBar"_s)};
    QList<QRect> rects;
    for (QWidget *control : controls) {
        QVERIFY(control && control->isVisible());
        const QRect rect(control->mapTo(reader.get(), QPoint(0, 0)), control->size());
        QVERIFY2(reader->rect().contains(rect), qPrintable(control->objectName()));
        QVERIFY2(control->width() >= control->minimumSizeHint().width(), qPrintable(control->objectName()));
        for (const QRect &other : rects)
            QVERIFY2(!other.intersects(rect), qPrintable(control->objectName()));
        rects.append(rect);
    }
    const bool sameRow = rects.at(0).center().y() == rects.at(3).center().y();
    QCOMPARE(sameRow, oneRow);
    QVERIFY(rects.at(3).bottom() < englishText(*reader)->mapTo(reader.get(), QPoint(0, 0)).y());
}

void TestArticleReader::find()
{
    const auto reader = makeReader(ArticleReader::Mode::English);
    QVERIFY(reader);
    LinkBrowser *view = englishText(*reader);
    QTest::keyClicks(findField(*reader), u"csto"_s); // case-insensitive

    const QRegularExpression pattern(u"^(\\d+) of (\\d+) match(es)?$"_s);
    QRegularExpressionMatch match = pattern.match(status(*reader));
    QVERIFY2(match.hasMatch(), qPrintable(findStatus(*reader)));
    const int total = match.captured(2).toInt();
    QVERIFY(total > 5);
    QCOMPARE(match.captured(1), u"1"_s);
    QCOMPARE(view->extraSelections().size(), total);
    QCOMPARE(view->textCursor().selectedText(), u"CSTO"_s);
    const int first = view->textCursor().selectionStart();

    QTest::keyClick(findField(*reader), Qt::Key_Return);
    QCOMPARE(status(*reader), u"2 of %1 matches"_s.arg(total));
    QCOMPARE(view->textCursor().selectedText(), u"CSTO"_s);
    QVERIFY(view->textCursor().selectionStart() > first);

    QTest::keyClick(findField(*reader), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(status(*reader), u"1 of %1 matches"_s.arg(total));
    QCOMPARE(view->textCursor().selectionStart(), first);

    QTest::keyClick(findField(*reader), Qt::Key_Return, Qt::ShiftModifier); // wraps around
    QCOMPARE(status(*reader), u"%1 of %1 matches"_s.arg(total));
    QVERIFY(view->textCursor().selectionStart() > first);

    QTest::keyClicks(findField(*reader), u"zzz"_s);
    QCOMPARE(findStatus(*reader), u"No matches"_s);
    QVERIFY(view->extraSelections().isEmpty());

    QTest::keyClick(findField(*reader), Qt::Key_Escape);
    QVERIFY(findField(*reader)->text().isEmpty());
    QVERIFY(findStatus(*reader).isEmpty());
}

void TestArticleReader::findSideBySideSearchesBothSides()
{
    const auto reader = makeReader(ArticleReader::Mode::English);
    QVERIFY(reader);
    findField(*reader)->setText(u"CSTO"_s);
    const int english = int(englishText(*reader)->extraSelections().size());
    QVERIFY(english > 0);
    reader->setMode(ArticleReader::Mode::SideBySide);
    const int indonesian = int(indonesianText(*reader)->extraSelections().size());
    QVERIFY(indonesian > 0);
    QCOMPARE(englishText(*reader)->extraSelections().size(), english);
    QVERIFY2(status(*reader).endsWith(u" of %1 matches"_s.arg(english + indonesian)), qPrintable(findStatus(*reader)));
}

void TestArticleReader::findKeys()
{
    const auto reader = makeReader(ArticleReader::Mode::English);
    QVERIFY(reader);
    reader->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(reader.get()));
    englishText(*reader)->setFocus();

    QTest::keyClick(englishText(*reader), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(findField(*reader)->hasFocus());
    QTest::keyClicks(findField(*reader), u"Rusia"_s); // not in the English text
    QCOMPARE(findStatus(*reader), u"No matches"_s);
    findField(*reader)->clear();
    QTest::keyClicks(findField(*reader), u"Russia"_s);
    QVERIFY(findStatus(*reader).startsWith(u"1 of "_s));

    englishText(*reader)->setFocus();
    QTest::keyClick(englishText(*reader), Qt::Key_F3);
    QVERIFY2(findStatus(*reader).startsWith(u"2 of "_s), qPrintable(findStatus(*reader)));
    QTest::keyClick(englishText(*reader), Qt::Key_F3, Qt::ShiftModifier);
    QVERIFY2(findStatus(*reader).startsWith(u"1 of "_s), qPrintable(findStatus(*reader)));
}

// Tab goes through the controls, then the find bar, then the texts it searches.
void TestArticleReader::tabOrder()
{
    const auto reader = makeReader(ArticleReader::Mode::SideBySide);
    QVERIFY(reader);
    QStringList chain;
    QWidget *widget = reader->findChild<QWidget *>(u"scrollSync"_s);
    while (widget && chain.size() < 6) {
        if (widget->focusPolicy() & Qt::TabFocus)
            chain.append(widget->objectName());
        widget = widget->nextInFocusChain();
    }
    QCOMPARE(chain, (QStringList{u"scrollSync"_s, u"showNotes"_s, u"findField"_s, u"findPrevious"_s, u"findNext"_s,
                                 u"indonesianText"_s}));
}

void TestArticleReader::zoomRoundTrip()
{
    const auto reader = makeReader(ArticleReader::Mode::SideBySide);
    QVERIFY(reader);
    reader->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(reader.get()));
    QSignalSpy spy(reader.get(), &ArticleReader::zoomChanged);
    const qreal size = englishText(*reader)->font().pointSizeF();

    reader->setZoom(3);
    QCOMPARE(reader->zoom(), 3);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 3);
    QCOMPARE(englishText(*reader)->font().pointSizeF(), size + 3);
    QCOMPARE(indonesianText(*reader)->font().pointSizeF(), size + 3);

    englishText(*reader)->setFocus();
    QTest::keyClick(englishText(*reader), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(reader->zoom(), 4);
    QTest::keyClick(englishText(*reader), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(englishText(*reader), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(reader->zoom(), 2);
    reader->setZoom(1000);
    QVERIFY(reader->zoom() < 1000); // bounded
    reader->setZoom(2);
    reader->setScrollSyncEnabled(false);

    const QByteArray state = reader->saveState();
    ArticleReader restored(*m_session);
    QSignalSpy restoredSpy(&restored, &ArticleReader::zoomChanged);
    QVERIFY(restored.restoreState(state));
    QCOMPARE(restored.zoom(), 2);
    QCOMPARE(restoredSpy.count(), 1);
    QCOMPARE(restored.mode(), ArticleReader::Mode::SideBySide);
    QCOMPARE(restored.isScrollSyncEnabled(), false);
    QCOMPARE(restored.saveState(), state);

    QTest::keyClick(englishText(*reader), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(reader->zoom(), 0);
    QCOMPARE(englishText(*reader)->font().pointSizeF(), size);
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
    QTest::newRow("future-version") << state(0x534b4152, 3, 0, 1);
    QTest::newRow("version-0") << state(0x534b4152, 0, 0, 1);
    QTest::newRow("mode-out-of-range") << state(0x534b4152, 1, 3, 1);
    QTest::newRow("negative-mode") << state(0x534b4152, 1, -1, 1);
    QTest::newRow("zoom-out-of-range") << state(0x534b4152, 1, 0, 500);
    QTest::newRow("trailing-bytes") << state(0x534b4152, 1, 0, 1, true);
}

void TestArticleReader::restoreGarbage()
{
    QFETCH(QByteArray, state);

    ArticleReader reader(*m_session);
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

    ArticleReader reader(*m_session);
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
    QCOMPARE(highlighted(reader), u"p7"_s);

    for (LinkBrowser *view : {indonesianText(reader), englishText(reader)}) {
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
    LinkBrowser *indonesian = indonesianText(*reader);
    const QPoint point = textPoint(indonesian, u"p3"_s); // "Jika Barat …": no link there
    QVERIFY(indonesian->anchorAt(point).isEmpty());
    QTest::mouseClick(indonesian->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(highlighted(*reader), u"p3"_s);
    QVERIFY(paragraphBlock(indonesian, u"p3"_s).blockFormat().hasProperty(QTextFormat::BackgroundBrush));
    QVERIFY(paragraphBlock(englishText(*reader), u"p3"_s).blockFormat().hasProperty(QTextFormat::BackgroundBrush));

    LinkBrowser *english = englishText(*reader);
    const QPoint other = textPoint(english, u"p4"_s, 1);
    QVERIFY(english->anchorAt(other).isEmpty());
    QTest::mouseClick(english->viewport(), Qt::LeftButton, {}, other);
    QCOMPARE(highlighted(*reader), u"p4"_s);
    QVERIFY(!paragraphBlock(indonesian, u"p3"_s).blockFormat().hasProperty(QTextFormat::BackgroundBrush));
    QVERIFY(paragraphBlock(indonesian, u"p4"_s).blockFormat().hasProperty(QTextFormat::BackgroundBrush));

    // A click in the margin beside the text changes nothing.
    QTest::mouseClick(english->viewport(), Qt::LeftButton, {}, QPoint(3, other.y()));
    QCOMPARE(highlighted(*reader), u"p4"_s);
    // A second click on the paragraph takes the mark away.
    QTest::mouseClick(english->viewport(), Qt::LeftButton, {}, other);
    QVERIFY(highlighted(*reader).isEmpty());
    QVERIFY(!paragraphBlock(indonesian, u"p4"_s).blockFormat().hasProperty(QTextFormat::BackgroundBrush));
}

void TestArticleReader::scrollInStep()
{
    const auto reader = makeReader(ArticleReader::Mode::SideBySide, {900, 450});
    QVERIFY(reader);
    QScrollBar *indonesian = indonesianText(*reader)->verticalScrollBar();
    QScrollBar *english = englishText(*reader)->verticalScrollBar();
    QVERIFY(indonesian->maximum() > 0);
    QVERIFY(english->maximum() > 0);

    // Bring p8 to the top on the Indonesian side: the English p8 comes into view too.
    const int p8 = paragraphRect(indonesianText(*reader), u"p8"_s).top() + indonesian->value();
    indonesian->setValue(p8);
    QVERIFY(english->value() > 0);
    QVERIFY(isVisibleIn(englishText(*reader), paragraphRect(englishText(*reader), u"p8"_s)));

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
    Session session;
    session.setDataset(m_data);
    ArticleReader reader(session);
    reader.resize(700, 450);
    reader.setMode(ArticleReader::Mode::English);
    reader.showArticle(ArticleId);
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    QTest::qWait(20);
    LinkBrowser *english = englishText(reader);
    // The place is the reference line, which moves down the view as the text scrolls: put it
    // just inside p11 (whatever the paragraphs around it hold), not p11 at the top of the view.
    QScrollBar *bar = english->verticalScrollBar();
    const qreal line = paragraphRect(english, u"p11"_s).top() + bar->value() + 5;
    bar->setValue(qRound(line * bar->maximum() / (bar->maximum() + english->viewport()->height())));
    QVERIFY(isVisibleIn(english, paragraphRect(english, u"p11"_s)));

    // The mode was chosen, so the text stays English; the labels change, the place stays.
    session.setLanguage(Language::Indonesian);
    QTest::qWait(20);
    QCOMPARE(reader.mode(), ArticleReader::Mode::English);
    QTRY_VERIFY(isVisibleIn(english, paragraphRect(english, u"p11"_s)));

    // Switching the mode keeps the place too.
    reader.setMode(ArticleReader::Mode::Indonesian);
    QTRY_VERIFY(isVisibleIn(indonesianText(reader), paragraphRect(indonesianText(reader), u"p11"_s)));
    session.setLanguage(Language::English); // the default locale back for the tests after this one
}

// Chrome is retranslated on LanguageChange, the article (content) on Session::languageChanged
// only: one render per switch.
void TestArticleReader::languageSwitchRendersOnce()
{
    Session session;
    session.setDataset(m_data);
    ArticleReader reader(session);
    reader.setMode(ArticleReader::Mode::English); // chosen: the text stays English
    reader.showArticle(ArticleId);
    reader.resize(800, 500);
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    QTest::qWait(20);
    QSignalSpy renders(reader.findChild<ParallelTextView *>(), &ParallelTextView::textsChanged);
    auto *sideBySide = reader.findChild<QToolButton *>(u"sideBySideMode"_s);
    QVERIFY(sideBySide);
    const QString englishBefore = englishText(reader)->toPlainText();

    // A translator installed makes Qt post LanguageChange: the buttons are retranslated, the
    // article, whose labels are translated too, is left alone.
    MarkingTranslator marker;
    QCoreApplication::installTranslator(&marker);
    QTRY_VERIFY(sideBySide->text().startsWith(u"[["_s));
    QVERIFY(findField(reader)->placeholderText().startsWith(u"[["_s));
    QCOMPARE(renders.count(), 0);
    QCOMPARE(englishText(reader)->toPlainText(), englishBefore);
    QCoreApplication::removeTranslator(&marker);
    QTRY_VERIFY(!sideBySide->text().startsWith(u"[["_s));

    // A real switch renders once, on languageChanged; the LanguageChange after it renders nothing.
    session.setLanguage(Language::Indonesian);
    QCOMPARE(renders.count(), 1);
    QTRY_COMPARE(sideBySide->text(), u"Ber&dampingan"_s);
    QTest::qWait(20);
    QCOMPARE(renders.count(), 1);
    const QString englishAfter = englishText(reader)->toPlainText();
    QVERIFY(englishAfter.contains(u"Russia Is Not Alone"_s)); // the text itself stays English
    QVERIFY(englishAfter != englishBefore);                   // its labels are now Indonesian
    session.setLanguage(Language::English);
    QCOMPARE(renders.count(), 2);
}

void TestArticleReader::datasetChangeRenders()
{
    Session session;
    ArticleReader reader(session);
    reader.setMode(ArticleReader::Mode::SideBySide);
    reader.showArticle(ArticleId);
    QVERIFY(englishText(reader)->toPlainText().contains(u"There is no article %1 in the data."_s.arg(ArticleId)));
    QVERIFY(indonesianText(reader)->toPlainText().contains(ArticleId));

    session.setDataset(m_data);
    QVERIFY(englishText(reader)->toPlainText().contains(u"Russia Is Not Alone"_s));
    QVERIFY(indonesianText(reader)->toPlainText().contains(u"Rusia Tak Sendirian"_s));
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
    // A checked note is a tooltip: its text is shown as written there too.
    paragraph.notes.append({{u"<img src=t>\"'&amp;"_s, u"<img src=t>\"'&amp;"_s}, u"country/RU"_s, {}, FactNote::Kind::Checked});
    article.paragraphs.append(paragraph);
    auto data = std::make_shared<Dataset>();
    data->articles.append(article);
    data->index();

    Session session;
    session.setDataset(data);
    ArticleReader reader(session);
    reader.setMode(ArticleReader::Mode::SideBySide);
    reader.showArticle(article.id);
    for (LinkBrowser *view : {indonesianText(reader), englishText(reader)}) {
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
        QCOMPARE(toolTips(view), QStringList{u"<img src=t>\"'&amp;"_s});
        QVERIFY(!text.contains(u"src=t"_s));
    }
}

// The find bar alone: side by side, the matches go paragraph by paragraph, the Indonesian
// one before its translation; the count and the marks follow the sides shown.
void TestArticleReader::findBarGoesParagraphByParagraph()
{
    QWidget window;
    auto *view = new ParallelTextView(&window);
    auto *bar = new FindBar(view, &window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(bar);
    layout->addWidget(view);
    view->setShown(ParallelTextView::Shown::Both);
    view->setTexts(paragraphsHtml({u"kata"_s, u"anjing"_s, u"kata dan kata"_s}),
                   paragraphsHtml({u"cat"_s, u"dog and cat"_s, u"cats"_s}));
    window.resize(600, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LinkBrowser *indonesian = indonesianText(window);
    LinkBrowser *english = englishText(window);

    QTest::keyClicks(findField(window), u"kata"_s);
    QCOMPARE(status(window), u"1 of 3 matches"_s);
    QCOMPARE(indonesian->extraSelections().size(), 3);
    QVERIFY(english->extraSelections().isEmpty());

    // "at" is in every English paragraph and in "kata": p1 id, p1 en, p2 en, p3 id, p3 id, p3 en.
    findField(window)->setText(u"at"_s);
    const QList<std::pair<LinkBrowser *, int>> expected = {
        {indonesian, 1}, {english, 1}, {english, 2}, {indonesian, 3}, {indonesian, 3}, {english, 3}};
    QCOMPARE(status(window), u"1 of 6 matches"_s);
    for (int i = 0; i < expected.size(); ++i) {
        const auto [side, paragraph] = expected.at(i);
        QVERIFY2(side->textCursor().hasSelection(), qPrintable(QString::number(i)));
        QCOMPARE(side->textCursor().selectedText(), u"at"_s);
        QCOMPARE(side->textCursor().block().text(), side->document()->findBlockByNumber(paragraph - 1).text());
        LinkBrowser *other = side == indonesian ? english : indonesian;
        QVERIFY2(!other->textCursor().hasSelection(), qPrintable(QString::number(i))); // one current match
        bar->findNext();
    }
    QCOMPARE(status(window), u"1 of 6 matches"_s); // round again

    // A side hidden takes its matches with it.
    view->setShown(ParallelTextView::Shown::English);
    bar->refresh();
    QVERIFY(status(window).endsWith(u" of 3 matches"_s));
    QVERIFY(indonesian->extraSelections().isEmpty());
    QTest::keyClick(findField(window), Qt::Key_Escape);
    QVERIFY(findStatus(window).isEmpty());
    QVERIFY(english->extraSelections().isEmpty());
}

// The parallel view alone: a side's text is laid out when it is new and shown, not again.
void TestArticleReader::viewLaysOutOnlyNewText()
{
    ParallelTextView view;
    QSignalSpy changed(&view, &ParallelTextView::textsChanged);
    const QString indonesianHtml = paragraphsHtml({u"satu"_s, u"dua"_s});
    const QString englishHtml = paragraphsHtml({u"one"_s, u"two"_s});

    view.setTexts(indonesianHtml, englishHtml); // English only: the Indonesian side is hidden
    QCOMPARE(changed.count(), 1);
    QVERIFY(englishText(view)->toPlainText().contains(u"two"_s));
    QVERIFY(indonesianText(view)->toPlainText().isEmpty());
    view.setTexts(indonesianHtml, englishHtml);
    QCOMPARE(changed.count(), 1);

    view.setShown(ParallelTextView::Shown::Both);
    view.setTexts(indonesianHtml, englishHtml);
    QCOMPARE(changed.count(), 2);
    QVERIFY(indonesianText(view)->toPlainText().contains(u"dua"_s));

    view.setHighlightedParagraph(u"p2"_s);
    for (LinkBrowser *side : {indonesianText(view), englishText(view)}) {
        QVERIFY(side->document()->findBlockByNumber(1).blockFormat().hasProperty(QTextFormat::BackgroundBrush));
        QVERIFY(!side->document()->findBlockByNumber(0).blockFormat().hasProperty(QTextFormat::BackgroundBrush));
    }
    view.resetPlace();
    QVERIFY(view.highlightedParagraph().isEmpty());
    QVERIFY(!englishText(view)->document()->findBlockByNumber(1).blockFormat().hasProperty(QTextFormat::BackgroundBrush));
}

QTEST_MAIN(TestArticleReader)
#include "tst_articlereader.moc"
