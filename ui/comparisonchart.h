#pragma once

#include "chartpanel.h"
#include "charts/membercomparison.h"
#include "data/dataset.h"
#include "navigation/linktarget.h"

#include <memory>

class QBarCategoryAxis;
class QBarSet;
class QComboBox;
class QHorizontalBarSeries;
class QLabel;
class QValueAxis;

// "Compared": an organization's members today as bars, by population or by area, largest
// on top; hovering a bar gives the exact figure with its year and source, clicking opens
// the country.
class ComparisonChart final : public ChartPanel
{
    Q_OBJECT

public:
    explicit ComparisonChart(Session &session, QWidget *parent = nullptr);

    void setOrganization(const QString &id);
    QString organization() const { return m_organization; }
    void setMeasure(MemberComparison::Measure measure);
    MemberComparison::Measure measure() const { return m_measure; }

    // Names longer than this many average characters are cut with "…" on the axis.
    static constexpr int MaxNameCharacters = 32;

    QBarSet *barSet() const { return m_set; }
    // The names on the axis, bottom first (escaped, as Qt Charts draws them as rich text).
    QStringList categories() const;
    QHorizontalBarSeries *series() const { return m_series; }
    // Figures in bar order: index 0 is the bottom bar (the smallest).
    const QList<MemberFigure> &figures() const { return m_figures; }
    QString barToolTip(int index) const;

signals:
    void linkActivated(const LinkTarget &target);

protected:
    void retranslateChart() override;
    void styleSeries() override;
    void languageChanged() override;

private:
    void reload();
    void rebuild();
    void fillMeasureBox();
    double scale() const;

    std::shared_ptr<const Dataset> m_dataset;
    QString m_organization;
    MemberComparison::Measure m_measure = MemberComparison::Measure::Population;
    QList<MemberFigure> m_figures;
    QLabel *m_measureLabel = nullptr;
    QComboBox *m_measureBox = nullptr;
    QHorizontalBarSeries *m_series = nullptr;
    QBarSet *m_set = nullptr;
    QBarCategoryAxis *m_names = nullptr;
    QValueAxis *m_values = nullptr;
};
