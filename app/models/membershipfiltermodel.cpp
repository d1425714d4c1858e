#include "models/membershipfiltermodel.h"

#include "models/membershipmodel.h"

MembershipFilterModel::MembershipFilterModel(QObject *parent)
    : CollatingProxyModel(parent)
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
    int count = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const QString role = index(row, 0).data(MembershipModel::RoleKeyRole).toString();
        count += role == u"member" || role == u"party";
    }
    return count;
}
