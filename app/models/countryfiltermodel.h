#pragma once

#include "models/collatingproxymodel.h"

// Filters CountryModel by search text (case- and accent-insensitive, over names in both
// languages, ISO names and codes), by organization and by tie to Russia; sorts names by the
// current language's collation.
class CountryFilterModel final : public CollatingProxyModel
{
    Q_OBJECT

public:
    // Special organization filters besides an organization id.
    static inline const QString AnyOrganization = QStringLiteral("*");

    explicit CountryFilterModel(Session &session, QObject *parent = nullptr);

    QString searchText() const { return m_search; }
    QString organization() const { return m_organization; }
    QString relationType() const { return m_relationType; }

public slots:
    void setSearchText(const QString &text);
    void setOrganization(const QString &id);       // empty: all; AnyOrganization: members of any
    void setRelationType(const QString &type);     // empty: all

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    QString m_organization;
    QString m_relationType;
};
