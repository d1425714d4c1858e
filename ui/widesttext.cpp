#include "widesttext.h"

#include <QFontMetricsF>
#include <QHash>

#include <algorithm>

namespace {

// Scripts whose width is the sum of their letters' advances, give or take kerning: no shaping
// joins, reorders or stacks their letters.
bool isSimple(const QString &text)
{
    for (const QChar c : text) {
        if (c.isMark() || c.isSurrogate())
            return false;
        switch (c.script()) {
        case QChar::Script_Common:
        case QChar::Script_Latin:
        case QChar::Script_Greek:
        case QChar::Script_Cyrillic:
            break;
        default:
            return false;
        }
    }
    return true;
}

} // namespace

int WidestText::width(const QFontMetrics &metrics, const QStringList &texts)
{
    // A simple text's width differs from the sum of its letters' (unrounded) advances by its
    // kerning, a few per cent at most; a tenth and a letter are left for it, and every text
    // estimated that close to the widest estimate is measured exactly, as is every other text.
    const QFontMetricsF advances(metrics);
    QHash<QChar, qreal> advanceOf;
    QList<qreal> estimates(texts.size(), -1);
    qreal widestEstimate = 0;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (!isSimple(texts.at(i)))
            continue;
        qreal estimate = 0;
        for (const QChar c : texts.at(i)) {
            auto it = advanceOf.find(c);
            if (it == advanceOf.end())
                it = advanceOf.insert(c, advances.horizontalAdvance(c));
            estimate += *it;
        }
        estimates[i] = estimate;
        widestEstimate = std::max(widestEstimate, estimate);
    }
    const qreal threshold = widestEstimate * 0.9 - metrics.averageCharWidth();
    int widest = 0;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (estimates.at(i) < 0 || estimates.at(i) >= threshold)
            widest = std::max(widest, metrics.horizontalAdvance(texts.at(i)));
    }
    return widest;
}
