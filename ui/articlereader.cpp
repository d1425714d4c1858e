#include "articlereader.h"

#include "content/articlehtml.h"
#include "content/htmlwriter.h"
#include "linkbrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDataStream>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 StateMagic = 0x534b4152; // "SKAR"
constexpr quint16 StateVersion = 1;
constexpr int MinZoom = -5;
constexpr int MaxZoom = 12;
constexpr qreal ReadableColumns = 75; // characters per line at most
constexpr qreal SideGap = 14;         // pixels beside the text when the view is narrow
constexpr qreal JumpGap = 10;         // pixels above a paragraph scrolled to the top

enum Side { IndonesianSide, EnglishSide, SideCount };

Language sideLanguage(int side)
{
    return side == IndonesianSide ? Language::Indonesian : Language::English;
}

// a with t of b mixed in: tints that follow the palette, light or dark.
QColor mixed(const QColor &a, const QColor &b, float t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

struct ArticleReader::Private
{
    // Where the reader is in a text: a part (named by its anchor) and how far through it.
    // Positions survive a new layout, a language switch and the other side's text.
    struct Position
    {
        QString anchor;
        qreal fraction = 0;
    };
    struct Part
    {
        QString anchor;
        int position = 0; // in the document
    };
    struct View
    {
        LinkBrowser *browser = nullptr;
        QString html; // as last set: the same text is not laid out again
        QList<Part> parts;
        Position position;
        int highlightedBlock = -1;
        bool showsHit = false; // its selection is the current find hit, not the reader's own
    };
    struct Hit
    {
        int side;
        int start;
        int end;
        int part;
    };

    explicit Private(ArticleReader *reader) : q(reader) {}

    ArticleReader *q;
    std::shared_ptr<const Dataset> dataset;
    Language language = Language::English;
    QString articleId;
    Mode mode = Mode::English;
    bool modeExplicit = false;
    bool sync = true;
    int zoom = 0;
    bool ready = false;

    std::array<View, SideCount> views;
    QString jumpAnchor;  // a paragraph asked for: kept at the top until the reader scrolls
    QString highlighted; // paragraph id
    int lastScrolledSide = IndonesianSide;
    bool adjusting = false; // scrolling done here, not by the reader
    bool relayoutPending = false;
    QPoint pressPosition;
    int wheelDelta = 0;

    QList<Hit> hits;
    int currentHit = -1;

    QWidget *modeBox = nullptr;
    QButtonGroup *modeGroup = nullptr;
    std::array<QToolButton *, 3> modeButtons{};
    QCheckBox *syncBox = nullptr;
    QLineEdit *findField = nullptr;
    QToolButton *previousButton = nullptr;
    QToolButton *nextButton = nullptr;
    QLabel *findStatus = nullptr;
    QSplitter *splitter = nullptr;
    QAction *findAction = nullptr;
    QAction *findNextAction = nullptr;
    QAction *findPreviousAction = nullptr;
    QAction *zoomInAction = nullptr;
    QAction *zoomOutAction = nullptr;
    QAction *zoomResetAction = nullptr;

    bool isShown(int side) const;
    int primarySide() const;
    ArticleHtml::Colors htmlColors() const;

    void render();
    void collectParts(int side);
    void updateMargins(int side);
    void applyZoom();
    void applyMode(Mode newMode);

    int partIndex(int side, const QString &anchor) const;
    int partIndexAt(int side, int position) const;
    qreal partTop(int side, int index) const;
    qreal partBottom(int side, int index) const;
    qreal documentHeight(int side) const;
    qreal referenceLine(int side) const;
    void capture(int side);
    void restore(int side);
    void scrollPartToTop(int side, const QString &anchor);
    void scheduleRelayout();
    void relayout();
    void userScrolled(int side);

    void applyHighlight();
    void clickParagraph(int side, QPoint viewportPosition);

    void runFind(bool jumpToFirst);
    void showHits(bool scroll);
    void stepHit(int delta);
    void updateFindStatus();
};

bool ArticleReader::Private::isShown(int side) const
{
    return !views[side].browser->isHidden();
}

int ArticleReader::Private::primarySide() const
{
    switch (mode) {
    case Mode::Indonesian: return IndonesianSide;
    case Mode::English: return EnglishSide;
    case Mode::SideBySide: break;
    }
    return lastScrolledSide;
}

ArticleHtml::Colors ArticleReader::Private::htmlColors() const
{
    const QPalette palette = q->palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor highlight = palette.color(QPalette::Highlight);
    return {mixed(base, text, 0.62f), mixed(base, text, 0.045f), mixed(base, text, 0.16f), mixed(base, highlight, 0.10f),
            mixed(base, highlight, 0.45f)};
}

void ArticleReader::Private::render()
{
    const Article *article = dataset && !articleId.isEmpty() ? dataset->article(articleId) : nullptr;
    const ArticleHtml::Colors colors = htmlColors();
    const QScopedValueRollback guard(adjusting, true);
    for (int side = 0; side < SideCount; ++side) {
        View &view = views[side];
        if (!isShown(side)) {
            // A hidden side gets its text when it is shown (applyMode renders again).
            view.html.clear();
            continue;
        }
        QString html;
        if (article)
            html = ArticleHtml::document(*dataset, *article, sideLanguage(side), language, colors);
        else if (!articleId.isEmpty())
            html = Html::paragraph(Html::escaped(ArticleReader::tr("There is no article %1 in the data.").arg(articleId)));
        else
            html = Html::paragraph(Html::escaped(ArticleReader::tr("No article is open.")));
        // A language switch renders twice (setLanguage, then LanguageChange) and laying out an
        // article takes milliseconds: unchanged text keeps its layout.
        if (html == view.html)
            continue;
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
        collectParts(side);
    }
    applyHighlight();
    runFind(false);
    scheduleRelayout();
}

// The parts are found by their named anchors, wherever the layout puts them.
void ArticleReader::Private::collectParts(int side)
{
    View &view = views[side];
    view.parts.clear();
    const QTextDocument *doc = view.browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isAnchor())
                continue;
            const QStringList names = fragment.charFormat().anchorNames();
            for (const QString &name : names) {
                if (ArticleHtml::isPartAnchor(name))
                    view.parts.append({name, fragment.position()});
            }
        }
    }
}

