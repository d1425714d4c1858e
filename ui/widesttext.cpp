#include "widesttext.h"

#include <QHash>

#include <algorithm>

int WidestText::width(const QFontMetrics &metrics, const QStringList &texts)
{
    // Kerning and shaping move a text's width from the sum of its characters' advances by a few
    // per cent at most; a tenth is left for them, and every text estimated that close to the
    // widest estimate is measured exactly.
    QHash<char32_t, int> advances;
    QList<int> estimates;
    estimates.reserve(texts.size());
    int widestEstimate = 0;
    for (const QString &text : texts) {
        int estimate = 0;
        for (const char32_t c : text.toUcs4()) {
            auto it = advances.find(c);
            if (it == advances.end())
                it = advances.insert(c, metrics.horizontalAdvance(QString::fromUcs4(&c, 1)));
            estimate += *it;
        }
        estimates.append(estimate);
        widestEstimate = std::max(widestEstimate, estimate);
    }
    const int threshold = widestEstimate - widestEstimate / 10 - metrics.averageCharWidth();
    int widest = 0;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (estimates.at(i) >= threshold)
            widest = std::max(widest, metrics.horizontalAdvance(texts.at(i)));
    }
    return widest;
}
