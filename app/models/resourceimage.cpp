#include "models/resourceimage.h"

#include <QResource>

QImage ResourceImage::raw(const QString &fileName, QSize size)
{
    const QResource resource(fileName);
    const qint64 bytes = qint64(size.width()) * size.height() * 4;
    if (!resource.isValid() || size.isEmpty())
        return {};
    // Used in place when stored uncompressed and 32-bit aligned, as QImage needs (rcc promises
    // no alignment; every file of ours is a multiple of four bytes long, so it has held).
    if (resource.compressionAlgorithm() == QResource::NoCompression && quintptr(resource.data()) % 4 == 0) {
        if (resource.size() != bytes)
            return {};
        // Read-only: the image copies itself before anything is painted on it.
        return QImage(resource.data(), size.width(), size.height(), size.width() * 4, QImage::Format_ARGB32_Premultiplied);
    }
    const QByteArray data = resource.uncompressedData(); // a copy, aligned
    if (data.size() != bytes)
        return {};
    return QImage(reinterpret_cast<const uchar *>(data.constData()), size.width(), size.height(), size.width() * 4,
                  QImage::Format_ARGB32_Premultiplied)
        .copy();
}
