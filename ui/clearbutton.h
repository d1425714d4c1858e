#pragma once

class QLineEdit;

namespace ClearButton {
// Turns on the field's clear button with its first text. The button is hidden while the field
// is empty anyway, and turning it on looks the icon up in the desktop's icon theme: the first
// lookup reads the theme's index, milliseconds that a window's first frame should not wait for.
void enableOnFirstText(QLineEdit *field);
}
