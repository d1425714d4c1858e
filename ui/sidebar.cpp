#include "sidebar.h"

#include "countrylist.h"
#include "models/articlemodel.h"
#include "models/collatingproxymodel.h"
#include "models/countrymodel.h"
#include "models/organizationmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QListView>
#include <QTreeView>

Sidebar::Sidebar(Session &session, QWidget *parent)
    : QTabWidget(parent)
    , m_countryModel(new CountryModel(session, this))
    , m_organizationModel(new OrganizationModel(session, this))
    , m_organizationProxy(new CollatingProxyModel(session, this))
    , m_articleModel(new ArticleModel(session, this))
{
    setObjectName(QStringLiteral("sidebar"));
    m_countries = new CountryList(session, m_countryModel, this);

    m_organizationProxy->setSourceModel(m_organizationModel);
    m_organizationProxy->setSortRole(OrganizationModel::SortRole);
    m_organizations = new QTreeView(this);
    m_organizations->setObjectName(QStringLiteral("organizationView"));
    m_organizations->setModel(m_organizationProxy);
    m_organizations->setRootIsDecorated(false);
    m_organizations->setSortingEnabled(true);
    m_organizations->sortByColumn(OrganizationModel::FoundedColumn, Qt::AscendingOrder);
    m_organizations->setAllColumnsShowFocus(true);
    m_organizations->setColumnHidden(OrganizationModel::NameColumn, true);
    m_organizations->setColumnHidden(OrganizationModel::KindColumn, true);
    m_organizations->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_articles = new QListView(this);
    m_articles->setObjectName(QStringLiteral("articleView"));
    m_articles->setModel(m_articleModel);
    m_articles->setWordWrap(true);

    addTab(m_countries, QString());
    addTab(m_organizations, QString());
    addTab(m_articles, QString());

    connect(m_countries, &CountryList::countryActivated, this,
            [this](const QString &code) { emit targetActivated(LinkTarget::country(code)); });
    auto openOrganization = [this](const QModelIndex &index) {
        if (index.isValid())
            emit targetActivated(LinkTarget::organization(index.data(OrganizationModel::IdRole).toString()));
    };
    connect(m_organizations, &QTreeView::activated, this, openOrganization);
    connect(m_organizations->selectionModel(), &QItemSelectionModel::currentRowChanged, this, openOrganization);
    auto openArticle = [this](const QModelIndex &index) {
        if (index.isValid())
            emit targetActivated(LinkTarget::article(index.data(ArticleModel::IdRole).toString()));
    };
    connect(m_articles, &QListView::activated, this, openArticle);
    connect(m_articles->selectionModel(), &QItemSelectionModel::currentRowChanged, this, openArticle);
    retranslateUi();
}

void Sidebar::findCountry()
{
    setCurrentIndex(CountriesTab);
    m_countries->focusSearch();
}

void Sidebar::showRelation(const QString &type)
{
    m_countries->setRelationFilter(type);
    setCurrentIndex(CountriesTab);
}

void Sidebar::select(const LinkTarget &target)
{
    auto selectIn = [](QAbstractItemView *view, const QModelIndex &index) {
        if (!index.isValid() || view->currentIndex().siblingAtColumn(0) == index)
            return;
        const QSignalBlocker blocker(view->selectionModel());
        view->setCurrentIndex(index);
        view->scrollTo(index);
        view->viewport()->update();
    };
    switch (target.kind) {
    case LinkTarget::Kind::Country:
        m_countries->selectCountry(target.key);
        break;
    case LinkTarget::Kind::Organization:
        selectIn(m_organizations, m_organizationProxy->mapFromSource(m_organizationModel->indexOf(target.key)));
        break;
    case LinkTarget::Kind::Article:
        selectIn(m_articles, m_articleModel->indexOf(target.key));
        break;
    case LinkTarget::Kind::Overview:
    case LinkTarget::Kind::Map:
    case LinkTarget::Kind::None:
        break;
    }
}

void Sidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

void Sidebar::retranslateUi()
{
    setTabText(CountriesTab, tr("&Countries"));
    setTabText(OrganizationsTab, tr("&Organizations"));
    setTabText(ArticlesTab, tr("A&rticles"));
    setTabToolTip(CountriesTab, tr("Every UN member and observer state"));
    setTabToolTip(OrganizationsTab, tr("Alliances, unions and treaties"));
    setTabToolTip(ArticlesTab, tr("The news articles and their translations"));
    m_organizations->setAccessibleName(tr("Organizations"));
    m_articles->setAccessibleName(tr("Articles"));
}