// A readable line length: wide views get wide side margins rather than long lines.
void ArticleReader::Private::updateMargins(int side)
{
    LinkBrowser *browser = views[side].browser;
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

void ArticleReader::Private::applyZoom()
{
    QFont font = q->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(qMax(6.0, font.pointSizeF() + zoom));
    else
        font.setPixelSize(qMax(8, font.pixelSize() + zoom * 4 / 3));
    for (View &view : views)
        view.browser->setFont(font);
    scheduleRelayout();
}

void ArticleReader::Private::applyMode(Mode newMode)
{
    modeButtons[int(newMode)]->setChecked(true);
    if (newMode == mode)
        return;
    // The side the reader was looking at hands its place to the sides shown next.
    const Position from = views[primarySide()].position;
    const bool wasShown[SideCount] = {isShown(IndonesianSide), isShown(EnglishSide)};
    mode = newMode;
    views[IndonesianSide].browser->setVisible(mode != Mode::English);
    views[EnglishSide].browser->setVisible(mode != Mode::Indonesian);
    syncBox->setVisible(mode == Mode::SideBySide);
    if (mode == Mode::SideBySide)
        splitter->setSizes({1, 1}); // two equal halves, whatever the single view's width was
    for (int side = 0; side < SideCount; ++side) {
        if (isShown(side) && !wasShown[side])
            views[side].position = from;
    }
    if (ready)
        render();
    runFind(false);
    scheduleRelayout();
    emit q->modeChanged(mode);
}

int ArticleReader::Private::partIndex(int side, const QString &anchor) const
{
    const QList<Part> &parts = views[side].parts;
    for (int i = 0; i < parts.size(); ++i) {
        if (parts.at(i).anchor == anchor)
            return i;
    }
    return -1;
}

int ArticleReader::Private::partIndexAt(int side, int position) const
{
    const QList<Part> &parts = views[side].parts;
    int index = 0;
    while (index + 1 < parts.size() && parts.at(index + 1).position <= position)
        ++index;
    return index;
}

qreal ArticleReader::Private::partTop(int side, int index) const
{
    if (index <= 0) // the first part also covers the top margin
        return 0;
    const QTextDocument *doc = views[side].browser->document();
    return doc->documentLayout()->blockBoundingRect(doc->findBlock(views[side].parts.at(index).position)).top();
}

qreal ArticleReader::Private::partBottom(int side, int index) const
{
    return index + 1 < views[side].parts.size() ? partTop(side, index + 1) : documentHeight(side);
}

qreal ArticleReader::Private::documentHeight(int side) const
{
    const QTextDocument *doc = views[side].browser->document();
    // Lays out the whole document, so that the positions and the scroll range are final.
    doc->documentLayout()->blockBoundingRect(doc->lastBlock());
    return doc->documentLayout()->documentSize().height();
}

// The line in the document that two views keep level. It moves from the top of the view
// at the start of the text to its bottom at the end, so both texts reach their ends together.
qreal ArticleReader::Private::referenceLine(int side) const
{
    const QScrollBar *bar = views[side].browser->verticalScrollBar();
    const qreal height = views[side].browser->viewport()->height();
    return bar->maximum() > 0 ? bar->value() + height * bar->value() / bar->maximum() : 0;
}

void ArticleReader::Private::capture(int side)
{
    View &view = views[side];
    if (view.parts.isEmpty()) {
        view.position = {};
        return;
    }
    const qreal line = referenceLine(side);
    int index = 0;
    while (index + 1 < view.parts.size() && partTop(side, index + 1) <= line)
        ++index;
    const qreal top = partTop(side, index);
    const qreal height = partBottom(side, index) - top;
    view.position = {view.parts.at(index).anchor, height > 0 ? qBound(0.0, (line - top) / height, 1.0) : 0.0};
}

void ArticleReader::Private::restore(int side)
{
    View &view = views[side];
    documentHeight(side);
    const int index = partIndex(side, view.position.anchor);
    qreal line = 0;
    if (index >= 0) {
        const qreal top = partTop(side, index);
        line = top + view.position.fraction * (partBottom(side, index) - top);
    }
    QScrollBar *bar = view.browser->verticalScrollBar();
    const qreal maximum = bar->maximum();
    const qreal height = view.browser->viewport()->height();
    const QScopedValueRollback guard(adjusting, true);
    bar->setValue(maximum > 0 ? qRound(line * maximum / (maximum + height)) : 0);
}

void ArticleReader::Private::scrollPartToTop(int side, const QString &anchor)
{
    documentHeight(side);
    const int index = partIndex(side, anchor);
    if (index < 0)
        return;
    {
        const QScopedValueRollback guard(adjusting, true);
        views[side].browser->verticalScrollBar()->setValue(qRound(partTop(side, index) - JumpGap));
    }
    capture(side);
}

// After a new text, width, font or mode, once Qt has laid the text out again.
void ArticleReader::Private::scheduleRelayout()
{
    if (relayoutPending)
        return;
    relayoutPending = true;
    QTimer::singleShot(0, q, [this] { relayout(); });
}

void ArticleReader::Private::relayout()
{
    relayoutPending = false;
    for (int side = 0; side < SideCount; ++side) {
        if (!isShown(side))
            continue;
        updateMargins(side);
        if (!jumpAnchor.isEmpty())
            scrollPartToTop(side, jumpAnchor);
        else
            restore(side);
    }
}

void ArticleReader::Private::userScrolled(int side)
{
    if (adjusting || relayoutPending || !isShown(side))
        return;
    jumpAnchor.clear();
    lastScrolledSide = side;
    capture(side);
    if (mode == Mode::SideBySide && sync) {
        const int other = side == IndonesianSide ? EnglishSide : IndonesianSide;
        views[other].position = views[side].position;
        restore(other);
    }
}

void ArticleReader::Private::applyHighlight()
{
    const QColor background = mixed(q->palette().color(QPalette::Base), q->palette().color(QPalette::Highlight), 0.18f);
    for (int side = 0; side < SideCount; ++side) {
        View &view = views[side];
        QTextDocument *doc = view.browser->document();
        if (view.highlightedBlock >= 0) {
            QTextCursor cursor(doc->findBlock(view.highlightedBlock));
            QTextBlockFormat format = cursor.blockFormat();
            format.clearBackground();
            cursor.setBlockFormat(format);
            view.highlightedBlock = -1;
        }
        const int index = highlighted.isEmpty() ? -1 : partIndex(side, ArticleHtml::paragraphAnchor(highlighted));
        if (index < 0)
            continue;
        QTextCursor cursor(doc->findBlock(view.parts.at(index).position));
        QTextBlockFormat format = cursor.blockFormat();
        format.setBackground(background);
        cursor.setBlockFormat(format);
        view.highlightedBlock = cursor.block().position();
    }
}

// A click on a paragraph that is not on a link marks it and its translation; another click
// on it takes the mark away.
void ArticleReader::Private::clickParagraph(int side, QPoint viewportPosition)
{
    const View &view = views[side];
    if (view.parts.isEmpty())
        return;
    // Only a click on the text itself, not in the margins beside it.
    const QPointF documentPosition = viewportPosition + QPoint(view.browser->horizontalScrollBar()->value(),
                                                               view.browser->verticalScrollBar()->value());
    const int position = view.browser->document()->documentLayout()->hitTest(documentPosition, Qt::ExactHit);
    if (position < 0)
        return;
    const QString paragraph = ArticleHtml::paragraphFromAnchor(view.parts.at(partIndexAt(side, position)).anchor);
    highlighted = paragraph == highlighted ? QString() : paragraph;
    applyHighlight();
}

void ArticleReader::Private::runFind(bool jumpToFirst)
{
    const QString query = findField->text();
    hits.clear();
    if (!query.isEmpty()) {
        for (int side = 0; side < SideCount; ++side) {
            if (!isShown(side))
                continue;
            const QTextDocument *doc = views[side].browser->document();
            for (QTextCursor cursor = doc->find(query); !cursor.isNull(); cursor = doc->find(query, cursor))
                hits.append({side, cursor.selectionStart(), cursor.selectionEnd(), partIndexAt(side, cursor.selectionStart())});
        }
    }
    // Side by side, the hits go paragraph by paragraph: Indonesian, then its English.
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.part != b.part)
            return a.part < b.part;
        return a.side != b.side ? a.side < b.side : a.start < b.start;
    });
    if (hits.isEmpty()) {
        currentHit = -1;
    } else if (jumpToFirst) {
        // The first hit from where the reader is, not from the top.
        const int side = primarySide();
        const int here = partIndex(side, views[side].position.anchor);
        const auto it = std::find_if(hits.cbegin(), hits.cend(), [here](const Hit &hit) { return hit.part >= here; });
        currentHit = it == hits.cend() ? 0 : int(it - hits.cbegin());
    } else {
        currentHit = qBound(0, currentHit, int(hits.size()) - 1);
    }
    showHits(jumpToFirst);
}

