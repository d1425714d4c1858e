#pragma once

#include <QImage>
#include <QString>

namespace ResourceImage {
// Pixels the build wrote raw (tools/flagicons): `size` premultiplied ARGB32 pixels in the byte
// order of the machine that built the program (the build runs its tools, so it is this one's), in
// a resource stored uncompressed, used where they lie: nothing is
// decoded (a PNG decoder, and QImageReader's first probe of every image-format plugin, cost
// milliseconds of the first frame). Null when the resource is missing or not of that size.
QImage raw(const QString &fileName, QSize size);
}
