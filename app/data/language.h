#pragma once

#include <QString>

#include <optional>

// The two languages of the interface and of the content.
enum class Language { English, Indonesian };

// "en" / "id", the keys used in the data files and on the command line.
QString languageCode(Language language);
std::optional<Language> languageFromCode(QStringView code);

// A text given in both languages, as every text in the data is.
struct LocalizedText
{
    QString en;
    QString id;

    const QString &in(Language language) const { return language == Language::Indonesian ? id : en; }
    bool isEmpty() const { return en.isEmpty() && id.isEmpty(); }
};
