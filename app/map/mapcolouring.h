#pragma once

#include "data/dataset.h"
#include "i18n/language.h"
#include "navigation/mapmode.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class WorldMap;

// The colour classes of the map. Stable keys: labels come from MapColouring::label().
enum class MapCategory : quint8 {
    NoRecord,  // a territory the data has no record of (Taiwan, Kosovo, Western Sahara, ...)
    NonMember, // also "no tie on record" for ties
    Member,
    Associate, // observer, partner, associate, participant, invited: a tie short of membership
    Suspended,
    Former,
    OnlyFirst,
    OnlySecond,
    Both,
    Russia,
    TreatyAlly,
    StrategicPartner,
    Partner,
    Pragmatic,
    Strained,
    Hostile,
};

struct MapStatus
{
    MapCategory category = MapCategory::NoRecord;
    PartialDate since; // when the status began (joined, frozen, left); invalid when unknown
    QString role;      // the membership's role key, for Associate ("observer", "invited", ...)
};

// The colouring rules, without widgets: used by the map view, the export and the tests.
class MapColouring final
{
    Q_DECLARE_TR_FUNCTIONS(MapColouring)

public:
    // A country's standing in one organization on a day, from the rules in data/membership.
    static MapStatus standing(const Organization &org, const QString &country, QDate day);

    static MapStatus status(const Dataset &data, const MapMode &mode, const QString &country, QDate day);
    // One category per feature of the map, in the map's order.
    static QList<MapCategory> colour(const Dataset &data, const WorldMap &map, const MapMode &mode, QDate day);
    // A locator: the country's features as members, every other country as a non-member.
    static QList<MapCategory> locate(const Dataset &data, const WorldMap &map, const QString &country);
    // The categories the legend shows for the mode, in order.
    static QList<MapCategory> legend(const MapMode &mode);

    static QString label(MapCategory category, const MapMode &mode, const Dataset &data, Language language);
    static QColor colour(MapCategory category);
    // "CSTO, 1 January 1995"; "Russia's ties"; "CSTO and SCO, 1 January 2024".
    static QString title(const Dataset &data, const MapMode &mode, QDate day, Language language);
    // Plain text for a tooltip: the country's name, then its status on the day and since when.
    static QString describe(const Dataset &data, const MapMode &mode, const QString &country, QDate day,
                            Language language);
    // The same where no status applies (the country pane's locator): the country's name.
    static QString describe(const Dataset &data, const QString &country, Language language);
    // Empty when the mode names organizations the data has; otherwise a message for the reader.
    static QString check(const Dataset &data, const MapMode &mode);
    // The first day the time slider reaches: the organization's founding (or an earlier first
    // accession), or 1 January 1945.
    static QDate firstDay(const Dataset &data, const MapMode &mode);
    static int firstYear(const Dataset &data, const MapMode &mode) { return firstDay(data, mode).year(); }

private:
    static QString organizationName(const Dataset &data, const QString &id, Language language);
};
