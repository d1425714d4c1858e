#pragma once

#include "chartpanel.h"
#include "charts/membershiptimeline.h"
#include "data/dataset.h"

#include <memory>

class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

// "Over time": the number of members of an organization as a step line from its founding
// to today, with a marker and a short label per event; hovering a marker tells the event.
class MembershipChart final : public ChartPanel
{
    Q_OBJECT

public:
    explicit MembershipChart(Session &session, QWidget *parent = nullptr);

    void setOrganization(const QString &id);
    QString organization() const { return m_organization; }

    const QList<TimelineStep> &steps() const { return m_steps; }
    QLineSeries *stepSeries() const { return m_line; }
    // Years at their first day: labels fall on the ticks, in any language.
    QCategoryAxis *dateAxis() const { return m_dateAxis; }
    // The step at a point of the chart's series (x in ms since the epoch), or -1.
    int stepAt(const QPointF &point) const;
    // The tooltip of a step: its date, member count and events.
    QString stepToolTip(int step) const;
    // The short labels drawn at the events, in step order (for tests and accessibility).
    QStringList eventLabels() const;

protected:
    void retranslateChart() override;
    void styleSeries() override;
    void languageChanged() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum Marker { TreatyMarker, JoinedMarker, LeftMarker, SuspendedMarker, MarkerCount };

    void reload();
    void rebuild();
    void updateLabels();
    void placeLabels();
    void setDateRange(QDate first, QDate last);
    QString stepLabel(const TimelineStep &step, bool first) const;

    std::shared_ptr<const Dataset> m_dataset;
    QString m_organization;
    QList<TimelineStep> m_steps;
    QLineSeries *m_line = nullptr;
    QScatterSeries *m_markers[MarkerCount] = {};
    QCategoryAxis *m_dateAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QList<QGraphicsSimpleTextItem *> m_labels; // one per step, empty text when unlabelled
};
