#pragma once

#include <QIcon>

// An arrow icon drawn at whatever size and pixel ratio it is asked for, in the application
// palette's button-text colour (the disabled one when disabled), so that it suits light and dark
// palettes. Used for the window's own navigation (Back/Forward, previous/next match) instead of
// the desktop's icon theme, whose first lookup costs milliseconds of startup.
namespace ArrowIcon {
QIcon make(Qt::ArrowType direction);
// Two chevrons (») pointing that way: "more", as on a tool bar's extension button.
QIcon chevrons(Qt::ArrowType direction);
}
