#include "findbar.h"

#include "arrowicon.h"
#include "clearbutton.h"
#include "content/panestyle.h"
#include "linkbrowser.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

QList<QKeySequence> withKey(QKeySequence::StandardKey standard, const QKeySequence &extra)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    if (!keys.contains(extra))
        keys.append(extra);
    return keys;
}

} // namespace

FindBar::FindBar(ParallelTextView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    m_field = new QLineEdit(this);
    m_field->setObjectName(u"findField"_s);
    ClearButton::enableOnFirstText(m_field);
    m_field->setMinimumWidth(160);
    m_field->setMaximumWidth(260);
    m_field->installEventFilter(this);
    m_previousButton = new QToolButton(this);
    m_previousButton->setObjectName(u"findPrevious"_s);
    m_previousButton->setIcon(ArrowIcon::make(Qt::UpArrow));
    m_nextButton = new QToolButton(this);
    m_nextButton->setObjectName(u"findNext"_s);
    m_nextButton->setIcon(ArrowIcon::make(Qt::DownArrow));
    m_status = new QLabel(this);
    m_status->setObjectName(u"findStatus"_s);
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(u"000 of 000 matches"_s));
    setFocusProxy(m_field);
    // The bar comes before the texts it searches (the view was made first).
    setTabOrder(m_field, m_previousButton);
    setTabOrder(m_previousButton, m_nextButton);
    setTabOrder(m_nextButton, m_view->browser(ParallelTextView::IndonesianSide));
    setTabOrder(m_view->browser(ParallelTextView::IndonesianSide), m_view->browser(ParallelTextView::EnglishSide));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_previousButton);
    layout->addWidget(m_nextButton);
    layout->addWidget(m_status);

    auto makeAction = [this](const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        // Window-wide while the bar is shown: the stacked panes hide it otherwise, and Qt
        // ignores shortcuts of hidden widgets. Ctrl+F then works right after opening.
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_findAction = makeAction(QKeySequence::keyBindings(QKeySequence::Find), [this] {
        m_field->setFocus(Qt::ShortcutFocusReason);
        m_field->selectAll();
    });
    m_findNextAction = makeAction(withKey(QKeySequence::FindNext, QKeySequence(Qt::Key_F3)), &FindBar::findNext);
    m_findPreviousAction =
        makeAction(withKey(QKeySequence::FindPrevious, QKeySequence(Qt::SHIFT | Qt::Key_F3)), &FindBar::findPrevious);

    connect(m_field, &QLineEdit::textChanged, this, [this] { search(true); });
    connect(m_previousButton, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_nextButton, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_view, &ParallelTextView::textsChanged, this, &FindBar::refresh);

    retranslateUi();
}

void FindBar::refresh()
{
    search(false);
}

void FindBar::findNext()
{
    step(1);
}

void FindBar::findPrevious()
{
    step(-1);
}

void FindBar::search(bool jumpToFirst)
{
    const QString query = m_field->text();
    m_hits.clear();
    if (!query.isEmpty()) {
        for (auto side : {ParallelTextView::IndonesianSide, ParallelTextView::EnglishSide}) {
            if (!m_view->isShown(side))
                continue;
            const QTextDocument *doc = m_view->browser(side)->document();
            for (QTextCursor cursor = doc->find(query); !cursor.isNull(); cursor = doc->find(query, cursor))
                m_hits.append({side, cursor.selectionStart(), cursor.selectionEnd(), m_view->partAt(side, cursor.selectionStart())});
        }
    }
    std::sort(m_hits.begin(), m_hits.end(), [](const Hit &a, const Hit &b) {
        if (a.part != b.part)
            return a.part < b.part;
        return a.side != b.side ? a.side < b.side : a.start < b.start;
    });
    if (m_hits.isEmpty()) {
        m_current = -1;
    } else if (jumpToFirst) {
        // The first match from where the reader is, not from the top.
        const int here = m_view->readingPart();
        const auto it = std::find_if(m_hits.cbegin(), m_hits.cend(), [here](const Hit &hit) { return hit.part >= here; });
        m_current = it == m_hits.cend() ? 0 : int(it - m_hits.cbegin());
    } else {
        m_current = qBound(0, m_current, int(m_hits.size()) - 1);
    }
    showHits(jumpToFirst);
}

