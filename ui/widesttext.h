#pragma once

#include <QFontMetrics>
#include <QStringList>

// The width of the widest of many texts, as QFontMetrics::horizontalAdvance measures it, without
// shaping every text: each text in Latin, Greek or Cyrillic letters is first estimated from its
// characters' advances, and only those that might be the widest are measured; texts in other
// scripts are always measured. (The country list's 195 names cost a millisecond at startup
// measured one by one.)
namespace WidestText {
int width(const QFontMetrics &metrics, const QStringList &texts);
}
