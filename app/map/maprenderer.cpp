#include "map/maprenderer.h"

#include "map/equalearth.h"
#include "map/worldmap.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QRunnable>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

MapPalette MapPalette::fromPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightnessF() < 0.5;
    MapPalette p;
    p.background = palette.color(QPalette::Window);
    p.ocean = mix(base, QColor(0x56, 0xb4, 0xe9), dark ? 0.12 : 0.10);
    p.graticule = mix(p.ocean, text, 0.12);
    p.border = dark ? mix(base, text, 0.35) : QColor(Qt::white);
    p.text = text;
    p.highlight = text;
    p.nonMember = dark ? mix(base, text, 0.38) : MapColouring::colour(MapCategory::NonMember);
    p.noRecord = dark ? mix(base, text, 0.22) : MapColouring::colour(MapCategory::NoRecord);
    return p;
}

QColor MapPalette::fill(MapCategory category) const
{
    switch (category) {
    case MapCategory::NonMember: return nonMember;
    case MapCategory::NoRecord: return noRecord;
    default: return MapColouring::colour(category);
    }
}

MapPalette MapPalette::light()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    return fromPalette(palette);
}

MapRenderer::MapRenderer(const WorldMap &map)
    : m_map(map)
    , m_outline(EqualEarth::outline())
    , m_graticule(EqualEarth::graticule())
{
}

// The rows the helper thread paints; reused from frame to frame.
struct MapRenderer::BandJob final : QRunnable
{
    BandJob() { setAutoDelete(false); }
    void run() override
    {
        work();
        done.release();
    }

    std::function<void()> work;
    QSemaphore done;
};

MapRenderer::~MapRenderer() = default;

QTransform MapRenderer::fitTransform(const QRectF &world, const QRectF &rect)
{
    if (world.isEmpty() || rect.isEmpty())
        return {};
    const qreal scale = std::min(rect.width() / world.width(), rect.height() / world.height());
    QTransform t;
    t.translate(rect.center().x(), rect.center().y());
    t.scale(scale, scale);
    t.translate(-world.center().x(), -world.center().y());
    return t;
}

bool MapRenderer::isMarker(int feature, const QTransform &toScreen) const
{
    // Scale only: the map is never rotated or sheared.
    return m_map.features().at(feature).largestPart * toScreen.m11() < markerThreshold;
}

void MapRenderer::paint(QPainter &painter, const QTransform &toScreen, const QList<MapCategory> &categories,
                        const MapPalette &palette, const QSet<int> &emphasised) const
{
    paintBase(painter, toScreen, categories, palette);
    paintEmphasis(painter, toScreen, palette, emphasised);
}

void MapRenderer::paintBase(QPainter &painter, const QTransform &toScreen, const QList<MapCategory> &categories,
                            const MapPalette &palette, bool antialiased) const
{
    const QRectF screen = QRectF(painter.viewport());
    paintBase(painter, toScreen, screen, categories, palette, antialiased, nullptr);
}

// `copies`: the paths to draw instead of the shared ones, on a helper thread (a QPainterPath
// caches what the paint engine derives from it on first use, unguarded).
void MapRenderer::paintBase(QPainter &painter, const QTransform &toScreen, const QRectF &screenArea,
                            const QList<MapCategory> &categories, const MapPalette &palette, bool antialiased,
                            const PathCopies *copies) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, antialiased);
    // Widened by a marker and a border's width: a shape just outside the area (a band of
    // renderBase's) may still reach into it.
    const qreal reach = m_markerSize + 2;
    const QRectF visible = toScreen.inverted().mapRect(screenArea.adjusted(-reach, -reach, reach, reach));
    painter.setTransform(toScreen, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.ocean);
    painter.drawPath(copies ? copies->outline : m_outline);
    QPen thin(palette.graticule, 0.6);
    thin.setCosmetic(true);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(thin);
    painter.drawPath(copies ? copies->graticule : m_graticule);

    QPen border(palette.border, 0.5);
    border.setCosmetic(true);
    painter.setPen(border);
    const QList<MapFeature> &features = m_map.features();
    QList<int> markers;
    for (int i = 0; i < features.size(); ++i) {
        const MapFeature &f = features.at(i);
        if (!f.bounds.intersects(visible))
            continue;
        if (isMarker(i, toScreen)) {
            markers.append(i);
            continue;
        }
        painter.setBrush(palette.fill(categories.value(i)));
        painter.drawPath(copies ? copies->coarse.at(i) : m_map.outline(i, toScreen.m11()));
    }
    painter.restore();

    // Markers and outlines in screen pixels, so that they keep their size at every zoom.
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(m_markerSize < markerRadius ? QPen(Qt::NoPen) : QPen(palette.border, 1));
    for (int i : std::as_const(markers)) {
        painter.setBrush(palette.fill(categories.value(i)));
        painter.drawEllipse(toScreen.map(features.at(i).labelPoint), m_markerSize, m_markerSize);
    }
    painter.restore();
}

