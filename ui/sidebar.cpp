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

namespace {
// A row opens when activated, clicked or selected (arrow keys), never when the view merely
// takes the focus: Tab gives a view a current row, not a selected one.
template <typename Open>
void openOnActivation(QAbstractItemView *view, Open open)
{
    QObject::connect(view, &QAbstractItemView::activated, view, open);
    QObject::connect(view, &QAbstractItemView::clicked, view, open);
    QObject::connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, view, [view, open] {
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            open(rows.constFirst());
    });
}
} // namespace

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
    // The abbreviation and the name ("RU–KP 2024" alone tells a reader little; a long name is
    // whole in its tooltip). Founded and Members stay in the model (and the pane) and give the order.
    m_organizations->setColumnHidden(OrganizationModel::KindColumn, true);
    m_organizations->setColumnHidden(OrganizationModel::FoundedColumn, true);
    m_organizations->setColumnHidden(OrganizationModel::MembersColumn, true);
    m_organizations->header()->setStretchLastSection(false);
    m_organizations->header()->setSectionResizeMode(OrganizationModel::AbbreviationColumn, QHeaderView::ResizeToContents);
    m_organizations->header()->setSectionResizeMode(OrganizationModel::NameColumn, QHeaderView::Stretch);

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
    openOnActivation(m_organizations, openOrganization);
    auto openArticle = [this](const QModelIndex &index) {
        if (index.isValid())
            emit targetActivated(LinkTarget::article(index.data(ArticleModel::IdRole).toString()));
    };
    openOnActivation(m_articles, openArticle);
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
        if (!index.isValid() || view->selectionModel()->isRowSelected(index.row()))
            return;
        const QSignalBlocker blocker(view->selectionModel());
        view->setCurrentIndex(index);
        view->scrollTo(index);
        view->viewport()->update();
    };
    // The tab of what is open comes forward, so that the reader sees where they are.
    switch (target.kind) {
    case LinkTarget::Kind::Country:
        m_countries->selectCountry(target.key);
        setCurrentIndex(CountriesTab);
        break;
    case LinkTarget::Kind::Organization:
        selectIn(m_organizations, m_organizationProxy->mapFromSource(m_organizationModel->indexOf(target.key)));
        setCurrentIndex(OrganizationsTab);
        break;
    case LinkTarget::Kind::Article:
        selectIn(m_articles, m_articleModel->indexOf(target.key));
        setCurrentIndex(ArticlesTab);
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
