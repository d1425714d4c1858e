#pragma once

#include "map/mapcolouring.h"
#include "map/maprenderer.h"
#include "navigation/linktarget.h"

#include <QDate>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QTimer;
class Session;
class WorldMap;

// The world map, painted with QPainter: countries coloured by MapColouring, tiny countries as
// markers, an ocean and graticule in the palette's tones, the legend and the year in overlay.
// Wheel, pinch and +/- zoom; drag and arrow keys pan; Home fits the world; Tab moves from
// country to country and Enter opens it; a click opens the country's pane.
class MapView final : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(Session &session, QWidget *parent = nullptr);

    MapMode mode() const { return m_mode; }
    QDate date() const { return m_date; }
    void setMode(const MapMode &mode);
    void setDate(QDate date);
    // Countries to outline for a moment: those that join or leave at a step of the slider.
    void setEmphasised(const QSet<int> &features);

    qreal zoom() const { return m_zoom; }
    void zoomBy(qreal factor);
    void fitWorld();

    // What the mouse would hit: for tooltips and tests.
    int featureAt(QPoint point) const;
    // A pixel inside the country's shape or on its marker; (-1,-1) when it is not on screen.
    QPoint pointOf(const QString &code) const;
    QList<MapCategory> categories() const { return m_categories; }
    QSet<int> emphasised() const { return m_emphasised; }

    // Milliseconds the last recolouring and the last frame took (README benchmark).
    double lastRecolourMs() const { return m_recolourMs; }
    double lastFrameMs() const { return m_frameMs; }

    QSize sizeHint() const override { return {800, 420}; }

signals:
    void linkActivated(const LinkTarget &target);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void recolour();
    QTransform toScreen() const;
    void panBy(QPointF pixels);
    void clampCentre();
    void zoomAround(qreal factor, QPointF anchor);
    void focusCountry(int step);
    void paintOverlay(QPainter &painter);
    void interact();

    Session &m_session;
    const WorldMap &m_map;
    MapRenderer m_renderer;
    MapMode m_mode;
    QDate m_date = QDate::currentDate();
    QList<MapCategory> m_categories;
    QSet<int> m_emphasised;
    int m_hovered = -1;
    int m_focused = -1;
    qreal m_zoom = 1;
    QPointF m_centre;
    QPoint m_pressPosition;
    QPoint m_lastDragPosition;
    bool m_dragging = false;
    // The countries as last painted, for frames where only the hover or the overlay change.
    QImage m_cache; // painted on two threads (MapRenderer::renderBase)
    QTransform m_cacheTransform;
    bool m_cacheValid = false;
    bool m_interacting = false; // panning or zooming: paint quickly, antialias when it stops
    QTimer *m_settle = nullptr;
    double m_recolourMs = 0;
    double m_frameMs = 0;
};