namespace {

// An independent copy: the same points in new storage.
QPainterPath deepCopy(const QPainterPath &path)
{
    QPainterPath copy;
    copy.reserve(path.elementCount());
    copy.addPath(path);
    copy.setFillRule(path.fillRule());
    return copy;
}

} // namespace

void MapRenderer::renderBase(QImage &image, const QTransform &toScreen, const QList<MapCategory> &categories,
                             const MapPalette &palette) const
{
    const qreal ratio = image.devicePixelRatio();
    const QRectF whole(QPointF(), QSizeF(image.size()) / ratio);
    // The whole world in view (the coarse outlines): the upper rows are painted on a helper
    // thread while this one paints the lower rows. Zoomed in, one thread does it all.
    const bool coarse = WorldMap::coarseTolerance * toScreen.m11() < 1.0;
    if (!coarse || QThread::idealThreadCount() < 2 || image.height() < 64) {
        image.fill(palette.background);
        QPainter painter(&image);
        paintBase(painter, toScreen, whole, categories, palette, true, nullptr);
        return;
    }
    if (!m_copies) {
        m_copies = std::make_unique<PathCopies>();
        m_copies->outline = deepCopy(m_outline);
        m_copies->graticule = deepCopy(m_graticule);
        std::vector<qreal> ys;
        for (const MapFeature &feature : m_map.features()) {
            m_copies->coarse.append(deepCopy(feature.coarsePath));
            for (int e = 0; e < feature.coarsePath.elementCount(); ++e)
                ys.push_back(feature.coarsePath.elementAt(e).y);
        }
        // Most outline points lie in the north: the rows are split where half of them lie above.
        if (!ys.empty()) {
            std::nth_element(ys.begin(), ys.begin() + ys.size() / 2, ys.end());
            m_copies->middleY = ys.at(ys.size() / 2);
        }
        m_job = std::make_unique<BandJob>();
        m_helper = std::make_unique<QThreadPool>();
        m_helper->setMaxThreadCount(1);
    }
    const int middle = int(toScreen.map(QPointF(0, m_copies->middleY)).y() * ratio);
    const int split = std::clamp(middle, image.height() / 4, image.height() * 3 / 4);
    // The rows share the image's memory: each band is painted in place. (bits() detaches, which
    // counts: asked once, here, not by both threads.)
    uchar *const bits = image.bits();
    auto paintRows = [&](int first, int count, const QTransform &transform, const PathCopies *copies) {
        QImage band(bits + qsizetype(first) * image.bytesPerLine(), image.width(), count, image.bytesPerLine(),
                    image.format());
        band.setDevicePixelRatio(ratio);
        // Each thread clears its own rows: a new image's memory is mapped when first written,
        // and that cost is shared too.
        band.fill(palette.background);
        QPainter painter(&band);
        const qreal top = first / ratio;
        painter.translate(0, -top);
        paintBase(painter, transform, QRectF(0, top, whole.width(), count / ratio), categories, palette, true, copies);
    };
    // A transform caches its type on first use: the helper gets its own, already worked out.
    QTransform helperTransform = toScreen;
    helperTransform.type();
    m_job->work = [&] { paintRows(0, split, helperTransform, m_copies.get()); };
    m_helper->start(m_job.get());
    paintRows(split, image.height() - split, toScreen, nullptr);
    // A busy machine may not have started the helper yet: then this thread paints its rows too,
    // rather than wait for it.
    if (m_helper->tryTake(m_job.get()))
        paintRows(0, split, toScreen, nullptr);
    else
        m_job->done.acquire();
    m_job->work = nullptr;
}

