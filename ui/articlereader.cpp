#include "articlereader.h"

#include "content/articlehtml.h"
#include "content/htmlwriter.h"
#include "findbar.h"
#include "linkbrowser.h"
#include "paralleltextview.h"
#include "session/session.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDataStream>
#include <QEvent>
#include <QHBoxLayout>
#include <QIODevice>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 StateMagic = 0x534b4152; // "SKAR"
constexpr quint16 StateVersion = 2; // 2 added the notes switch; 1 is still read
constexpr int MinZoom = -5;
constexpr int MaxZoom = 12;

ParallelTextView::Shown shownIn(ArticleReader::Mode mode)
{
    switch (mode) {
    case ArticleReader::Mode::Indonesian: return ParallelTextView::Shown::Indonesian;
    case ArticleReader::Mode::English: return ParallelTextView::Shown::English;
    case ArticleReader::Mode::SideBySide: break;
    }
    return ParallelTextView::Shown::Both;
}

// A segmented control: joined segments, the checked one filled with the highlight colour.
// The colours are the reader's palette's, written out, so that it reads in light and dark
// themes alike and follows a palette change (see changeEvent).
QString modeStyleSheet(const QPalette &palette)
{
    return uR"(
QToolButton { border: 1px solid %1; background: %2; color: %3; padding: 3px 10px; }
QToolButton:hover { background: %4; }
QToolButton:checked { background: %5; color: %6; border-color: %5; }
QToolButton:focus { border: 2px solid %3; padding: 2px 9px; }
QToolButton#indonesianMode { border-top-left-radius: 4px; border-bottom-left-radius: 4px; }
QToolButton#sideBySideMode { border-top-right-radius: 4px; border-bottom-right-radius: 4px; }
)"_s.arg(palette.color(QPalette::Mid).name(), palette.color(QPalette::Base).name(), palette.color(QPalette::Text).name(),
         palette.color(QPalette::AlternateBase).name(), palette.color(QPalette::Highlight).name(),
         palette.color(QPalette::HighlightedText).name());
}

ArticleReader::Mode modeFor(Language language)
{
    return language == Language::Indonesian ? ArticleReader::Mode::Indonesian : ArticleReader::Mode::English;
}

} // namespace

