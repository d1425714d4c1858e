#include "content/panehtml.h"

#include "content/htmlwriter.h"
#include "data/membership.h"
#include "i18n/formatting.h"
#include "i18n/vocabulary.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using Html::escaped;

namespace {

// Each source as a reader cites it; the title links to the page when there is one.
QString citations(const QList<Source> &sources, Language language)
{
    QStringList items;
    for (const Source &source : sources)
        items.append(formatCitation(escaped(source.publisher), Html::externalLink(source.url, source.title),
                                    source.date, language));
    return Html::sourceList(items);
}

QString asOfLine(const PartialDate &asOf, const QList<Source> &sources, Language language)
{
    return u"<p class=\"asof\">%1</p>%2"_s.arg(
        escaped(PaneHtml::tr("As of %1. Sources:").arg(formatDate(asOf, language))), citations(sources, language));
}

QString organizationLink(const Organization &org, Language language)
{
    return Html::link(u"organization/"_s + org.id, org.abbreviation.in(language));
}

QString countryLink(const Dataset &data, const QString &code, Language language)
{
    const Country *country = data.country(code);
    return Html::link(u"country/"_s + code, country ? country->name.in(language) : code);
}

} // namespace

QString PaneHtml::country(const Dataset &data, const QString &code, Language language)
{
    const Country *c = data.country(code);
    if (!c)
        return Html::paragraph(escaped(tr("There is no country with the code %1 in the data.").arg(code)));
    const Language other = language == Language::Indonesian ? Language::English : Language::Indonesian;
    const QLocale locale = localeFor(language);

    QString html = u"<h1><img src=\":/flags/%1.svg\" height=\"36\"> %2</h1>"_s.arg(code.toLower(), escaped(c->name.in(language)));
    // The official name only where the data has one (iso-codes' own short names include
    // obsolete and loaded ones: "Timor Timur", "Cina").
    const QString official = c->officialName.in(language);
    const bool showOfficial = !official.isEmpty() && official != c->name.in(language);
    QString otherName;
    if (other == Language::Indonesian)
        otherName = showOfficial ? tr("%1 in Indonesian; officially %2").arg(c->name.id, official)
                                 : tr("%1 in Indonesian").arg(c->name.id);
    else
        otherName = showOfficial ? tr("%1 in English; officially %2").arg(c->name.en, official)
                                 : tr("%1 in English").arg(c->name.en);
    html += u"<p class=\"subtitle\">%1</p>"_s.arg(escaped(otherName));
    html += Html::facts({
        {tr("Capital"), escaped(c->capital.in(language))},
        {tr("Region"), escaped(Vocabulary::region(c->region))},
        {tr("Status"), escaped(Vocabulary::unStatus(c->unStatus))},
        {tr("ISO codes"), escaped(u"%1 · %2"_s.arg(c->code, c->alpha3))},
        {tr("Area"), escaped(tr("%1 km²").arg(locale.toString(qRound64(c->areaKm2))))},
        {tr("Population"), escaped(tr("%1 (%2, %3)").arg(locale.toString(c->population.value)).arg(c->population.year).arg(c->population.source))},
    });
    if (!c->note.isEmpty())
        html += Html::paragraph(escaped(c->note.in(language)));

    if (const Relation *r = data.relation(code))
        html += relation(*r, data, language);
    else if (code != u"RU") // Russia is the focal state: no tie with itself
        html += Html::heading(2, tr("Tie to Russia: %1").arg(tr("not recorded", "tie to Russia")));
    html += memberships(data, code, language);
    html += mentions(data, u"country/"_s + code, language);
    html += asOfLine(c->asOf, c->sources, language);
    return html;
}

QString PaneHtml::relation(const Relation &r, const Dataset &data, Language language)
{
    QString html = Html::heading(2, tr("Tie to Russia: %1").arg(Vocabulary::relationType(r.type)));
    html += Html::paragraph(escaped(r.summary.in(language)));
    if (!r.articleCheck.isEmpty())
        html += u"<p class=\"check\"><b>%1</b> %2</p>"_s.arg(escaped(tr("What the article says:")),
                                                               escaped(r.articleCheck.in(language)));
    if (!r.treaties.isEmpty()) {
        QStringList links;
        for (const QString &id : r.treaties) {
            if (const Organization *org = data.organization(id))
                links.append(organizationLink(*org, language));
        }
        html += Html::paragraph(escaped(tr("Bound by:")) + u' ' + links.join(u", "_s));
    }
    html += asOfLine(r.asOf, r.sources, language);
    return html;
}

