#include "mainwindow.h"

#include "aboutdialog.h"
#include "alliancepane.h"
#include "arrowicon.h"
#include "articlereader.h"
#include "content/panehtml.h"
#include "countrypane.h"
#include "datasourcecontroller.h"
#include "linkbrowser.h"
#include "models/appicon.h"
#include "i18n/languagemanager.h"
#include "session/session.h"
#include "navigation/navigationhistory.h"
#include "navigation/pagetitle.h"
#include "mappage.h"
#include "overviewpane.h"
#include "sidebar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QMouseEvent>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace {
const QString GeometryKey = u"window/geometry"_s;
const QString StateKey = u"window/state"_s;
const QString SplitterKey = u"window/splitter"_s;
const QString LastTargetKey = u"window/lastView"_s;
const QString ReaderKey = u"reader/state"_s;
}

MainWindow::MainWindow(Session &session, DataSources &sources, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_history(new NavigationHistory(this))
{
    setWindowIcon(AppIcon::make());
    m_sidebar = new Sidebar(m_session, this);
    // The panes are made when first opened (countryPane() …): the first frame waits for none
    // but the one it shows.
    m_panes = new QStackedWidget(this);
    m_notFound = new LinkBrowser(this);
    m_notFound->setObjectName(u"notFoundBrowser"_s);
    m_panes->addWidget(m_notFound);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_panes);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({340, 1000});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_sourceController = new DataSourceController(m_session, sources, this);

    createActions();
    createMenus();
    createToolBar();

    connect(m_sidebar, &Sidebar::targetActivated, this, &MainWindow::open);
    connect(m_notFound, &LinkBrowser::targetActivated, this, &MainWindow::open);
    connect(m_history, &NavigationHistory::currentChanged, this, &MainWindow::showTarget);
    connect(m_history, &NavigationHistory::stateChanged, this, [this] {
        m_backAction->setEnabled(m_history->canGoBack());
        m_forwardAction->setEnabled(m_history->canGoForward());
    });
    connect(&m_session, &Session::languageChanged, this, &MainWindow::applyLanguage);
    connect(&m_session, &Session::datasetChanged, this, &MainWindow::applyDataset);
    // The mouse's back and forward buttons work anywhere in the window.
    qApp->installEventFilter(this);

    showLanguage();
    retranslateUi();
    updateWindowTitle();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_backAction = new QAction(ArrowIcon::make(Qt::LeftArrow), QString(), this);
    m_backAction->setObjectName(u"backAction"_s);
    m_backAction->setShortcut(QKeySequence::Back);
    m_backAction->setEnabled(false);
    connect(m_backAction, &QAction::triggered, m_history, &NavigationHistory::back);
    m_forwardAction = new QAction(ArrowIcon::make(Qt::RightArrow), QString(), this);
    m_forwardAction->setObjectName(u"forwardAction"_s);
    m_forwardAction->setShortcut(QKeySequence::Forward);
    m_forwardAction->setEnabled(false);
    connect(m_forwardAction, &QAction::triggered, m_history, &NavigationHistory::forward);
    m_findCountryAction = new QAction(this);
    m_findCountryAction->setObjectName(u"findCountryAction"_s);
    m_findCountryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_findCountryAction, &QAction::triggered, m_sidebar, &Sidebar::findCountry);

    // The map and the overview are named in the tool bar, not drawn.
    m_mapAction = new QAction(this);
    m_mapAction->setObjectName(u"mapAction"_s);
    m_mapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_mapAction, &QAction::triggered, this, [this] { open(LinkTarget::map()); });

    m_overviewAction = new QAction(this);
    m_overviewAction->setObjectName(u"overviewAction"_s);
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_overviewAction, &QAction::triggered, this, [this] { open(LinkTarget::overview()); });

    m_toggleLanguageAction = new QAction(this);
    m_toggleLanguageAction->setObjectName(u"toggleLanguageAction"_s);
    m_toggleLanguageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_toggleLanguageAction, &QAction::triggered, &m_session, &Session::toggleLanguage);
    // Language names are written in their own language, so that either reader finds theirs.
    m_englishAction = new QAction(u"English"_s, this);
    m_indonesianAction = new QAction(u"Bahasa Indonesia"_s, this);
    m_languageGroup = new QActionGroup(this);
    for (QAction *action : {m_englishAction, m_indonesianAction}) {
        action->setCheckable(true);
        m_languageGroup->addAction(action);
    }
    connect(m_englishAction, &QAction::triggered, this, [this] { m_session.setLanguage(Language::English); });
    connect(m_indonesianAction, &QAction::triggered, this, [this] { m_session.setLanguage(Language::Indonesian); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { AboutDialog(this).exec(); });
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions(m_sourceController->sourceActions());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(m_sourceController->updateActions());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addAction(m_backAction);
    m_goMenu->addAction(m_forwardAction);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_findCountryAction);
    m_goMenu->addAction(m_mapAction);
    m_goMenu->addAction(m_overviewAction);
    // "Language / Bahasa" stays bilingual so that a reader in the wrong language finds it.
    m_languageMenu = menuBar()->addMenu(u"&Language / Bahasa"_s);
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->addAction(m_indonesianAction);
    m_languageMenu->addSeparator();
    m_languageMenu->addAction(m_toggleLanguageAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_backAction);
    m_toolBar->addAction(m_forwardAction);
    m_toolBar->addAction(m_mapAction);
    m_toolBar->addAction(m_overviewAction);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_languageBox = new QComboBox(m_toolBar);
    m_languageBox->setObjectName(u"languageBox"_s);
    m_languageBox->addItem(u"English"_s, languageCode(Language::English));
    m_languageBox->addItem(u"Bahasa Indonesia"_s, languageCode(Language::Indonesian));
    m_toolBar->addWidget(m_languageBox);
    connect(m_languageBox, &QComboBox::activated, this, [this](int index) {
        if (const auto language = languageFromCode(m_languageBox->itemData(index).toString()))
            m_session.setLanguage(*language);
    });
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Navigation"));
    m_quitAction->setText(tr("&Quit"));
    m_backAction->setText(tr("&Back"));
    m_backAction->setToolTip(tr("Back (%1)").arg(m_backAction->shortcut().toString(QKeySequence::NativeText)));
    m_forwardAction->setText(tr("&Forward"));
    m_forwardAction->setToolTip(tr("Forward (%1)").arg(m_forwardAction->shortcut().toString(QKeySequence::NativeText)));
    m_findCountryAction->setText(tr("Find &Country…"));
    m_mapAction->setText(tr("World &map"));
    m_mapAction->setToolTip(tr("Alliances on the world map, through time (%1)")
                                .arg(m_mapAction->shortcut().toString(QKeySequence::NativeText)));
    m_overviewAction->setText(tr("&Overview"));
    m_overviewAction->setToolTip(tr("Russia's ties and the organizations' shared members, as charts (%1)")
                                     .arg(m_overviewAction->shortcut().toString(QKeySequence::NativeText)));
    m_toggleLanguageAction->setText(tr("&Switch Language"));
    m_toggleLanguageAction->setStatusTip(tr("Switch between Indonesian and English"));
    m_languageBox->setToolTip(tr("Interface language (%1)").arg(m_toggleLanguageAction->shortcut().toString(QKeySequence::NativeText)));
    m_languageBox->setAccessibleName(tr("Interface language"));
    m_aboutAction->setText(tr("&About Sekutu"));
    m_aboutQtAction->setText(tr("About &Qt"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress && isActiveWindow()) {
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (button == Qt::BackButton) {
            m_history->back();
            return true;
        }
        if (button == Qt::ForwardButton) {
            m_history->forward();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

// The panes, lists and charts follow the session themselves; the reader is still handed it.
void MainWindow::applyDataset()
{
    updateWindowTitle();
}

void MainWindow::applyLanguage()
{
    if (m_panes->currentWidget() == m_notFound)
        showNotFound(m_history->current());
    showLanguage();
    updateWindowTitle();
}

void MainWindow::showLanguage()
{
    const Language language = m_session.language();
    (language == Language::Indonesian ? m_indonesianAction : m_englishAction)->setChecked(true);
    m_languageBox->setCurrentIndex(m_languageBox->findData(languageCode(language)));
}

void MainWindow::open(const LinkTarget &target)
{
    if (!target.isValid())
        return;
    // The map's button on the map: it stays as the reader has made it, with no new entry.
    if (target == LinkTarget::map() && m_history->current().kind == LinkTarget::Kind::Map)
        return;
    if (target == m_history->current()) {
        showTarget(target); // e.g. a paragraph of the article already open
        return;
    }
    m_history->navigate(target);
}

LinkTarget MainWindow::currentTarget() const
{
    return m_history->current();
}

// Said in the pane, with a way back, rather than a blank pane and a passing status message.
void MainWindow::showNotFound(const LinkTarget &target)
{
    m_notFound->setHtml(PaneHtml::notFound(m_session.dataset(), target, m_session.language()));
    m_panes->setCurrentWidget(m_notFound);
    updateWindowTitle();
}

void MainWindow::showTarget(const LinkTarget &target)
{
    const std::shared_ptr<const Dataset> data = m_session.sharedDataset();
    switch (target.kind) {
    case LinkTarget::Kind::Country:
        if (!data->country(target.key)) {
            showNotFound(target);
            return;
        }
        countryPane()->showCountry(target.key);
        showPane(m_countryPane);
        break;
    case LinkTarget::Kind::Organization:
        if (!data->organization(target.key)) {
            showNotFound(target);
            return;
        }
        alliancePane()->showOrganization(target.key);
        showPane(m_alliancePane);
        break;
    case LinkTarget::Kind::Article:
        if (!data->article(target.key)) {
            showNotFound(target);
            return;
        }
        articleReader()->showArticle(target.key, target.fragment);
        showPane(m_articleReader);
        break;
    case LinkTarget::Kind::Overview:
        createOverviewPane();
        showPane(m_overviewPane);
        break;
    case LinkTarget::Kind::Map:
        createMapPage();
        m_mapPage->showTarget(target);
        m_panes->setCurrentWidget(m_mapPage);
        // The entry says what the map shows ("map" alone: as it was), for Back and Forward.
        m_history->replaceCurrent(m_mapPage->target());
        break;
    case LinkTarget::Kind::None:
        return;
    }
    m_sidebar->select(target);
    updateWindowTitle();
}

// Panes with charts and tables scroll when the window is smaller than they would like (a
// 1024×600 laptop), rather than growing the window past the screen.
QWidget *MainWindow::scrolling(QWidget *pane)
{
    auto *area = new QScrollArea(m_panes);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(pane);
    return area;
}

// The page of the stack that holds the pane: the pane itself or its scroll area.
void MainWindow::showPane(QWidget *pane)
{
    QWidget *page = pane;
    while (page->parentWidget() && page->parentWidget() != m_panes)
        page = page->parentWidget();
    m_panes->setCurrentWidget(page);
}

CountryPane *MainWindow::countryPane()
{
    if (!m_countryPane) {
        m_countryPane = new CountryPane(m_session, m_panes);
        m_countryPane->setObjectName(u"countryPane"_s);
        m_panes->addWidget(m_countryPane);
        connect(m_countryPane, &CountryPane::linkActivated, this, &MainWindow::open);
    }
    return m_countryPane;
}

AlliancePane *MainWindow::alliancePane()
{
    if (!m_alliancePane) {
        m_alliancePane = new AlliancePane(m_session, m_panes);
        m_alliancePane->setObjectName(u"alliancePane"_s);
        m_panes->addWidget(scrolling(m_alliancePane));
        connect(m_alliancePane, &AlliancePane::linkActivated, this, &MainWindow::open);
        connect(m_alliancePane, &AlliancePane::showOnMap, this, [this](const QString &id, QDate day) {
            open(LinkTarget::map({MapMode::Kind::Organization, id, {}}, day));
        });
        if (m_mapPage) {
            m_alliancePane->setAsOf(m_mapPage->date());
            shareDate();
        }
    }
    return m_alliancePane;
}

ArticleReader *MainWindow::articleReader()
{
    if (!m_articleReader) {
        m_articleReader = new ArticleReader(m_session, m_panes);
        m_articleReader->setObjectName(u"articleReader"_s);
        m_articleReader->restoreState(m_readerState);
        m_panes->addWidget(m_articleReader);
        connect(m_articleReader, &ArticleReader::linkActivated, this, &MainWindow::open);
    }
    return m_articleReader;
}

// The overview's charts are made when first opened: startup stays quick.
void MainWindow::createOverviewPane()
{
    if (m_overviewPane)
        return;
    m_overviewPane = new OverviewPane(m_session, m_panes);
    m_overviewPane->setObjectName(u"overviewPane"_s);
    m_panes->addWidget(scrolling(m_overviewPane));
    connect(m_overviewPane, &OverviewPane::linkActivated, this, &MainWindow::open);
    connect(m_overviewPane, &OverviewPane::relationTypeActivated, m_sidebar, &Sidebar::showRelation);
}

// The map decodes its shapes when first shown.
void MainWindow::createMapPage()
{
    if (m_mapPage)
        return;
    m_mapPage = new MapPage(m_session, m_panes);
    m_mapPage->setObjectName(u"mapPage"_s);
    m_panes->addWidget(m_mapPage);
    connect(m_mapPage, &MapPage::linkActivated, this, &MainWindow::open);
    // The reader changes the map in place: its entry follows, so that Back returns to it as left.
    connect(m_mapPage, &MapPage::targetChanged, this, [this] {
        if (m_history->current().kind == LinkTarget::Kind::Map)
            m_history->replaceCurrent(m_mapPage->target());
    });
    if (m_alliancePane) {
        m_mapPage->setDate(m_alliancePane->asOf());
        shareDate();
    }
}

// One date for the map and the organization pane, once both exist (the one made later has
// taken the date of the other).
void MainWindow::shareDate()
{
    connect(m_mapPage, &MapPage::dateChanged, m_alliancePane, &AlliancePane::setAsOf);
    connect(m_alliancePane, &AlliancePane::asOfChanged, m_mapPage, &MapPage::setDate);
}

void MainWindow::updateWindowTitle()
{
    QString title = PageTitle::of(m_session.dataset(), m_history->current(), m_session.language());
    // A window title is plain text, but "[*]" in it is Qt's placeholder for the modified mark
    // and would vanish from a name: doubled, it shows as itself.
    title.replace(u"[*]"_s, u"[*][*]"_s);
    setWindowTitle(title.isEmpty() ? tr("Sekutu") : tr("%1 — Sekutu").arg(title));
}

LinkTarget MainWindow::lastTarget()
{
    return LinkTarget::parse(QSettings().value(LastTargetKey).toString());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        // A small laptop's screen is used whole; a large one gets a comfortable window.
        if (available.width() < 1280 || available.height() < 720)
            resize(available.size());
        else
            resize(qMin(1400, available.width() * 9 / 10), qMin(900, available.height() * 9 / 10));
    }
    restoreState(settings.value(StateKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    m_readerState = settings.value(ReaderKey).toByteArray();
    if (m_articleReader)
        m_articleReader->restoreState(m_readerState);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(ReaderKey, m_articleReader ? m_articleReader->saveState() : m_readerState);
    settings.setValue(LastTargetKey, m_history->current().toString());
    LanguageManager::saveLanguage(settings, m_session.language());
}