ArticleReader::ArticleReader(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_mode(modeFor(session.language()))
{
    m_modeBox = new QWidget(this);
    m_modeBox->setObjectName(u"readingMode"_s);
    m_modeLabel = new QLabel(m_modeBox);
    m_modeLabel->setObjectName(u"modeLabel"_s);
    auto *modeLayout = new QHBoxLayout(m_modeBox);
    modeLayout->setContentsMargins(0, 0, 0, 0);
    modeLayout->setSpacing(0);
    modeLayout->addWidget(m_modeLabel);
    modeLayout->addSpacing(6);
    m_modeGroup = new QButtonGroup(this);
    for (int i = 0; i < int(m_modeButtons.size()); ++i) {
        auto *button = new QToolButton(m_modeBox);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_modeGroup->addButton(button, i);
        m_modeButtons[i] = button;
        modeLayout->addWidget(button);
    }
    m_modeButtons[int(Mode::Indonesian)]->setObjectName(u"indonesianMode"_s);
    m_modeButtons[int(Mode::English)]->setObjectName(u"englishMode"_s);
    m_modeButtons[int(Mode::SideBySide)]->setObjectName(u"sideBySideMode"_s);
    m_syncBox = new QCheckBox(this);
    m_syncBox->setObjectName(u"scrollSync"_s);
    m_syncBox->setChecked(true);
    m_notesBox = new QCheckBox(this);
    m_notesBox->setObjectName(u"showNotes"_s);
    m_notesBox->setChecked(m_notesShown);

    m_view = new ParallelTextView(this);
    m_view->setObjectName(u"parallelText"_s);
    m_findBar = new FindBar(m_view, this);
    m_findBar->setObjectName(u"findBar"_s);

    // The switches and the find bar sit beside the mode control when there is room, else on a
    // second row (see arrangeControls), so that the reader fits a small screen.
    m_switches = new QWidget(this);
    auto *switches = new QHBoxLayout(m_switches);
    switches->setContentsMargins(0, 0, 0, 0);
    switches->setSpacing(12);
    switches->addWidget(m_syncBox);
    switches->addWidget(m_notesBox);
    m_controls = new QWidget(this);
    auto *controls = new QVBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    controls->setSpacing(4);
    for (QHBoxLayout *&row : m_rows) {
        row = new QHBoxLayout;
        row->setSpacing(12);
        row->addStretch(1);
        controls->addLayout(row);
    }
    m_rows[0]->insertWidget(0, m_modeBox);
    placeControls(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_controls);
    layout->addWidget(m_view, 1);

    setTabOrder(m_modeButtons[0], m_modeButtons[1]);
    setTabOrder(m_modeButtons[1], m_modeButtons[2]);
    setTabOrder(m_modeButtons[2], m_syncBox);
    setTabOrder(m_syncBox, m_notesBox);
    setTabOrder(m_notesBox, m_findBar);

    auto makeAction = [this](const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        // Window-wide while the reader is shown, like the find bar's.
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    QList<QKeySequence> zoomInKeys = QKeySequence::keyBindings(QKeySequence::ZoomIn);
    if (!zoomInKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Equal)))
        zoomInKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Equal));
    m_zoomInAction = makeAction(zoomInKeys, [this] { setZoom(m_zoom + 1); });
    m_zoomOutAction = makeAction(QKeySequence::keyBindings(QKeySequence::ZoomOut), [this] { setZoom(m_zoom - 1); });
    m_zoomResetAction = makeAction({QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { setZoom(0); });

    connect(m_modeGroup, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    connect(m_syncBox, &QCheckBox::toggled, this, &ArticleReader::setScrollSyncEnabled);
    connect(m_notesBox, &QCheckBox::toggled, this, &ArticleReader::setNotesShown);
    connect(m_view, &ParallelTextView::linkActivated, this, &ArticleReader::linkActivated);
    connect(m_view, &ParallelTextView::zoomRequested, this, [this](int steps) { setZoom(m_zoom + steps); });
    connect(&m_session, &Session::datasetChanged, this, &ArticleReader::render);
    connect(&m_session, &Session::languageChanged, this, &ArticleReader::followLanguage);

    m_modeButtons[int(m_mode)]->setChecked(true);
    m_view->setShown(shownIn(m_mode));
    m_syncBox->setVisible(m_mode == Mode::SideBySide);
    styleModeControl();
    retranslateUi();
    applyZoom();
    render();
}

// The article is content: rendered on Session::languageChanged, never on LanguageChange.
void ArticleReader::render()
{
    const Dataset &data = m_session.dataset();
    const Article *article = m_articleId.isEmpty() ? nullptr : data.article(m_articleId);
    const Language interface = m_session.language();
    QString html[ParallelTextView::SideCount];
    for (auto side : {ParallelTextView::IndonesianSide, ParallelTextView::EnglishSide}) {
        if (!m_view->isShown(side))
            continue; // a hidden side gets its text when it is shown
        const Language content = side == ParallelTextView::IndonesianSide ? Language::Indonesian : Language::English;
        if (article)
            html[side] = ArticleHtml::document(data, *article, content, interface,
                                               m_notesShown ? ArticleHtml::Notes::Shown : ArticleHtml::Notes::Hidden);
        else if (!m_articleId.isEmpty())
            html[side] = Html::paragraph(Html::escaped(tr("There is no article %1 in the data.").arg(m_articleId)));
        else
            html[side] = Html::paragraph(Html::escaped(tr("No article is open.")));
    }
    m_view->setTexts(html[ParallelTextView::IndonesianSide], html[ParallelTextView::EnglishSide]);
}

void ArticleReader::placeControls(bool oneRow)
{
    m_oneRow = oneRow;
    QHBoxLayout *row = m_rows[oneRow ? 0 : 1];
    for (QWidget *widget : {m_switches, static_cast<QWidget *>(m_findBar)}) {
        for (QHBoxLayout *r : m_rows)
            r->removeWidget(widget);
    }
    // [mode box,] switches, stretch, find bar
    row->insertWidget(oneRow ? 1 : 0, m_switches);
    row->addWidget(m_findBar);
}

void ArticleReader::arrangeControls()
{
    const int gap = 12;
    const int mode = m_modeBox->sizeHint().width();
    const int rest = m_switches->sizeHint().width() + gap + m_findBar->minimumSizeHint().width();
    // Never narrower than two rows need: the window may be as small as the screen.
    if (const int least = qMax(mode, rest); least != m_controls->minimumWidth())
        m_controls->setMinimumWidth(least);
    const bool oneRow = m_controls->width() >= mode + gap + rest + gap;
    if (oneRow != m_oneRow)
        placeControls(oneRow);
}

void ArticleReader::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeControls();
}

void ArticleReader::applyZoom()
{
    QFont font = this->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(qMax(6.0, font.pointSizeF() + m_zoom));
    else
        font.setPixelSize(qMax(8, font.pixelSize() + m_zoom * 4 / 3));
    m_view->setTextFont(font);
}

bool ArticleReader::changeMode(Mode mode)
{
    m_modeButtons[int(mode)]->setChecked(true);
    if (mode == m_mode)
        return false;
    m_mode = mode;
    m_view->setShown(shownIn(mode));
    m_syncBox->setVisible(mode == Mode::SideBySide);
    arrangeControls();
    emit modeChanged(mode);
    return true;
}

void ArticleReader::applyMode(Mode mode)
{
    if (!changeMode(mode))
        return;
    render();
    m_findBar->refresh(); // a side hidden takes its matches with it
}

void ArticleReader::followLanguage()
{
    const bool modeChanged = !m_modeExplicit && changeMode(modeFor(m_session.language()));
    render();
    if (modeChanged)
        m_findBar->refresh();
}

