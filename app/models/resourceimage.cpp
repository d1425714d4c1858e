#include "models/resourceimage.h"

#include <QResource>

QImage ResourceImage::raw(const QString &fileName, QSize size)
{
    const QResource resource(fileName);
    const qint64 bytes = qint64(size.width()) * size.height() * 4;
    if (!resource.isValid() || size.isEmpty())
        return {};
    if (resource.compressionAlgorithm() == QResource::NoCompression) {
        if (resource.size() != bytes)
            return {};
        // Read-only: the image copies itself before anything is painted on it.
        return QImage(resource.data(), size.width(), size.height(), size.width() * 4, QImage::Format_ARGB32_Premultiplied);
    }
    const QByteArray data = resource.uncompressedData();
    if (data.size() != bytes)
        return {};
    return QImage(reinterpret_cast<const uchar *>(data.constData()), size.width(), size.height(), size.width() * 4,
                  QImage::Format_ARGB32_Premultiplied)
        .copy();
}
