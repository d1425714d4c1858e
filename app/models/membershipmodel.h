#pragma once

#include "data/dataset.h"

#include <QAbstractTableModel>
#include <QDate>

#include <memory>

class Session;

// The membership phases of one organization: a row per phase (Uzbekistan has two in the
// CSTO), with role, dates, status and note. MembershipFilterModel shows one date's members.
class MembershipModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CountryColumn, RoleColumn, JoinedColumn, LeftColumn, StatusColumn, NoteColumn, ColumnCount };
    enum Role {
        CountryCodeRole = Qt::UserRole + 1,
        RoleKeyRole,  // "member", "observer", …
        JoinedRole,   // QDate, first day of the joined date
        LeftRole,     // QDate, invalid while still a member
        SuspendedRole,
        SortRole,
    };

    explicit MembershipModel(Session &session, QObject *parent = nullptr);

    void setOrganization(const QString &id);
    QString organization() const { return m_organizationId; }
    const Membership *membershipAt(int row) const;
    // The day the Status column describes (today unless set): on 1 January 1995 Uzbekistan
    // is an active member, not one that left in 1999.
    void setStatusDay(QDate day);
    QDate statusDay() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void retranslate();
    const Organization *currentOrganization() const;
    QString status(const Membership &member) const;
    QString citations(const QList<Source> &sources) const;

    Session &m_session;
    std::shared_ptr<const Dataset> m_dataset;
    QString m_organizationId;
    Language m_language = Language::English;
    QDate m_statusDay; // invalid: today
};
