#pragma once

#include "data/dataset.h"
#include "navigation/linktarget.h"

#include <QWidget>

#include <memory>

class LinkBrowser;

// Everything about one country: names, facts, memberships, its tie to Russia and where
// the articles mention it.
class CountryPane final : public QWidget
{
    Q_OBJECT

public:
    explicit CountryPane(QWidget *parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset);
    void setLanguage(Language language);
    void showCountry(const QString &code);
    QString countryCode() const { return m_code; }
    LinkBrowser *browser() const { return m_browser; }

signals:
    void linkActivated(const LinkTarget &target);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    std::shared_ptr<const Dataset> m_dataset;
    Language m_language = Language::English;
    QString m_code;
    LinkBrowser *m_browser = nullptr;
};
