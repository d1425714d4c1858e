#pragma once

#include "i18n/language.h"
#include "map/mapcolouring.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QSize>

class Dataset;
class QTextStream;
class WorldMap;

// The map as a picture for newsrooms and scripts: PNG, or SVG written by hand so that each
// country is its own <path id="XX"> with a <title> in the interface language.
class MapExport final
{
    Q_DECLARE_TR_FUNCTIONS(MapExport)

public:
    struct Request
    {
        MapMode mode;
        QDate date = QDate::currentDate();
        Language language = Language::English;
        QSize size{1600, 860};
    };

    static QImage image(const Dataset &data, const WorldMap &map, const Request &request);
    static QByteArray svg(const Dataset &data, const WorldMap &map, const Request &request);
    // Writes PNG or SVG by the file's suffix; false with a message for the reader otherwise.
    static bool write(const QString &fileName, const Dataset &data, const WorldMap &map, const Request &request,
                      QString *error);

    // The headless command: parses --map, --date and --size, writes the file. 0, or 1 with a message.
    static int run(const Dataset &data, const QString &fileName, const QString &mode, const QString &date,
                   const QString &size, Language language, QTextStream &out, QTextStream &err);
};
