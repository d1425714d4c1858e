#include "countrylist.h"

#include "i18n/vocabulary.h"
#include "models/countryfiltermodel.h"
#include "models/countrymodel.h"
#include "session/session.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

CountryList::CountryList(Session &session, CountryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(model)
    , m_proxy(new CountryFilterModel(session, this))
{
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("countrySearch"));
    m_search->setClearButtonEnabled(true);
    m_organizationFilter = new QComboBox(this);
    m_organizationFilter->setObjectName(QStringLiteral("organizationFilter"));
    m_relationFilter = new QComboBox(this);
    m_relationFilter->setObjectName(QStringLiteral("relationFilter"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countryCount"));

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("countryView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CountryModel::NameColumn, Qt::AscendingOrder);
    m_view->setAllColumnsShowFocus(true);
    for (int column = CountryModel::RegionColumn; column < CountryModel::ColumnCount; ++column)
        m_view->setColumnHidden(column, true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CountryModel::NameColumn, QHeaderView::Stretch);
    // Sized from the few kinds of tie (retranslateUi), not from all the rows: ResizeToContents
    // asks every row for its size, which was a tenth of the work before the first frame.
    m_view->header()->setSectionResizeMode(CountryModel::TieColumn, QHeaderView::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_organizationFilter);
    layout->addWidget(m_relationFilter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &CountryFilterModel::setSearchText);
    connect(m_organizationFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setOrganization(m_organizationFilter->currentData().toString()); });
    connect(m_relationFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRelationType(m_relationFilter->currentData().toString()); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CountryList::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CountryList::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CountryList::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CountryList::updateCount);
    // Keyboard and mouse both open the country: activation, and moving the current row.
    connect(m_view, &QTreeView::activated, this,
            [this](const QModelIndex &index) { emit countryActivated(index.data(CountryModel::CodeRole).toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit countryActivated(index.data(CountryModel::CodeRole).toString());
    });

    setTabOrder(m_search, m_organizationFilter);
    setTabOrder(m_organizationFilter, m_relationFilter);
    setTabOrder(m_relationFilter, m_view);
    // The organization filter names organizations from the data: content, rebuilt with it.
    connect(&m_session, &Session::datasetChanged, this, &CountryList::fillOrganizationFilter);
    connect(&m_session, &Session::languageChanged, this, &CountryList::fillOrganizationFilter);
    fillOrganizationFilter();
    retranslateUi();
}

void CountryList::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CountryList::selectCountry(const QString &code)
{
    const QModelIndex source = m_model->indexOf(code);
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid() && source.isValid()) {
        // The country is filtered out: clear the filters rather than show nothing selected.
        m_search->clear();
        m_organizationFilter->setCurrentIndex(0);
        m_relationFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(source);
    }
    if (!index.isValid() || m_view->currentIndex().siblingAtColumn(0) == index)
        return;
    const QSignalBlocker blocker(m_view->selectionModel());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->viewport()->update();
}

void CountryList::setRelationFilter(const QString &type)
{
    const int index = m_relationFilter->findData(type);
    m_relationFilter->setCurrentIndex(index < 0 ? 0 : index);
}

void CountryList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CountryList::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search countries (name, ISO name or code)"));
    m_search->setAccessibleName(tr("Search countries"));
    m_organizationFilter->setAccessibleName(tr("Filter by organization"));
    m_organizationFilter->setToolTip(tr("Show only members of an organization"));
    m_relationFilter->setAccessibleName(tr("Filter by tie to Russia"));
    m_relationFilter->setToolTip(tr("Show only countries with this tie to Russia"));
    m_view->setAccessibleName(tr("Countries"));

    const QString relation = m_relationFilter->currentData().toString();
    const QSignalBlocker blocker(m_relationFilter);
    m_relationFilter->clear();
    m_relationFilter->addItem(tr("Any tie to Russia"), QString());
    int tieWidth = m_view->header()->sectionSizeHint(CountryModel::TieColumn);
    const int textMargins = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 4;
    for (const QString &type : Vocabulary::relationTypes()) {
        m_relationFilter->addItem(Vocabulary::relationType(type), type);
        tieWidth = qMax(tieWidth, m_view->fontMetrics().horizontalAdvance(Vocabulary::relationType(type)) + textMargins);
    }
    m_view->header()->resizeSection(CountryModel::TieColumn, tieWidth);
    m_relationFilter->setCurrentIndex(qMax(0, m_relationFilter->findData(relation)));
    updateCount();
}

void CountryList::fillOrganizationFilter()
{
    const QString current = m_organizationFilter->currentData().toString();
    const QSignalBlocker blocker(m_organizationFilter);
    m_organizationFilter->clear();
    m_organizationFilter->addItem(tr("All countries"), QString());
    m_organizationFilter->addItem(tr("Members of any organization"), CountryFilterModel::AnyOrganization);
    const Language language = m_session.language();
    for (const Organization &org : m_session.dataset().organizations)
        m_organizationFilter->addItem(tr("Members of %1").arg(org.abbreviation.in(language)), org.id);
    m_organizationFilter->setCurrentIndex(qMax(0, m_organizationFilter->findData(current)));
}

void CountryList::updateCount()
{
    m_count->setText(tr("%1 of %n countries", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}
