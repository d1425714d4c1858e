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
    // The labels of the events, one per step that has one, in step order, with every name
    // (for tests and accessibility).
    QStringList eventLabels() const;
    // The labels as drawn: steps within a year share one label; a long list is written
    // as a count where its names find no room.
    QStringList shownLabels() const;

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
    void fitCountAxis();
    void setDateRange(QDate first, QDate last);
    // What changed on a step, by kind, as the label tells it.
    struct Change
    {
        QString treaty;
        QStringList joined, left, suspended;
        bool isEmpty() const { return treaty.isEmpty() && joined.isEmpty() && left.isEmpty() && suspended.isEmpty(); }
        bool hasMembers() const { return !joined.isEmpty() || !left.isEmpty() || !suspended.isEmpty(); }
    };
    Change stepChange(const TimelineStep &step, bool first) const;
    // "+ Bulgaria, Estonia, Latvia, …" over lines of a few names, or with counts ("+ 7").
    QString changeText(const Change &change, bool counts) const;

    std::shared_ptr<const Dataset> m_dataset;
    QString m_organization;
    QList<TimelineStep> m_steps;
    QLineSeries *m_line = nullptr;
    QScatterSeries *m_markers[MarkerCount] = {};
    QCategoryAxis *m_dateAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QList<QGraphicsSimpleTextItem *> m_labels; // one per step, empty text when unlabelled
    QList<Change> m_changes;                   // one per step
    int m_highest = 0;
};
