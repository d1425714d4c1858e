#pragma once

#include "data/dataerror.h"
#include "data/dataset.h"

#include <QCoreApplication>

// The rules a JSON Schema cannot express: references between files, unique keys and the
// order of dates. Runs on an indexed Dataset built from schema-valid files.
class DatasetChecker final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetChecker)

public:
    explicit DatasetChecker(const Dataset &dataset) : m_dataset(dataset) {}

    DataErrors check() const;

private:
    void checkCountries(DataErrors &errors) const;
    void checkOrganizations(DataErrors &errors) const;
    void checkRelations(DataErrors &errors) const;
    void checkArticles(DataErrors &errors) const;
    bool isKnownTarget(const QString &target) const;

    const Dataset &m_dataset;
};
