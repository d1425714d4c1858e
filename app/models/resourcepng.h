#pragma once

#include <QPixmap>
#include <QString>

namespace ResourcePng {
// A PNG of ours (a compiled-in resource), decoded by Qt's built-in PNG reader alone. QPixmap's
// own loading first asks every image-format plugin (GIF, ICO, JPEG, SVG, ...) whether it reads
// PNG, loading each library to ask: a few milliseconds at the first image of the program.
QPixmap read(const QString &fileName);
}