QString PaneHtml::memberships(const Dataset &data, const QString &code, Language language)
{
    const QList<MembershipRef> refs = data.membershipsOf(code);
    if (refs.isEmpty())
        return Html::heading(2, tr("Memberships")) + Html::paragraph(escaped(tr("Not a member of any organization in the data.")));
    QString html = Html::heading(2, tr("Memberships"));
    html += u"<table class=\"members\" cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th><th align=\"left\">%4</th></tr>"_s
                .arg(escaped(tr("Organization")), escaped(tr("Role")), escaped(tr("Joined")), escaped(tr("Left or status")));
    for (const MembershipRef &ref : refs) {
        const Organization &org = data.organizations.at(ref.organization);
        const Membership &m = org.members.at(ref.member);
        QString status = tr("active");
        switch (membershipStatus(m, QDate::currentDate())) {
        case MembershipStatus::Left:
            status = formatDate(m.left, language);
            break;
        case MembershipStatus::Suspended:
            status = tr("participation frozen since %1").arg(formatDate(m.suspended, language));
            break;
        case MembershipStatus::NotYet:
        case MembershipStatus::Active:
            break;
        }
        html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
            organizationLink(org, language) + u" <span class=\"dim\">"_s + escaped(org.name.in(language)) + u"</span>"_s,
            escaped(Vocabulary::role(m.role)), escaped(formatDate(m.joined, language)), escaped(status));
    }
    return html + u"</table>"_s;
}

QString PaneHtml::mentions(const Dataset &data, const QString &target, Language language)
{
    QString items;
    for (const Article &article : data.articles) {
        for (const Paragraph &p : article.paragraphs) {
            const bool mentioned = std::any_of(p.mentions.cbegin(), p.mentions.cend(),
                                               [&target](const Mention &m) { return m.target == target; });
            if (!mentioned)
                continue;
            QString snippet = p.text.in(language);
            if (snippet.size() > 140)
                snippet = snippet.left(137) + u"…"_s;
            items += u"<li>%1</li>"_s.arg(Html::link(u"article/%1#%2"_s.arg(article.id, p.id), snippet));
        }
    }
    if (items.isEmpty())
        return {};
    return Html::heading(2, tr("In the articles")) + u"<ul>"_s + items + u"</ul>"_s;
}

QString PaneHtml::obligation(const Organization &org, Language language)
{
    QString html = Html::heading(2, tr("Obligation"));
    const QString article = org.obligation.article.in(language);
    html += u"<p><b>%1</b>%2</p>"_s.arg(escaped(Vocabulary::obligationType(org.obligation.type)),
                                          article.isEmpty() ? QString() : u" — "_s + escaped(article));
    html += u"<blockquote>%1</blockquote>"_s.arg(escaped(org.obligation.gist.in(language)));
    return html + citations(org.obligation.sources, language);
}

QString PaneHtml::history(const Dataset &data, const Organization &org, Language language)
{
    if (org.history.isEmpty())
        return {};
    QString html = Html::heading(2, tr("History"));
    html += u"<table class=\"history\" cellspacing=\"0\" cellpadding=\"3\">"_s;
    for (const HistoryEvent &event : org.history) {
        QString text = escaped(event.text.in(language));
        if (!event.country.isEmpty())
            text += u" ("_s + countryLink(data, event.country, language) + u")"_s;
        html += u"<tr><td valign=\"top\" nowrap>%1</td><td valign=\"top\"><i>%2</i></td><td>%3</td></tr>"_s.arg(
            escaped(formatDate(event.date, language)), escaped(Vocabulary::historyEventType(event.type)), text);
    }
    return html + u"</table>"_s;
}

QString PaneHtml::organization(const Dataset &data, const QString &id, Language language)
{
    const Organization *org = data.organization(id);
    if (!org)
        return Html::paragraph(escaped(tr("There is no organization with the id %1 in the data.").arg(id)));
    if (isBilateralTreaty(*org))
        return treaty(data, *org, language);

    QString html = u"<h1>%1</h1>"_s.arg(escaped(org->name.in(language)));
    QString founded = formatDate(org->founded, language);
    if (!org->foundedPlace.isEmpty())
        founded = tr("%1, %2").arg(founded, org->foundedPlace.in(language));
    html += Html::facts({
        {tr("Abbreviation"), escaped(org->abbreviation.in(language))},
        {tr("Kind"), escaped(Vocabulary::organizationKind(org->kind))},
        {tr("Founded"), escaped(founded) + (org->foundedNote.isEmpty() ? QString() : u"<br><span class=\"dim\">"_s + escaped(org->foundedNote.in(language)) + u"</span>"_s)},
        {tr("Headquarters"), escaped(org->headquarters.in(language))},
        {tr("Members today"), escaped(QString::number(memberCount(*org, QDate::currentDate())))},
    });
    html += Html::paragraph(escaped(org->summary.in(language)));
    html += obligation(*org, language);
    html += history(data, *org, language);
    html += mentions(data, u"organization/"_s + id, language);
    html += asOfLine(org->asOf, org->sources, language);
    return html;
}

