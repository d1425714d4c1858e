#pragma once

#include <QStringList>
#include <QTextStream>

// The modes that print and exit (--help, --version, --check-data, --export-data), run without
// a display. Returns the process exit code; 2 for unusable arguments.
int runHeadless(const QStringList &arguments, QTextStream &out, QTextStream &err);
