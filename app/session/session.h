#pragma once

#include "data/dataset.h"
#include "data/language.h"
#include "i18n/languagemanager.h"

#include <QLocale>
#include <QObject>

#include <memory>

// What every model and view shows: the dataset in use and the interface language.
// Models and widgets receive the session once, at construction, and subscribe to its
// signals themselves; nothing pushes a dataset or a language into them by hand.
//
// The live language switch has one rule: window chrome (menus, labels, buttons) is
// retranslated in changeEvent(QEvent::LanguageChange); content built from data (panes,
// models, charts) is rebuilt on languageChanged(). Never both for the same text.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Never null: an empty dataset until the first one is in use.
    const Dataset &dataset() const { return *m_dataset; }
    std::shared_ptr<const Dataset> sharedDataset() const { return m_dataset; }

    Language language() const { return m_languages.language(); }
    QLocale locale() const { return m_languages.locale(); }

public slots:
    void setDataset(std::shared_ptr<const Dataset> dataset);
    // Installs the language's translators (Qt then posts LanguageChange to every widget)
    // and emits languageChanged().
    void setLanguage(Language language);
    void toggleLanguage();

signals:
    void datasetChanged();
    void languageChanged();

private:
    std::shared_ptr<const Dataset> m_dataset = std::make_shared<const Dataset>();
    LanguageManager m_languages;
};
