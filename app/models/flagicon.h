#pragma once

#include <QIcon>

// A country's flag as an icon, from the raster flags rendered at build time (16 and 32 pixels
// wide, tools/flagicons). Only the rendition a view paints is decoded, when it first paints it:
// QIcon::addFile() decodes every file it is given at once, and a list of 195 countries asked
// for all of them before its first frame.
namespace FlagIcon {
QIcon make(const QString &code);
}
