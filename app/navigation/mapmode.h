#pragma once

#include <QString>

#include <optional>

// What the world map is coloured by: "organization/csto", "ties" (Russia's tie to each country,
// the article's lens) or "overlap/csto,sco" (only in A, only in B, in both). Written so in the
// map's links ("map?mode=organization/nato") and on the command line (--map); the ids follow
// the data's rule for ids (lowercase letters, digits and hyphens), so that a mode read from a
// link or the settings is never more than a short, plain word.
struct MapMode
{
    enum class Kind { Organization, Ties, Overlap };
    Kind kind = Kind::Organization;
    QString first = QStringLiteral("csto");
    QString second;

    static std::optional<MapMode> parse(const QString &text);
    QString toString() const;
    friend bool operator==(const MapMode &a, const MapMode &b)
    {
        return a.kind == b.kind && a.first == b.first && a.second == b.second;
    }
    friend bool operator!=(const MapMode &a, const MapMode &b) { return !(a == b); }
};
