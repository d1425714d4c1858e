#include "paralleltextview.h"

#include "content/articlehtml.h"
#include "content/panestyle.h"
#include "linkbrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QMouseEvent>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTimer>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal ReadableColumns = 75; // characters per line at most
constexpr qreal SideGap = 14;         // pixels beside the text when the view is narrow
constexpr qreal JumpGap = 10;         // pixels above a paragraph scrolled to the top

ParallelTextView::Side otherSide(ParallelTextView::Side side)
{
    return side == ParallelTextView::IndonesianSide ? ParallelTextView::EnglishSide : ParallelTextView::IndonesianSide;
}

} // namespace

ParallelTextView::ParallelTextView(QWidget *parent)
    : QWidget(parent)
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"articleSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    for (Side side : {IndonesianSide, EnglishSide}) {
        auto *browser = new LinkBrowser(m_splitter);
        browser->setObjectName(side == IndonesianSide ? u"indonesianText"_s : u"englishText"_s);
        // An article is longer than the view: a scroll bar that came and went would lay the
        // whole text out twice for every new text (once without it, once with it).
        browser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        browser->viewport()->installEventFilter(this);
        m_views[side].browser = browser;
        m_views[side].parts.collect(browser->document());
        m_splitter->addWidget(browser);
        connect(browser, &LinkBrowser::targetActivated, this, &ParallelTextView::linkActivated);
        connect(browser->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, side] { userScrolled(side); });
    }
    m_views[IndonesianSide].browser->setVisible(false);
    setTabOrder(m_views[IndonesianSide].browser, m_views[EnglishSide].browser);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

bool ParallelTextView::isShown(Side side) const
{
    return !m_views[side].browser->isHidden();
}

ParallelTextView::Side ParallelTextView::readingSide() const
{
    switch (m_shown) {
    case Shown::Indonesian: return IndonesianSide;
    case Shown::English: return EnglishSide;
    case Shown::Both: break;
    }
    return m_lastScrolled;
}

void ParallelTextView::setShown(Shown shown)
{
    if (shown == m_shown)
        return;
    const TextParts::Place from = m_views[readingSide()].place;
    const bool wasShown[SideCount] = {isShown(IndonesianSide), isShown(EnglishSide)};
    m_shown = shown;
    m_views[IndonesianSide].browser->setVisible(shown != Shown::English);
    m_views[EnglishSide].browser->setVisible(shown != Shown::Indonesian);
    if (shown == Shown::Both)
        m_splitter->setSizes({1, 1}); // two equal halves, whatever the single view's width was
    for (Side side : {IndonesianSide, EnglishSide}) {
        if (!isShown(side))
            m_views[side].html.clear(); // its text may change while hidden: set again when shown
        else if (!wasShown[side])
            m_views[side].place = from;
    }
    scheduleRelayout();
}

void ParallelTextView::setTexts(const QString &indonesianHtml, const QString &englishHtml)
{
    bool changed = false;
    {
        const QScopedValueRollback guard(m_adjusting, true);
        changed = setText(IndonesianSide, indonesianHtml);
        changed = setText(EnglishSide, englishHtml) || changed;
        if (changed)
            applyHighlight();
    }
    if (changed)
        emit textsChanged();
    scheduleRelayout();
}

bool ParallelTextView::setText(Side side, const QString &html)
{
    View &view = m_views[side];
    if (!isShown(side) || html == view.html)
        return false;
    view.html = html;
    {
        // One edit: the text is laid out once, with its margins.
        QTextCursor edit(view.browser->document());
        edit.beginEditBlock();
        view.browser->setHtml(html);
        view.browser->document()->setUndoRedoEnabled(false);
        view.highlightedBlock = -1;
        updateMargins(side);
        edit.endEditBlock();
    }
    view.parts.collect(view.browser->document());
    return true;
}

void ParallelTextView::setTextFont(const QFont &font)
{
    for (View &view : m_views)
        view.browser->setFont(font);
    scheduleRelayout();
}

void ParallelTextView::setScrollSyncEnabled(bool enabled)
{
    if (enabled == m_sync)
        return;
    m_sync = enabled;
    if (enabled && m_shown == Shown::Both) { // the other side catches up
        const Side from = readingSide();
        m_views[otherSide(from)].place = m_views[from].place;
        restore(otherSide(from));
    }
}

