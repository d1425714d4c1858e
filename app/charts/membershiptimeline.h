#pragma once

#include "data/dataset.h"

#include <QCoreApplication>
#include <QDate>

// One dated event on the membership curve: the treaty signed or in force, a state joining,
// leaving or suspended. Taken from the organization's history, and from its members list
// where the history does not already tell it.
struct TimelineEvent
{
    PartialDate date;
    QString type;       // a history event type: treaty_signed, founded, in_force, renewed, joined, left, suspended
    QString country;    // empty when the event concerns several states or none
    LocalizedText text; // the history's sentence; empty for events taken from the members list
};

// From this date on, so many states were members (role "member" or "party").
struct TimelineStep
{
    QDate date;
    int count = 0;
    QList<TimelineEvent> events;
};

// The number of members of an organization over time, for the "Over time" chart: a step
// per date on which the count changes or an event happened, from the first of the founding
// and the first accession until `until` (the last step, which may carry no event).
class MembershipTimeline final
{
    Q_DECLARE_TR_FUNCTIONS(MembershipTimeline)

public:
    static QList<TimelineStep> compute(const Organization &organization, QDate until);
    // What the event says, in one sentence of the language ("Azerbaijan joins.").
    static QString describe(const TimelineEvent &event, const Dataset &data, Language language);
};
