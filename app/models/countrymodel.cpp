#include "models/countrymodel.h"

#include "content/htmlwriter.h"
#include "data/membership.h"
#include "i18n/formatting.h"
#include "i18n/textsearch.h"
#include "i18n/vocabulary.h"
#include "models/flagicon.h"
#include "session/session.h"

#include <QCollator>
#include <QColor>
#include <QDate>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

CountryModel::CountryModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_dataset(session.sharedDataset())
    , m_language(session.language())
{
    connect(&m_session, &Session::datasetChanged, this, &CountryModel::reload);
    connect(&m_session, &Session::languageChanged, this, &CountryModel::retranslate);
}

void CountryModel::reload()
{
    beginResetModel();
    m_dataset = m_session.sharedDataset();
    m_nameRanks.clear();
    m_searchKeys.clear();
    m_organizations.clear();
    endResetModel();
}

void CountryModel::makeFilterKeys() const
{
    if (!m_dataset || !m_searchKeys.isEmpty())
        return;
    const QDate today = QDate::currentDate();
    for (const Country &c : m_dataset->countries) {
        m_searchKeys.append(foldForSearch(QStringList{c.name.en, c.name.id, c.isoName.en, c.isoName.id, c.officialName.en,
                                                          c.officialName.id, c.code, c.alpha3}
                                              .join(u'\n')));
        m_organizations.append(organizationsOf(*m_dataset, c.code, today));
    }
}

void CountryModel::retranslate()
{
    if (m_session.language() == m_language)
        return;
    m_language = m_session.language();
    m_nameRanks.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

// The same order as CollatingProxyModel's: the language's collation, case-insensitive.
int CountryModel::nameRank(int row) const
{
    if (m_nameRanks.isEmpty() && m_dataset && !m_dataset->countries.isEmpty()) {
        QCollator collator(localeFor(m_language));
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        const QList<Country> &countries = m_dataset->countries;
        std::vector<QCollatorSortKey> keys;
        keys.reserve(countries.size());
        for (const Country &c : countries)
            keys.push_back(collator.sortKey(c.name.in(m_language)));
        std::vector<int> order(countries.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&keys](int a, int b) { return keys[a].compare(keys[b]) < 0; });
        m_nameRanks.resize(countries.size());
        for (int rank = 0, previous = -1; rank < int(order.size()); ++rank) {
            // Names the collation finds equal share a rank, as they compare equal by name.
            const bool tie = previous >= 0 && keys[order[rank]].compare(keys[previous]) == 0;
            m_nameRanks[order[rank]] = tie ? m_nameRanks[previous] : rank;
            previous = order[rank];
        }
    }
    return row < m_nameRanks.size() ? m_nameRanks.at(row) : 0;
}

QModelIndex CountryModel::indexOf(const QString &code) const
{
    const int row = m_dataset ? m_dataset->countryRow(code) : -1;
    return row < 0 ? QModelIndex() : index(row, NameColumn);
}

int CountryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dataset ? 0 : int(m_dataset->countries.size());
}

int CountryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QIcon CountryModel::flag(const QString &code)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(code);
    if (it == cache.end())
        it = cache.insert(code, FlagIcon::make(code));
    return *it;
}

QVariant CountryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Country &c = m_dataset->countries.at(index.row());
    // Looked up only where needed: sorting asks for SortRole thousands of times per keystroke.
    auto relation = [this, &c] { return m_dataset->relation(c.code); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return c.name.in(m_language);
        case TieColumn: return tie(c.code);
        case RegionColumn: return Vocabulary::region(c.region);
        case CapitalColumn: return c.capital.in(m_language);
        case PopulationColumn: return formatNumber(c.population.value, m_language);
        case AreaColumn: return formatNumber(qRound64(c.areaKm2), m_language);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return flag(c.code);
        break;
    case Qt::ToolTipRole:
        // The tie too: the list hides its column when names need the room.
        if (index.column() == NameColumn && relation())
            return Html::toolTip(tr("%1 · tie to Russia: %2").arg(c.isoName.in(m_language), Vocabulary::relationType(relation()->type)));
        if (index.column() == NameColumn)
            return Html::toolTip(c.officialName.isEmpty() ? c.name.in(m_language) : c.officialName.in(m_language));
        if (index.column() == TieColumn && relation())
            return Html::toolTip(relation()->summary.in(m_language));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PopulationColumn || index.column() == AreaColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CodeRole: return c.code;
    case SearchKeyRole:
        makeFilterKeys();
        return m_searchKeys.at(index.row());
    case RelationTypeRole: return relation() ? relation()->type : QString();
    case OrganizationsRole:
        makeFilterKeys();
        return m_organizations.at(index.row());
    case SortRole:
        switch (index.column()) {
        case PopulationColumn: return c.population.value;
        case AreaColumn: return c.areaKm2;
        case TieColumn: return relation() ? Vocabulary::relationTypes().indexOf(relation()->type) : 99;
        case NameColumn: return nameRank(index.row());
        default: return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QString CountryModel::tie(const QString &code) const
{
    if (const Relation *r = m_dataset->relation(code))
        return Vocabulary::relationType(r->type);
    // Blank would read as "no tie"; Russia is the focal state and has no tie with itself.
    return code == u"RU" ? u"—"_s : tr("not recorded", "tie to Russia");
}

QVariant CountryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Country");
    case TieColumn: return tr("Tie to Russia");
    case RegionColumn: return tr("Region");
    case CapitalColumn: return tr("Capital");
    case PopulationColumn: return tr("Population");
    case AreaColumn: return tr("Area (km²)");
    }
    return {};
}
