#pragma once

#include "data/dataset.h"

#include <QByteArray>
#include <QMap>
#include <QString>

// Data sets for the benchmarks, built from the bundled data.
namespace SyntheticData {

struct Counts
{
    qsizetype countries = 0;
    qsizetype organizations = 0;
    qsizetype memberships = 0;
    qsizetype largestOrganization = 0; // membership rows of the largest organization
    qsizetype articles = 0;
    qsizetype bytes = 0;
};

// The four files, valid by every rule of the loader, about `scale` times the bundled data:
// 10 × scale organizations of 100 members each, one of them with 100 × scale membership
// phases (every country, many non-overlapping phases), and 10 × scale articles, besides the
// bundled records. Countries stay the bundled 195: codes are unique ISO 3166-1 codes, and
// there are no more of those.
QMap<QString, QByteArray> files(int scale);
Counts countsOf(const QMap<QString, QByteArray> &files);
// The id of the largest organization in files(scale).
QString largestOrganization();

// For the models only, never the loader: the bundled data with its countries repeated `scale`
// times under made-up codes ("RU", "RU2", …), names numbered.
Dataset manyCountries(const Dataset &bundled, int scale);

} // namespace SyntheticData
