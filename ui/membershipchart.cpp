#include "membershipchart.h"

#include "session/session.h"
#include "data/membership.h"
#include "i18n/formatting.h"
#include "i18n/vocabulary.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFontMetrics>
#include <QCategoryAxis>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

qreal toX(QDate date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

} // namespace

MembershipChart::MembershipChart(Session &session, QWidget *parent)
    : ChartPanel(session, parent)
    , m_dataset(session.sharedDataset())
{
    QChart *chart = this->chart();
    m_line = new QLineSeries(chart);
    chart->addSeries(m_line);
    const QScatterSeries::MarkerShape shapes[MarkerCount] = {
        QScatterSeries::MarkerShapeRotatedRectangle, QScatterSeries::MarkerShapeCircle,
        QScatterSeries::MarkerShapeRectangle, QScatterSeries::MarkerShapeTriangle};
    for (int kind = 0; kind < MarkerCount; ++kind) {
        auto *series = new QScatterSeries(chart);
        series->setMarkerShape(shapes[kind]);
        series->setMarkerSize(11);
        chart->addSeries(series);
        m_markers[kind] = series;
        connect(series, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), stepToolTip(stepAt(point)), chartView());
        });
    }
    // A QDateTimeAxis spaces its ticks evenly in milliseconds, so they drift off the first
    // of January and say "Sept 1996"; the years of a category axis sit on their first day.
    m_dateAxis = new QCategoryAxis(chart);
    m_dateAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_countAxis = new QValueAxis(chart);
    // "%d" draws no labels at all when the chart localizes numbers (Qt 6.4).
    m_countAxis->setLabelFormat(u"%.0f"_s);
    chart->addAxis(m_dateAxis, Qt::AlignBottom);
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(m_dateAxis);
        series->attachAxis(m_countAxis);
    }
    // The step line explains itself through the axis title; the legend names the markers.
    chart->legend()->markers(m_line).constFirst()->setVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        fitCountAxis();
        placeLabels();
    });
    connect(&session, &Session::datasetChanged, this, &MembershipChart::reload);
    applyPalette();
    rebuild();
}

void MembershipChart::reload()
{
    m_dataset = this->session().sharedDataset();
    rebuild();
}

void MembershipChart::setOrganization(const QString &id)
{
    if (id == m_organization)
        return;
    m_organization = id;
    rebuild();
}

void MembershipChart::rebuild()
{
    const Organization *org = m_dataset ? m_dataset->organization(m_organization) : nullptr;
    m_steps = org ? MembershipTimeline::compute(*org, QDate::currentDate()) : QList<TimelineStep>();

    QList<QPointF> line;
    QList<QPointF> markers[MarkerCount];
    int previous = 0;
    int highest = 0;
    for (const TimelineStep &step : std::as_const(m_steps)) {
        const qreal x = toX(step.date);
        if (!line.isEmpty() && step.count != previous)
            line.append(QPointF(x, previous));
        line.append(QPointF(x, step.count));
        bool seen[MarkerCount] = {};
        for (const TimelineEvent &event : step.events) {
            const EventKind eventType = eventKind(event.type);
            const Marker kind = eventType == EventKind::Treaty   ? TreatyMarker
                                : eventType == EventKind::Joined ? JoinedMarker
                                : eventType == EventKind::Left   ? LeftMarker
                                                                 : SuspendedMarker;
            if (!seen[kind])
                markers[kind].append(QPointF(x, step.count));
            seen[kind] = true;
        }
        previous = step.count;
        highest = qMax(highest, step.count);
    }
    m_line->replace(line);
    for (int kind = 0; kind < MarkerCount; ++kind)
        m_markers[kind]->replace(markers[kind]);

    if (!m_steps.isEmpty())
        setDateRange(m_steps.constFirst().date, m_steps.constLast().date);
    m_highest = highest;
    fitCountAxis();
    updateLabels();
    retranslateChart();
}

