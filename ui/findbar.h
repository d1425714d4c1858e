#pragma once

#include "paralleltextview.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QToolButton;

// Finds text in the sides a ParallelTextView shows: every match marked, the current one
// selected and brought into view, and a count ("3 of 7 matches"). Side by side, the matches
// go paragraph by paragraph: the Indonesian one, then its English translation.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(ParallelTextView *view, QWidget *parent = nullptr);

public slots:
    // Searches again (new text, a side shown or hidden), keeping the current match.
    void refresh();
    void findNext();
    void findPrevious();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Hit
    {
        ParallelTextView::Side side;
        int start;
        int end;
        int part;
    };

    void retranslateUi();
    void search(bool jumpToFirst);
    void showHits(bool scroll);
    void step(int delta);
    void updateStatus();

    ParallelTextView *m_view = nullptr;
    QList<Hit> m_hits;
    int m_current = -1;
    std::array<bool, ParallelTextView::SideCount> m_showsHit{}; // a side's selection is a match, not the reader's own

    QLineEdit *m_field = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
};
