#include <QtGlobal>

// The schema's "title" texts appear in validation messages (SchemaValidator::describe);
// listing them here puts them in the translation catalogues. A test checks that every
// title in resources/data/schema/sekutu.schema.json is listed.
[[maybe_unused]] static const char *const schemaTitles[] = {
    QT_TRANSLATE_NOOP("schema", "an ISO 3166-1 alpha-3 code"),
    QT_TRANSLATE_NOOP("schema", "an ISO 3166-1 alpha-2 code"),
    QT_TRANSLATE_NOOP("schema", "a text in both languages"),
    QT_TRANSLATE_NOOP("schema", "a name in both languages (at most 200 characters)"),
    QT_TRANSLATE_NOOP("schema", "an id (lowercase letters, digits and hyphens)"),
    QT_TRANSLATE_NOOP("schema", "a link target such as country/RU or organization/csto"),
    QT_TRANSLATE_NOOP("schema", "a date (YYYY-MM-DD, YYYY-MM or YYYY)"),
    QT_TRANSLATE_NOOP("schema", "an http or https address"),
    QT_TRANSLATE_NOOP("schema", "a dataset version such as 2026.11.25 (letters, digits, dots, plus and hyphens)"),
};
