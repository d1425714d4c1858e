#include "comparisonchart.h"

#include "session/session.h"
#include "content/htmlwriter.h"

#include "i18n/formatting.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QHash>
#include <QLegend>
#include <QSet>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

ComparisonChart::ComparisonChart(Session &session, QWidget *parent)
    : ChartPanel(session, parent)
    , m_dataset(session.sharedDataset())
{
    m_measureLabel = new QLabel(this);
    m_measureBox = new QComboBox(this);
    m_measureBox->setObjectName(u"measureBox"_s);
    // Sized again when a language switch writes longer words.
    m_measureBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_measureLabel->setBuddy(m_measureBox);
    controlsLayout()->insertWidget(0, m_measureLabel);
    controlsLayout()->insertWidget(1, m_measureBox);

    QChart *chart = this->chart();
    m_series = new QHorizontalBarSeries(chart);
    m_set = new QBarSet(QString(), m_series);
    m_series->append(m_set);
    m_series->setBarWidth(0.7);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(m_series);
    m_names = new QBarCategoryAxis(chart);
    m_values = new QValueAxis(chart);
    chart->addAxis(m_names, Qt::AlignLeft);
    chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_names);
    m_series->attachAxis(m_values);
    chart->legend()->hide();

    connect(m_measureBox, &QComboBox::activated, this, [this](int index) {
        setMeasure(MemberComparison::Measure(m_measureBox->itemData(index).toInt()));
    });
    connect(m_set, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < m_figures.size())
            emit linkActivated(LinkTarget::country(m_figures.at(index).country));
    });
    connect(m_set, &QBarSet::hovered, this, [this](bool status, int index) {
        if (status)
            QToolTip::showText(QCursor::pos(), Html::toolTip(barToolTip(index)), chartView());
        else
            QToolTip::hideText();
        chartView()->setCursor(status ? Qt::PointingHandCursor : Qt::ArrowCursor);
    });
    fillMeasureBox();
    connect(&session, &Session::datasetChanged, this, &ComparisonChart::reload);
    applyPalette();
    rebuild();
}

void ComparisonChart::reload()
{
    m_dataset = this->session().sharedDataset();
    rebuild();
}

void ComparisonChart::setOrganization(const QString &id)
{
    if (id == m_organization)
        return;
    m_organization = id;
    rebuild();
}

void ComparisonChart::setMeasure(MemberComparison::Measure measure)
{
    m_measureBox->setCurrentIndex(m_measureBox->findData(int(measure)));
    if (measure == m_measure)
        return;
    m_measure = measure;
    rebuild();
}

// Population in millions, area in thousands of km², so that the axis stays short.
double ComparisonChart::scale() const
{
    return m_measure == MemberComparison::Measure::Population ? 1e6 : 1e3;
}

void ComparisonChart::rebuild()
{
    m_figures = m_dataset ? MemberComparison::compute(*m_dataset, m_organization, m_measure, QDate::currentDate())
                          : QList<MemberFigure>();
    // The bar series draws its first category at the bottom: smallest first puts the largest on top.
    std::reverse(m_figures.begin(), m_figures.end());
    double largest = 0;
    for (const MemberFigure &figure : std::as_const(m_figures))
        largest = qMax(largest, figure.value / scale());
    // Room at the end of the longest bar for its label.
    m_values->setRange(0, largest > 0 ? largest * 1.12 : 1);
    m_values->applyNiceNumbers();
    // Qt Charts cuts a bar's name to "…" unless its band is well over a line high.
    chartView()->setMinimumHeight(qMax(260, int(m_figures.size()) * fontMetrics().lineSpacing() * 17 / 10 + 150));
    languageChanged();
    retranslateChart();
}