void ArticleReader::showArticle(const QString &id, const QString &paragraphId)
{
    if (id != m_articleId) {
        m_articleId = id;
        m_view->resetPlace();
        render();
    }
    if (!paragraphId.isEmpty()) {
        m_view->setHighlightedParagraph(paragraphId);
        m_view->scrollToParagraph(paragraphId);
    }
}

void ArticleReader::setMode(Mode mode)
{
    m_modeExplicit = true;
    applyMode(mode);
}

bool ArticleReader::isScrollSyncEnabled() const
{
    return m_view->isScrollSyncEnabled();
}

void ArticleReader::setScrollSyncEnabled(bool enabled)
{
    m_syncBox->setChecked(enabled);
    m_view->setScrollSyncEnabled(enabled);
}

void ArticleReader::setZoom(int steps)
{
    steps = qBound(MinZoom, steps, MaxZoom);
    if (steps == m_zoom)
        return;
    m_zoom = steps;
    applyZoom();
    emit zoomChanged(steps);
}

void ArticleReader::setNotesShown(bool shown)
{
    m_notesBox->setChecked(shown);
    if (shown == m_notesShown)
        return;
    m_notesShown = shown;
    render();
    m_findBar->refresh(); // hidden notes take their matches with them
    emit notesShownChanged(shown);
}

QByteArray ArticleReader::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << StateMagic << StateVersion << qint32(m_mode) << m_modeExplicit << isScrollSyncEnabled() << qint32(m_zoom)
        << m_notesShown;
    return state;
}

bool ArticleReader::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != StateMagic || version < 1 || version > StateVersion)
        return false;
    qint32 mode = -1;
    bool explicitMode = false;
    bool sync = true;
    qint32 zoom = 0;
    bool notes = true;
    in >> mode >> explicitMode >> sync >> zoom;
    if (version >= 2)
        in >> notes;
    if (in.status() != QDataStream::Ok || !in.atEnd() || mode < int(Mode::Indonesian) || mode > int(Mode::SideBySide)
        || zoom < MinZoom || zoom > MaxZoom)
        return false;

    setScrollSyncEnabled(sync);
    setZoom(zoom);
    setNotesShown(notes);
    if (explicitMode) {
        setMode(Mode(mode));
    } else {
        m_modeExplicit = false;
        applyMode(modeFor(m_session.language()));
    }
    return true;
}

void ArticleReader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (!m_view) // still being built
        return;
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        break;
    case QEvent::PaletteChange:
        styleModeControl();
        render();
        break;
    case QEvent::StyleChange:
        render();
        break;
    case QEvent::FontChange:
        applyZoom();
        break;
    default:
        break;
    }
}

void ArticleReader::styleModeControl()
{
    m_modeBox->setStyleSheet(modeStyleSheet(palette()));
}

void ArticleReader::retranslateUi()
{
    m_modeLabel->setText(tr("Reading:", "label before the choice of the article text: Indonesian, English or side by side"));
    m_modeBox->setAccessibleName(tr("Article language"));
    m_modeButtons[int(Mode::Indonesian)]->setText(tr("&Indonesian", "show the article text in Indonesian"));
    m_modeButtons[int(Mode::Indonesian)]->setToolTip(tr("Read the original Indonesian text"));
    m_modeButtons[int(Mode::Indonesian)]->setAccessibleName(tr("Indonesian text"));
    m_modeButtons[int(Mode::English)]->setText(tr("&English", "show the article text in English"));
    m_modeButtons[int(Mode::English)]->setToolTip(tr("Read Sekutu's English translation"));
    m_modeButtons[int(Mode::English)]->setAccessibleName(tr("English text"));
    m_modeButtons[int(Mode::SideBySide)]->setText(tr("&Side by Side", "show the Indonesian and English texts next to each other"));
    m_modeButtons[int(Mode::SideBySide)]->setToolTip(tr("Read the Indonesian text and its English translation next to each other, paragraph by paragraph"));
    m_modeButtons[int(Mode::SideBySide)]->setAccessibleName(tr("Indonesian and English side by side"));
    m_notesBox->setText(tr("Show &notes", "the notes under the article's paragraphs on what changed since publication"));
    m_notesBox->setToolTip(tr("Show the notes on what has changed since the article was published, what is disputed and what was checked"));
    m_syncBox->setText(tr("&Keep scrolling in step"));
    m_syncBox->setToolTip(tr("When one side scrolls, scroll the other side to the same paragraph"));
    m_zoomInAction->setText(tr("Zoom In"));
    m_zoomOutAction->setText(tr("Zoom Out"));
    m_zoomResetAction->setText(tr("Reset Zoom"));
    m_view->browser(ParallelTextView::IndonesianSide)->setAccessibleName(tr("Article text in Indonesian"));
    m_view->browser(ParallelTextView::EnglishSide)->setAccessibleName(tr("Article text in English"));
    arrangeControls(); // the texts' widths changed
}
