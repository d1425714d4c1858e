#include "map/worldmap.h"

#include "map/equalearth.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QThreadPool>
#include <QtEndian>

#include <cmath>

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
    quint8 u8() { return need(1) ? quint8(*advance(1)) : 0; }
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

// A set of rings (a count, then each ring's points), each closed.
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

// Steps over one ring as readRings would read it, checking that it does not run past the end
// and that each of its numbers is a varint readRings accepts (at most five bytes).
void skipRing(Reader &in, qsizetype limit)
{
    const quint32 points = in.u32();
    if (points > limit) {
        in.fail();
        return;
    }
    for (quint64 numbers = 2 * quint64(points); numbers > 0 && in.ok(); --numbers) {
        int length = 1;
        while (in.ok() && (in.u8() & 0x80))
            ++length;
        if (length > 5)
            in.fail();
    }
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
    if (in.bytes(4) != "SKMP" || in.u16() != 2)
        return fail(u"not a Sekutu map file of version 2"_s);
    in.u16();
    const quint32 quantization = in.u32();
    if (quantization == 0)
        return fail(u"quantization is zero"_s);
    const double scale = 1.0 / quantization;

    if (in.u32() != quint32(std::lround(coarseTolerance * quantization)))
        return fail(u"made for another coarse tolerance"_s);

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
        const qint16 left = in.i16();
        const qint16 top = in.i16();
        const qint16 right = in.i16();
        const qint16 bottom = in.i16();
        feature.bounds = QRectF(QPointF(left * scale, top * scale), QPointF(right * scale, bottom * scale));
        feature.largestPart = in.u16() * scale;
        feature.coarsePath = pathOf(readRings(in, in.u16(), scale, data.size()));
        // The full detail is read from the file's bytes when a zoom first needs it
        // (detailedPath), which most sessions never do.
        const quint32 detailSize = in.u32();
        if (detailSize < 2 || detailSize > quint32(data.size() - in.position())) {
            in.fail();
            break;
        }
        // Checked here, within its own bytes, so that decoding it later cannot fail.
        const QByteArray detailBytes = QByteArray::fromRawData(data.constData() + in.position(), detailSize);
        Reader detail(detailBytes);
        for (int r = detail.u16(); r > 0 && detail.ok(); --r)
            skipRing(detail, detailBytes.size());
        if (!detail.ok() || !detail.atEnd())
            return fail(u"the detail of shape %1 does not fill its %2 bytes exactly"_s.arg(i).arg(detailSize));
        map.m_ringsAt.append(in.position());
        in.seek(in.position() + detailSize);
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
        in.seek(m_ringsAt.at(feature));
        path = pathOf(readRings(in, in.u16(), m_scale, m_data.size()));
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
