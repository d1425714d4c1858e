#pragma once

#include "data/partialdate.h"
#include "data/language.h"

#include <QLocale>

// Dates and numbers as the reader's language writes them: "15 Mei 1992" / "15 May 1992",
// "143.533.851" / "143,533,851".
QLocale localeFor(Language language);
QString formatDate(const PartialDate &date, Language language);
QString formatNumber(qint64 value, Language language);

// A citation as a reader gives it: "TASS, “Ukraine recalls its CIS representatives”, 19 May 2018".
// The parts are used as given, so HTML callers pass them escaped.
QString formatCitation(const QString &publisher, const QString &title, const PartialDate &date, Language language);
