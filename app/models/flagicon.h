#pragma once

#include <QIcon>

// A country's flag as an icon, from the raster flags rendered at build time (16 and 32 pixels
// wide, tools/flagicons; all the flags of a width in one picture of raw pixels, used where it
// lies in the binary). Each icon takes its flag from that picture when first painted:
// QIcon::addFile() decodes every file it is given at once, and a list of 195 countries asked
// for all of them before its first frame.
namespace FlagIcon {
QIcon make(const QString &code);
}
