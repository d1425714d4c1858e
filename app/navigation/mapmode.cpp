#include "navigation/mapmode.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// The data's rule for ids (the schema's "id").
bool isId(const QString &text)
{
    static const QRegularExpression id(u"^[a-z][a-z0-9-]{0,63}$"_s);
    return id.match(text).hasMatch();
}

} // namespace

std::optional<MapMode> MapMode::parse(const QString &text)
{
    MapMode mode;
    if (text == u"ties") {
        mode.kind = Kind::Ties;
        mode.first.clear();
        return mode;
    }
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return std::nullopt;
    const QString kind = text.left(slash);
    const QString rest = text.mid(slash + 1);
    if (kind == u"organization" && isId(rest)) {
        mode.first = rest;
        return mode;
    }
    const QStringList pair = rest.split(u',');
    if (kind == u"overlap" && pair.size() == 2 && isId(pair.at(0)) && isId(pair.at(1)) && pair.at(0) != pair.at(1)) {
        mode.kind = Kind::Overlap;
        mode.first = pair.at(0);
        mode.second = pair.at(1);
        return mode;
    }
    return std::nullopt;
}

QString MapMode::toString() const
{
    switch (kind) {
    case Kind::Organization: return u"organization/"_s + first;
    case Kind::Ties: return u"ties"_s;
    case Kind::Overlap: return u"overlap/%1,%2"_s.arg(first, second);
    }
    return {};
}
