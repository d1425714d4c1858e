#include "articlereader.h"

#include "content/articlehtml.h"
#include "content/htmlwriter.h"
#include "findbar.h"
#include "linkbrowser.h"
#include "paralleltextview.h"
#include "session/session.h"
#include "tint.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDataStream>
#include <QEvent>
#include <QHBoxLayout>
#include <QIODevice>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 StateMagic = 0x534b4152; // "SKAR"
constexpr quint16 StateVersion = 1;
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
    auto *modeLayout = new QHBoxLayout(m_modeBox);
    modeLayout->setContentsMargins(0, 0, 0, 0);
    modeLayout->setSpacing(0);
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

    m_view = new ParallelTextView(this);
    m_view->setObjectName(u"parallelText"_s);
    m_findBar = new FindBar(m_view, this);
    m_findBar->setObjectName(u"findBar"_s);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_modeBox);
    controls->addSpacing(12);
    controls->addWidget(m_syncBox);
    controls->addStretch(1);
    controls->addWidget(m_findBar);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);

    setTabOrder(m_modeButtons[0], m_modeButtons[1]);
    setTabOrder(m_modeButtons[1], m_modeButtons[2]);
    setTabOrder(m_modeButtons[2], m_syncBox);
    setTabOrder(m_syncBox, m_findBar);

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
    connect(m_view, &ParallelTextView::linkActivated, this, &ArticleReader::linkActivated);
    connect(m_view, &ParallelTextView::zoomRequested, this, [this](int steps) { setZoom(m_zoom + steps); });
    connect(&m_session, &Session::datasetChanged, this, &ArticleReader::render);
    connect(&m_session, &Session::languageChanged, this, &ArticleReader::followLanguage);

    m_modeButtons[int(m_mode)]->setChecked(true);
    m_view->setShown(shownIn(m_mode));
    m_syncBox->setVisible(m_mode == Mode::SideBySide);
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
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    const QColor highlight = palette().color(QPalette::Highlight);
    const ArticleHtml::Colors colors{tint(base, text, 0.62f), tint(base, text, 0.045f), tint(base, text, 0.16f),
                                     tint(base, highlight, 0.10f), tint(base, highlight, 0.45f)};
    QString html[ParallelTextView::SideCount];
    for (auto side : {ParallelTextView::IndonesianSide, ParallelTextView::EnglishSide}) {
        if (!m_view->isShown(side))
            continue; // a hidden side gets its text when it is shown
        const Language content = side == ParallelTextView::IndonesianSide ? Language::Indonesian : Language::English;
        if (article)
            html[side] = ArticleHtml::document(data, *article, content, interface, colors);
        else if (!m_articleId.isEmpty())
            html[side] = Html::paragraph(Html::escaped(tr("There is no article %1 in the data.").arg(m_articleId)));
        else
            html[side] = Html::paragraph(Html::escaped(tr("No article is open.")));
    }
    m_view->setTexts(html[ParallelTextView::IndonesianSide], html[ParallelTextView::EnglishSide]);
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

QByteArray ArticleReader::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << StateMagic << StateVersion << qint32(m_mode) << m_modeExplicit << isScrollSyncEnabled() << qint32(m_zoom);
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

void ArticleReader::retranslateUi()
{
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
    m_syncBox->setText(tr("&Keep scrolling in step"));
    m_syncBox->setToolTip(tr("When one side scrolls, scroll the other side to the same paragraph"));
    m_zoomInAction->setText(tr("Zoom In"));
    m_zoomOutAction->setText(tr("Zoom Out"));
    m_zoomResetAction->setText(tr("Reset Zoom"));
    m_view->browser(ParallelTextView::IndonesianSide)->setAccessibleName(tr("Article text in Indonesian"));
    m_view->browser(ParallelTextView::EnglishSide)->setAccessibleName(tr("Article text in English"));
}
