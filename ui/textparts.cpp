#include "textparts.h"

#include "content/articlehtml.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>

void TextParts::collect(const QTextDocument *document)
{
    m_document = document;
    m_parts.clear();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isAnchor())
                continue;
            const QStringList names = fragment.charFormat().anchorNames();
            for (const QString &name : names) {
                if (ArticleHtml::isPartAnchor(name))
                    m_parts.append({name, fragment.position()});
            }
        }
    }
}

int TextParts::indexOf(const QString &anchor) const
{
    for (int i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).anchor == anchor)
            return i;
    }
    return -1;
}

int TextParts::indexAt(int position) const
{
    int index = 0;
    while (index + 1 < m_parts.size() && m_parts.at(index + 1).position <= position)
        ++index;
    return index;
}

qreal TextParts::top(int index) const
{
    if (index <= 0) // the first part also covers the top margin
        return 0;
    const QTextBlock block = m_document->findBlock(m_parts.at(index).position);
    return m_document->documentLayout()->blockBoundingRect(block).top();
}

qreal TextParts::bottom(int index) const
{
    return index + 1 < m_parts.size() ? top(index + 1) : documentHeight();
}

qreal TextParts::documentHeight() const
{
    if (!m_document)
        return 0;
    m_document->documentLayout()->blockBoundingRect(m_document->lastBlock());
    return m_document->documentLayout()->documentSize().height();
}

TextParts::Place TextParts::placeAt(qreal line) const
{
    if (m_parts.isEmpty())
        return {};
    int index = 0;
    while (index + 1 < m_parts.size() && top(index + 1) <= line)
        ++index;
    const qreal partTop = top(index);
    const qreal height = bottom(index) - partTop;
    return {m_parts.at(index).anchor, height > 0 ? qBound(0.0, (line - partTop) / height, 1.0) : 0.0};
}

qreal TextParts::lineAt(const Place &place) const
{
    const int index = indexOf(place.anchor);
    if (index < 0)
        return 0;
    const qreal partTop = top(index);
    return partTop + place.fraction * (bottom(index) - partTop);
}
