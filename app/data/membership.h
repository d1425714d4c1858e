#pragma once

#include "data/dataset.h"

#include <QDate>

// The domain's rules about membership, in one place for the models, the panes' text and the
// charts. A "full member" has the role "member" (of an organization) or "party" (to a treaty);
// observers, partners, associates, participants (Ukraine in the CIS) and invited states whose
// membership was never confirmed (Saudi Arabia in BRICS) are not counted among the members.
// A member may be something other than a state (the European Union in the G20): it has no
// country code, so lists of countries leave it out while counts of members include it.

bool isFullMember(const Membership &membership);

// A treaty between two states (kind "bilateral_treaty"): it has parties, not members, and is
// shown by its parties, dates and obligation rather than by a membership over time.
bool isBilateralTreaty(const Organization &organization);

// Where one membership phase stands on a day.
enum class MembershipStatus {
    NotYet,    // before it joined
    Active,
    Suspended, // participation frozen or suspended (still a member)
    Left,
};
MembershipStatus membershipStatus(const Membership &membership, QDate day);

enum class MemberRoles { Full, Any };

// The countries (codes, each once, in the members list's order) with a phase in force on the
// day: full members only, or any role. Members that are not states are not countries: left out.
QStringList membersOn(const Organization &organization, QDate day, MemberRoles roles = MemberRoles::Full);
// The full members on the day, states and others (the G20's 19 states, the EU and the AU: 21).
int memberCount(const Organization &organization, QDate day);

// The ids of the organizations the country is a full member of on the day, in data order.
QStringList organizationsOf(const Dataset &data, const QString &countryCode, QDate day);

// The kinds of history event that change or mark the membership; summits and the like are Other.
enum class EventKind { Treaty, Joined, Left, Suspended, Other };
// "treaty_signed", "founded", "in_force" and "renewed" are Treaty events.
EventKind eventKind(const QString &type);
