#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QString>

#include <memory>
#include <optional>

// One shape of the map: a country of ours, or a territory Natural Earth draws (Taiwan, Kosovo,
// Western Sahara, Greenland, ...) that is shown neutral unless the data has a record for it.
struct MapFeature
{
    QString code;       // ISO 3166-1 alpha-2; empty when Natural Earth gives no ISO code
    int numeric = 0;    // ISO 3166-1 numeric, as world-atlas identifies the shape
    QPointF labelPoint; // inside the largest polygon: where a marker goes when the shape is tiny
    // Equal Earth, unit scale, y down, simplified: no outline moves by more than
    // WorldMap::coarseTolerance. The full detail: WorldMap::detailedPath().
    QPainterPath coarsePath;
    QRectF bounds;
    qreal largestPart = 0; // the largest width or height of one polygon: scattered atolls stay small
};

// The world map resource (resources/map/world.bin, written by tools/map/generate_map.mjs),
// decoded once into painter paths. Read-only after loading.
class WorldMap final
{
public:
    // Nullopt, with `error` naming what is wrong, when the file is missing or malformed.
    static std::optional<WorldMap> load(const QString &fileName, QString *error = nullptr);
    // The map compiled into the binary; loaded on first use.
    static const WorldMap &bundled();
    // Starts decoding the bundled map on a worker thread, so that the home page finds it ready;
    // bundled() waits for it if called earlier.
    static void preloadBundled();

    // The coarse paths are good while this distance stays under a pixel: the whole world on
    // a screen has a fifth of the points to paint.
    static constexpr double coarseTolerance = 0.003;

    const QList<MapFeature> &features() const { return m_features; }
    // The feature's outline at full resolution, decoded on first use (thread-safe).
    QPainterPath detailedPath(int feature) const;
    // The outline to draw at this scale: the coarse one while it is exact to a pixel.
    QPainterPath outline(int feature, qreal pixelsPerUnit) const;
    // All features carrying the code (a country may have several, e.g. Australia's islets).
    QList<int> featuresOf(const QString &code) const { return m_byCode.values(code); }
    // The countries' extent, widened to the sphere's full width so that the ocean is not cut.
    QRectF bounds() const { return m_bounds; }
    QString metadata() const { return m_metadata; }

private:
    struct Detail;

    QList<MapFeature> m_features;
    QByteArray m_data;                             // the file, for the full detail
    QList<qsizetype> m_ringsAt;                    // by feature: where its detailed rings start
    double m_scale = 1;
    std::shared_ptr<Detail> m_detail;
    QMultiHash<QString, int> m_byCode;
    QRectF m_bounds;
    QString m_metadata;
};
