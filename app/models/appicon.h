#pragma once

#include <QIcon>

namespace AppIcon {
// Sekutu's icon for its windows: renditions of resources/icons/sekutu.svg made at build time
// (tools/flagicons), so that showing the first window needs no SVG renderer nor decoder.
QIcon make();
}
