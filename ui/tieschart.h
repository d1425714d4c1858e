#pragma once

#include "chartpanel.h"
#include "charts/relationgroups.h"
#include "data/dataset.h"

#include <memory>

class QPieSeries;
class QPieSlice;

// "Russia's ties at a glance": the countries with a recorded tie to Russia as a pie by kind
// of tie; clicking a slice asks for the country list filtered by that kind.
class TiesChart final : public ChartPanel
{
    Q_OBJECT

public:
    explicit TiesChart(Session &session, QWidget *parent = nullptr);


    QPieSeries *series() const { return m_series; }
    const QList<RelationGroup> &groups() const { return m_groups; }
    QString sliceToolTip(int index) const;
    // Where a slice's middle is drawn, in the chart view's viewport coordinates.
    QPoint slicePosition(int index) const;

signals:
    void relationTypeActivated(const QString &type);

protected:
    void retranslateChart() override;
    void styleSeries() override;

private:
    void reload();
    void rebuild();

    std::shared_ptr<const Dataset> m_dataset;
    QList<RelationGroup> m_groups;
    QPieSeries *m_series = nullptr;
};