void FindBar::showHits(bool scroll)
{
    const QPalette palette = m_view->palette();
    QTextCharFormat all;
    all.setBackground(Html::tint(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.35f));
    QTextCharFormat current;
    current.setBackground(palette.color(QPalette::Highlight));
    current.setForeground(palette.color(QPalette::HighlightedText));

    for (auto side : {ParallelTextView::IndonesianSide, ParallelTextView::EnglishSide}) {
        LinkBrowser *browser = m_view->browser(side);
        QList<QTextEdit::ExtraSelection> selections;
        for (int i = 0; i < m_hits.size(); ++i) {
            const Hit &hit = m_hits.at(i);
            if (hit.side != side)
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(hit.start);
            cursor.setPosition(hit.end, QTextCursor::KeepAnchor);
            selections.append({cursor, i == m_current ? current : all});
        }
        browser->setExtraSelections(selections);
        const bool hasCurrent = m_current >= 0 && m_hits.at(m_current).side == side;
        const bool hadHit = std::exchange(m_showsHit[side], hasCurrent);
        if (hasCurrent) {
            QTextCursor cursor(browser->document());
            cursor.setPosition(m_hits.at(m_current).start);
            cursor.setPosition(m_hits.at(m_current).end, QTextCursor::KeepAnchor);
            m_view->selectText(side, cursor, scroll);
        } else if (hadHit && browser->textCursor().hasSelection()) {
            m_view->selectText(side, browser->cursorForPosition(QPoint(0, 0)), false); // the old match unselected
        }
    }
    updateStatus();
}

void FindBar::step(int delta)
{
    if (m_hits.isEmpty()) {
        search(true);
        return;
    }
    m_current = (m_current + delta + int(m_hits.size())) % int(m_hits.size());
    showHits(true);
}

void FindBar::updateStatus()
{
    if (m_field->text().isEmpty())
        m_status->clear();
    else if (m_hits.isEmpty())
        m_status->setText(tr("No matches"));
    else
        m_status->setText(tr("%1 of %n match(es)", nullptr, int(m_hits.size())).arg(m_current + 1));
    m_previousButton->setEnabled(!m_hits.isEmpty());
    m_nextButton->setEnabled(!m_hits.isEmpty());
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            step(key->modifiers() & Qt::ShiftModifier ? -1 : 1);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            if (m_field->text().isEmpty())
                m_view->browser(m_view->readingSide())->setFocus(Qt::OtherFocusReason);
            else
                m_field->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void FindBar::retranslateUi()
{
    const auto keys = [](const QAction *action) { return action->shortcut().toString(QKeySequence::NativeText); };
    m_findAction->setText(tr("Find in article"));
    m_findNextAction->setText(tr("Find Next"));
    m_findPreviousAction->setText(tr("Find Previous"));
    m_field->setPlaceholderText(tr("Find in article"));
    m_field->setAccessibleName(tr("Find in article"));
    m_field->setToolTip(tr("Find text in the article (%1); Enter for the next match, Shift+Enter for the previous one")
                            .arg(keys(m_findAction)));
    m_previousButton->setToolTip(tr("Previous match (%1)").arg(keys(m_findPreviousAction)));
    m_previousButton->setAccessibleName(tr("Previous match"));
    m_nextButton->setToolTip(tr("Next match (%1)").arg(keys(m_findNextAction)));
    m_nextButton->setAccessibleName(tr("Next match"));
    m_status->setAccessibleName(tr("Matches"));
    updateStatus();
}
