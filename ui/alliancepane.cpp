#include "alliancepane.h"

#include "comparisonchart.h"
#include "content/panehtml.h"
#include "data/membership.h"
#include "data/yearstep.h"
#include "i18n/formatting.h"
#include "linkbrowser.h"
#include "locatormap.h"
#include "membershipchart.h"
#include "models/membershipfiltermodel.h"
#include "models/membershipmodel.h"
#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Typed with a four-digit year in either language (see dateEntryFormat()).
void setDateEntryLocale(QDateEdit *edit, const QLocale &locale)
{
    edit->setLocale(locale);
    edit->setDisplayFormat(dateEntryFormat(locale));
}
} // namespace

AlliancePane::AlliancePane(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new MembershipModel(session, this))
    , m_proxy(new MembershipFilterModel(session, this))
{
    m_proxy->setSourceModel(m_model);
    m_browser = new LinkBrowser(this);
    m_browser->setObjectName(QStringLiteral("organizationBrowser"));

    m_asOfLabel = new QLabel(this);
    m_asOf = new QDateEdit(QDate::currentDate(), this);
    m_asOf->setObjectName(QStringLiteral("asOfDate"));
    setDateEntryLocale(m_asOf, m_session.locale());
    m_asOf->setCalendarPopup(true);
    m_asOf->setMinimumDate(QDate(1940, 1, 1));
    m_asOf->setMaximumDate(QDate::currentDate().addYears(5));
    m_asOfLabel->setBuddy(m_asOf);
    // Most questions are "which year?": a stepper for the year alone, beside the whole date.
    m_asOfYear = new QSpinBox(this);
    m_asOfYear->setObjectName(QStringLiteral("asOfYear"));
    m_asOfYear->setRange(m_asOf->minimumDate().year(), m_asOf->maximumDate().year());
    m_asOfYear->setValue(m_asOf->date().year());
    m_asOfYear->setGroupSeparatorShown(false);
    m_today = new QPushButton(this);
    m_today->setObjectName(QStringLiteral("todayButton"));
    m_showOnMap = new QPushButton(this);
    m_showOnMap->setObjectName(QStringLiteral("showOnMapButton"));
    m_allPhases = new QCheckBox(this);
    m_allPhases->setObjectName(QStringLiteral("allPhasesBox"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("memberCount"));

    m_members = new QTableView(this);
    m_members->setObjectName(QStringLiteral("membersView"));
    m_members->setModel(m_proxy);
    m_members->setSortingEnabled(true);
    m_members->sortByColumn(MembershipModel::JoinedColumn, Qt::AscendingOrder);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setSelectionMode(QAbstractItemView::SingleSelection);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setWordWrap(false);
    m_members->verticalHeader()->hide();
    m_members->verticalHeader()->setDefaultSectionSize(m_members->fontMetrics().height() + 8);
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_members->horizontalHeader()->setStretchLastSection(true);

    m_compareLabel = new QLabel(this);
    m_compare = new QComboBox(this);
    m_compare->setObjectName(QStringLiteral("compareBox"));
    // As wide as the row allows, not as the longest name: the pane fits a small screen.
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compare->setMinimumContentsLength(16);
    m_compareLabel->setBuddy(m_compare);
    m_comparison = new LinkBrowser(this);
    m_comparison->setObjectName(QStringLiteral("comparisonBrowser"));
    m_comparison->setMaximumHeight(120);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_asOfLabel);
    controls->addWidget(m_asOf);
    controls->addWidget(m_asOfYear);
    controls->addWidget(m_today);
    controls->addWidget(m_allPhases);
    controls->addStretch(1);

    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compareLabel);
    compareRow->addWidget(m_compare, 1);

    auto *membersBox = new QWidget(this);
    auto *membersLayout = new QVBoxLayout(membersBox);
    membersLayout->setContentsMargins(0, 0, 0, 0);
    membersLayout->addLayout(controls);
    // On a line of its own: beside the date controls it made the pane too wide for a small laptop.
    membersLayout->addWidget(m_count);
    membersLayout->addWidget(m_members, 1);
    membersLayout->addLayout(compareRow);
    membersLayout->addWidget(m_comparison);

    // The chart tabs start empty: the charts are made when first shown, not at startup.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("allianceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(membersBox, QString());
    for (int tab : {OverTimeTab, ComparedTab, MapTab}) {
        auto *page = new QWidget(m_tabs);
        new QVBoxLayout(page);
        page->layout()->setContentsMargins(0, 0, 0, 0);
        m_tabs->insertTab(tab, page, QString());
    }
    // Beside the tabs, where the row of date controls has no room left on a small screen.
    m_tabs->setCornerWidget(m_showOnMap, Qt::TopRightCorner);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AlliancePane::createChart);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("allianceSplitter"));
    splitter->addWidget(m_browser);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_browser, &LinkBrowser::targetActivated, this, &AlliancePane::linkActivated);
    connect(m_comparison, &LinkBrowser::targetActivated, this, &AlliancePane::linkActivated);
    connect(m_asOfYear, &QSpinBox::valueChanged, this,
            [this](int year) { m_asOf->setDate(sameDayInYear(m_asOf->date(), year)); });
    connect(m_asOf, &QDateEdit::dateChanged, this, [this](QDate date) {
        const QSignalBlocker blocker(m_asOfYear);
        m_asOfYear->setValue(date.year());
    });
    connect(m_allPhases, &QCheckBox::toggled, m_asOfYear, &QWidget::setDisabled);
    connect(m_asOf, &QDateEdit::dateChanged, this, [this](QDate date) {
        applyDateFilter();
        refreshComparison();
        refreshMap();
        emit asOfChanged(date);
    });
    connect(m_showOnMap, &QPushButton::clicked, this,
            [this] { emit showOnMap(m_model->organization(), mapDate()); });
    connect(m_today, &QPushButton::clicked, this, [this] {
        m_allPhases->setChecked(false);
        m_asOf->setDate(QDate::currentDate());
    });
    connect(m_allPhases, &QCheckBox::toggled, this, [this](bool all) {
        m_asOf->setEnabled(!all);
        applyDateFilter();
        refreshMap();
    });
    connect(m_compare, &QComboBox::currentIndexChanged, this, &AlliancePane::refreshComparison);
    connect(m_members, &QTableView::activated, this, [this](const QModelIndex &index) {
        // A member that is not a state (the EU in the G20) has no country pane to open.
        const QString code = index.data(MembershipModel::CountryCodeRole).toString();
        if (!code.isEmpty())
            emit linkActivated(LinkTarget::country(code));
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AlliancePane::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AlliancePane::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AlliancePane::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AlliancePane::updateCount);

    setTabOrder(m_browser, m_asOf);
    setTabOrder(m_asOf, m_asOfYear);
    setTabOrder(m_asOfYear, m_today);
    setTabOrder(m_today, m_allPhases);
    setTabOrder(m_allPhases, m_showOnMap);
    setTabOrder(m_showOnMap, m_members);
    setTabOrder(m_members, m_compare);
    setTabOrder(m_compare, m_comparison);
    connect(&m_session, &Session::datasetChanged, this, [this] {
        fillCompareBox();
        refreshText(false);
    });
    connect(&m_session, &Session::languageChanged, this, &AlliancePane::retranslateContent);
    applyDateFilter();
    fillCompareBox();
    retranslateUi();
}

