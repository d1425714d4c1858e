#include "models/appicon.h"

#include "models/resourceimage.h"

#include <QDir>
#include <QPixmap>

using namespace Qt::StringLiterals;

QIcon AppIcon::make()
{
    QIcon icon;
    // One folder per size: :/icons/16/sekutu.argb, :/icons/32/sekutu.argb, ...
    const QDir sizes(u":/icons"_s);
    for (const QString &size : sizes.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const int side = size.toInt();
        const QImage image = ResourceImage::raw(sizes.filePath(size + u"/sekutu.argb"_s), QSize(side, side));
        if (!image.isNull())
            icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}
