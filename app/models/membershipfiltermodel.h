#pragma once

#include "models/collatingproxymodel.h"

#include <QDate>

// Shows the membership phases in force on one date (all phases when the date is invalid).
class MembershipFilterModel final : public CollatingProxyModel
{
    Q_OBJECT

public:
    explicit MembershipFilterModel(Session &session, QObject *parent = nullptr);

    QDate asOf() const { return m_asOf; }
    // Rows shown whose role is "member" or "party" (not observers or partners).
    int fullMemberCount() const;

public slots:
    void setAsOf(QDate date);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QDate m_asOf;
};
