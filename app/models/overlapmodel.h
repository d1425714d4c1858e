#pragma once

#include "data/dataset.h"

#include <QAbstractTableModel>
#include <QDate>

#include <memory>

class Session;

// How many members (role "member" or "party") each pair of organizations shares on a day:
// a square table with an organization per row and column, for a heat map. The diagonal is
// the organization's own member count.
class OverlapModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        CountriesRole = Qt::UserRole + 1, // QStringList of the shared countries' codes
        RowOrganizationRole,              // the row's organization id
        ColumnOrganizationRole,           // the column's organization id
        ShareRole,                        // 0…1: the cell's count against the largest overlap
    };

    explicit OverlapModel(Session &session, QObject *parent = nullptr);

    void setDate(QDate day);
    QDate date() const { return m_day; }

    // The members shared by two organizations on the model's day, in the first's order.
    QStringList sharedMembers(const QString &first, const QString &second) const;
    QModelIndex indexOf(const QString &rowOrganization, const QString &columnOrganization) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void retranslate();
    void recompute();

    Session &m_session;
    std::shared_ptr<const Dataset> m_dataset;
    Language m_language = Language::English;
    QDate m_day = QDate::currentDate();
    QList<QStringList> m_members; // per organization row, the members on m_day
    int m_largestOverlap = 0;     // off the diagonal
};
