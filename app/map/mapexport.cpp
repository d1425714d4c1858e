#include "map/mapexport.h"

#include "map/equalearth.h"
#include "map/maprenderer.h"
#include "map/worldmap.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// The map's area below the title.
QRectF mapArea(QSize size, qreal titleHeight)
{
    return QRectF(8, titleHeight, size.width() - 16, size.height() - titleHeight - 8);
}

QStringList legendLabels(const Dataset &data, const MapExport::Request &request)
{
    QStringList labels;
    for (MapCategory category : MapColouring::legend(request.mode))
        labels.append(MapColouring::label(category, request.mode, data, request.language));
    return labels;
}

QString number(qreal value)
{
    return QString::number(value, 'f', 1);
}

// A path's polygons as SVG path data, rounded to a tenth of a pixel.
void appendPathData(QString &d, const QPainterPath &path, const QTransform &toScreen)
{
    const QList<QPolygonF> polygons = toScreen.map(path).toSubpathPolygons();
    for (const QPolygonF &polygon : polygons) {
        QString last;
        bool first = true;
        for (const QPointF &p : polygon) {
            const QString point = number(p.x()) + u',' + number(p.y());
            if (point == last)
                continue;
            d += (first ? u'M' : u'L') + point;
            last = point;
            first = false;
        }
        d += u'Z';
    }
}

void appendCircle(QString &d, QPointF centre, qreal r)
{
    d += u"M%1,%2a%3,%3 0 1,0 %4,0a%3,%3 0 1,0 %5,0Z"_s.arg(number(centre.x() - r), number(centre.y()), number(r),
                                                           number(2 * r), number(-2 * r));
}

QString colourName(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

} // namespace

QImage MapExport::image(const Dataset &data, const WorldMap &map, const Request &request)
{
    QImage image(request.size, QImage::Format_ARGB32_Premultiplied);
    const MapPalette palette = MapPalette::light();
    image.fill(palette.background);
    QPainter painter(&image);
    QFont font = painter.font();
    font.setPixelSize(std::max(12, request.size.height() / 50));
    painter.setFont(font);
    const qreal titleHeight = font.pixelSize() * 2.6;
    const QRectF area = mapArea(request.size, titleHeight);
    const QTransform toScreen = MapRenderer::fitTransform(map.bounds(), area);
    painter.setClipRect(area);
    MapRenderer(map).paint(painter, toScreen, MapColouring::colour(data, map, request.mode, request.date), palette);
    QFont titleFont = font;
    titleFont.setPixelSize(int(font.pixelSize() * 1.5));
    titleFont.setBold(true);
    painter.setClipping(false);
    painter.setFont(titleFont);
    painter.setPen(palette.text);
    painter.drawText(QRectF(12, 0, request.size.width() - 24, titleHeight), Qt::AlignVCenter | Qt::TextSingleLine,
                     MapColouring::title(data, request.mode, request.date, request.language));
    painter.setFont(font);
    MapRenderer::paintLegend(painter, QRectF(QPointF(0, 0), request.size), MapColouring::legend(request.mode),
                             legendLabels(data, request), palette);
    return image;
}

