#pragma once

#include "navigation/linktarget.h"
#include "textparts.h"

#include <QWidget>

#include <array>

class LinkBrowser;
class QSplitter;
class QTextCursor;

// An Indonesian text and its English translation, one of them or both side by side. The
// texts are split into parts by named anchors (see ArticleHtml); the place in each text is
// kept as a part and how far through it, so that the two sides scroll in step, and a side
// shown next, a new layout or a new font keep the reader's place. A click on a paragraph
// marks it and its translation.
class ParallelTextView final : public QWidget
{
    Q_OBJECT

public:
    enum Side { IndonesianSide, EnglishSide, SideCount };
    enum class Shown { Indonesian, English, Both };

    explicit ParallelTextView(QWidget *parent = nullptr);

    // A side shown next takes the place of the side read before.
    void setShown(Shown shown);
    bool isShown(Side side) const;
    // The side the reader reads: the one shown, or side by side the one last scrolled.
    Side readingSide() const;
    LinkBrowser *browser(Side side) const { return m_views[side].browser; }

    // The text of the sides shown (a hidden side's is ignored); unchanged text is not laid out again.
    void setTexts(const QString &indonesianHtml, const QString &englishHtml);
    void setTextFont(const QFont &font);

    bool isScrollSyncEnabled() const { return m_sync; }
    void setScrollSyncEnabled(bool enabled);

    // A new text: back to its top, nothing marked.
    void resetPlace();
    QString highlightedParagraph() const { return m_highlighted; }
    void setHighlightedParagraph(const QString &paragraphId);
    // Keeps the paragraph at the top, through layouts still to come, until the reader scrolls.
    void scrollToParagraph(const QString &paragraphId);

    // For find: the part a position falls in, the part being read, and a found text selected
    // in place (the side keeps its place) or brought into view (the other side follows).
    int partAt(Side side, int position) const;
    int readingPart() const;
    void selectText(Side side, const QTextCursor &cursor, bool bringIntoView);

signals:
    void linkActivated(const LinkTarget &target);
    void textsChanged();            // a side got new text
    void zoomRequested(int steps);  // Ctrl+wheel

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct View
    {
        LinkBrowser *browser = nullptr;
        QString html; // as last set: the same text is not laid out again
        TextParts parts;
        TextParts::Place place; // where the reader is
        int highlightedBlock = -1;
    };

    bool setText(Side side, const QString &html);
    void updateMargins(Side side);
    qreal referenceLine(Side side) const;
    void capture(Side side);
    void restore(Side side);
    void scrollPartToTop(Side side, const QString &anchor);
    void scheduleRelayout();
    void relayout();
    void userScrolled(Side side);
    void applyHighlight();
    void clickParagraph(Side side, QPoint viewportPosition);

    std::array<View, SideCount> m_views;
    QSplitter *m_splitter = nullptr;
    Shown m_shown = Shown::English;
    bool m_sync = true;
    QString m_jumpAnchor;  // a paragraph asked for: kept at the top until the reader scrolls
    QString m_highlighted; // paragraph id
    Side m_lastScrolled = IndonesianSide;
    bool m_adjusting = false; // scrolling done here, not by the reader
    bool m_relayoutPending = false;
    QPoint m_pressPosition;
    int m_wheelDelta = 0;
};
