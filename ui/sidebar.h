#pragma once

#include "navigation/linktarget.h"

#include <QTabWidget>

class ArticleModel;
class CountryList;
class CountryModel;
class CollatingProxyModel;
class OrganizationModel;
class QListView;
class QTreeView;
class Session;

// The left side of the window: countries, organizations and articles, each a list that
// opens its pane; it follows navigation by selecting the open item.
class Sidebar final : public QTabWidget
{
    Q_OBJECT

public:
    enum Tab { CountriesTab, OrganizationsTab, ArticlesTab };

    explicit Sidebar(Session &session, QWidget *parent = nullptr);

    void select(const LinkTarget &target);
    // The countries tab with the search field focused and its text selected.
    void findCountry();
    // The countries tab, showing only the countries with this kind of tie to Russia.
    void showRelation(const QString &type);

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
