#include "models/appicon.h"

#include "models/resourcepng.h"

#include <QDir>

using namespace Qt::StringLiterals;

QIcon AppIcon::make()
{
    QIcon icon;
    // One folder per size: :/icons/16/sekutu.png, :/icons/32/sekutu.png, ...
    const QDir sizes(u":/icons"_s);
    for (const QString &size : sizes.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QPixmap pixmap = ResourcePng::read(sizes.filePath(size + u"/sekutu.png"_s));
        if (!pixmap.isNull())
            icon.addPixmap(pixmap);
    }
    return icon;
}
