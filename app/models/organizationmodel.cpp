#include "models/organizationmodel.h"

#include "content/htmlwriter.h"
#include "data/membership.h"
#include "i18n/formatting.h"
#include "i18n/vocabulary.h"
#include "session/session.h"

#include <QDate>

OrganizationModel::OrganizationModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_dataset(session.sharedDataset())
    , m_language(session.language())
{
    connect(&m_session, &Session::datasetChanged, this, &OrganizationModel::reload);
    connect(&m_session, &Session::languageChanged, this, &OrganizationModel::retranslate);
}

void OrganizationModel::reload()
{
    beginResetModel();
    m_dataset = m_session.sharedDataset();
    endResetModel();
}

void OrganizationModel::retranslate()
{
    if (m_session.language() == m_language)
        return;
    m_language = m_session.language();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex OrganizationModel::indexOf(const QString &id) const
{
    const int row = m_dataset ? m_dataset->organizationRow(id) : -1;
    return row < 0 ? QModelIndex() : index(row, 0);
}

int OrganizationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dataset ? 0 : int(m_dataset->organizations.size());
}

int OrganizationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Organization &org = m_dataset->organizations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AbbreviationColumn: return org.abbreviation.in(m_language);
        case NameColumn: return org.name.in(m_language);
        case KindColumn: return Vocabulary::organizationKind(org.kind);
        case FoundedColumn: return formatDate(org.founded, m_language);
        case MembersColumn: return memberCount(org, QDate::currentDate());
        }
        break;
    case Qt::ToolTipRole:
        return Html::toolTip(org.name.in(m_language));
    case IdRole:
        return org.id;
    case SortRole:
        if (index.column() == FoundedColumn)
            return org.founded.firstDay();
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant OrganizationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AbbreviationColumn: return tr("Abbreviation");
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case FoundedColumn: return tr("Founded");
    case MembersColumn: return tr("Members today");
    }
    return {};
}
