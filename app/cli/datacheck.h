#pragma once

#include <QString>
#include <QTextStream>

// sekutu --check-data DIR: validates a data folder laid out like resources/data, prints
// every error (one per line) and a summary. Returns the process exit code: 0 clean, 1 errors.
int checkDataDirectory(const QString &directory, QTextStream &out, QTextStream &err);
