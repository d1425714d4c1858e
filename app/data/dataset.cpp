#include "data/dataset.h"

bool Membership::isActiveOn(QDate day) const
{
    if (!joined.isValid() || joined.firstDay() > day)
        return false;
    return !left.isValid() || day < left.firstDay();
}

void Dataset::index()
{
    m_countryRows.clear();
    m_organizationRows.clear();
    m_relationRows.clear();
    m_articleRows.clear();
    m_memberships.clear();
    for (int i = 0; i < countries.size(); ++i)
        m_countryRows.insert(countries.at(i).code, i);
    for (int i = 0; i < organizations.size(); ++i) {
        m_organizationRows.insert(organizations.at(i).id, i);
        const auto &members = organizations.at(i).members;
        for (int m = 0; m < members.size(); ++m) {
            if (members.at(m).isState())
                m_memberships[members.at(m).country].append({i, m});
        }
    }
    for (int i = 0; i < relations.size(); ++i)
        m_relationRows.insert(relations.at(i).country, i);
    for (int i = 0; i < articles.size(); ++i)
        m_articleRows.insert(articles.at(i).id, i);
}

const Country *Dataset::country(const QString &code) const
{
    const int row = m_countryRows.value(code, -1);
    return row < 0 ? nullptr : &countries.at(row);
}

const Organization *Dataset::organization(const QString &id) const
{
    const int row = m_organizationRows.value(id, -1);
    return row < 0 ? nullptr : &organizations.at(row);
}

const Relation *Dataset::relation(const QString &countryCode) const
{
    const int row = m_relationRows.value(countryCode, -1);
    return row < 0 ? nullptr : &relations.at(row);
}

const Article *Dataset::article(const QString &id) const
{
    const int row = m_articleRows.value(id, -1);
    return row < 0 ? nullptr : &articles.at(row);
}