void ArticleReader::Private::showHits(bool scroll)
{
    const QPalette palette = q->palette();
    QTextCharFormat all;
    all.setBackground(mixed(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.35f));
    QTextCharFormat current;
    current.setBackground(palette.color(QPalette::Highlight));
    current.setForeground(palette.color(QPalette::HighlightedText));

    for (int side = 0; side < SideCount; ++side) {
        LinkBrowser *browser = views[side].browser;
        QList<QTextEdit::ExtraSelection> selections;
        for (int i = 0; i < hits.size(); ++i) {
            const Hit &hit = hits.at(i);
            if (hit.side != side)
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(hit.start);
            cursor.setPosition(hit.end, QTextCursor::KeepAnchor);
            selections.append({cursor, i == currentHit ? current : all});
        }
        browser->setExtraSelections(selections);
        const bool hasCurrent = currentHit >= 0 && hits.at(currentHit).side == side;
        const bool hadHit = std::exchange(views[side].showsHit, hasCurrent);
        if (hasCurrent || (hadHit && browser->textCursor().hasSelection())) {
            QTextCursor cursor(browser->document());
            if (hasCurrent) {
                cursor.setPosition(hits.at(currentHit).start);
                cursor.setPosition(hits.at(currentHit).end, QTextCursor::KeepAnchor);
            } else {
                cursor = browser->cursorForPosition(QPoint(0, 0));
            }
            {
                // setTextCursor() scrolls the least it can; the place is set below.
                const QScopedValueRollback guard(adjusting, true);
                browser->setTextCursor(cursor);
            }
            if (!scroll || !hasCurrent)
                restore(side);
        }
    }
    if (scroll && currentHit >= 0) {
        const int side = hits.at(currentHit).side;
        LinkBrowser *browser = views[side].browser;
        const QRect rect = browser->cursorRect();
        const int height = browser->viewport()->height();
        if (rect.top() < height / 10 || rect.bottom() > height * 4 / 5) {
            const QScopedValueRollback guard(adjusting, true);
            browser->verticalScrollBar()->setValue(browser->verticalScrollBar()->value() + rect.top() - height / 3);
        }
        userScrolled(side);
    }
    updateFindStatus();
}