void MembershipChart::setDateRange(QDate first, QDate last)
{
    for (const QString &label : m_dateAxis->categoriesLabels())
        m_dateAxis->remove(label);
    // A little room on both sides so that the first and last markers are not cut.
    const qint64 margin = qMax<qint64>(first.daysTo(last) / 40, 30);
    const QDate from = first.addDays(-margin);
    const QDate to = last.addDays(margin);
    const int span = to.year() - from.year();
    const int every = span <= 12 ? 1 : span <= 25 ? 2 : span <= 60 ? 5 : 10;
    m_dateAxis->setStartValue(toX(from));
    for (int year = (from.year() / every + 1) * every; year <= to.year(); year += every)
        m_dateAxis->append(QString::number(year), toX(QDate(year, 1, 1)));
    m_dateAxis->setRange(toX(from), toX(to));
}

// Room above the highest step for the event labels, and ticks far enough apart for their
// numbers: Qt Charts writes "…" for a number that has less than its height.
void MembershipChart::fitCountAxis()
{
    const qreal height = chart()->plotArea().height();
    const int maxTicks = height > 0 ? qBound(3, int(height / (fontMetrics().height() * 1.6)) + 1, 11) : 6;
    int interval = 1;
    int top = 2;
    for (int step : {1, 2, 5, 10, 20, 25, 50, 100}) {
        interval = step;
        top = qMax(2 * step, int(std::ceil(m_highest * 1.35 / step)) * step);
        if (top / step + 1 <= maxTicks)
            break;
    }
    // An axis title longer than the axis is cut to "Negara ang…": the chart's title says it.
    const QFont titleFont = m_countAxis->titleFont();
    const bool titleFits = height <= 0 || QFontMetrics(titleFont).horizontalAdvance(m_countAxis->titleText()) < height;
    if (m_countAxis->isTitleVisible() != titleFits)
        m_countAxis->setTitleVisible(titleFits);
    if (m_countAxis->max() == top && m_countAxis->tickCount() == top / interval + 1)
        return;
    m_countAxis->setRange(0, top);
    m_countAxis->setTickCount(top / interval + 1);
}

int MembershipChart::stepAt(const QPointF &point) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (qAbs(toX(m_steps.at(i).date) - point.x()) < 1.0 && m_steps.at(i).count == qRound(point.y()))
            return i;
    }
    return -1;
}

QString MembershipChart::stepToolTip(int step) const
{
    if (step < 0 || step >= m_steps.size() || !m_dataset)
        return {};
    const TimelineStep &s = m_steps.at(step);
    const Language lang = language();
    QStringList lines{tr("%1: %n member(s)", nullptr, s.count).arg(formatDate(PartialDate::fromDate(s.date), lang))};
    for (const TimelineEvent &event : s.events) {
        QString line = MembershipTimeline::describe(event, *m_dataset, lang);
        if (event.date.precision() != PartialDate::Precision::Day)
            line = tr("%1 (%2)").arg(line, formatDate(event.date, lang));
        lines.append(line.toHtmlEscaped());
    }
    lines.first() = u"<b>%1</b>"_s.arg(lines.first().toHtmlEscaped());
    return u"<p style='white-space:pre-wrap; max-width:28em'>"_s + lines.join(u"<br>"_s) + u"</p>"_s;
}

MembershipChart::Change MembershipChart::stepChange(const TimelineStep &step, bool first) const
{
    const Organization *org = m_dataset ? m_dataset->organization(m_organization) : nullptr;
    if (!org || step.events.isEmpty())
        return {};
    const Language lang = language();
    // Who joined, left or was suspended on the day, from the members list: the history
    // sometimes tells it of several states at once ("Greece and Türkiye join NATO").
    Change change;
    for (const Membership &m : org->members) {
        if (!isFullMember(m))
            continue;
        const Country *country = m_dataset->country(m.country);
        // A label is one line near its marker: a long name is cut (the tooltip has it whole).
        const QString name = fontMetrics().elidedText(country ? country->name.in(lang) : m.country, Qt::ElideRight,
                                                      fontMetrics().averageCharWidth() * 32);
        if (m.joined.firstDay() == step.date)
            change.joined.append(name);
        if (m.left.isValid() && m.left.firstDay() == step.date)
            change.left.append(name);
        if (m.suspended.isValid() && m.suspended.firstDay() == step.date)
            change.suspended.append(name);
    }
    for (const TimelineEvent &event : step.events) {
        if (event.type == u"treaty_signed" || event.type == u"founded") {
            change.treaty = Vocabulary::historyEventType(event.type);
            break;
        }
    }
    // The first step says how the organization began; later ones what changed.
    if (first || !change.hasMembers())
        return {change.treaty, {}, {}, {}};
    change.treaty.clear();
    return change;
}

