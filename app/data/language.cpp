#include "data/language.h"

QString languageCode(Language language)
{
    return language == Language::Indonesian ? QStringLiteral("id") : QStringLiteral("en");
}

std::optional<Language> languageFromCode(QStringView code)
{
    if (code == u"id")
        return Language::Indonesian;
    if (code == u"en")
        return Language::English;
    return std::nullopt;
}
