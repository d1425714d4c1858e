#pragma once

#include <QDate>

// A step of a year control (the organization pane's year stepper, the map's time slider): the
// same day and month in another year. 29 February becomes 28 February in a common year. The
// result is then kept within [earliest, latest] where they are valid: the map starts at the
// organization's founding and stops at today. Invalid when `day` is.
QDate sameDayInYear(QDate day, int year, QDate earliest = {}, QDate latest = {});
