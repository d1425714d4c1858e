#include "ui/mapview.h"

#include "content/htmlwriter.h"
#include "map/worldmap.h"
#include "session/session.h"

#include <QElapsedTimer>
#include <QGestureEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QTimer>
#include <QToolTip>

#include <cmath>

namespace {

constexpr qreal maxZoom = 24;
constexpr int dragThreshold = 4; // pixels a press may move and still be a click

} // namespace

MapView::MapView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_map(WorldMap::bundled())
    , m_renderer(m_map)
    , m_centre(m_map.bounds().center())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 180);
    grabGesture(Qt::PinchGesture);
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(150);
    connect(m_settle, &QTimer::timeout, this, [this] {
        m_interacting = false;
        m_cacheValid = false;
        update();
    });
    connect(&m_session, &Session::datasetChanged, this, &MapView::recolour);
    // Nothing to recolour on a language switch: the legend, the tooltips and the names are
    // painted from the current language on the next frame.
    connect(&m_session, &Session::languageChanged, this, qOverload<>(&QWidget::update));
    recolour();
}

void MapView::setMode(const MapMode &mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_emphasised.clear();
    recolour();
}

void MapView::setDate(QDate date)
{
    if (date == m_date || !date.isValid())
        return;
    m_date = date;
    recolour();
}

void MapView::setEmphasised(const QSet<int> &features)
{
    m_emphasised = features;
    update();
}

void MapView::recolour()
{
    QElapsedTimer timer;
    timer.start();
    m_categories = MapColouring::colour(m_session.dataset(), m_map, m_mode, m_date);
    m_recolourMs = timer.nsecsElapsed() / 1e6;
    m_cacheValid = false;
    update();
}

QTransform MapView::toScreen() const
{
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    const QRectF world = m_map.bounds();
    if (world.isEmpty() || area.isEmpty())
        return {};
    const qreal scale = std::min(area.width() / world.width(), area.height() / world.height()) * m_zoom;
    QTransform t;
    t.translate(area.center().x(), area.center().y());
    t.scale(scale, scale);
    t.translate(-m_centre.x(), -m_centre.y());
    return t;
}

void MapView::clampCentre()
{
    const QRectF world = m_map.bounds();
    m_centre.setX(std::clamp(m_centre.x(), world.left(), world.right()));
    m_centre.setY(std::clamp(m_centre.y(), world.top(), world.bottom()));
}

void MapView::panBy(QPointF pixels)
{
    const qreal scale = toScreen().m11();
    if (scale <= 0)
        return;
    m_centre -= pixels / scale;
    clampCentre();
    interact();
}

void MapView::zoomAround(qreal factor, QPointF anchor)
{
    const qreal zoom = std::clamp(m_zoom * factor, 1.0, maxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // Keep the world point under the anchor where it is.
    const QPointF before = toScreen().inverted().map(anchor);
    m_zoom = zoom;
    const QPointF after = toScreen().inverted().map(anchor);
    m_centre += before - after;
    if (qFuzzyCompare(m_zoom, 1.0))
        m_centre = m_map.bounds().center();
    clampCentre();
    interact();
}

void MapView::interact()
{
    m_interacting = true;
    m_settle->start();
    update();
}

void MapView::zoomBy(qreal factor)
{
    zoomAround(factor, QRectF(rect()).center());
}

void MapView::fitWorld()
{
    m_zoom = 1;
    m_centre = m_map.bounds().center();
    interact();
}

int MapView::featureAt(QPoint point) const
{
    return m_renderer.featureAt(point, toScreen());
}

QPoint MapView::pointOf(const QString &code) const
{
    return m_renderer.pointOf(code, toScreen(), rect());
}

void MapView::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    const MapPalette palette = MapPalette::fromPalette(this->palette());
    const QTransform transform = toScreen();
    QPainter painter(this);
    if (m_interacting) {
        // Panning or zooming: no antialiasing, and no cache (it would be repainted at the next
        // step anyway); painted straight to the window.
        painter.fillRect(rect(), palette.background);
        m_renderer.paintBase(painter, transform, m_categories, palette, false);
    } else {
        const QSize pixels = size() * devicePixelRatioF();
        if (!m_cacheValid || m_cacheTransform != transform || m_cache.size() != pixels) {
            if (m_cache.size() != pixels) {
                m_cache = QImage(); // never two pictures at once
                m_cache = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
                m_cache.setDevicePixelRatio(devicePixelRatioF());
            }
            m_renderer.renderBase(m_cache, transform, m_categories, palette);
            m_cacheTransform = transform;
            m_cacheValid = true;
        }
        painter.drawImage(0, 0, m_cache);
    }
    QSet<int> emphasised = m_emphasised;
    if (m_hovered >= 0)
        emphasised.insert(m_hovered);
    if (m_focused >= 0 && hasFocus())
        emphasised.insert(m_focused);
    m_renderer.paintEmphasis(painter, transform, palette, emphasised);
    paintOverlay(painter);
    m_frameMs = timer.nsecsElapsed() / 1e6;
}

