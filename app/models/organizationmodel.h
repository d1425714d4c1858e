#pragma once

#include "data/dataset.h"

#include <QAbstractTableModel>

#include <memory>

class Session;

// The organizations and treaties: abbreviation, name, kind, founding date, members today.
class OrganizationModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AbbreviationColumn, NameColumn, KindColumn, FoundedColumn, MembersColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit OrganizationModel(Session &session, QObject *parent = nullptr);

    QModelIndex indexOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void retranslate();

    Session &m_session;
    std::shared_ptr<const Dataset> m_dataset;
    Language m_language = Language::English;
};
