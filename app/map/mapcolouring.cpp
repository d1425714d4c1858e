#include "map/mapcolouring.h"

#include "data/membership.h"
#include "i18n/formatting.h"
#include "i18n/vocabulary.h"
#include "map/worldmap.h"

using namespace Qt::StringLiterals;

namespace {

// In the overlap, a full member whose participation is frozen is still a member (as in
// membersOn()); the tooltip says it is frozen.
MapStatus statusIn(const Dataset &data, const QString &orgId, const QString &country, QDate day)
{
    const Organization *org = data.organization(orgId);
    return org ? MapColouring::standing(*org, country, day) : MapStatus{MapCategory::NonMember, {}, {}};
}

bool countsAsMember(const MapStatus &status)
{
    return status.category == MapCategory::Member || status.category == MapCategory::Suspended;
}

} // namespace

MapStatus MapColouring::standing(const Organization &org, const QString &country, QDate day)
{
    // A country may have several phases (Uzbekistan joined the CSTO twice): a full phase in
    // force wins, then an observer's or partner's, then the latest departure.
    MapStatus best{MapCategory::NonMember, {}, {}};
    for (const Membership &m : org.members) {
        if (m.country != country)
            continue;
        const bool full = isFullMember(m);
        switch (::membershipStatus(m, day)) {
        case MembershipStatus::Active:
            if (full)
                return {MapCategory::Member, m.joined, m.role};
            best = {MapCategory::Associate, m.joined, m.role};
            break;
        case MembershipStatus::Suspended:
            if (full)
                return {MapCategory::Suspended, m.suspended, m.role};
            best = {MapCategory::Associate, m.joined, m.role};
            break;
        case MembershipStatus::Left:
            if (full && (best.category == MapCategory::NonMember
                         || (best.category == MapCategory::Former && m.left.firstDay() > best.since.firstDay())))
                best = {MapCategory::Former, m.left, m.role};
            break;
        case MembershipStatus::NotYet: break;
        }
    }
    return best;
}

MapStatus MapColouring::status(const Dataset &data, const MapMode &mode, const QString &country, QDate day)
{
    if (country.isEmpty() || !data.country(country))
        return {MapCategory::NoRecord, {}, {}};
    switch (mode.kind) {
    case MapMode::Kind::Organization:
        if (const Organization *org = data.organization(mode.first))
            return standing(*org, country, day);
        return {MapCategory::NonMember, {}, {}};
    case MapMode::Kind::Ties: {
        if (country == u"RU")
            return {MapCategory::Russia, {}, {}};
        const Relation *relation = data.relation(country);
        if (!relation)
            return {MapCategory::NonMember, {}, {}};
        static const QList<MapCategory> byType{MapCategory::TreatyAlly, MapCategory::StrategicPartner,
                                               MapCategory::Partner,    MapCategory::Pragmatic,
                                               MapCategory::Strained,   MapCategory::Hostile};
        const qsizetype index = Vocabulary::relationTypes().indexOf(relation->type);
        return {index >= 0 ? byType.at(index) : MapCategory::NonMember, relation->asOf, {}};
    }
    case MapMode::Kind::Overlap: {
        const bool inFirst = countsAsMember(statusIn(data, mode.first, country, day));
        const bool inSecond = countsAsMember(statusIn(data, mode.second, country, day));
        if (inFirst && inSecond)
            return {MapCategory::Both, {}, {}};
        if (inFirst)
            return {MapCategory::OnlyFirst, {}, {}};
        if (inSecond)
            return {MapCategory::OnlySecond, {}, {}};
        return {MapCategory::NonMember, {}, {}};
    }
    }
    return {};
}

QList<MapCategory> MapColouring::colour(const Dataset &data, const WorldMap &map, const MapMode &mode, QDate day)
{
    QList<MapCategory> out;
    out.reserve(map.features().size());
    for (const MapFeature &feature : map.features())
        out.append(status(data, mode, feature.code, day).category);
    return out;
}

