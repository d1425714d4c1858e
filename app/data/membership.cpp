#include "data/membership.h"

bool isFullMember(const Membership &membership)
{
    return membership.role == u"member" || membership.role == u"party";
}

bool isBilateralTreaty(const Organization &organization)
{
    return organization.kind == u"bilateral_treaty";
}

MembershipStatus membershipStatus(const Membership &membership, QDate day)
{
    if (!membership.joined.isValid() || day < membership.joined.firstDay())
        return MembershipStatus::NotYet;
    if (membership.left.isValid() && day >= membership.left.firstDay())
        return MembershipStatus::Left;
    if (membership.suspended.isValid() && day >= membership.suspended.firstDay())
        return MembershipStatus::Suspended;
    return MembershipStatus::Active;
}

QStringList membersOn(const Organization &organization, QDate day, MemberRoles roles)
{
    QStringList codes;
    for (const Membership &m : organization.members) {
        if (m.isState() && (roles == MemberRoles::Any || isFullMember(m)) && m.isActiveOn(day) && !codes.contains(m.country))
            codes.append(m.country);
    }
    return codes;
}

int memberCount(const Organization &organization, QDate day)
{
    QStringList others; // members that are not states, by their English name
    for (const Membership &m : organization.members) {
        if (!m.isState() && isFullMember(m) && m.isActiveOn(day) && !others.contains(m.entity.en))
            others.append(m.entity.en);
    }
    return int(membersOn(organization, day).size() + others.size());
}

QStringList organizationsOf(const Dataset &data, const QString &countryCode, QDate day)
{
    QStringList ids;
    for (const MembershipRef &ref : data.membershipsOf(countryCode)) {
        const Organization &org = data.organizations.at(ref.organization);
        const Membership &member = org.members.at(ref.member);
        if (isFullMember(member) && member.isActiveOn(day) && !ids.contains(org.id))
            ids.append(org.id);
    }
    return ids;
}

EventKind eventKind(const QString &type)
{
    if (type == u"treaty_signed" || type == u"founded" || type == u"in_force" || type == u"renewed")
        return EventKind::Treaty;
    if (type == u"joined")
        return EventKind::Joined;
    if (type == u"left")
        return EventKind::Left;
    if (type == u"suspended")
        return EventKind::Suspended;
    return EventKind::Other;
}
