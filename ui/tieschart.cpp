#include "tieschart.h"

#include "session/session.h"
#include "content/htmlwriter.h"

#include "i18n/formatting.h"
#include "i18n/vocabulary.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace {

// A fixed colour per kind of tie, from closest (blue) to hostile (vermillion).
QColor colourOf(const QString &type)
{
    if (type == u"treaty_ally") return OkabeIto::Blue;
    if (type == u"strategic_partner") return OkabeIto::SkyBlue;
    if (type == u"partner") return OkabeIto::BluishGreen;
    if (type == u"pragmatic") return OkabeIto::Yellow;
    if (type == u"strained") return OkabeIto::Orange;
    if (type == u"hostile") return OkabeIto::Vermillion;
    return OkabeIto::ReddishPurple;
}

} // namespace

TiesChart::TiesChart(Session &session, QWidget *parent)
    : ChartPanel(session, parent)
    , m_dataset(session.sharedDataset())
{
    m_series = new QPieSeries(chart());
    m_series->setPieSize(0.8);
    chart()->addSeries(m_series);
    // Names in the legend and counts on the slices: long labels around a pie get cut.
    chart()->legend()->setAlignment(Qt::AlignRight);
    connect(m_series, &QPieSeries::clicked, this, [this](QPieSlice *slice) {
        const int index = int(m_series->slices().indexOf(slice));
        if (index >= 0 && index < m_groups.size())
            emit relationTypeActivated(m_groups.at(index).type);
    });
    connect(m_series, &QPieSeries::hovered, this, [this](QPieSlice *slice, bool state) {
        slice->setExploded(state);
        chartView()->setCursor(state ? Qt::PointingHandCursor : Qt::ArrowCursor);
        if (state)
            QToolTip::showText(QCursor::pos(), Html::toolTip(sliceToolTip(int(m_series->slices().indexOf(slice)))),
                               chartView());
        else
            QToolTip::hideText();
    });
    connect(&session, &Session::datasetChanged, this, &TiesChart::reload);
    applyPalette();
    rebuild();
}

void TiesChart::reload()
{
    m_dataset = this->session().sharedDataset();
    rebuild();
}

void TiesChart::rebuild()
{
    m_groups = m_dataset ? relationGroups(*m_dataset) : QList<RelationGroup>();
    m_series->clear();
    for (const RelationGroup &group : std::as_const(m_groups)) {
        QPieSlice *slice = m_series->append(QString(), qreal(group.countries.size()));
        slice->setLabelVisible(true);
        slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
        slice->setExplodeDistanceFactor(0.06);
    }
    styleSeries();
    retranslateChart();
}

QString TiesChart::sliceToolTip(int index) const
{
    if (index < 0 || index >= m_groups.size() || !m_dataset)
        return {};
    const RelationGroup &group = m_groups.at(index);
    QStringList names;
    for (const QString &code : group.countries) {
        const Country *country = m_dataset->country(code);
        names.append(country ? country->name.in(language()) : code);
    }
    return tr("%1: %2").arg(Vocabulary::relationType(group.type), names.join(u", "_s)) + u'\n'
           + tr("Click to list these countries.");
}

QPoint TiesChart::slicePosition(int index) const
{
    const QList<QPieSlice *> slices = m_series->slices();
    if (index < 0 || index >= slices.size())
        return {};
    const QPieSlice *slice = slices.at(index);
    const QRectF plot = chart()->plotArea();
    const qreal radius = qMin(plot.width(), plot.height()) * m_series->pieSize() / 2;
    // Angles run clockwise from twelve o'clock.
    const qreal angle = qDegreesToRadians(slice->startAngle() + slice->angleSpan() / 2);
    const QPointF centre(plot.left() + plot.width() * m_series->horizontalPosition(),
                         plot.top() + plot.height() * m_series->verticalPosition());
    const QPointF point = centre + QPointF(qSin(angle), -qCos(angle)) * radius * 0.6;
    return chartView()->mapFromScene(chart()->mapToScene(point));
}

void TiesChart::retranslateChart()
{
    setTitle(tr("Russia's ties at a glance"));
    const QList<QPieSlice *> slices = m_series->slices();
    const QList<QLegendMarker *> markers = chart()->legend()->markers(m_series);
    for (int i = 0; i < slices.size() && i < m_groups.size(); ++i) {
        const int count = int(m_groups.at(i).countries.size());
        slices.at(i)->setLabel(formatNumber(count, language()));
        // A label set on the marker stays; it no longer copies the slice's.
        if (i < markers.size())
            markers.at(i)->setLabel(chartText(tr("%1 (%2)", "kind of tie (number of countries)")
                                                  .arg(Vocabulary::relationType(m_groups.at(i).type), formatNumber(count, language()))));
    }
    // Qt Charts 6.4 writes a marker's new label into the legend only when the legend is laid
    // out again: without this, a language switch leaves the old words drawn.
    if (chart()->legend()->isVisible()) {
        chart()->legend()->hide();
        chart()->legend()->show();
    }
}

void TiesChart::styleSeries()
{
    const QList<QPieSlice *> slices = m_series->slices();
    for (int i = 0; i < slices.size() && i < m_groups.size(); ++i) {
        slices.at(i)->setColor(colourOf(m_groups.at(i).type));
        slices.at(i)->setBorderColor(palette().color(QPalette::Base));
        // Dark text on the light slices (sky blue, yellow, orange), white on the others.
        const QColor colour = colourOf(m_groups.at(i).type);
        slices.at(i)->setLabelColor(colour.lightness() > 140 ? QColor(Qt::black) : QColor(Qt::white));
    }
}