QList<MapCategory> MapColouring::locate(const Dataset &data, const WorldMap &map, const QString &country)
{
    QList<MapCategory> out;
    out.reserve(map.features().size());
    for (const MapFeature &feature : map.features()) {
        if (feature.code.isEmpty() || !data.country(feature.code))
            out.append(MapCategory::NoRecord);
        else
            out.append(feature.code == country ? MapCategory::Member : MapCategory::NonMember);
    }
    return out;
}

QList<MapCategory> MapColouring::legend(const MapMode &mode)
{
    using C = MapCategory;
    switch (mode.kind) {
    case MapMode::Kind::Organization: return {C::Member, C::Associate, C::Suspended, C::Former, C::NonMember, C::NoRecord};
    case MapMode::Kind::Ties:
        return {C::Russia, C::TreatyAlly, C::StrategicPartner, C::Partner, C::Pragmatic, C::Strained, C::Hostile,
                C::NonMember, C::NoRecord};
    case MapMode::Kind::Overlap: return {C::OnlyFirst, C::OnlySecond, C::Both, C::NonMember, C::NoRecord};
    }
    return {};
}

QString MapColouring::organizationName(const Dataset &data, const QString &id, Language language)
{
    const Organization *org = data.organization(id);
    if (!org)
        return id;
    const QString abbreviation = org->abbreviation.in(language);
    return abbreviation.isEmpty() ? org->name.in(language) : abbreviation;
}

QString MapColouring::label(MapCategory category, const MapMode &mode, const Dataset &data, Language language)
{
    switch (category) {
    case MapCategory::NoRecord: return tr("No record in Sekutu's data");
    case MapCategory::NonMember:
        return mode.kind == MapMode::Kind::Ties ? tr("No tie on record") : tr("Not a member");
    case MapCategory::Member: return tr("Member");
    case MapCategory::Associate: return tr("Observer, partner or other role");
    case MapCategory::Suspended: return tr("Suspended or frozen");
    case MapCategory::Former: return tr("Former member");
    case MapCategory::OnlyFirst: return tr("Only in %1").arg(organizationName(data, mode.first, language));
    case MapCategory::OnlySecond: return tr("Only in %1").arg(organizationName(data, mode.second, language));
    case MapCategory::Both:
        return tr("In %1 and %2")
            .arg(organizationName(data, mode.first, language), organizationName(data, mode.second, language));
    case MapCategory::Russia: return tr("Russia");
    case MapCategory::TreatyAlly: return Vocabulary::relationType(u"treaty_ally"_s);
    case MapCategory::StrategicPartner: return Vocabulary::relationType(u"strategic_partner"_s);
    case MapCategory::Partner: return Vocabulary::relationType(u"partner"_s);
    case MapCategory::Pragmatic: return Vocabulary::relationType(u"pragmatic"_s);
    case MapCategory::Strained: return Vocabulary::relationType(u"strained"_s);
    case MapCategory::Hostile: return Vocabulary::relationType(u"hostile"_s);
    }
    return {};
}

QColor MapColouring::colour(MapCategory category)
{
    // Okabe–Ito, readable with the common colour-vision deficiencies; the two greys are for
    // "nothing to show" and stay quiet.
    switch (category) {
    case MapCategory::NoRecord: return QColor(0xe4, 0xe4, 0xe4);
    case MapCategory::NonMember: return QColor(0xc8, 0xc8, 0xc8);
    case MapCategory::Member: return QColor(0x00, 0x72, 0xb2);
    case MapCategory::Associate: return QColor(0x56, 0xb4, 0xe9);
    case MapCategory::Suspended: return QColor(0xe6, 0x9f, 0x00);
    case MapCategory::Former: return QColor(0xcc, 0x79, 0xa7);
    case MapCategory::OnlyFirst: return QColor(0x00, 0x72, 0xb2);
    case MapCategory::OnlySecond: return QColor(0xe6, 0x9f, 0x00);
    case MapCategory::Both: return QColor(0x00, 0x9e, 0x73);
    case MapCategory::Russia: return QColor(0x00, 0x00, 0x00);
    case MapCategory::TreatyAlly: return QColor(0x00, 0x72, 0xb2);
    case MapCategory::StrategicPartner: return QColor(0x56, 0xb4, 0xe9);
    case MapCategory::Partner: return QColor(0x00, 0x9e, 0x73);
    case MapCategory::Pragmatic: return QColor(0xf0, 0xe4, 0x42);
    case MapCategory::Strained: return QColor(0xe6, 0x9f, 0x00);
    case MapCategory::Hostile: return QColor(0xd5, 0x5e, 0x00);
    }
    return Qt::gray;
}

