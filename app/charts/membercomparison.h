#pragma once

#include "data/dataset.h"

#include <QCoreApplication>
#include <QDate>

// A figure for one member state, with the year and source it comes from.
struct MemberFigure
{
    QString country;
    double value = 0;
    int year = 0; // 0 when the figure has no year (areas)
    QString source;
};

// The members of an organization on a day compared by population or by area, largest
// first, for the "Compared" chart.
class MemberComparison final
{
    Q_DECLARE_TR_FUNCTIONS(MemberComparison)

public:
    enum class Measure { Population, Area };

    static QList<MemberFigure> compute(const Dataset &data, const QString &organization, Measure measure, QDate day);
    // "2024, World Bank, World Development Indicators" or, when the figures differ, each year and source once.
    static QString sourcesOf(const QList<MemberFigure> &figures);
};
