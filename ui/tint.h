#pragma once

#include <QColor>

// a with t of b mixed in: tints that follow the palette, light or dark.
inline QColor tint(const QColor &a, const QColor &b, float t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}
