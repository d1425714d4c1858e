#include "charts/relationgroups.h"

#include "i18n/vocabulary.h"

QList<RelationGroup> relationGroups(const Dataset &data)
{
    QList<RelationGroup> groups;
    for (const QString &type : Vocabulary::relationTypes()) {
        RelationGroup group{type, {}};
        for (const Relation &relation : data.relations) {
            if (relation.type == type)
                group.countries.append(relation.country);
        }
        if (!group.countries.isEmpty())
            groups.append(group);
    }
    return groups;
}
