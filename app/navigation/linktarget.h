#pragma once

#include "navigation/mapmode.h"

#include <QDate>
#include <QString>
#include <QUrl>

#include <optional>

// Where a link leads: a country, an organization, an article (optionally one paragraph) or
// the overview of charts or the world map. Written "country/RU", "organization/csto", "article/<id>",
// "article/<id>#p3", "overview", "map", and as URLs "sekutu://country/RU", "sekutu://overview".
// A map link may say what the map shows, as the history remembers it:
// "map?mode=organization/nato&date=1999-03-12"; a value it cannot read is left out (a plain
// "map": the map as it is), and so is a name it does not know.
struct LinkTarget
{
    enum class Kind { None, Country, Organization, Article, Overview, Map };

    Kind kind = Kind::None;
    QString key;      // for the map, its mode ("organization/nato"), or empty
    QString fragment;
    QDate date;       // the map's date; invalid when the link does not say

    static LinkTarget parse(const QString &text);
    static LinkTarget fromUrl(const QUrl &url);
    static LinkTarget country(const QString &code) { return {Kind::Country, code, {}, {}}; }
    static LinkTarget organization(const QString &id) { return {Kind::Organization, id, {}, {}}; }
    static LinkTarget article(const QString &id, const QString &paragraph = {}) { return {Kind::Article, id, paragraph, {}}; }
    static LinkTarget overview() { return {Kind::Overview, {}, {}, {}}; }
    static LinkTarget map() { return {Kind::Map, {}, {}, {}}; }
    static LinkTarget map(const MapMode &mode, QDate date) { return {Kind::Map, mode.toString(), {}, date}; }

    bool isValid() const { return kind == Kind::Overview || kind == Kind::Map || (kind != Kind::None && !key.isEmpty()); }
    // The map's mode, when this is a map link that names one.
    std::optional<MapMode> mapMode() const;
    QString toString() const;
    QUrl toUrl() const;

    friend bool operator==(const LinkTarget &a, const LinkTarget &b)
    {
        return a.kind == b.kind && a.key == b.key && a.fragment == b.fragment && a.date == b.date;
    }
    friend bool operator!=(const LinkTarget &a, const LinkTarget &b) { return !(a == b); }
};