void ArticleReader::Private::stepHit(int delta)
{
    if (hits.isEmpty()) {
        runFind(true);
        return;
    }
    currentHit = (currentHit + delta + int(hits.size())) % int(hits.size());
    showHits(true);
}

void ArticleReader::Private::updateFindStatus()
{
    if (findField->text().isEmpty())
        findStatus->clear();
    else if (hits.isEmpty())
        findStatus->setText(ArticleReader::tr("No matches"));
    else
        findStatus->setText(ArticleReader::tr("%1 of %n match(es)", nullptr, int(hits.size())).arg(currentHit + 1));
    previousButton->setEnabled(!hits.isEmpty());
    nextButton->setEnabled(!hits.isEmpty());
}

ArticleReader::ArticleReader(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this))
{
    d->modeBox = new QWidget(this);
    auto *modeLayout = new QHBoxLayout(d->modeBox);
    modeLayout->setContentsMargins(0, 0, 0, 0);
    modeLayout->setSpacing(0);
    d->modeGroup = new QButtonGroup(this);
    for (int i = 0; i < 3; ++i) {
        auto *button = new QToolButton(d->modeBox);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        d->modeGroup->addButton(button, i);
        d->modeButtons[i] = button;
        modeLayout->addWidget(button);
    }
    d->syncBox = new QCheckBox(this);
    d->syncBox->setChecked(true);
    d->syncBox->setVisible(false);

    d->findField = new QLineEdit(this);
    d->findField->setClearButtonEnabled(true);
    d->findField->setMinimumWidth(160);
    d->findField->setMaximumWidth(260);
    d->findField->installEventFilter(this);
    d->previousButton = new QToolButton(this);
    d->previousButton->setIcon(QIcon::fromTheme(u"go-up"_s, style()->standardIcon(QStyle::SP_ArrowUp)));
    d->nextButton = new QToolButton(this);
    d->nextButton->setIcon(QIcon::fromTheme(u"go-down"_s, style()->standardIcon(QStyle::SP_ArrowDown)));
    d->findStatus = new QLabel(this);
    d->findStatus->setMinimumWidth(fontMetrics().horizontalAdvance(u"000 of 000 matches"_s));

    auto *controls = new QHBoxLayout;
    controls->addWidget(d->modeBox);
    controls->addSpacing(12);
    controls->addWidget(d->syncBox);
    controls->addStretch(1);
    controls->addWidget(d->findField);
    controls->addWidget(d->previousButton);
    controls->addWidget(d->nextButton);
    controls->addWidget(d->findStatus);

    d->splitter = new QSplitter(Qt::Horizontal, this);
    d->splitter->setObjectName(u"articleSplitter"_s);
    d->splitter->setChildrenCollapsible(false);
    for (int side = 0; side < SideCount; ++side) {
        auto *browser = new LinkBrowser(d->splitter);
        // An article is longer than the view: a scroll bar that came and went would lay the
        // whole text out twice for every new text (once without it, once with it).
        browser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        browser->viewport()->installEventFilter(this);
        d->views[side].browser = browser;
        d->splitter->addWidget(browser);
        connect(browser, &LinkBrowser::targetActivated, this, &ArticleReader::linkActivated);
        connect(browser->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, side] { d->userScrolled(side); });
    }
    d->views[IndonesianSide].browser->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(controls);
    layout->addWidget(d->splitter, 1);

    auto makeAction = [this](const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        // Window-wide while the reader is shown: the stacked panes hide it otherwise, and
        // Qt ignores shortcuts of hidden widgets. Ctrl+F then works right after opening.
        action->setShortcutContext(Qt::WindowShortcut);
        this->addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    auto withKey = [](QKeySequence::StandardKey standard, const QKeySequence &extra) {
        QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
        if (!keys.contains(extra))
            keys.append(extra);
        return keys;
    };
    d->findAction = makeAction(QKeySequence::keyBindings(QKeySequence::Find), [this] {
        d->findField->setFocus(Qt::ShortcutFocusReason);
        d->findField->selectAll();
    });
    d->findNextAction = makeAction(withKey(QKeySequence::FindNext, QKeySequence(Qt::Key_F3)), [this] { d->stepHit(1); });
    d->findPreviousAction =
        makeAction(withKey(QKeySequence::FindPrevious, QKeySequence(Qt::SHIFT | Qt::Key_F3)), [this] { d->stepHit(-1); });
    d->zoomInAction = makeAction(withKey(QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)),
                                [this] { setZoom(d->zoom + 1); });
    d->zoomOutAction = makeAction(QKeySequence::keyBindings(QKeySequence::ZoomOut), [this] { setZoom(d->zoom - 1); });
    d->zoomResetAction = makeAction({QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { setZoom(0); });

    connect(d->modeGroup, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    connect(d->syncBox, &QCheckBox::toggled, this, &ArticleReader::setScrollSyncEnabled);
    connect(d->findField, &QLineEdit::textChanged, this, [this] { d->runFind(true); });
    connect(d->previousButton, &QToolButton::clicked, this, [this] { d->stepHit(-1); });
    connect(d->nextButton, &QToolButton::clicked, this, [this] { d->stepHit(1); });

    setTabOrder(d->modeButtons[0], d->modeButtons[1]);
    setTabOrder(d->modeButtons[1], d->modeButtons[2]);
    setTabOrder(d->modeButtons[2], d->syncBox);
    setTabOrder(d->syncBox, d->findField);
    setTabOrder(d->findField, d->previousButton);
    setTabOrder(d->previousButton, d->nextButton);
    setTabOrder(d->nextButton, d->views[IndonesianSide].browser);
    setTabOrder(d->views[IndonesianSide].browser, d->views[EnglishSide].browser);

    d->modeButtons[int(d->mode)]->setChecked(true);
    d->ready = true;
    retranslateUi();
    d->applyZoom();
    d->render();
}

ArticleReader::~ArticleReader() = default;

void ArticleReader::setDataset(std::shared_ptr<const Dataset> dataset)
{
    d->dataset = std::move(dataset);
    d->render();
}

void ArticleReader::setLanguage(Language language)
{
    if (language == d->language)
        return;
    d->language = language;
    if (!d->modeExplicit)
        d->applyMode(language == Language::Indonesian ? Mode::Indonesian : Mode::English);
    d->render();
}

void ArticleReader::showArticle(const QString &id, const QString &paragraphId)
{
    if (id != d->articleId) {
        d->articleId = id;
        d->highlighted.clear();
        d->jumpAnchor.clear();
        for (Private::View &view : d->views)
            view.position = {};
        d->render();
    }
    if (!paragraphId.isEmpty()) {
        d->highlighted = paragraphId;
        d->applyHighlight();
        d->jumpAnchor = ArticleHtml::paragraphAnchor(paragraphId);
    }
    d->scheduleRelayout();
}

QString ArticleReader::articleId() const
{
    return d->articleId;
}

ArticleReader::Mode ArticleReader::mode() const
{
    return d->mode;
}

void ArticleReader::setMode(Mode mode)
{
    d->modeExplicit = true;
    d->applyMode(mode);
}

bool ArticleReader::isScrollSyncEnabled() const
{
    return d->sync;
}

void ArticleReader::setScrollSyncEnabled(bool enabled)
{
    d->syncBox->setChecked(enabled);
    if (enabled == d->sync)
        return;
    d->sync = enabled;
    if (enabled && d->mode == Mode::SideBySide) {
        const int from = d->primarySide();
        const int other = from == IndonesianSide ? EnglishSide : IndonesianSide;
        d->views[other].position = d->views[from].position;
        d->restore(other);
    }
}

int ArticleReader::zoom() const
{
    return d->zoom;
}

void ArticleReader::setZoom(int steps)
{
    steps = qBound(MinZoom, steps, MaxZoom);
    if (steps == d->zoom)
        return;
    d->zoom = steps;
    d->applyZoom();
    emit zoomChanged(steps);
}

QByteArray ArticleReader::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << StateMagic << StateVersion << qint32(d->mode) << d->modeExplicit << d->sync << qint32(d->zoom);
    return state;
}

