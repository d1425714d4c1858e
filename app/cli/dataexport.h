#pragma once

#include <QString>
#include <QTextStream>

// sekutu --export-data FILE [--data DIR]: writes the data folder DIR (default: the bundled
// data) as one published dataset (docs/DATA.md, "Published dataset") for Check for Updates.
// The data is validated first; FILE is written with QSaveFile, so it is either complete or
// untouched. Returns the process exit code: 0 written, 1 invalid data or a failed write.
int exportDataset(const QString &directory, const QString &file, QTextStream &out, QTextStream &err);