void ParallelTextView::resetPlace()
{
    m_highlighted.clear();
    m_jumpAnchor.clear();
    for (View &view : m_views)
        view.place = {};
    applyHighlight();
    scheduleRelayout();
}

void ParallelTextView::setHighlightedParagraph(const QString &paragraphId)
{
    m_highlighted = paragraphId;
    applyHighlight();
}

void ParallelTextView::scrollToParagraph(const QString &paragraphId)
{
    m_jumpAnchor = ArticleHtml::paragraphAnchor(paragraphId);
    scheduleRelayout();
}

// A readable line length: wide views get wide side margins rather than long lines.
void ParallelTextView::updateMargins(Side side)
{
    LinkBrowser *browser = m_views[side].browser;
    const qreal maxWidth = QFontMetricsF(browser->font()).averageCharWidth() * ReadableColumns;
    const qreal margin = qMax(SideGap, (browser->viewport()->width() - maxWidth) / 2);
    QTextFrame *root = browser->document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (qFuzzyCompare(format.leftMargin(), margin) && qFuzzyCompare(format.rightMargin(), margin)
        && qFuzzyCompare(format.topMargin(), SideGap))
        return;
    format.setLeftMargin(margin);
    format.setRightMargin(margin);
    format.setTopMargin(SideGap);
    format.setBottomMargin(2 * SideGap);
    root->setFrameFormat(format);
}

int ParallelTextView::partAt(Side side, int position) const
{
    return m_views[side].parts.indexAt(position);
}

int ParallelTextView::readingPart() const
{
    const View &view = m_views[readingSide()];
    return view.parts.indexOf(view.place.anchor);
}

// The line in the document that two views keep level. It moves from the top of the view
// at the start of the text to its bottom at the end, so both texts reach their ends together.
qreal ParallelTextView::referenceLine(Side side) const
{
    const QScrollBar *bar = m_views[side].browser->verticalScrollBar();
    const qreal height = m_views[side].browser->viewport()->height();
    return bar->maximum() > 0 ? bar->value() + height * bar->value() / bar->maximum() : 0;
}

void ParallelTextView::capture(Side side)
{
    m_views[side].place = m_views[side].parts.placeAt(referenceLine(side));
}

void ParallelTextView::restore(Side side)
{
    View &view = m_views[side];
    view.parts.documentHeight();
    const qreal line = view.parts.lineAt(view.place);
    QScrollBar *bar = view.browser->verticalScrollBar();
    const qreal maximum = bar->maximum();
    const qreal height = view.browser->viewport()->height();
    const QScopedValueRollback guard(m_adjusting, true);
    bar->setValue(maximum > 0 ? qRound(line * maximum / (maximum + height)) : 0);
}

void ParallelTextView::scrollPartToTop(Side side, const QString &anchor)
{
    const TextParts &parts = m_views[side].parts;
    parts.documentHeight();
    const int index = parts.indexOf(anchor);
    if (index < 0)
        return;
    {
        const QScopedValueRollback guard(m_adjusting, true);
        m_views[side].browser->verticalScrollBar()->setValue(qRound(parts.top(index) - JumpGap));
    }
    capture(side);
}

// After a new text, width, font or sides shown, once Qt has laid the text out again.
void ParallelTextView::scheduleRelayout()
{
    if (m_relayoutPending)
        return;
    m_relayoutPending = true;
    QTimer::singleShot(0, this, [this] { relayout(); });
}

void ParallelTextView::relayout()
{
    m_relayoutPending = false;
    for (Side side : {IndonesianSide, EnglishSide}) {
        if (!isShown(side))
            continue;
        updateMargins(side);
        if (!m_jumpAnchor.isEmpty())
            scrollPartToTop(side, m_jumpAnchor);
        else
            restore(side);
    }
}

void ParallelTextView::userScrolled(Side side)
{
    if (m_adjusting || m_relayoutPending || !isShown(side))
        return;
    m_jumpAnchor.clear();
    m_lastScrolled = side;
    capture(side);
    if (m_shown == Shown::Both && m_sync) {
        const Side other = otherSide(side);
        m_views[other].place = m_views[side].place;
        restore(other);
    }
}

