#pragma once

#include "data/partialdate.h"
#include "data/language.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Plain domain types, one per record kind of the data files (docs/DATA.md describes them).
// Keys are stable, untranslated ids ("RU", "csto"); display names come from LocalizedText.

// A citation as a reader would give it: who published what, when, and where to find it.
struct Source
{
    QString publisher;
    QString title;
    PartialDate date; // of publication or of the version used
    QString url;      // empty for print sources
};

struct Population
{
    qint64 value = 0;
    int year = 0;
    QString source;
};

struct Country
{
    QString code;   // ISO 3166-1 alpha-2
    QString alpha3;
    LocalizedText name;    // the name news uses: Rusia, Tiongkok, Suriah
    LocalizedText isoName; // the ISO 3166 short name: Federasi Rusia, Cina (not shown: some are obsolete)
    LocalizedText officialName; // Republik Rakyat Tiongkok; empty when the same as the name
    LocalizedText capital;
    QString region;    // africa, americas, asia, europe, oceania
    QString unStatus;  // member, observer
    double areaKm2 = 0;
    Population population;
    LocalizedText note;
    QList<Source> sources;
    PartialDate asOf;
};

struct Membership
{
    QString country;      // empty for a member that is not a state
    LocalizedText entity; // the name of such a member (the European Union in the G20)
    QString role; // member, observer, partner, dialogue_partner, associate, participant, invited, party
    PartialDate joined;
    PartialDate left;      // invalid while still a member
    PartialDate suspended; // participation frozen or suspended since
    LocalizedText note;
    QList<Source> sources;

    // True when this phase covers the day (joined <= day < left).
    bool isActiveOn(QDate day) const;
    bool isState() const { return !country.isEmpty(); }
};

struct HistoryEvent
{
    PartialDate date;
    QString type;
    QString country;
    LocalizedText text;
    QList<Source> sources;
};

struct Obligation
{
    LocalizedText article;
    QString type; // ATOP: defense, offense, neutrality, non_aggression, consultation, none
    LocalizedText gist;
    QList<Source> sources;
};

struct Organization
{
    QString id;
    QString kind;
    LocalizedText name;
    LocalizedText abbreviation;
    PartialDate founded;
    LocalizedText foundedPlace;
    LocalizedText foundedNote;
    LocalizedText headquarters;
    LocalizedText summary;
    Obligation obligation;
    QList<HistoryEvent> history;
    QList<Membership> members;
    QList<Source> sources;
    PartialDate asOf;
};

struct Relation
{
    QString country;
    QString type; // treaty_ally, strategic_partner, partner, pragmatic, strained, hostile
    QStringList treaties;
    LocalizedText summary;
    LocalizedText articleCheck;
    PartialDate asOf;
    QList<Source> sources;
};

struct Mention
{
    LocalizedText text;
    QString target; // country/RU, organization/csto
};

struct FactNote
{
    // What the note says about the paragraph: the facts changed since publication, the
    // article's claim is disputed or imprecise, or it was checked and holds.
    enum class Kind { Changed, Contested, Checked };

    LocalizedText text;
    QString target;
    PartialDate asOf;
    Kind kind = Kind::Changed; // an unclassified note is shown, never made quiet
};

struct Paragraph
{
    QString id;
    bool heading = false;
    LocalizedText text;
    QList<Mention> mentions;
    QList<FactNote> notes;
};

struct Article
{
    QString id;
    LocalizedText title;
    LocalizedText lead;
    QString publisher;
    QString editor;
    QString originalSource;
    QString cites;
    QString url;
    PartialDate published;
    QString language;
    int page = 0;
    int pageCount = 0;
    LocalizedText imageCaption;
    QString imageCredit;
    QString copyright;
    LocalizedText translationNote;
    QList<Paragraph> paragraphs;
};

// Where a country appears in an organization: indexes into Dataset::organizations and members.
struct MembershipRef
{
    int organization = -1;
    int member = -1;
};

// The whole loaded data set with lookups by stable key. Built once by DatasetLoader; read-only after.
class Dataset
{
public:
    QList<Country> countries;
    QList<Organization> organizations;
    QList<Relation> relations;
    QList<Article> articles;

    // Rebuilds the lookup tables; call after filling the lists.
    void index();

    const Country *country(const QString &code) const;
    const Organization *organization(const QString &id) const;
    const Relation *relation(const QString &countryCode) const;
    const Article *article(const QString &id) const;
    int countryRow(const QString &code) const { return m_countryRows.value(code, -1); }
    int organizationRow(const QString &id) const { return m_organizationRows.value(id, -1); }
    QList<MembershipRef> membershipsOf(const QString &countryCode) const { return m_memberships.value(countryCode); }

    bool isEmpty() const { return countries.isEmpty(); }

private:
    QHash<QString, int> m_countryRows;
    QHash<QString, int> m_organizationRows;
    QHash<QString, int> m_relationRows;
    QHash<QString, int> m_articleRows;
    QHash<QString, QList<MembershipRef>> m_memberships;
};
