#include "charts/membercomparison.h"

#include "data/membership.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Areas come from the world-countries data set; its entry in the country's sources names the
// version, and then, in brackets, where it was packaged and its licence: not for readers.
QString areaSource(const Country &country)
{
    for (const Source &source : country.sources) {
        if (source.title.startsWith(u"world-countries"))
            return source.title.section(u" ("_s, 0, 0);
    }
    return {};
}

} // namespace

QList<MemberFigure> MemberComparison::compute(const Dataset &data, const QString &organization, Measure measure,
                                              QDate day)
{
    const Organization *org = data.organization(organization);
    if (!org)
        return {};
    QList<MemberFigure> figures;
    for (const QString &code : membersOn(*org, day)) {
        const Country *country = data.country(code);
        if (!country)
            continue;
        if (measure == Measure::Population)
            figures.append({country->code, double(country->population.value), country->population.year,
                            country->population.source});
        else
            figures.append({country->code, country->areaKm2, 0, areaSource(*country)});
    }
    std::stable_sort(figures.begin(), figures.end(),
                     [](const MemberFigure &a, const MemberFigure &b) { return a.value > b.value; });
    return figures;
}

QString MemberComparison::sourcesOf(const QList<MemberFigure> &figures)
{
    QStringList parts;
    for (const MemberFigure &figure : figures) {
        if (figure.source.isEmpty() && figure.year == 0)
            continue;
        const QString part = figure.year == 0 ? figure.source
                             : figure.source.isEmpty() ? QString::number(figure.year)
                                                       : tr("%1, %2").arg(QString::number(figure.year), figure.source);
        if (!parts.contains(part))
            parts.append(part);
    }
    return parts.join(u"; "_s);
}