bool ArticleReader::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != StateMagic || version != StateVersion)
        return false;
    qint32 mode = -1;
    bool explicitMode = false;
    bool sync = true;
    qint32 zoom = 0;
    in >> mode >> explicitMode >> sync >> zoom;
    if (in.status() != QDataStream::Ok || !in.atEnd() || mode < int(Mode::Indonesian) || mode > int(Mode::SideBySide)
        || zoom < MinZoom || zoom > MaxZoom)
        return false;

    setScrollSyncEnabled(sync);
    setZoom(zoom);
    if (explicitMode) {
        setMode(Mode(mode));
    } else {
        d->modeExplicit = false;
        d->applyMode(d->language == Language::Indonesian ? Mode::Indonesian : Mode::English);
    }
    return true;
}

LinkBrowser *ArticleReader::indonesianView() const
{
    return d->views[IndonesianSide].browser;
}

LinkBrowser *ArticleReader::englishView() const
{
    return d->views[EnglishSide].browser;
}

QLineEdit *ArticleReader::findField() const
{
    return d->findField;
}

QString ArticleReader::findStatus() const
{
    return d->findStatus->text();
}

QString ArticleReader::highlightedParagraph() const
{
    return d->highlighted;
}

void ArticleReader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (!d || !d->ready)
        return;
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        d->render();
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        d->render();
        break;
    case QEvent::FontChange:
        d->applyZoom();
        break;
    default:
        break;
    }
}

