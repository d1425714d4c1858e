#pragma once

#include <QString>

namespace TerminalText {
// Text from data made safe to print on a terminal: control characters (an escape sequence
// could move the cursor, recolour or retitle the terminal) and bidirectional controls are
// written as \u{…} escapes; everything else is printed as it is.
QString safe(const QString &text);
}
