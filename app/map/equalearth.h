#pragma once

#include <QPainterPath>
#include <QPointF>

// The Equal Earth projection (Šavrič, Patterson, Jenny 2018), an equal-area world projection:
// unlike Web Mercator it neither inflates Russia nor shrinks Africa. Coordinates are those of
// the map resource divided by its quantization: unit scale, centred on 0,0, y pointing down.
namespace EqualEarth {

QPointF project(double longitude, double latitude);

// The outline of the whole sphere: the ocean.
QPainterPath outline();
// Meridians and parallels every `step` degrees.
QPainterPath graticule(int step = 30);

} // namespace EqualEarth
