#include "charts/membershiptimeline.h"

#include "data/membership.h"
#include "i18n/vocabulary.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Summits and the like are left out so that the chart stays readable.
bool isMembershipEvent(const QString &type)
{
    return eventKind(type) != EventKind::Other;
}

// True when the history already tells what the members list says happened to `country`
// on `date`: the same kind of event for that state, or for several states at once
// (NATO's "Greece and Türkiye join"; the CSTO's founding states signing the treaty).
bool historyTells(const Organization &org, const PartialDate &date, const QString &type, const QString &country)
{
    return std::any_of(org.history.cbegin(), org.history.cend(), [&](const HistoryEvent &event) {
        if (event.date != date || !(event.country.isEmpty() || event.country == country))
            return false;
        if (event.type == type)
            return true;
        return type == u"joined" && event.country.isEmpty()
               && (event.type == u"treaty_signed" || event.type == u"founded" || event.type == u"in_force");
    });
}

} // namespace

QList<TimelineStep> MembershipTimeline::compute(const Organization &org, QDate until)
{
    QDate start = org.founded.firstDay();
    for (const Membership &m : org.members) {
        if (isFullMember(m) && m.joined.isValid() && (!start.isValid() || m.joined.firstDay() < start))
            start = m.joined.firstDay();
    }
    if (!start.isValid() || !until.isValid() || until < start)
        return {};

    QList<TimelineEvent> events;
    for (const HistoryEvent &h : org.history) {
        if (isMembershipEvent(h.type))
            events.append({h.date, h.type, h.country, h.text});
    }
    auto addMemberEvent = [&](const PartialDate &date, const QString &type, const QString &country) {
        if (date.isValid() && !historyTells(org, date, type, country))
            events.append({date, type, country, {}});
    };
    for (const Membership &m : org.members) {
        if (!isFullMember(m) || !m.isState()) // a non-state member's events are told by the history
            continue;
        addMemberEvent(m.joined, u"joined"_s, m.country);
        addMemberEvent(m.suspended, u"suspended"_s, m.country);
        addMemberEvent(m.left, u"left"_s, m.country);
    }
    std::stable_sort(events.begin(), events.end(), [](const TimelineEvent &a, const TimelineEvent &b) {
        return a.date.firstDay() < b.date.firstDay();
    });

    QList<QDate> dates{start, until};
    for (const Membership &m : org.members) {
        if (isFullMember(m)) {
            dates.append(m.joined.firstDay());
            dates.append(m.left.firstDay());
        }
    }
    for (const TimelineEvent &event : std::as_const(events))
        dates.append(event.date.firstDay());
    dates.removeIf([&](QDate date) { return !date.isValid() || date < start || date > until; });
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());

    QList<TimelineStep> steps;
    steps.reserve(dates.size());
    for (QDate date : std::as_const(dates)) {
        TimelineStep step{date, memberCount(org, date), {}};
        for (const TimelineEvent &event : std::as_const(events)) {
            if (event.date.firstDay() == date)
                step.events.append(event);
        }
        steps.append(step);
    }
    return steps;
}

QString MembershipTimeline::describe(const TimelineEvent &event, const Dataset &data, Language language)
{
    if (!event.text.isEmpty())
        return event.text.in(language);
    const Country *country = data.country(event.country);
    const QString name = country ? country->name.in(language) : event.country;
    if (event.type == u"joined")
        return tr("%1 joins.").arg(name);
    if (event.type == u"left")
        return tr("%1 leaves.").arg(name);
    if (event.type == u"suspended")
        return tr("%1's participation is suspended or frozen.").arg(name);
    return name.isEmpty() ? Vocabulary::historyEventType(event.type)
                          : tr("%1: %2").arg(Vocabulary::historyEventType(event.type), name);
}
