#pragma once

#include <QList>
#include <QString>

class QTextDocument;

// The parts of a laid-out article text (head, paragraphs, attribution), found by the named
// anchors that start them (see ArticleHtml), and where the layout puts them. A place in the
// text is a part and how far through it: it survives a new layout, a new font and the
// other language's text, which is what keeps two texts in step.
class TextParts final
{
public:
    struct Place
    {
        QString anchor;
        qreal fraction = 0;
    };

    void collect(const QTextDocument *document);
    bool isEmpty() const { return m_parts.isEmpty(); }
    int position(int index) const { return m_parts.at(index).position; }
    QString anchor(int index) const { return m_parts.at(index).anchor; }
    int indexOf(const QString &anchor) const; // -1 when there is no such part
    int indexAt(int position) const;          // the part a document position falls in

    qreal top(int index) const;
    qreal bottom(int index) const;
    // Lays out the whole document, so that the positions and the scroll range are final.
    qreal documentHeight() const;

    Place placeAt(qreal line) const;
    qreal lineAt(const Place &place) const; // the top when the place is not in this text

private:
    struct Part
    {
        QString anchor;
        int position = 0; // in the document
    };

    const QTextDocument *m_document = nullptr;
    QList<Part> m_parts;
};
