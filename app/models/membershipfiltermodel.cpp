#include "models/membershipfiltermodel.h"

#include "data/membership.h"
#include "models/membershipmodel.h"

MembershipFilterModel::MembershipFilterModel(Session &session, QObject *parent)
    : CollatingProxyModel(session, parent)
{
    setSortRole(MembershipModel::SortRole);
}

void MembershipFilterModel::setAsOf(QDate date)
{
    if (date == m_asOf)
        return;
    m_asOf = date;
    invalidateFilter();
}

bool MembershipFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_asOf.isValid())
        return true;
    const auto *members = qobject_cast<const MembershipModel *>(sourceModel());
    const Membership *member = members ? members->membershipAt(sourceRow) : nullptr;
    return !sourceParent.isValid() && member && member->isActiveOn(m_asOf);
}

int MembershipFilterModel::fullMemberCount() const
{
    const auto *members = qobject_cast<const MembershipModel *>(sourceModel());
    int count = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const Membership *member = members ? members->membershipAt(mapToSource(index(row, 0)).row()) : nullptr;
        count += member && isFullMember(*member);
    }
    return count;
}
