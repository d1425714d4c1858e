#include "map/worldmap.h"

#include "map/equalearth.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QThreadPool>
#include <QtEndian>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Reads the generator's little-endian records; any read past the end marks the reader failed.
class Reader
{
public:
    explicit Reader(const QByteArray &data)
        : m_data(data)
    {
    }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_data.size(); }
    qsizetype position() const { return m_pos; }
    void seek(qsizetype position) { m_pos = position; }
    void fail() { m_ok = false; }

    QByteArray bytes(qsizetype n)
    {
        if (!need(n))
            return {};
        const QByteArray out = m_data.mid(m_pos, n);
        m_pos += n;
        return out;
    }
    quint16 u16() { return need(2) ? qFromLittleEndian<quint16>(advance(2)) : 0; }
    qint16 i16() { return need(2) ? qFromLittleEndian<qint16>(advance(2)) : 0; }
    quint32 u32() { return need(4) ? qFromLittleEndian<quint32>(advance(4)) : 0; }
    qint64 varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (!need(1))
                return 0;
            const auto byte = quint8(m_data.at(m_pos++));
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return (value & 1) ? -qint64((value + 1) / 2) : qint64(value / 2); // zigzag
        }
        m_ok = false;
        return 0;
    }

private:
    bool need(qsizetype n)
    {
        if (m_ok && m_pos + n > m_data.size())
            m_ok = false;
        return m_ok;
    }
    const char *advance(qsizetype n)
    {
        const char *p = m_data.constData() + m_pos;
        m_pos += n;
        return p;
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

double distanceToSegmentSquared(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length = QPointF::dotProduct(ab, ab);
    const double t = length > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return QPointF::dotProduct(d, d);
}

// Douglas–Peucker: keeps the points that stray more than the coarse tolerance from the line
// between the points kept around them, so that no part of the outline moves by more than that.
// A closed ring is split at the point farthest from its start. Keeps at least a triangle so
// that small islands stay visible.
QPolygonF decimated(const QPolygonF &ring)
{
    const qsizetype n = ring.size();
    if (n <= 4)
        return ring;
    const double limit = WorldMap::coarseTolerance * WorldMap::coarseTolerance;
    std::vector<bool> keep(size_t(n), false);
    qsizetype far = 1;
    double farthest = -1;
    for (qsizetype i = 1; i + 1 < n; ++i) {
        const QPointF d = ring.at(i) - ring.constFirst();
        if (const double distance = QPointF::dotProduct(d, d); distance > farthest) {
            farthest = distance;
            far = i;
        }
    }
    keep[0] = keep[size_t(far)] = keep[size_t(n - 1)] = true;
    std::vector<std::pair<qsizetype, qsizetype>> spans{{0, far}, {far, n - 1}};
    while (!spans.empty()) {
        const auto [first, last] = spans.back();
        spans.pop_back();
        qsizetype worst = -1;
        double worstDistance = limit;
        for (qsizetype i = first + 1; i < last; ++i) {
            if (const double d = distanceToSegmentSquared(ring.at(i), ring.at(first), ring.at(last)); d > worstDistance) {
                worstDistance = d;
                worst = i;
            }
        }
        if (worst < 0)
            continue;
        keep[size_t(worst)] = true;
        spans.emplace_back(first, worst);
        spans.emplace_back(worst, last);
    }
    QPolygonF out;
    for (qsizetype i = 0; i < n; ++i) {
        if (keep[size_t(i)])
            out.append(ring.at(i));
    }
    return out.size() >= 4 ? out : ring;
}

// A feature's rings, closed, at full resolution.
QList<QPolygonF> readRings(Reader &in, int rings, double scale, qsizetype limit)
{
    QList<QPolygonF> parts;
    for (int r = 0; r < rings && in.ok(); ++r) {
        const quint32 points = in.u32();
        if (points > limit) { // each point takes at least two bytes
            in.fail();
            break;
        }
        qint64 x = 0;
        qint64 y = 0;
        QPolygonF ring;
        ring.reserve(points + 1);
        for (quint32 p = 0; p < points && in.ok(); ++p) {
            x += in.varint();
            y += in.varint();
            ring.append(QPointF(x * scale, y * scale));
        }
        if (!ring.isEmpty()) {
            ring.append(ring.constFirst());
            parts.append(std::move(ring));
        }
    }
    return parts;
}

// A path of exactly the rings' size: a path grown point by point keeps up to twice the memory
// it needs, for the life of the program.
QPainterPath pathOf(const QList<QPolygonF> &parts)
{
    qsizetype total = 0;
    for (const QPolygonF &part : parts)
        total += part.size();
    QPainterPath path;
    path.reserve(int(total + parts.size() + 1));
    for (const QPolygonF &part : parts)
        path.addPolygon(part);
    path.setFillRule(Qt::OddEvenFill);
    return path;
}

} // namespace

