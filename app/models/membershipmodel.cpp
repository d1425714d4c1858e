#include "models/membershipmodel.h"

#include "content/htmlwriter.h"
#include "data/membership.h"
#include "i18n/formatting.h"
#include "i18n/vocabulary.h"
#include "models/countrymodel.h"
#include "session/session.h"

using namespace Qt::StringLiterals;

MembershipModel::MembershipModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_dataset(session.sharedDataset())
    , m_language(session.language())
{
    connect(&m_session, &Session::datasetChanged, this, &MembershipModel::reload);
    connect(&m_session, &Session::languageChanged, this, &MembershipModel::retranslate);
}

void MembershipModel::reload()
{
    beginResetModel();
    m_dataset = m_session.sharedDataset();
    endResetModel();
}

void MembershipModel::setOrganization(const QString &id)
{
    if (id == m_organizationId)
        return;
    beginResetModel();
    m_organizationId = id;
    endResetModel();
}

void MembershipModel::setStatusDay(QDate day)
{
    if (day == m_statusDay)
        return;
    m_statusDay = day;
    if (rowCount() > 0)
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

QDate MembershipModel::statusDay() const
{
    return m_statusDay.isValid() ? m_statusDay : QDate::currentDate();
}

void MembershipModel::retranslate()
{
    if (m_session.language() == m_language)
        return;
    m_language = m_session.language();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const Organization *MembershipModel::currentOrganization() const
{
    return m_dataset ? m_dataset->organization(m_organizationId) : nullptr;
}

const Membership *MembershipModel::membershipAt(int row) const
{
    const Organization *org = currentOrganization();
    return org && row >= 0 && row < org->members.size() ? &org->members.at(row) : nullptr;
}

int MembershipModel::rowCount(const QModelIndex &parent) const
{
    const Organization *org = currentOrganization();
    return parent.isValid() || !org ? 0 : int(org->members.size());
}

int MembershipModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MembershipModel::citations(const QList<Source> &sources) const
{
    QStringList list;
    for (const Source &source : sources)
        list.append(formatCitation(source.publisher, source.title, source.date, m_language));
    return list.join(u"; "_s);
}

QString MembershipModel::status(const Membership &member) const
{
    switch (membershipStatus(member, statusDay())) {
    case MembershipStatus::Left:
        return tr("Left on %1").arg(formatDate(member.left, m_language));
    case MembershipStatus::Suspended:
        return tr("Participation frozen since %1").arg(formatDate(member.suspended, m_language));
    case MembershipStatus::NotYet:
        return tr("Not yet joined");
    case MembershipStatus::Active:
        break;
    }
    return tr("Active");
}

QVariant MembershipModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Membership &member = currentOrganization()->members.at(index.row());
    const Country *country = m_dataset->country(member.country);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CountryColumn:
            if (!member.isState())
                return member.entity.in(m_language);
            return country ? country->name.in(m_language) : member.country;
        case RoleColumn: return Vocabulary::role(member.role);
        case JoinedColumn: return formatDate(member.joined, m_language);
        case LeftColumn: return formatDate(member.left, m_language);
        case StatusColumn: return status(member);
        case NoteColumn: return member.note.in(m_language);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NoteColumn || index.column() == StatusColumn)
            return Html::toolTip(member.note.in(m_language));
        if (index.column() == CountryColumn)
            return Html::toolTip(tr("Sources: %1").arg(citations(member.sources)));
        break;
    case Qt::DecorationRole:
        if (index.column() == CountryColumn && member.isState())
            return CountryModel::flag(member.country);
        break;
    case CountryCodeRole: return member.country;
    case RoleKeyRole: return member.role;
    case JoinedRole: return member.joined.firstDay();
    case LeftRole: return member.left.firstDay();
    case SuspendedRole: return member.suspended.firstDay();
    case SortRole:
        switch (index.column()) {
        case JoinedColumn: return member.joined.firstDay();
        case LeftColumn: return member.left.isValid() ? member.left.firstDay() : QDate(9999, 12, 31);
        default: return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant MembershipModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CountryColumn: return tr("Country");
    case RoleColumn: return tr("Role");
    case JoinedColumn: return tr("Joined");
    case LeftColumn: return tr("Left");
    case StatusColumn: return tr("Status");
    case NoteColumn: return tr("Note");
    }
    return {};
}
