#include "i18n/languagemanager.h"

#include "i18n/formatting.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString LanguageKey = u"interface/language"_s;
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
}

QLocale LanguageManager::locale() const
{
    return localeFor(m_language);
}

Language LanguageManager::initialLanguage(std::optional<Language> commandLine, const QSettings &settings,
                                          const QLocale &system)
{
    if (commandLine)
        return *commandLine;
    // A corrupt or hand-edited value is ignored rather than trusted.
    if (const auto saved = languageFromCode(settings.value(LanguageKey).toString()))
        return *saved;
    return system.language() == QLocale::Indonesian ? Language::Indonesian : Language::English;
}

void LanguageManager::saveLanguage(QSettings &settings, Language language)
{
    settings.setValue(LanguageKey, languageCode(language));
}

void LanguageManager::setLanguage(Language language)
{
    if (m_installed && language == m_language)
        return;
    m_language = language;
    install(language);
    m_installed = true;
    emit languageChanged(language);
}

void LanguageManager::toggleLanguage()
{
    setLanguage(m_language == Language::Indonesian ? Language::English : Language::Indonesian);
}

void LanguageManager::install(Language language)
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    QLocale::setDefault(locale());
    // English needs its catalogue too: it holds the plural forms ("1 member", "2 members").
    const QString code = languageCode(language);
    if (m_appTranslator.load(u":/i18n/sekutu_"_s + code))
        QCoreApplication::installTranslator(&m_appTranslator);
    // Qt's own strings: the system's catalogue if there is one, else the one Sekutu embeds
    // (translations/qtbase_id.ts), since neither Qt nor Debian ships a qtbase_id.qm.
    if (language == Language::Indonesian
        && (m_qtTranslator.load(u"qtbase_id"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            || m_qtTranslator.load(u":/i18n/qtbase_id"_s)))
        QCoreApplication::installTranslator(&m_qtTranslator);
}
