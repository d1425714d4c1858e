#include "map/equalearth.h"

#include <cmath>

namespace {

// The published coefficients; the same as d3-geo's geoEqualEarth, which projected the shapes.
constexpr double A1 = 1.340264;
constexpr double A2 = -0.081106;
constexpr double A3 = 0.000893;
constexpr double A4 = 0.003796;
const double M = std::sqrt(3.0) / 2.0;
constexpr double degree = M_PI / 180.0;

} // namespace

namespace EqualEarth {

QPointF project(double longitude, double latitude)
{
    const double lambda = longitude * degree;
    const double l = std::asin(M * std::sin(latitude * degree));
    const double l2 = l * l;
    const double l6 = l2 * l2 * l2;
    const double x = lambda * std::cos(l) / (M * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2)));
    const double y = l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2));
    return {x, -y};
}

QPainterPath outline()
{
    QPainterPath path(project(-180, -90));
    for (int lat = -90; lat <= 90; ++lat)
        path.lineTo(project(-180, lat));
    for (int lat = 90; lat >= -90; --lat)
        path.lineTo(project(180, lat));
    path.closeSubpath();
    return path;
}

QPainterPath graticule(int step)
{
    QPainterPath path;
    // Meridians are gentle curves: a point every 2 degrees keeps them within 0.03 pixels of the
    // curve on a whole-world map 1000 pixels wide, and under a pixel at its deepest zoom (24).
    for (int lon = -180 + step; lon < 180; lon += step) {
        path.moveTo(project(lon, -90));
        for (int lat = -88; lat <= 90; lat += 2)
            path.lineTo(project(lon, lat));
    }
    // Parallels are straight in Equal Earth: one segment each.
    for (int lat = -90 + step; lat < 90; lat += step) {
        path.moveTo(project(-180, lat));
        path.lineTo(project(180, lat));
    }
    return path;
}

} // namespace EqualEarth