bool ArticleReader::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->findField && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            d->stepHit(key->modifiers() & Qt::ShiftModifier ? -1 : 1);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            if (d->findField->text().isEmpty())
                d->views[d->primarySide()].browser->setFocus(Qt::OtherFocusReason);
            else
                d->findField->clear();
            return true;
        }
        return false;
    }
    for (int side = 0; side < SideCount; ++side) {
        LinkBrowser *browser = d->views[side].browser;
        if (watched != browser->viewport())
            continue;
        switch (event->type()) {
        case QEvent::Resize:
            d->scheduleRelayout();
            break;
        case QEvent::MouseButtonPress: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton)
                d->pressPosition = mouse->position().toPoint();
            break;
        }
        case QEvent::MouseButtonRelease: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const QPoint position = mouse->position().toPoint();
            if (mouse->button() == Qt::LeftButton
                && (position - d->pressPosition).manhattanLength() < QApplication::startDragDistance()
                && browser->anchorAt(position).isEmpty())
                d->clickParagraph(side, position);
            break;
        }
        case QEvent::Wheel: {
            const auto *wheel = static_cast<QWheelEvent *>(event);
            if (!(wheel->modifiers() & Qt::ControlModifier))
                break;
            // Ctrl+wheel zooms in whole steps, also with the small deltas of touchpads.
            d->wheelDelta += wheel->angleDelta().y();
            const int steps = d->wheelDelta / QWheelEvent::DefaultDeltasPerStep;
            d->wheelDelta -= steps * QWheelEvent::DefaultDeltasPerStep;
            if (steps != 0)
                setZoom(d->zoom + steps);
            return true;
        }
        default:
            break;
        }
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void ArticleReader::retranslateUi()
{
    d->modeBox->setAccessibleName(tr("Article language"));
    d->modeButtons[int(Mode::Indonesian)]->setText(tr("&Indonesian", "show the article text in Indonesian"));
    d->modeButtons[int(Mode::Indonesian)]->setToolTip(tr("Read the original Indonesian text"));
    d->modeButtons[int(Mode::Indonesian)]->setAccessibleName(tr("Indonesian text"));
    d->modeButtons[int(Mode::English)]->setText(tr("&English", "show the article text in English"));
    d->modeButtons[int(Mode::English)]->setToolTip(tr("Read Sekutu's English translation"));
    d->modeButtons[int(Mode::English)]->setAccessibleName(tr("English text"));
    d->modeButtons[int(Mode::SideBySide)]->setText(tr("&Side by Side", "show the Indonesian and English texts next to each other"));
    d->modeButtons[int(Mode::SideBySide)]->setToolTip(tr("Read the Indonesian text and its English translation next to each other, paragraph by paragraph"));
    d->modeButtons[int(Mode::SideBySide)]->setAccessibleName(tr("Indonesian and English side by side"));
    d->syncBox->setText(tr("&Keep scrolling in step"));
    d->syncBox->setToolTip(tr("When one side scrolls, scroll the other side to the same paragraph"));

    const auto keys = [](const QAction *action) { return action->shortcut().toString(QKeySequence::NativeText); };
    d->findAction->setText(tr("Find in article"));
    d->findNextAction->setText(tr("Find Next"));
    d->findPreviousAction->setText(tr("Find Previous"));
    d->zoomInAction->setText(tr("Zoom In"));
    d->zoomOutAction->setText(tr("Zoom Out"));
    d->zoomResetAction->setText(tr("Reset Zoom"));
    d->findField->setPlaceholderText(tr("Find in article"));
    d->findField->setAccessibleName(tr("Find in article"));
    d->findField->setToolTip(tr("Find text in the article (%1); Enter for the next match, Shift+Enter for the previous one")
                                 .arg(keys(d->findAction)));
    d->previousButton->setToolTip(tr("Previous match (%1)").arg(keys(d->findPreviousAction)));
    d->previousButton->setAccessibleName(tr("Previous match"));
    d->nextButton->setToolTip(tr("Next match (%1)").arg(keys(d->findNextAction)));
    d->nextButton->setAccessibleName(tr("Next match"));
    d->findStatus->setAccessibleName(tr("Matches"));
    d->views[IndonesianSide].browser->setAccessibleName(tr("Article text in Indonesian"));
    d->views[EnglishSide].browser->setAccessibleName(tr("Article text in English"));
    d->updateFindStatus();
}
