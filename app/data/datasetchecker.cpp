#include "data/datasetchecker.h"

#include "data/namerules.h"

#include <QLocale>
#include <QSet>

#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

bool isIsoCountryCode(const QString &code)
{
    // Qt's territory table follows CLDR, which covers ISO 3166-1 alpha-2.
    return QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

// The membership phases of an organization seen so far, per country, for finding overlaps in
// O(n log n): pairs compared one by one took minutes for an organization of 100,000 phases.
class PhaseIndex
{
public:
    // The row of an earlier phase of the same country that this one overlaps, else -1 (and the
    // phase is remembered). Only phases that overlap nothing are kept, so the kept ones are
    // disjoint, sorted by start and by end: the one that starts last before this one ends is the
    // only one to look at.
    int overlapped(const Membership &member, int row)
    {
        const qint64 start = member.joined.firstDay().toJulianDay();
        const qint64 end = member.left.isValid() ? member.left.firstDay().toJulianDay() : Open;
        if (end <= start)
            return -1; // left before joined: reported as such
        auto &kept = m_phases[member.isState() ? member.country : u"entity:"_s + member.entity.en];
        auto it = kept.lower_bound(end); // the first that starts at or after this one's end
        if (it != kept.begin() && std::prev(it)->second.end > start)
            return std::prev(it)->second.row;
        kept.emplace(start, Phase{end, row});
        return -1;
    }

private:
    static constexpr qint64 Open = std::numeric_limits<qint64>::max();
    struct Phase
    {
        qint64 end;
        int row;
    };
    QHash<QString, std::map<qint64, Phase>> m_phases;
};

} // namespace

DataErrors DatasetChecker::check() const
{
    DataErrors errors;
    checkCountries(errors);
    checkOrganizations(errors);
    checkRelations(errors);
    checkArticles(errors);
    NameRules::check(m_dataset, errors);
    return errors;
}

void DatasetChecker::checkCountries(DataErrors &errors) const
{
    const QString file = u"countries.json"_s;
    QHash<QString, int> seen;
    for (int i = 0; i < m_dataset.countries.size(); ++i) {
        const Country &country = m_dataset.countries.at(i);
        const QString path = u"/countries/%1/code"_s.arg(i);
        if (seen.contains(country.code))
            errors.append({file, path, tr("%1 is a duplicate of /countries/%2").arg(quoted(country.code)).arg(seen.value(country.code))});
        else
            seen.insert(country.code, i);
        if (!isIsoCountryCode(country.code))
            errors.append({file, path, tr("%1 is not an ISO 3166-1 country code").arg(quoted(country.code))});
    }
}

void DatasetChecker::checkOrganizations(DataErrors &errors) const
{
    const QString file = u"organizations.json"_s;
    QHash<QString, int> seen;
    for (int i = 0; i < m_dataset.organizations.size(); ++i) {
        const Organization &org = m_dataset.organizations.at(i);
        const QString base = u"/organizations/%1"_s.arg(i);
        if (seen.contains(org.id))
            errors.append({file, base + u"/id"_s, tr("%1 is a duplicate of /organizations/%2").arg(quoted(org.id)).arg(seen.value(org.id))});
        else
            seen.insert(org.id, i);

        PhaseIndex phases;
        for (int m = 0; m < org.members.size(); ++m) {
            const Membership &member = org.members.at(m);
            const QString path = base + u"/members/%1"_s.arg(m);
            if (member.isState() && !m_dataset.country(member.country))
                errors.append({file, path + u"/country"_s, tr("%1 is not a country in countries.json").arg(quoted(member.country))});
            if (member.left.isValid() && member.left.firstDay() <= member.joined.firstDay())
                errors.append({file, path + u"/left"_s,
                               tr("%1 is not after the date joined (%2)").arg(quoted(member.left.toString()), member.joined.toString())});
            if (member.suspended.isValid() && member.suspended.firstDay() < member.joined.firstDay())
                errors.append({file, path + u"/suspended"_s,
                               tr("%1 is before the date joined (%2)").arg(quoted(member.suspended.toString()), member.joined.toString())});
            // Two phases of one state in one organization must not overlap in time.
            if (const int other = phases.overlapped(member, m); other >= 0)
                errors.append({file, path + u"/joined"_s,
                               tr("this phase of %1 overlaps %2/members/%3").arg(member.isState() ? member.country : member.entity.en, base).arg(other)});
        }
        for (int h = 0; h < org.history.size(); ++h) {
            const HistoryEvent &event = org.history.at(h);
            if (!event.country.isEmpty() && !m_dataset.country(event.country))
                errors.append({file, base + u"/history/%1/country"_s.arg(h),
                               tr("%1 is not a country in countries.json").arg(quoted(event.country))});
        }
    }
}