void MapRenderer::paintEmphasis(QPainter &painter, const QTransform &toScreen, const MapPalette &palette,
                                const QSet<int> &emphasised) const
{
    const QList<MapFeature> &features = m_map.features();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen strong(palette.highlight, 2);
    strong.setCosmetic(true);
    for (int i : emphasised) {
        if (i < 0 || i >= features.size())
            continue;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(strong);
        if (isMarker(i, toScreen))
            painter.drawEllipse(toScreen.map(features.at(i).labelPoint), markerRadius + 2, markerRadius + 2);
        else
            painter.drawPath(toScreen.map(m_map.outline(i, toScreen.m11())));
    }
    painter.restore();
}

int MapRenderer::featureAt(QPointF screenPoint, const QTransform &toScreen) const
{
    const QList<MapFeature> &features = m_map.features();
    // Markers first, as far as they are drawn: they sit on top of their neighbours' shapes.
    int nearest = -1;
    qreal nearestDistance = m_markerSize + 1;
    for (int i = 0; i < features.size(); ++i) {
        if (!isMarker(i, toScreen))
            continue;
        const QPointF d = toScreen.map(features.at(i).labelPoint) - screenPoint;
        const qreal distance = std::hypot(d.x(), d.y());
        if (distance <= nearestDistance) {
            nearest = i;
            nearestDistance = distance;
        }
    }
    if (nearest >= 0)
        return nearest;
    const QPointF world = toScreen.inverted().map(screenPoint);
    for (int i = 0; i < features.size(); ++i) {
        if (features.at(i).bounds.contains(world) && m_map.outline(i, toScreen.m11()).contains(world))
            return i;
    }
    return -1;
}

QPoint MapRenderer::pointOf(const QString &code, const QTransform &toScreen, const QRect &area) const
{
    for (int f : m_map.featuresOf(code)) {
        const QPoint label = toScreen.map(m_map.features().at(f).labelPoint).toPoint();
        if (area.contains(label) && featureAt(label, toScreen) == f)
            return label;
    }
    return {-1, -1};
}

QRectF MapRenderer::paintLegend(QPainter &painter, const QRectF &area, const QList<MapCategory> &categories,
                                const QStringList &labels, const MapPalette &palette)
{
    const QFontMetricsF metrics(painter.font());
    const qreal swatch = std::round(metrics.height() * 0.8);
    const qreal line = std::round(metrics.height() * 1.25);
    const qreal padding = std::round(metrics.height() * 0.5);
    qreal width = 0;
    for (const QString &label : labels)
        width = std::max(width, metrics.horizontalAdvance(label));
    const QRectF box(area.left() + padding, area.bottom() - padding - 2 * padding - line * labels.size(),
                     swatch + padding + width + 2 * padding, line * labels.size() + 2 * padding);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = palette.background;
    fill.setAlphaF(0.88f);
    painter.setPen(QPen(palette.graticule, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, 4, 4);
    for (int i = 0; i < labels.size() && i < categories.size(); ++i) {
        const qreal y = box.top() + padding + i * line;
        painter.setPen(QPen(palette.border.darker(130), 1));
        painter.setBrush(palette.fill(categories.at(i)));
        painter.drawRect(QRectF(box.left() + padding, y + (line - swatch) / 2, swatch, swatch));
        painter.setPen(palette.text);
        painter.drawText(QRectF(box.left() + 2 * padding + swatch, y, width + padding, line),
                         Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, labels.at(i));
    }
    painter.restore();
    return box;
}
