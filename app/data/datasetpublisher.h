#pragma once

#include "data/dataerror.h"

#include <QByteArray>
#include <QCoreApplication>

// A data folder as one published file (DATA.md, "Published dataset"; what sekutu --export-data
// writes and Check for Updates downloads).
class DatasetPublisher final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetPublisher)

public:
    // UTF-8 JSON, after checking the folder as DatasetLoader::loadDirectory() does; on errors
    // returns nothing and sets *errors.
    static QByteArray publish(const QString &directory, const QString &version, const QString &date,
                              DataErrors *errors);
};