void MapView::paintOverlay(QPainter &painter)
{
    const MapPalette palette = MapPalette::fromPalette(this->palette());
    const Dataset &data = m_session.dataset();
    const QList<MapCategory> legend = MapColouring::legend(m_mode);
    QStringList labels;
    for (MapCategory category : legend)
        labels.append(MapColouring::label(category, m_mode, data, m_session.language()));
    // On a small screen the legend would hide a continent: a smaller font there.
    painter.save();
    if (height() < 480) {
        QFont small = painter.font();
        small.setPointSizeF(small.pointSizeF() * 0.82);
        painter.setFont(small);
    }
    MapRenderer::paintLegend(painter, QRectF(rect()), legend, labels, palette);
    painter.restore();

    if (m_mode.kind == MapMode::Kind::Ties)
        return;
    // The year, large, as the slider plays.
    QFont font = painter.font();
    font.setPixelSize(std::clamp(height() / 9, 20, 64));
    font.setBold(true);
    painter.setFont(font);
    QColor colour = palette.text;
    colour.setAlphaF(0.55f);
    painter.setPen(colour);
    painter.drawText(QRectF(rect()).adjusted(12, 4, -12, -4), Qt::AlignRight | Qt::AlignBottom,
                     QString::number(m_date.year()));
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int feature = featureAt(help->pos());
        if (feature < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        // Names come from data: escaped into rich text so that no markup in them is interpreted.
        const QString text = MapColouring::describe(m_session.dataset(), m_mode, m_map.features().at(feature).code,
                                                    m_date, m_session.language());
        QToolTip::showText(help->globalPos(), Html::toolTip(text), this);
        return true;
    }
    if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            zoomAround(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()));
            return true;
        }
    }
    return QWidget::event(event);
}

void MapView::changeEvent(QEvent *event)
{
    // A switch between the light and dark palettes repaints the cached map in the new tones.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        m_cacheValid = false;
    QWidget::changeEvent(event);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAround(std::pow(1.25, steps), event->position());
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPosition = event->pos();
    m_lastDragPosition = event->pos();
    m_dragging = false;
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (event->pos() - m_pressPosition).manhattanLength() > dragThreshold)
            m_dragging = true;
        if (m_dragging) {
            setCursor(Qt::ClosedHandCursor);
            panBy(event->pos() - m_lastDragPosition);
            m_lastDragPosition = event->pos();
        }
        return;
    }
    const int hovered = featureAt(event->pos());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        setCursor(hovered >= 0 && !m_map.features().at(hovered).code.isEmpty() ? Qt::PointingHandCursor
                                                                             : Qt::ArrowCursor);
        update();
    }
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    unsetCursor();
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    const int feature = featureAt(event->pos());
    if (feature < 0)
        return;
    const QString code = m_map.features().at(feature).code;
    if (m_session.dataset().country(code))
        emit linkActivated(LinkTarget::country(code));
}

void MapView::leaveEvent(QEvent *event)
{
    m_hovered = -1;
    update();
    QWidget::leaveEvent(event);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const qreal step = std::max(40, width() / 8);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.5); return;
    case Qt::Key_Minus: zoomBy(1 / 1.5); return;
    case Qt::Key_Home:
    case Qt::Key_0: fitWorld(); return;
    case Qt::Key_Left: panBy({step, 0}); return;
    case Qt::Key_Right: panBy({-step, 0}); return;
    case Qt::Key_Up: panBy({0, step}); return;
    case Qt::Key_Down: panBy({0, -step}); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_focused >= 0 && m_session.dataset().country(m_map.features().at(m_focused).code))
            emit linkActivated(LinkTarget::country(m_map.features().at(m_focused).code));
        return;
    default: break;
    }
    QWidget::keyPressEvent(event);
}

// Tab and Shift+Tab walk through the countries of our data in the map's order, then leave
// the map; the focused country is outlined and described.
bool MapView::focusNextPrevChild(bool next)
{
    const QList<MapFeature> &features = m_map.features();
    const int count = int(features.size());
    int i = m_focused >= 0 ? m_focused : (next ? -1 : count);
    while (true) {
        i += next ? 1 : -1;
        if (i < 0 || i >= count) {
            m_focused = -1;
            update();
            return QWidget::focusNextPrevChild(next);
        }
        if (m_session.dataset().country(features.at(i).code))
            break;
    }
    m_focused = i;
    const QPoint at = toScreen().map(features.at(i).labelPoint).toPoint();
    QToolTip::showText(mapToGlobal(at),
                       Html::toolTip(MapColouring::describe(m_session.dataset(), m_mode, features.at(i).code, m_date,
                                                            m_session.language())),
                       this);
    update();
    return true;
}
