#pragma once

#include "map/mapcolouring.h"

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QPalette>
#include <QRectF>
#include <QSet>
#include <QTransform>

#include <memory>

class QImage;
class QPainter;
class QThreadPool;
class WorldMap;

// The quiet colours around the countries, from the widget palette (light or dark) or fixed
// for exports.
struct MapPalette
{
    QColor background;
    QColor ocean;
    QColor graticule;
    QColor border;
    QColor text;
    QColor highlight;
    // The two greys for "nothing to show", darker on a dark palette so that they do not glare.
    QColor nonMember;
    QColor noRecord;

    // A category's fill: the Okabe–Ito colour, or one of the greys above.
    QColor fill(MapCategory category) const;

    static MapPalette fromPalette(const QPalette &palette);
    static MapPalette light();
};

// Paints the map with QPainter: shared by the map view and the PNG export. Paths are built once
// by WorldMap; painting only transforms them.
class MapRenderer final
{
public:
    explicit MapRenderer(const WorldMap &map);

    // The transform that fits the whole world into `rect`, centred, keeping the aspect ratio.
    static QTransform fitTransform(const QRectF &world, const QRectF &rect);

    // `categories` holds one entry per feature; `emphasised` features (joining or leaving at this
    // step, or under the mouse) are outlined.
    void paint(QPainter &painter, const QTransform &toScreen, const QList<MapCategory> &categories,
               const MapPalette &palette, const QSet<int> &emphasised = {}) const;
    // The two layers of paint(): the view caches the first and repaints the second on hover.
    // Without antialiasing the base paints in about half the time: for frames while panning.
    void paintBase(QPainter &painter, const QTransform &toScreen, const QList<MapCategory> &categories,
                   const MapPalette &palette, bool antialiased = true) const;
    // The antialiased base into `image` (its device pixel ratio honoured), on two threads when the
    // whole world is in view: the first frame of the home page and every Play step wait for it.
    void renderBase(QImage &image, const QTransform &toScreen, const QList<MapCategory> &categories,
                    const MapPalette &palette) const;
    void paintEmphasis(QPainter &painter, const QTransform &toScreen, const MapPalette &palette,
                       const QSet<int> &emphasised) const;

    // Features drawn as a marker at this transform: too small to see or to click as shapes.
    bool isMarker(int feature, const QTransform &toScreen) const;
    // The feature under a screen point, or -1.
    int featureAt(QPointF screenPoint, const QTransform &toScreen) const;
    // A point inside the country's shape or on its marker, within `area`, where featureAt()
    // finds it; (-1, -1) when there is none (for tests that click and hover).
    QPoint pointOf(const QString &code, const QTransform &toScreen, const QRect &area) const;

    // Paints a legend box anchored at the bottom-left of `area`; returns the rect it used.
    static QRectF paintLegend(QPainter &painter, const QRectF &area, const QList<MapCategory> &categories,
                              const QStringList &labels, const MapPalette &palette);

    // Small maps (the panes' locators) draw their markers as dots, not rings; featureAt() finds
    // a marker as far as it is drawn, so that the dots do not hide the countries around them.
    void setMarkerSize(qreal radius) { m_markerSize = radius; }

    static constexpr qreal markerRadius = 3.5;
    static constexpr qreal markerThreshold = 5.0; // screen pixels

    MapRenderer(const MapRenderer &) = delete;
    MapRenderer &operator=(const MapRenderer &) = delete;
    ~MapRenderer();

private:
    // What the helper thread draws: its own copies of the paths.
    struct PathCopies
    {
        QPainterPath outline;
        QPainterPath graticule;
        QList<QPainterPath> coarse; // by feature
        qreal middleY = 0;          // half of the outlines' points lie above it
    };
    void paintBase(QPainter &painter, const QTransform &toScreen, const QRectF &screenArea,
                   const QList<MapCategory> &categories, const MapPalette &palette, bool antialiased,
                   const PathCopies *copies) const;

    const WorldMap &m_map;
    QPainterPath m_outline;
    QPainterPath m_graticule;
    qreal m_markerSize = markerRadius;
    // Made on the first renderBase() that splits the work; the pool is declared last so that it
    // is gone (its thread finished) before the job and the copies.
    struct BandJob;
    mutable std::unique_ptr<PathCopies> m_copies;
    mutable std::unique_ptr<BandJob> m_job;
    mutable std::unique_ptr<QThreadPool> m_helper;
};
