#include "models/resourceimage.h"

#include <QResource>

#include <cstring>

QImage ResourceImage::raw(const QString &fileName, QSize size)
{
    const QResource resource(fileName);
    // Where it lies in the binary when stored uncompressed; else decompressed into a new array.
    const QByteArray data = resource.uncompressedData();
    if (!resource.isValid() || size.isEmpty() || data.size() != qint64(size.width()) * size.height() * 4)
        return {};
    const auto *pixels = reinterpret_cast<const uchar *>(data.constData());
    // Used in place when it lies in the binary and is 32-bit aligned, as QImage needs (rcc
    // promises no alignment; every file of ours is a multiple of four bytes long, so it has
    // held). Read-only: the image copies itself before anything is painted on it.
    if (resource.compressionAlgorithm() == QResource::NoCompression && quintptr(pixels) % 4 == 0)
        return QImage(pixels, size.width(), size.height(), size.width() * 4, QImage::Format_ARGB32_Premultiplied);
    // Else copied into an image of its own (its rows are as long as these: four bytes a pixel).
    QImage copy(size, QImage::Format_ARGB32_Premultiplied);
    if (!copy.isNull())
        std::memcpy(copy.bits(), pixels, size_t(data.size()));
    return copy;
}
