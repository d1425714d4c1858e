#pragma once

#include <QString>

// Folds text for searching as readers type: case- and accent-insensitive, so that
// "cote", "Côte" and "CÔTE" all match.
QString foldForSearch(const QString &text);
