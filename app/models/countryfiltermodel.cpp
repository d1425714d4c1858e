#include "models/countryfiltermodel.h"

#include "i18n/textsearch.h"
#include "models/countrymodel.h"

CountryFilterModel::CountryFilterModel(Session &session, QObject *parent)
    : CollatingProxyModel(session, parent)
{
    setSortRole(CountryModel::SortRole);
}

void CountryFilterModel::setSearchText(const QString &text)
{
    const QString folded = foldForSearch(text.trimmed());
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateFilter();
}

void CountryFilterModel::setOrganization(const QString &id)
{
    if (id == m_organization)
        return;
    m_organization = id;
    invalidateFilter();
}

void CountryFilterModel::setRelationType(const QString &type)
{
    if (type == m_relationType)
        return;
    m_relationType = type;
    invalidateFilter();
}

// Names sort by their collation rank, read straight from the model: a keystroke that brings
// thousands of rows back sorts them in with hundreds of thousands of comparisons.
bool CountryFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *countries = qobject_cast<const CountryModel *>(sourceModel());
    if (countries && left.column() == CountryModel::NameColumn && right.column() == CountryModel::NameColumn
        && sortRole() == CountryModel::SortRole)
        return countries->nameRank(left.row()) < countries->nameRank(right.row());
    return CollatingProxyModel::lessThan(left, right);
}

bool CountryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_search.isEmpty() && !index.data(CountryModel::SearchKeyRole).toString().contains(m_search))
        return false;
    if (!m_relationType.isEmpty() && index.data(CountryModel::RelationTypeRole).toString() != m_relationType)
        return false;
    if (!m_organization.isEmpty()) {
        const QStringList organizations = index.data(CountryModel::OrganizationsRole).toStringList();
        if (m_organization == AnyOrganization ? organizations.isEmpty() : !organizations.contains(m_organization))
            return false;
    }
    return true;
}