QByteArray MapExport::svg(const Dataset &data, const WorldMap &map, const Request &request)
{
    const MapPalette palette = MapPalette::light();
    const int fontSize = std::max(12, request.size.height() / 50);
    const qreal titleHeight = fontSize * 2.6;
    const QRectF area = mapArea(request.size, titleHeight);
    const QTransform toScreen = MapRenderer::fitTransform(map.bounds(), area);
    const MapRenderer renderer(map);
    const QList<MapCategory> categories = MapColouring::colour(data, map, request.mode, request.date);
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };

    QString s;
    QTextStream out(&s);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << request.size.width() << "\" height=\""
        << request.size.height() << "\" viewBox=\"0 0 " << request.size.width() << ' ' << request.size.height()
        << "\" font-family=\"sans-serif\" font-size=\"" << fontSize << "\">\n";
    const QString title = MapColouring::title(data, request.mode, request.date, request.language);
    out << "<title>" << esc(title) << "</title>\n";
    out << "<rect width=\"100%\" height=\"100%\" fill=\"" << colourName(palette.background) << "\"/>\n";
    // The ocean and the graticule are cut to the frame here rather than with <clipPath>, which
    // not every SVG reader supports (Qt's own draws it as a black box).
    QPainterPath frame;
    frame.addRect(area);
    QString ocean;
    appendPathData(ocean, toScreen.map(EqualEarth::outline()).intersected(frame), QTransform());
    out << "<path id=\"ocean\" fill=\"" << colourName(palette.ocean) << "\" d=\"" << ocean << "\"/>\n";
    QString graticule;
    for (const QPolygonF &line : toScreen.map(EqualEarth::graticule()).toSubpathPolygons()) {
        bool drawing = false;
        for (const QPointF &p : line) {
            const bool inside = area.contains(p);
            if (inside)
                graticule += (drawing ? u'L' : u'M') + number(p.x()) + u',' + number(p.y());
            drawing = inside;
        }
    }
    out << "<path id=\"graticule\" fill=\"none\" stroke=\"" << colourName(palette.graticule)
        << "\" stroke-width=\"0.6\" d=\"" << graticule << "\"/>\n";

    // One path per code: a country drawn in several features (Australia and its islets) stays
    // one element; tiny countries get a marker circle in the same path.
    out << "<g id=\"countries\" stroke=\"" << colourName(palette.border) << "\" stroke-width=\"0.5\">\n";
    const QList<MapFeature> &features = map.features();
    QSet<QString> written;
    for (int i = 0; i < features.size(); ++i) {
        const MapFeature &feature = features.at(i);
        if (!feature.code.isEmpty() && written.contains(feature.code))
            continue;
        const QList<int> parts = feature.code.isEmpty() ? QList<int>{i} : map.featuresOf(feature.code);
        QString d;
        for (int part : parts) {
            if (renderer.isMarker(part, toScreen))
                appendCircle(d, toScreen.map(features.at(part).labelPoint), MapRenderer::markerRadius);
            else
                appendPathData(d, map.outline(part, toScreen.m11()), toScreen); // as on screen
        }
        const QString name = MapColouring::describe(data, request.mode, feature.code, request.date, request.language);
        out << "<path";
        if (!feature.code.isEmpty())
            out << " id=\"" << esc(feature.code) << '"';
        out << " fill=\"" << colourName(palette.fill(categories.value(i))) << "\" d=\"" << d << "\"><title>"
            << esc(name) << "</title></path>\n";
        written.insert(feature.code);
    }
    out << "</g>\n";

    out << "<text id=\"title\" x=\"12\" y=\"" << number(titleHeight * 0.62) << "\" font-size=\""
        << number(fontSize * 1.5) << "\" font-weight=\"bold\" fill=\"" << colourName(palette.text) << "\">"
        << esc(title) << "</text>\n";

    const QList<MapCategory> legend = MapColouring::legend(request.mode);
    const QStringList labels = legendLabels(data, request);
    const qreal line = fontSize * 1.5;
    const qreal swatch = fontSize;
    qreal top = request.size.height() - 16 - line * labels.size();
    qreal width = 0;
    const QFontMetricsF metrics(QFont(u"sans-serif"_s, fontSize));
    for (const QString &label : labels)
        width = std::max(width, metrics.horizontalAdvance(label) * 1.1);
    out << "<g id=\"legend\">\n<rect x=\"8\" y=\"" << number(top - 8) << "\" width=\"" << number(swatch + width + 32)
        << "\" height=\"" << number(line * labels.size() + 16) << "\" rx=\"4\" fill=\"" << colourName(palette.background)
        << "\" fill-opacity=\"0.88\" stroke=\"" << colourName(palette.graticule) << "\"/>\n";
    for (int i = 0; i < labels.size(); ++i, top += line) {
        out << "<rect x=\"16\" y=\"" << number(top + (line - swatch) / 2) << "\" width=\"" << swatch << "\" height=\""
            << swatch << "\" fill=\"" << colourName(palette.fill(legend.at(i))) << "\" stroke=\"#808080\"/>"
            << "<text x=\"" << number(24 + swatch) << "\" y=\"" << number(top + line * 0.7) << "\" fill=\""
            << colourName(palette.text) << "\">" << esc(labels.at(i)) << "</text>\n";
    }
    out << "</g>\n</svg>\n";
    out.flush();
    return s.toUtf8();
}

bool MapExport::write(const QString &fileName, const Dataset &data, const WorldMap &map, const Request &request,
                      QString *error)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    QByteArray bytes;
    if (suffix == u"svg") {
        bytes = svg(data, map, request);
    } else if (suffix == u"png") {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image(data, map, request).save(&buffer, "PNG");
    } else {
        *error = tr("%1: the file name must end in .svg or .png").arg(QDir::toNativeSeparators(fileName));
        return false;
    }
    QSaveFile output(fileName);
    if (bytes.isEmpty() || !output.open(QIODevice::WriteOnly) || output.write(bytes) != bytes.size()
        || !output.commit()) {
        *error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(fileName), output.errorString());
        return false;
    }
    return true;
}

int MapExport::run(const Dataset &data, const QString &fileName, const QString &modeText, const QString &dateText,
                   const QString &sizeText, Language language, QTextStream &out, QTextStream &err)
{
    Request request;
    request.language = language;
    if (!modeText.isEmpty()) {
        const std::optional<MapMode> mode = MapMode::parse(modeText);
        if (!mode) {
            err << tr("--map must be organization/ID, ties or overlap/ID,ID, not \"%1\"").arg(modeText) << Qt::endl;
            return 1;
        }
        request.mode = *mode;
    }
    if (const QString problem = MapColouring::check(data, request.mode); !problem.isEmpty()) {
        err << tr("--map: %1").arg(problem) << Qt::endl;
        return 1;
    }
    if (!dateText.isEmpty()) {
        request.date = QDate::fromString(dateText, Qt::ISODate);
        if (!request.date.isValid() || dateText.size() != 10 || request.date.year() < 1900) {
            err << tr("--date must be a real date written YYYY-MM-DD from 1900 on, not \"%1\"").arg(dateText)
                << Qt::endl;
            return 1;
        }
    }
    if (!sizeText.isEmpty()) {
        static const QRegularExpression pattern(u"^(\\d{3,4})x(\\d{3,4})$"_s);
        const QRegularExpressionMatch match = pattern.match(sizeText);
        const QSize size = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
        if (!size.isValid() || size.width() < 200 || size.height() < 150 || size.width() > 8000
            || size.height() > 8000) {
            err << tr("--size must be WIDTHxHEIGHT in pixels, from 200x150 to 8000x8000, not \"%1\"").arg(sizeText)
                << Qt::endl;
            return 1;
        }
        request.size = size;
    }
    const WorldMap &map = WorldMap::bundled();
    if (map.features().isEmpty()) {
        err << tr("The world map could not be read.") << Qt::endl;
        return 1;
    }
    QString error;
    if (!write(fileName, data, map, request, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << tr("Wrote %1.").arg(QDir::toNativeSeparators(fileName)) << Qt::endl;
    return 0;
}