// Content from the data, in the session's language; the labels around it follow LanguageChange.
void AlliancePane::retranslateContent()
{
    setDateEntryLocale(m_asOf, m_session.locale());
    fillCompareBox();
    refreshText(true);
}

void AlliancePane::showOrganization(const QString &id)
{
    if (id == m_model->organization())
        return;
    m_model->setOrganization(id);
    if (m_membershipChart)
        m_membershipChart->setOrganization(id);
    if (m_comparisonChart)
        m_comparisonChart->setOrganization(id);
    fillCompareBox();
    refreshText(false);
    refreshMap();
    m_members->resizeColumnsToContents();
    // A treaty's parties, dates and obligation are in the text; members over time and a
    // comparison say nothing about two states bound to each other.
    const Organization *org = m_session.dataset().organization(id);
    m_tabs->setVisible(!org || !isBilateralTreaty(*org));
}

QString AlliancePane::organizationId() const
{
    return m_model->organization();
}

void AlliancePane::setAsOf(QDate date)
{
    m_allPhases->setChecked(!date.isValid());
    if (date.isValid())
        m_asOf->setDate(date);
}

QDate AlliancePane::asOf() const
{
    return m_proxy->asOf();
}

void AlliancePane::applyDateFilter()
{
    const QDate day = m_allPhases->isChecked() ? QDate() : m_asOf->date();
    m_proxy->setAsOf(day);
    // The status of each phase on the chosen date; with every phase shown, today's.
    m_model->setStatusDay(day);
    updateCount();
}

