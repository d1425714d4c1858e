#include "models/overlapmodel.h"

#include "content/htmlwriter.h"
#include "data/membership.h"
#include "i18n/formatting.h"
#include "session/session.h"

#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace {

// Okabe–Ito blue: distinct for colour-blind readers, and readable under both light and dark
// text when blended over the view's base colour.
const QColor HeatColor(0, 114, 178);

} // namespace

OverlapModel::OverlapModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_dataset(session.sharedDataset())
    , m_language(session.language())
{
    recompute();
    connect(&m_session, &Session::datasetChanged, this, &OverlapModel::reload);
    connect(&m_session, &Session::languageChanged, this, &OverlapModel::retranslate);
}

void OverlapModel::reload()
{
    beginResetModel();
    m_dataset = m_session.sharedDataset();
    recompute();
    endResetModel();
}

void OverlapModel::retranslate()
{
    if (m_session.language() == m_language)
        return;
    m_language = m_session.language();
    const int count = rowCount();
    if (count == 0)
        return;
    emit headerDataChanged(Qt::Horizontal, 0, count - 1);
    emit headerDataChanged(Qt::Vertical, 0, count - 1);
    emit dataChanged(index(0, 0), index(count - 1, count - 1));
}

void OverlapModel::setDate(QDate day)
{
    if (day == m_day || !day.isValid())
        return;
    m_day = day;
    recompute();
    if (const int count = rowCount(); count > 0)
        emit dataChanged(index(0, 0), index(count - 1, count - 1));
}

void OverlapModel::recompute()
{
    m_members.clear();
    m_largestOverlap = 0;
    if (!m_dataset)
        return;
    for (const Organization &org : m_dataset->organizations)
        m_members.append(membersOn(org, m_day));
    for (int row = 0; row < m_members.size(); ++row) {
        for (int column = row + 1; column < m_members.size(); ++column) {
            int shared = 0;
            for (const QString &code : std::as_const(m_members.at(row)))
                shared += m_members.at(column).contains(code);
            m_largestOverlap = qMax(m_largestOverlap, shared);
        }
    }
}

QStringList OverlapModel::sharedMembers(const QString &first, const QString &second) const
{
    if (!m_dataset)
        return {};
    const int a = m_dataset->organizationRow(first);
    const int b = m_dataset->organizationRow(second);
    if (a < 0 || b < 0 || a >= m_members.size() || b >= m_members.size())
        return {};
    QStringList shared;
    for (const QString &code : m_members.at(a)) {
        if (m_members.at(b).contains(code))
            shared.append(code);
    }
    return shared;
}

QModelIndex OverlapModel::indexOf(const QString &rowOrganization, const QString &columnOrganization) const
{
    if (!m_dataset)
        return {};
    const int row = m_dataset->organizationRow(rowOrganization);
    const int column = m_dataset->organizationRow(columnOrganization);
    return row < 0 || column < 0 ? QModelIndex() : index(row, column);
}

int OverlapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int OverlapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

QVariant OverlapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_dataset)
        return {};
    const Organization &first = m_dataset->organizations.at(index.row());
    const Organization &second = m_dataset->organizations.at(index.column());
    const bool diagonal = index.row() == index.column();
    auto shared = [&] { return sharedMembers(first.id, second.id); };
    auto share = [&]() -> double {
        if (diagonal || m_largestOverlap == 0)
            return 0;
        return double(shared().size()) / m_largestOverlap;
    };
    switch (role) {
    case Qt::DisplayRole:
        return formatNumber(shared().size(), m_language);
    case Qt::ToolTipRole: {
        const int count = int(shared().size());
        if (diagonal)
            return Html::toolTip(tr("%1 has %n member(s)", nullptr, count).arg(first.name.in(m_language)));
        return Html::toolTip(tr("%1 and %2 share %n member(s)", nullptr, count)
                                 .arg(first.abbreviation.in(m_language), second.abbreviation.in(m_language)));
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole:
        if (diagonal) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (const double value = share(); value > 0)
            return QColor(HeatColor.red(), HeatColor.green(), HeatColor.blue(), int(40 + 200 * value));
        return {};
    case Qt::ForegroundRole:
        // Dark cells carry white text in either palette.
        if (share() > 0.5)
            return QColor(Qt::white);
        return {};
    case CountriesRole:
        return shared();
    case RowOrganizationRole:
        return first.id;
    case ColumnOrganizationRole:
        return second.id;
    case ShareRole:
        return share();
    }
    return {};
}

QVariant OverlapModel::headerData(int section, Qt::Orientation, int role) const
{
    if (!m_dataset || section < 0 || section >= m_dataset->organizations.size())
        return {};
    const Organization &org = m_dataset->organizations.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return org.abbreviation.in(m_language);
    case Qt::ToolTipRole:
        return Html::toolTip(org.name.in(m_language));
    }
    return {};
}