// The countries' names on the axis, and the bars: Qt Charts writes a bar's label in the
// chart's locale only when its value is set, so the values are set again after a switch.
void ComparisonChart::languageChanged()
{
    QList<qreal> values;
    for (const MemberFigure &figure : std::as_const(m_figures)) {
        // One decimal is what the bar labels show; the tooltip has the exact figure.
        values.append(std::round(figure.value / scale() * 10) / 10);
    }
    m_set->remove(0, m_set->count());
    m_set->append(values);

    // Bars are keyed by country code; the axis needs one distinct label per bar (it drops a
    // repeated category, and its bar with it), so two countries that share a name are told
    // apart by their codes. Long names are cut: a category's label is laid out whole.
    const int width = fontMetrics().averageCharWidth() * MaxNameCharacters;
    QStringList plain;
    QHash<QString, int> uses;
    for (const MemberFigure &figure : std::as_const(m_figures)) {
        const Country *country = m_dataset ? m_dataset->country(figure.country) : nullptr;
        plain.append(fontMetrics().elidedText(country ? country->name.in(language()) : figure.country, Qt::ElideRight, width));
        ++uses[plain.constLast()];
    }
    QStringList names;
    QSet<QString> taken;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        QString name = plain.at(i);
        if (uses.value(name) > 1)
            name = tr("%1 (%2)", "a country's name (its code), when two share a name").arg(name, m_figures.at(i).country);
        for (int n = 2; taken.contains(name); ++n)
            name = tr("%1 (%2)", "a country's name (its code), when two share a name").arg(plain.at(i), QString::number(n));
        taken.insert(name);
        // Qt Charts draws axis labels as rich text: data is escaped, never interpreted.
        names.append(chartText(name));
    }
    m_names->clear();
    m_names->append(names);
}

QStringList ComparisonChart::categories() const
{
    return m_names->categories();
}

QString ComparisonChart::barToolTip(int index) const
{
    if (index < 0 || index >= m_figures.size() || !m_dataset)
        return {};
    const MemberFigure &figure = m_figures.at(index);
    const Country *country = m_dataset->country(figure.country);
    const QString name = country ? country->name.in(language()) : figure.country;
    const QString value = formatNumber(qRound64(figure.value), language());
    const QString amount = m_measure == MemberComparison::Measure::Population ? tr("%1 people").arg(value)
                                                                              : tr("%1 km²").arg(value);
    const QString source = figure.year > 0 ? tr("%1, %2").arg(QString::number(figure.year), figure.source) : figure.source;
    return tr("%1: %2 (%3)").arg(name, amount, source) + u'\n' + tr("Click to open the country.");
}

void ComparisonChart::fillMeasureBox()
{
    const QSignalBlocker blocker(m_measureBox);
    m_measureBox->clear();
    m_measureBox->addItem(tr("Population"), int(MemberComparison::Measure::Population));
    m_measureBox->addItem(tr("Area"), int(MemberComparison::Measure::Area));
    m_measureBox->setCurrentIndex(m_measureBox->findData(int(m_measure)));
}

void ComparisonChart::retranslateChart()
{
    m_measureLabel->setText(tr("Compare b&y:"));
    m_measureBox->setAccessibleName(tr("Compare members by"));
    fillMeasureBox();
    const Organization *org = m_dataset ? m_dataset->organization(m_organization) : nullptr;
    const QString abbreviation = org ? org->abbreviation.in(language()) : QString();
    const bool population = m_measure == MemberComparison::Measure::Population;
    setTitle(population ? tr("%1 members by population").arg(abbreviation) : tr("%1 members by area").arg(abbreviation));
    const QString sources = MemberComparison::sourcesOf(m_figures);
    const QString unit = population ? tr("Population, millions") : tr("Area, thousand km²");
    m_values->setTitleText(chartText(sources.isEmpty() ? unit : tr("%1 — %2", "unit — year, source").arg(unit, sources)));
    m_values->setLabelFormat(m_values->max() < 10 ? u"%.1f"_s : u"%.0f"_s);
    m_set->setLabel(chartText(unit));
}

void ComparisonChart::styleSeries()
{
    m_set->setColor(isDark(palette()) ? OkabeIto::SkyBlue : OkabeIto::Blue);
    m_set->setBorderColor(Qt::transparent);
    m_set->setLabelColor(palette().color(QPalette::Text));
    styleAxes();
}