QString MapColouring::title(const Dataset &data, const MapMode &mode, QDate day, Language language)
{
    const QString date = formatDate(PartialDate::fromDate(day), language);
    switch (mode.kind) {
    case MapMode::Kind::Organization:
        return tr("%1 on %2").arg(organizationName(data, mode.first, language), date);
    case MapMode::Kind::Ties: return tr("Russia's ties with the world");
    case MapMode::Kind::Overlap:
        return tr("%1 and %2 on %3")
            .arg(organizationName(data, mode.first, language), organizationName(data, mode.second, language), date);
    }
    return {};
}

QString MapColouring::describe(const Dataset &data, const MapMode &mode, const QString &country, QDate day,
                               Language language)
{
    if (!data.country(country))
        return describe(data, country, language);
    const MapStatus s = status(data, mode, country, day);
    const QString since = formatDate(s.since, language);
    QString line;
    if (mode.kind == MapMode::Kind::Organization && s.since.isValid()) {
        switch (s.category) {
        case MapCategory::Member: line = tr("Member since %1").arg(since); break;
        case MapCategory::Associate:
            // The role by its name: an observer, or a state invited but never confirmed.
            line = tr("%1 since %2", "a role in an organization, since a date").arg(Vocabulary::role(s.role), since);
            break;
        case MapCategory::Suspended: line = tr("Participation suspended or frozen since %1").arg(since); break;
        case MapCategory::Former: line = tr("Former member, left on %1").arg(since); break;
        default: break;
        }
    }
    if (line.isEmpty())
        line = label(s.category, mode, data, language);
    QStringList lines{describe(data, country, language), line};
    if (mode.kind == MapMode::Kind::Overlap) {
        // Frozen members count as members in the overlap; say so.
        for (const QString &id : {mode.first, mode.second}) {
            const MapStatus in = statusIn(data, id, country, day);
            if (in.category == MapCategory::Suspended)
                lines.append(tr("Participation in %1 suspended or frozen since %2")
                                 .arg(organizationName(data, id, language), formatDate(in.since, language)));
        }
    }
    return lines.join(u'\n');
}

QString MapColouring::describe(const Dataset &data, const QString &country, Language language)
{
    const Country *record = data.country(country);
    return record ? record->name.in(language) : tr("A territory Sekutu has no record of");
}

QString MapColouring::check(const Dataset &data, const MapMode &mode)
{
    for (const QString &id : {mode.first, mode.second}) {
        if (!id.isEmpty() && !data.organization(id))
            return tr("There is no organization \"%1\" in the data.").arg(id);
    }
    return {};
}

QDate MapColouring::firstDay(const Dataset &data, const MapMode &mode)
{
    QDate day(1945, 1, 1);
    if (mode.kind == MapMode::Kind::Ties)
        return day;
    const Organization *org = data.organization(mode.first);
    if (!org)
        return day;
    if (org->founded.isValid())
        day = org->founded.firstDay();
    for (const Membership &m : org->members) {
        if (m.joined.isValid())
            day = std::min(day, m.joined.firstDay());
    }
    if (mode.kind == MapMode::Kind::Overlap)
        if (const Organization *other = data.organization(mode.second); other && other->founded.isValid())
            day = std::min(day, other->founded.firstDay());
    return day;
}
