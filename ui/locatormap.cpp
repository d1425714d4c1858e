#include "ui/locatormap.h"

#include "content/htmlwriter.h"
#include "map/maprenderer.h"
#include "map/worldmap.h"
#include "session/session.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace {

constexpr qreal aspect = 0.49; // Equal Earth's height over its width
constexpr int compactHeight = 120; // the country pane's strip: the text keeps the room

} // namespace

LocatorMap::LocatorMap(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(&m_session, &Session::datasetChanged, this, &LocatorMap::recolour);
    // Only the legend's words change with the language: repaint, no recolouring.
    connect(&m_session, &Session::languageChanged, this, qOverload<>(&QWidget::update));
    retranslateUi();
}

LocatorMap::~LocatorMap() = default;

void LocatorMap::showCountry(const QString &code)
{
    m_country = code;
    m_mode = {};
    recolour();
}

void LocatorMap::showOrganization(const QString &id, QDate date)
{
    m_country.clear();
    m_mode = {MapMode::Kind::Organization, id, {}};
    if (date.isValid())
        m_date = date;
    recolour();
}

void LocatorMap::setLegendShown(bool shown)
{
    m_legendShown = shown;
    setSizePolicy(QSizePolicy::Preferred, shown ? QSizePolicy::Expanding : QSizePolicy::Fixed);
    setMinimumHeight(shown ? 160 : 0);
    updateGeometry();
    recolour();
}

QSize LocatorMap::sizeHint() const
{
    return m_legendShown ? QSize(480, int(480 * aspect)) : QSize(int(compactHeight / aspect), compactHeight);
}

void LocatorMap::recolour()
{
    m_categories.clear(); // coloured on the next paint, when the map is surely loaded
    m_cache = {};
    update();
}

void LocatorMap::paintEvent(QPaintEvent *)
{
    const WorldMap &map = WorldMap::bundled();
    const Dataset &data = m_session.dataset();
    if (m_categories.isEmpty()) {
        m_categories = m_country.isEmpty() ? MapColouring::colour(data, map, m_mode, m_date)
                                           : MapColouring::locate(data, map, m_country);
    }
    const MapPalette palette = MapPalette::fromPalette(this->palette());
    const QList<MapCategory> legend = m_country.isEmpty() ? MapColouring::legend(m_mode) : QList<MapCategory>{};
    const QTransform transform = toScreen();
    const QSize pixels = size() * devicePixelRatioF();
    if (m_cache.size() != pixels) {
        m_cache = QPixmap(pixels);
        m_cache.setDevicePixelRatio(devicePixelRatioF());
        m_cache.fill(palette.background);
        QPainter cachePainter(&m_cache);
        renderer().paintBase(cachePainter, transform, m_categories, palette);
        const QList<int> features = map.featuresOf(m_country);
        // A ring around a country too small to find at this scale.
        QRectF bounds;
        for (int f : features)
            bounds |= transform.mapRect(map.features().at(f).bounds);
        if (!features.isEmpty() && std::max(bounds.width(), bounds.height()) < 14) {
            cachePainter.setRenderHint(QPainter::Antialiasing);
            cachePainter.setPen(QPen(MapColouring::colour(MapCategory::Hostile), 1.5));
            cachePainter.setBrush(Qt::NoBrush);
            cachePainter.drawEllipse(bounds.center(), 9, 9);
        }
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_cache);
    if (m_legendShown && !legend.isEmpty()) {
        QStringList labels;
        for (MapCategory category : legend)
            labels.append(MapColouring::label(category, m_mode, data, m_session.language()));
        QFont small = painter.font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter.setFont(small);
        m_legendRect = MapRenderer::paintLegend(painter, QRectF(rect()), legend, labels, palette);
    } else {
        m_legendRect = {};
    }
}

QTransform LocatorMap::toScreen() const
{
    return MapRenderer::fitTransform(WorldMap::bundled().bounds(), QRectF(rect()).adjusted(2, 2, -2, -2));
}

MapRenderer &LocatorMap::renderer() const
{
    if (!m_renderer)
        m_renderer = std::make_unique<MapRenderer>(WorldMap::bundled());
    m_renderer->setMarkerSize(m_legendShown ? MapRenderer::markerRadius : 1.5);
    return *m_renderer;
}

QPoint LocatorMap::pointOf(const QString &code) const
{
    return renderer().pointOf(code, toScreen(), rect());
}

QString LocatorMap::toolTipAt(QPoint point) const
{
    if (m_legendRect.contains(point))
        return {};
    const int feature = renderer().featureAt(point, toScreen());
    if (feature < 0)
        return {};
    const QString code = WorldMap::bundled().features().at(feature).code;
    const Dataset &data = m_session.dataset();
    // The text of the big map's tooltips; the country pane's locator has no status to tell.
    return m_country.isEmpty() ? MapColouring::describe(data, m_mode, code, m_date, m_session.language())
                               : MapColouring::describe(data, code, m_session.language());
}

bool LocatorMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        // Names come from data: escaped into rich text so that no markup in them is interpreted.
        // Over the sea, the widget's own tooltip says what a click does.
        if (const QString text = toolTipAt(help->pos()); !text.isEmpty()) {
            QToolTip::showText(help->globalPos(), Html::toolTip(text), this);
            return true;
        }
    }
    return QWidget::event(event);
}

void LocatorMap::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QWidget::mouseReleaseEvent(event);
}

void LocatorMap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        m_cache = {};
    QWidget::changeEvent(event);
}

void LocatorMap::retranslateUi()
{
    setToolTip(tr("Open the world map"));
    setAccessibleName(tr("World map"));
}