// A treaty leads with what a reader asks first: who is bound, since when, and to what.
QString PaneHtml::treaty(const Dataset &data, const Organization &org, Language language)
{
    QString html = u"<h1>%1</h1>"_s.arg(escaped(org.name.in(language)));
    QStringList parties;
    QString ended;
    for (const Membership &m : org.members) {
        if (!isFullMember(m) || !m.isState() || parties.contains(countryLink(data, m.country, language)))
            continue;
        parties.append(countryLink(data, m.country, language));
        if (m.left.isValid())
            ended = formatDate(m.left, language);
    }
    QString signedOn = formatDate(org.founded, language);
    if (!org.foundedPlace.isEmpty())
        signedOn = tr("%1, %2").arg(signedOn, org.foundedPlace.in(language));
    QString inForce;
    for (const HistoryEvent &event : org.history) {
        if (event.type == u"in_force" && event.date.firstDay() >= org.founded.firstDay())
            inForce = formatDate(event.date, language);
    }
    html += Html::facts({
        {tr("Parties"), parties.join(u", "_s)},
        {tr("Signed"), escaped(signedOn)},
        {tr("In force since"), escaped(inForce)},
        {tr("Ended"), escaped(ended)},
        {tr("Kind"), escaped(Vocabulary::organizationKind(org.kind))},
    });
    html += obligation(org, language);
    html += Html::paragraph(escaped(org.summary.in(language)));
    if (!org.foundedNote.isEmpty())
        html += u"<p class=\"dim\">%1</p>"_s.arg(escaped(org.foundedNote.in(language)));
    html += history(data, org, language);
    html += mentions(data, u"organization/"_s + org.id, language);
    html += asOfLine(org.asOf, org.sources, language);
    return html;
}

QString PaneHtml::comparison(const Dataset &data, const QString &first, const QString &second, QDate day,
                             Language language)
{
    const Organization *a = data.organization(first);
    const Organization *b = data.organization(second);
    if (!a || !b)
        return {};
    // Full members only: an observer or partner is not "in" the organization.
    const QStringList inA = membersOn(*a, day);
    const QStringList inB = membersOn(*b, day);
    QStringList shared, onlyA, onlyB;
    for (const QString &code : inA)
        (inB.contains(code) ? shared : onlyA).append(countryLink(data, code, language));
    for (const QString &code : inB) {
        if (!inA.contains(code))
            onlyB.append(countryLink(data, code, language));
    }
    const QString none = escaped(tr("none"));
    auto row = [&none](const QString &label, const QStringList &links) {
        return u"<p><b>%1</b> %2</p>"_s.arg(escaped(label), links.isEmpty() ? none : links.join(u", "_s));
    };
    const QString abbrA = a->abbreviation.in(language);
    const QString abbrB = b->abbreviation.in(language);
    return row(tr("In both (%n):", nullptr, int(shared.size())), shared)
           + row(tr("Only in %1 (%2):").arg(abbrA).arg(onlyA.size()), onlyA)
           + row(tr("Only in %1 (%2):").arg(abbrB).arg(onlyB.size()), onlyB)
           + u"<p class=\"dim\">%1</p>"_s.arg(escaped(tr("Observers and partners are not counted.")));
}

QString PaneHtml::sharedMembers(const Dataset &data, const QString &first, const QString &second,
                                const QStringList &countries, Language language)
{
    const Organization *a = data.organization(first);
    const Organization *b = data.organization(second);
    if (!a || !b)
        return {};
    QStringList links;
    for (const QString &code : countries)
        links.append(countryLink(data, code, language));
    const int count = int(countries.size());
    const QString title = first == second
        ? tr("%1 has %n member(s):", nullptr, count).arg(a->abbreviation.in(language))
        : tr("%1 and %2 share %n member(s):", nullptr, count).arg(a->abbreviation.in(language), b->abbreviation.in(language));
    return u"<p><b>%1</b> %2</p>"_s.arg(escaped(title), links.isEmpty() ? escaped(tr("none")) : links.join(u", "_s));
}
