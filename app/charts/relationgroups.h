#pragma once

#include "data/dataset.h"

// The countries with a tie to Russia, grouped by the kind of tie (Relation::type), in the
// order of Vocabulary::relationTypes(), closest first; kinds without a country are left out.
struct RelationGroup
{
    QString type;
    QStringList countries;
};

QList<RelationGroup> relationGroups(const Dataset &data);