struct WorldMap::Detail
{
    QMutex mutex;
    QList<QPainterPath> paths; // by feature; empty until first asked for
};

std::optional<WorldMap> WorldMap::load(const QString &fileName, QString *error)
{
    auto fail = [&](const QString &what) -> std::optional<WorldMap> {
        if (error)
            *error = u"%1: %2"_s.arg(fileName, what);
        return std::nullopt;
    };
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QByteArray data = file.readAll();
    Reader in(data);
    if (in.bytes(4) != "SKMP" || in.u16() != 1)
        return fail(u"not a Sekutu map file of version 1"_s);
    in.u16();
    const quint32 quantization = in.u32();
    if (quantization == 0)
        return fail(u"quantization is zero"_s);
    const double scale = 1.0 / quantization;

    WorldMap map;
    map.m_metadata = QString::fromUtf8(in.bytes(in.u32()));
    const int count = in.u16();
    map.m_features.reserve(count);
    for (int i = 0; i < count && in.ok(); ++i) {
        MapFeature feature;
        const QByteArray code = in.bytes(2);
        if (code.size() == 2 && code.at(0) != '\0')
            feature.code = QString::fromLatin1(code);
        feature.numeric = in.u16();
        const qint16 lx = in.i16();
        const qint16 ly = in.i16();
        feature.labelPoint = QPointF(lx * scale, ly * scale);
        const int rings = in.u16();
        // Only the simplified outline is kept: the full detail is read again from the file's
        // bytes when a zoom first needs it (detailedPath), which most sessions never do.
        map.m_ringsAt.append({in.position(), rings});
        QList<QPolygonF> parts = readRings(in, rings, scale, data.size());
        for (QPolygonF &part : parts) {
            const QRectF extent = part.boundingRect();
            feature.largestPart = std::max({feature.largestPart, extent.width(), extent.height()});
            feature.bounds |= extent;
            part = decimated(part);
        }
        feature.coarsePath = pathOf(parts);
        if (!feature.code.isEmpty())
            map.m_byCode.insert(feature.code, int(map.m_features.size()));
        map.m_bounds |= feature.bounds;
        map.m_features.append(std::move(feature));
    }
    if (!in.ok())
        return fail(u"the file ends too early or a ring claims more points than it holds"_s);
    if (!in.atEnd())
        return fail(u"unexpected bytes after %1 shapes"_s.arg(count));
    map.m_data = data;
    map.m_scale = scale;
    map.m_detail = std::make_shared<Detail>();
    map.m_bounds.setLeft(std::min(map.m_bounds.left(), EqualEarth::project(-180, 0).x()));
    map.m_bounds.setRight(std::max(map.m_bounds.right(), EqualEarth::project(180, 0).x()));
    return map;
}

QPainterPath WorldMap::detailedPath(int feature) const
{
    if (feature < 0 || feature >= m_features.size() || !m_detail)
        return {};
    const QMutexLocker lock(&m_detail->mutex);
    if (m_detail->paths.isEmpty())
        m_detail->paths.resize(m_features.size());
    QPainterPath &path = m_detail->paths[feature];
    if (path.isEmpty()) {
        Reader in(m_data);
        in.seek(m_ringsAt.at(feature).first);
        path = pathOf(readRings(in, m_ringsAt.at(feature).second, m_scale, m_data.size()));
    }
    return path;
}

QPainterPath WorldMap::outline(int feature, qreal pixelsPerUnit) const
{
    if (coarseTolerance * pixelsPerUnit < 1.0)
        return feature >= 0 && feature < m_features.size() ? m_features.at(feature).coarsePath : QPainterPath();
    return detailedPath(feature);
}

void WorldMap::preloadBundled()
{
    QThreadPool::globalInstance()->start([] { bundled(); });
}

const WorldMap &WorldMap::bundled()
{
    static const WorldMap map = [] {
        QString error;
        std::optional<WorldMap> loaded = load(u":/map/world.bin"_s, &error);
        if (!loaded)
            qWarning("%s", qPrintable(error));
        return loaded ? std::move(*loaded) : WorldMap();
    }();
    return map;
}