QString MembershipChart::changeText(const Change &change, bool counts) const
{
    if (!change.hasMembers())
        return change.treaty;
    // Three names a line: NATO's 2004 enlargement takes three short lines.
    auto names = [counts](QStringList list) {
        if (counts && list.size() > 3)
            return QString::number(list.size());
        std::sort(list.begin(), list.end(),
                  [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
        QStringList lines;
        for (int i = 0; i < list.size(); i += 3)
            lines.append(list.mid(i, 3).join(u", "_s));
        return lines.join(u",\n"_s);
    };
    QStringList parts;
    if (!change.joined.isEmpty())
        parts.append(tr("+ %1", "states joining").arg(names(change.joined)));
    if (!change.left.isEmpty())
        parts.append(tr("− %1", "states leaving").arg(names(change.left)));
    if (!change.suspended.isEmpty())
        parts.append(tr("%1 suspended").arg(names(change.suspended)));
    return parts.join(u";\n"_s);
}

void MembershipChart::updateLabels()
{
    qDeleteAll(m_labels);
    m_labels.clear();
    m_changes.clear();
    for (const TimelineStep &step : std::as_const(m_steps)) {
        m_changes.append(stepChange(step, m_changes.isEmpty()));
        auto *label = new QGraphicsSimpleTextItem(chart());
        label->setZValue(10);
        m_labels.append(label);
    }
    styleSeries();
    placeLabels();
}

QStringList MembershipChart::eventLabels() const
{
    QStringList labels;
    for (const Change &change : m_changes) {
        if (!change.isEmpty())
            labels.append(changeText(change, false).replace(u'\n', u' '));
    }
    return labels;
}

QStringList MembershipChart::shownLabels() const
{
    QStringList labels;
    for (const QGraphicsSimpleTextItem *label : m_labels) {
        if (label->isVisible() && !label->text().isEmpty())
            labels.append(label->text().replace(u'\n', u' '));
    }
    return labels;
}

// Puts each label near its marker: above it, or below where the count fell, a line further
// off when it would cover a marker or an earlier label. Changes of members within a year
// (the CSTO's three accessions of late 1993) share one label at the last of them;
// a label with no free place is tried with counts instead of names, then left out (the
// tooltip still tells).
void MembershipChart::placeLabels()
{
    const QRectF plot = chart()->plotArea();
    QList<QRectF> placed;
    QList<QPointF> at;
    for (const TimelineStep &step : std::as_const(m_steps)) {
        at.append(chart()->mapToPosition(QPointF(toX(step.date), step.count), m_line));
        if (!step.events.isEmpty())
            placed.append(QRectF(at.constLast().x() - 6, at.constLast().y() - 6, 12, 12));
    }
    for (QGraphicsSimpleTextItem *label : std::as_const(m_labels))
        label->setVisible(false);
    for (int i = 0; i < m_labels.size() && i < m_steps.size() && i < m_changes.size(); ++i) {
        if (m_changes.at(i).isEmpty())
            continue;
        // The group: this step and the member changes that follow it closely.
        Change change = m_changes.at(i);
        int last = i;
        while (change.hasMembers() && last + 1 < m_steps.size() && m_changes.at(last + 1).hasMembers()
               && m_steps.at(i).date.daysTo(m_steps.at(last + 1).date) <= 366) {
            ++last;
            change.joined += m_changes.at(last).joined;
            change.left += m_changes.at(last).left;
            change.suspended += m_changes.at(last).suspended;
        }
        // Suspended, then gone within the year (Uzbekistan, 2012): the label tells the end.
        change.suspended.removeIf([&change](const QString &name) { return change.left.contains(name); });
        QGraphicsSimpleTextItem *label = m_labels.at(last);
        const bool fell = last > 0 && m_steps.at(last).count < m_steps.at(last - 1).count;
        const QPointF point = at.at(last);
        // Levels: 1, 2, 3 above the marker; -1, -2 below it.
        const QList<int> levels = fell ? QList<int>{-1, -2, 1, 2, 3} : QList<int>{1, 2, 3, -1, -2};
        bool shown = false;
        for (bool counts : {false, true}) {
            label->setText(changeText(change, counts));
            const QRectF box = label->boundingRect();
            const qreal line = fontMetrics().lineSpacing();
            // Centred on the marker, else starting right of it, else ending left of it.
            const qreal lefts[] = {point.x() - box.width() / 2, point.x() + 4, point.x() - 4 - box.width()};
            for (int level : levels) {
                const qreal top = level > 0 ? point.y() - 8 - box.height() - line * (level - 1)
                                            : point.y() + 8 + line * (-level - 1);
                for (qreal left : lefts) {
                    QRectF rect(left, top, box.width(), box.height());
                    if (rect.right() > plot.right())
                        rect.moveRight(plot.right());
                    if (rect.left() < plot.left())
                        rect.moveLeft(plot.left());
                    if (rect.top() < plot.top() || rect.bottom() > plot.bottom())
                        continue;
                    const bool free = std::none_of(placed.cbegin(), placed.cend(), [&](const QRectF &other) {
                        return other.adjusted(-4, -1, 4, 1).intersects(rect);
                    });
                    if (free) {
                        label->setPos(rect.topLeft());
                        placed.append(rect);
                        shown = true;
                        break;
                    }
                }
                if (shown)
                    break;
            }
            if (shown)
                break;
        }
        label->setVisible(shown);
        i = last;
    }
}

void MembershipChart::resizeEvent(QResizeEvent *event)
{
    ChartPanel::resizeEvent(event);
    placeLabels();
}

void MembershipChart::languageChanged()
{
    updateLabels();
}

void MembershipChart::retranslateChart()
{
    const Organization *org = m_dataset ? m_dataset->organization(m_organization) : nullptr;
    const Language lang = language();
    setTitle(org ? tr("%1: members over time").arg(org->abbreviation.in(lang)) : tr("Members over time"));
    m_dateAxis->setTitleText(tr("Date"));
    m_countAxis->setTitleText(tr("Member states"));
    fitCountAxis();
    m_markers[TreatyMarker]->setName(tr("Treaty signed or in force"));
    m_markers[JoinedMarker]->setName(tr("State joins"));
    m_markers[LeftMarker]->setName(tr("State leaves"));
    m_markers[SuspendedMarker]->setName(tr("Participation suspended or frozen"));
    m_line->setName(tr("Member states"));
    chartView()->setAccessibleDescription(eventLabels().join(u"; "_s));
    for (int kind = 0; kind < MarkerCount; ++kind) {
        // Kinds without an event in this organization stay out of the legend.
        if (const auto markers = chart()->legend()->markers(m_markers[kind]); !markers.isEmpty())
            markers.constFirst()->setVisible(m_markers[kind]->count() > 0);
    }
}

void MembershipChart::styleSeries()
{
    const bool dark = isDark(palette());
    QPen pen(dark ? OkabeIto::SkyBlue : OkabeIto::Blue);
    pen.setWidthF(2.5);
    m_line->setPen(pen);
    const QColor colours[MarkerCount] = {OkabeIto::ReddishPurple, OkabeIto::BluishGreen, OkabeIto::Vermillion,
                                         OkabeIto::Orange};
    for (int kind = 0; kind < MarkerCount; ++kind) {
        m_markers[kind]->setColor(colours[kind]);
        m_markers[kind]->setBorderColor(palette().color(QPalette::Base));
    }
    for (QGraphicsSimpleTextItem *label : std::as_const(m_labels))
        label->setBrush(palette().color(QPalette::Text));
    styleAxes();
}