void AlliancePane::createChart(int tab)
{
    ChartPanel *chart = nullptr;
    if (tab == OverTimeTab && !m_membershipChart) {
        m_membershipChart = new MembershipChart(m_session, m_tabs->widget(tab));
        m_membershipChart->setObjectName(QStringLiteral("membershipChart"));
        m_membershipChart->setOrganization(m_model->organization());
        chart = m_membershipChart;
    } else if (tab == ComparedTab && !m_comparisonChart) {
        m_comparisonChart = new ComparisonChart(m_session, m_tabs->widget(tab));
        m_comparisonChart->setObjectName(QStringLiteral("comparisonChart"));
        m_comparisonChart->setOrganization(m_model->organization());
        connect(m_comparisonChart, &ComparisonChart::linkActivated, this, &AlliancePane::linkActivated);
        chart = m_comparisonChart;
    }
    if (tab == MapTab && !m_map) {
        m_map = new LocatorMap(m_session, m_tabs->widget(tab));
        m_map->setObjectName(QStringLiteral("membersMap"));
        m_map->setLegendShown(true);
        connect(m_map, &LocatorMap::clicked, m_showOnMap, &QPushButton::click);
        m_tabs->widget(tab)->layout()->addWidget(m_map);
        m_map->show();
        refreshMap();
    }
    if (!chart)
        return;
    m_tabs->widget(tab)->layout()->addWidget(chart);
    chart->show();
}

// The map shows one day: the chosen one, or today when every phase is listed.
QDate AlliancePane::mapDate() const
{
    return m_allPhases->isChecked() ? QDate::currentDate() : m_asOf->date();
}

void AlliancePane::refreshMap()
{
    if (m_map && !m_model->organization().isEmpty())
        m_map->showOrganization(m_model->organization(), mapDate());
}

void AlliancePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AlliancePane::retranslateUi()
{
    m_asOfLabel->setText(tr("Members o&n:"));
    m_asOf->setToolTip(tr("Show the members on this date"));
    m_asOf->setAccessibleName(tr("Members on date"));
    m_asOfYear->setToolTip(tr("Step through the years (the same day and month)"));
    m_asOfYear->setAccessibleName(tr("Year"));
    m_today->setText(tr("&Today"));
    m_today->setToolTip(tr("Show today's members"));
    m_allPhases->setText(tr("&All dates"));
    m_allPhases->setToolTip(tr("Show every membership phase, past and present"));
    m_showOnMap->setText(tr("S&how on map"));
    m_showOnMap->setToolTip(tr("Open the world map coloured by this organization on this date"));
    m_members->setAccessibleName(tr("Members"));
    m_compareLabel->setText(tr("Co&mpare with:"));
    m_compare->setAccessibleName(tr("Compare with another organization"));
    m_browser->setAccessibleName(tr("Organization details"));
    m_comparison->setAccessibleName(tr("Comparison"));
    m_tabs->setTabText(MembersTab, tr("Mem&bers"));
    m_tabs->setTabText(OverTimeTab, tr("O&ver time"));
    m_tabs->setTabText(ComparedTab, tr("Com&pared"));
    m_tabs->setTabText(MapTab, tr("Wor&ld map"));
    m_tabs->setTabToolTip(MembersTab, tr("The members on a date, and a comparison with another organization"));
    m_tabs->setTabToolTip(OverTimeTab, tr("The number of members from the founding to today"));
    m_tabs->setTabToolTip(ComparedTab, tr("Today's members by population or area"));
    m_tabs->setTabToolTip(MapTab, tr("The members on the world map, on the date chosen above"));
    updateCount();
}

void AlliancePane::refreshText(bool keepScroll)
{
    const QString id = m_model->organization();
    m_browser->setHtmlKeepingScroll(
        id.isEmpty() ? QString() : PaneHtml::organization(m_session.dataset(), id, m_session.language()), keepScroll);
}

void AlliancePane::fillCompareBox()
{
    const QString current = m_compare->currentData().toString();
    const QSignalBlocker blocker(m_compare);
    m_compare->clear();
    m_compare->addItem(tr("Choose an organization"), QString());
    const Language language = m_session.language();
    for (const Organization &org : m_session.dataset().organizations) {
        if (org.id == m_model->organization() || isBilateralTreaty(org))
            continue;
        const QString name = org.name.in(language);
        const QString abbreviation = org.abbreviation.in(language);
        // "BRICS" is both the name and the abbreviation: said once.
        m_compare->addItem(abbreviation == name ? name : tr("%1 — %2").arg(abbreviation, name), org.id);
    }
    m_compare->setCurrentIndex(qMax(0, m_compare->findData(current)));
    refreshComparison();
}

void AlliancePane::refreshComparison()
{
    const QString other = m_compare->currentData().toString();
    const bool show = !other.isEmpty() && !m_model->organization().isEmpty();
    const QDate day = mapDate();
    m_comparison->setVisible(show);
    m_comparison->setHtml(
        show ? PaneHtml::comparison(m_session.dataset(), m_model->organization(), other, day, m_session.language())
             : QString());
}

void AlliancePane::updateCount()
{
    const int rows = m_proxy->rowCount();
    if (m_allPhases->isChecked()) {
        m_count->setText(tr("%n membership phase(s)", nullptr, rows));
        return;
    }
    const int members = m_proxy->fullMemberCount();
    m_count->setText(tr("Members: %1 · observers and partners: %2").arg(members).arg(rows - members));
}
