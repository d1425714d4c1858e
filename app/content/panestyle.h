#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace Html {

// The one style sheet of the HTML that the panes and the article reader show, with the
// colours taken from the view's palette so that the text reads in light and dark themes. The
// HTML itself names classes only ("dim", "asof", "note", …), never colours.
QString styleSheet(const QPalette &palette);

// `from` with `amount` (0…1) of `to` mixed in: the tints of the style sheet and of the views'
// highlights, so that they follow the palette, light or dark.
QColor tint(const QColor &from, const QColor &to, float amount);

} // namespace Html