void DatasetChecker::checkRelations(DataErrors &errors) const
{
    const QString file = u"relations.json"_s;
    QHash<QString, int> seen;
    for (int i = 0; i < m_dataset.relations.size(); ++i) {
        const Relation &relation = m_dataset.relations.at(i);
        const QString base = u"/relations/%1"_s.arg(i);
        if (!m_dataset.country(relation.country))
            errors.append({file, base + u"/country"_s, tr("%1 is not a country in countries.json").arg(quoted(relation.country))});
        if (seen.contains(relation.country))
            errors.append({file, base + u"/country"_s, tr("%1 is a duplicate of /relations/%2").arg(quoted(relation.country)).arg(seen.value(relation.country))});
        else
            seen.insert(relation.country, i);
        for (int t = 0; t < relation.treaties.size(); ++t) {
            if (!m_dataset.organization(relation.treaties.at(t)))
                errors.append({file, base + u"/treaties/%1"_s.arg(t),
                               tr("%1 is not an organization in organizations.json").arg(quoted(relation.treaties.at(t)))});
        }
    }
}

bool DatasetChecker::isKnownTarget(const QString &target) const
{
    if (target.startsWith(u"country/"))
        return m_dataset.country(target.mid(8)) != nullptr;
    if (target.startsWith(u"organization/"))
        return m_dataset.organization(target.mid(13)) != nullptr;
    return false;
}

void DatasetChecker::checkArticles(DataErrors &errors) const
{
    const QString file = u"articles.json"_s;
    QHash<QString, int> seen;
    for (int i = 0; i < m_dataset.articles.size(); ++i) {
        const Article &article = m_dataset.articles.at(i);
        const QString base = u"/articles/%1"_s.arg(i);
        if (seen.contains(article.id))
            errors.append({file, base + u"/id"_s, tr("%1 is a duplicate of /articles/%2").arg(quoted(article.id)).arg(seen.value(article.id))});
        else
            seen.insert(article.id, i);

        QHash<QString, int> paragraphIds;
        for (int p = 0; p < article.paragraphs.size(); ++p) {
            const Paragraph &paragraph = article.paragraphs.at(p);
            const QString path = base + u"/paragraphs/%1"_s.arg(p);
            if (paragraphIds.contains(paragraph.id))
                errors.append({file, path + u"/id"_s,
                               tr("%1 is a duplicate of %2/paragraphs/%3").arg(quoted(paragraph.id), base).arg(paragraphIds.value(paragraph.id))});
            else
                paragraphIds.insert(paragraph.id, p);
            for (int m = 0; m < paragraph.mentions.size(); ++m) {
                const Mention &mention = paragraph.mentions.at(m);
                const QString mentionPath = path + u"/mentions/%1"_s.arg(m);
                if (!isKnownTarget(mention.target))
                    errors.append({file, mentionPath + u"/target"_s, tr("%1 links to nothing in the data").arg(quoted(mention.target))});
                if (!paragraph.text.id.contains(mention.text.id))
                    errors.append({file, mentionPath + u"/text/id"_s, tr("%1 does not occur in the paragraph's Indonesian text").arg(quoted(mention.text.id))});
                if (!paragraph.text.en.contains(mention.text.en))
                    errors.append({file, mentionPath + u"/text/en"_s, tr("%1 does not occur in the paragraph's English text").arg(quoted(mention.text.en))});
            }
            for (int n = 0; n < paragraph.notes.size(); ++n) {
                if (!isKnownTarget(paragraph.notes.at(n).target))
                    errors.append({file, path + u"/notes/%1/target"_s.arg(n),
                                   tr("%1 links to nothing in the data").arg(quoted(paragraph.notes.at(n).target))});
            }
        }
    }
}
