#pragma once

#include "data/dataset.h"
#include "navigation/linktarget.h"

#include <QTabWidget>

#include <memory>

class ArticleModel;
class CountryList;
class CountryModel;
class CollatingProxyModel;
class OrganizationModel;
class QListView;
class QTreeView;

// The left side of the window: countries, organizations and articles, each a list that
// opens its pane; it follows navigation by selecting the open item.
class Sidebar final : public QTabWidget
{
    Q_OBJECT

public:
    enum Tab { CountriesTab, OrganizationsTab, ArticlesTab };

    explicit Sidebar(QWidget *parent = nullptr);

    void setDataset(const std::shared_ptr<const Dataset> &dataset);
    void setLanguage(Language language);
    void select(const LinkTarget &target);

    CountryList *countryList() const { return m_countries; }
    QTreeView *organizationView() const { return m_organizations; }
    QListView *articleView() const { return m_articles; }

signals:
    void targetActivated(const LinkTarget &target);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    CountryModel *m_countryModel = nullptr;
    OrganizationModel *m_organizationModel = nullptr;
    CollatingProxyModel *m_organizationProxy = nullptr;
    ArticleModel *m_articleModel = nullptr;
    CountryList *m_countries = nullptr;
    QTreeView *m_organizations = nullptr;
    QListView *m_articles = nullptr;
};
