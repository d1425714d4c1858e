#include "data/yearstep.h"

#include <algorithm>

QDate sameDayInYear(QDate day, int year, QDate earliest, QDate latest)
{
    if (!day.isValid() || year == 0)
        return {};
    const int lastDay = QDate(year, day.month(), 1).daysInMonth();
    QDate out(year, day.month(), std::min(day.day(), lastDay));
    if (earliest.isValid() && out < earliest)
        out = earliest;
    if (latest.isValid() && out > latest)
        out = latest;
    return out;
}
