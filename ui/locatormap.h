#pragma once

#include "map/mapcolouring.h"

#include <QDate>
#include <QPixmap>
#include <QWidget>

#include <memory>

class MapRenderer;
class Session;

// A small world map without controls: in the country pane it highlights the country, in the
// organization pane it colours the members as of the pane's date. A click asks for the big map.
// Hovering a country names it, with its status on the date in the organization pane, as the
// big map does.
// The bundled map is read when first painted, not at construction: panes are made at startup.
class LocatorMap final : public QWidget
{
    Q_OBJECT

public:
    explicit LocatorMap(Session &session, QWidget *parent = nullptr);
    ~LocatorMap() override;

    void showCountry(const QString &code);
    void showOrganization(const QString &id, QDate date);
    // The organization pane's map fills its tab and has a legend; the country pane's is a
    // small strip without one.
    void setLegendShown(bool shown);

    QString country() const { return m_country; }
    MapMode mode() const { return m_mode; }
    QDate date() const { return m_date; }
    // The colours as last painted, one per feature of the map: for tests.
    QList<MapCategory> categories() const { return m_categories; }
    // A pixel inside the country's shape or on its marker, or (-1,-1): for tests.
    QPoint pointOf(const QString &code) const;

    QSize sizeHint() const override;

signals:
    void clicked();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void recolour();
    void retranslateUi();
    QTransform toScreen() const;
    // The bundled map's renderer, made on first use, with the markers as large as this map
    // draws them (small dots in the country pane's strip).
    MapRenderer &renderer() const;
    // The country's name (and status) under the point; empty over the sea or the legend.
    QString toolTipAt(QPoint point) const;

    Session &m_session;
    QString m_country;
    MapMode m_mode;
    QDate m_date = QDate::currentDate();
    bool m_legendShown = false;
    QList<MapCategory> m_categories;
    QPixmap m_cache; // the countries, repainted when the colours, size or palette change
    QRectF m_legendRect; // where the legend was painted: it covers the countries under it
    mutable std::unique_ptr<MapRenderer> m_renderer;
};
