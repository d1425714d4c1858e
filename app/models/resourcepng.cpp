#include "models/resourcepng.h"

#include <QImageReader>

QPixmap ResourcePng::read(const QString &fileName)
{
    QImageReader reader(fileName, "png");
    reader.setAutoDetectImageFormat(false);
    return QPixmap::fromImage(reader.read());
}
