#pragma once

#include "data/language.h"

#include <QLocale>
#include <QObject>
#include <QTranslator>

class QSettings;

// Owns the installed translators (Sekutu's catalogue and Qt's own) and the current
// language. Installing a translator makes Qt send QEvent::LanguageChange to every widget;
// languageChanged() is for models and other non-widgets.
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    Language language() const { return m_language; }
    QLocale locale() const;

    // The language to start in: the command line, else the saved choice, else the system's.
    static Language initialLanguage(std::optional<Language> commandLine, const QSettings &settings,
                                    const QLocale &system = QLocale::system());
    static void saveLanguage(QSettings &settings, Language language);

public slots:
    void setLanguage(Language language);
    void toggleLanguage();

signals:
    void languageChanged(Language language);

private:
    void install(Language language);

    Language m_language = Language::English;
    bool m_installed = false;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
};
