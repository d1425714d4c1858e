#include "overviewpane.h"

#include "content/panehtml.h"
#include "linkbrowser.h"
#include "models/overlapmodel.h"
#include "session/session.h"
#include "tieschart.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OverviewPane::OverviewPane(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_overlap(new OverlapModel(session, this))
{
    m_ties = new TiesChart(session, this);
    m_ties->setObjectName(u"tiesChart"_s);

    m_overlapTitle = new QLabel(this);
    QFont titleFont = m_overlapTitle->font();
    titleFont.setBold(true);
    m_overlapTitle->setFont(titleFont);
    m_overlapHint = new QLabel(this);
    m_overlapHint->setWordWrap(true);
    m_overlapView = new QTableView(this);
    m_overlapView->setObjectName(u"overlapView"_s);
    m_overlapView->setModel(m_overlap);
    m_overlapView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_overlapView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_overlapView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overlapView->setWordWrap(false);
    m_overlapView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_overlapView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_overlapView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_overlapView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_overlapTitle->setBuddy(m_overlapView);
    m_shared = new LinkBrowser(this);
    m_shared->setObjectName(u"sharedBrowser"_s);
    m_shared->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_shared->setMaximumHeight(fontMetrics().lineSpacing() * 6);

    auto *overlapBox = new QWidget(this);
    auto *overlapLayout = new QVBoxLayout(overlapBox);
    overlapLayout->setContentsMargins(0, 0, 0, 0);
    overlapLayout->addWidget(m_overlapTitle);
    overlapLayout->addWidget(m_overlapHint);
    overlapLayout->addWidget(m_overlapView);
    overlapLayout->addWidget(m_shared);
    overlapBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    // Stacked: the table needs the pane's width for its eleven columns.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"overviewSplitter"_s);
    splitter->addWidget(m_ties);
    splitter->addWidget(overlapBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_ties, &TiesChart::relationTypeActivated, this, &OverviewPane::relationTypeActivated);
    connect(m_shared, &LinkBrowser::targetActivated, this, &OverviewPane::linkActivated);
    connect(m_overlapView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    showShared(index.data(OverlapModel::RowOrganizationRole).toString(),
                               index.data(OverlapModel::ColumnOrganizationRole).toString());
            });
    // Headers open the organization itself.
    auto openSection = [this](int section) {
        const QList<Organization> &organizations = m_session.dataset().organizations;
        if (section >= 0 && section < organizations.size())
            emit linkActivated(LinkTarget::organization(organizations.at(section).id));
    };
    connect(m_overlapView->horizontalHeader(), &QHeaderView::sectionClicked, this, openSection);
    connect(m_overlapView->verticalHeader(), &QHeaderView::sectionClicked, this, openSection);
    connect(&m_session, &Session::datasetChanged, this, &OverviewPane::reload);
    connect(&m_session, &Session::languageChanged, this, &OverviewPane::refreshShared);
    retranslateUi();
    reload();
}

void OverviewPane::reload()
{
    const Dataset &data = m_session.dataset();
    if (m_first.isEmpty() && data.organization(u"csto"_s) && data.organization(u"sco"_s))
        showShared(u"csto"_s, u"sco"_s); // the article's question: who is in both?
    else
        refreshShared();
}

void OverviewPane::showShared(const QString &first, const QString &second)
{
    m_first = first;
    m_second = second;
    const QModelIndex index = m_overlap->indexOf(first, second);
    if (index.isValid() && m_overlapView->currentIndex() != index) {
        const QSignalBlocker blocker(m_overlapView->selectionModel());
        m_overlapView->setCurrentIndex(index);
    }
    refreshShared();
}

void OverviewPane::refreshShared()
{
    if (m_first.isEmpty()) {
        m_shared->clear();
        return;
    }
    m_shared->setHtml(PaneHtml::sharedMembers(m_session.dataset(), m_first, m_second,
                                              m_overlap->sharedMembers(m_first, m_second), m_session.language()));
}

void OverviewPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OverviewPane::retranslateUi()
{
    m_overlapTitle->setText(tr("&Shared members"));
    m_overlapHint->setText(tr("Member states two organizations have in common today (the diagonal: each one's own "
                              "members). Choose a cell to list them, a heading to open the organization."));
    m_overlapView->setAccessibleName(tr("Shared members"));
    m_shared->setAccessibleName(tr("Countries in both organizations"));
}
