#include "session/session.h"

Session::Session(QObject *parent)
    : QObject(parent)
{
    connect(&m_languages, &LanguageManager::languageChanged, this, &Session::languageChanged);
}

Session::~Session() = default;

void Session::setDataset(std::shared_ptr<const Dataset> dataset)
{
    if (!dataset || dataset == m_dataset)
        return;
    m_dataset = std::move(dataset);
    emit datasetChanged();
}

void Session::setLanguage(Language language)
{
    m_languages.setLanguage(language);
}

void Session::toggleLanguage()
{
    m_languages.toggleLanguage();
}