void ParallelTextView::selectText(Side side, const QTextCursor &cursor, bool bringIntoView)
{
    LinkBrowser *browser = m_views[side].browser;
    {
        // setTextCursor() scrolls the least it can; the place is set below.
        const QScopedValueRollback guard(m_adjusting, true);
        browser->setTextCursor(cursor);
    }
    if (!bringIntoView) {
        restore(side);
        return;
    }
    const QRect rect = browser->cursorRect();
    const int height = browser->viewport()->height();
    if (rect.top() < height / 10 || rect.bottom() > height * 4 / 5) {
        const QScopedValueRollback guard(m_adjusting, true);
        browser->verticalScrollBar()->setValue(browser->verticalScrollBar()->value() + rect.top() - height / 3);
    }
    userScrolled(side);
}

void ParallelTextView::applyHighlight()
{
    const QColor background = Html::tint(palette().color(QPalette::Base), palette().color(QPalette::Highlight), 0.18f);
    for (Side side : {IndonesianSide, EnglishSide}) {
        View &view = m_views[side];
        QTextDocument *doc = view.browser->document();
        if (view.highlightedBlock >= 0) {
            QTextCursor cursor(doc->findBlock(view.highlightedBlock));
            QTextBlockFormat format = cursor.blockFormat();
            format.clearBackground();
            cursor.setBlockFormat(format);
            view.highlightedBlock = -1;
        }
        const int index = m_highlighted.isEmpty() ? -1 : view.parts.indexOf(ArticleHtml::paragraphAnchor(m_highlighted));
        if (index < 0)
            continue;
        QTextCursor cursor(doc->findBlock(view.parts.position(index)));
        QTextBlockFormat format = cursor.blockFormat();
        format.setBackground(background);
        cursor.setBlockFormat(format);
        view.highlightedBlock = cursor.block().position();
    }
}

// A click on a paragraph that is not on a link marks it and its translation; another click
// on it takes the mark away.
void ParallelTextView::clickParagraph(Side side, QPoint viewportPosition)
{
    const View &view = m_views[side];
    if (view.parts.isEmpty())
        return;
    // Only a click on the text itself, not in the margins beside it.
    const QPointF documentPosition = viewportPosition + QPoint(view.browser->horizontalScrollBar()->value(),
                                                               view.browser->verticalScrollBar()->value());
    const int position = view.browser->document()->documentLayout()->hitTest(documentPosition, Qt::ExactHit);
    if (position < 0)
        return;
    const QString paragraph = ArticleHtml::paragraphFromAnchor(view.parts.anchor(view.parts.indexAt(position)));
    setHighlightedParagraph(paragraph == m_highlighted ? QString() : paragraph);
}

bool ParallelTextView::eventFilter(QObject *watched, QEvent *event)
{
    for (Side side : {IndonesianSide, EnglishSide}) {
        LinkBrowser *browser = m_views[side].browser;
        if (watched != browser->viewport())
            continue;
        switch (event->type()) {
        case QEvent::Resize:
            scheduleRelayout();
            break;
        case QEvent::MouseButtonPress: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton)
                m_pressPosition = mouse->position().toPoint();
            break;
        }
        case QEvent::MouseButtonRelease: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const QPoint position = mouse->position().toPoint();
            if (mouse->button() == Qt::LeftButton
                && (position - m_pressPosition).manhattanLength() < QApplication::startDragDistance()
                && browser->anchorAt(position).isEmpty())
                clickParagraph(side, position);
            break;
        }
        case QEvent::Wheel: {
            const auto *wheel = static_cast<QWheelEvent *>(event);
            if (!(wheel->modifiers() & Qt::ControlModifier))
                break;
            // Ctrl+wheel zooms in whole steps, also with the small deltas of touchpads.
            m_wheelDelta += wheel->angleDelta().y();
            const int steps = m_wheelDelta / QWheelEvent::DefaultDeltasPerStep;
            m_wheelDelta -= steps * QWheelEvent::DefaultDeltasPerStep;
            if (steps != 0)
                emit zoomRequested(steps);
            return true;
        }
        default:
            break;
        }
        break;
    }
    return QWidget::eventFilter(watched, event);
}
