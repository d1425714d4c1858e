#pragma once

#include <QString>

class QPalette;

namespace Html {

// The one style sheet of the HTML that the panes and the article reader show, with the
// colours taken from the view's palette so that the text reads in light and dark themes. The
// HTML itself names classes only ("dim", "asof", "note", …), never colours.
QString styleSheet(const QPalette &palette);

} // namespace Html
