#pragma once

#include <QString>
#include <QUrl>

// Where a link leads: a country, an organization, an article (optionally one paragraph) or
// the overview of charts or the world map. Written "country/RU", "organization/csto", "article/<id>",
// "article/<id>#p3", "overview", "map", and as URLs "sekutu://country/RU", "sekutu://overview".
struct LinkTarget
{
    enum class Kind { None, Country, Organization, Article, Overview, Map };

    Kind kind = Kind::None;
    QString key;
    QString fragment;

    static LinkTarget parse(const QString &text);
    static LinkTarget fromUrl(const QUrl &url);
    static LinkTarget country(const QString &code) { return {Kind::Country, code, {}}; }
    static LinkTarget organization(const QString &id) { return {Kind::Organization, id, {}}; }
    static LinkTarget article(const QString &id, const QString &paragraph = {}) { return {Kind::Article, id, paragraph}; }
    static LinkTarget overview() { return {Kind::Overview, {}, {}}; }
    static LinkTarget map() { return {Kind::Map, {}, {}}; }

    bool isValid() const { return kind == Kind::Overview || kind == Kind::Map || (kind != Kind::None && !key.isEmpty()); }
    QString toString() const;
    QUrl toUrl() const;

    friend bool operator==(const LinkTarget &a, const LinkTarget &b)
    {
        return a.kind == b.kind && a.key == b.key && a.fragment == b.fragment;
    }
    friend bool operator!=(const LinkTarget &a, const LinkTarget &b) { return !(a == b); }
};
