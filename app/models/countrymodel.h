#pragma once

#include "data/dataset.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

#include <memory>

class Session;

// Every country of the data set: name (with its flag), tie to Russia, region, capital,
// population and area, in the current language.
class CountryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TieColumn, RegionColumn, CapitalColumn, PopulationColumn, AreaColumn, ColumnCount };
    enum Role {
        CodeRole = Qt::UserRole + 1,
        SearchKeyRole,     // folded names in both languages, ISO names and codes
        RelationTypeRole,  // key such as "treaty_ally", empty without a recorded tie
        OrganizationsRole, // ids of the organizations it is a member of (or party to) today
        SortRole,          // raw value for sorting numbers; for names, their rank in the language's collation
    };

    explicit CountryModel(Session &session, QObject *parent = nullptr);

    QModelIndex indexOf(const QString &code) const;
    // The row's name's place in the current language's collation (SortRole of NameColumn).
    int nameRank(int row) const;
    QString tie(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QIcon flag(const QString &code);

private:
    void reload();
    void retranslate();
    void makeFilterKeys() const;

    Session &m_session;
    std::shared_ptr<const Dataset> m_dataset;
    Language m_language = Language::English;
    // What the search and the organization filter match, made when first asked for (the
    // first keystroke or filter), not at startup.
    mutable QStringList m_searchKeys;
    mutable QList<QStringList> m_organizations;
    // Collation ranks of the names in the current language, made when first asked for: sorting
    // by them compares numbers, where comparing names made a keystroke that brings 19,500 rows
    // back into the list take 40 ms.
    mutable QList<int> m_nameRanks;
};
