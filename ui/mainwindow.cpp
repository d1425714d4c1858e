#include "mainwindow.h"

#include "aboutdialog.h"
#include "alliancepane.h"
#include "articlereader.h"
#include "content/panehtml.h"
#include "countrypane.h"
#include "linkbrowser.h"
#include "data/datastore.h"
#include "i18n/languagemanager.h"
#include "session/session.h"
#include "navigation/navigationhistory.h"
#include "overviewpane.h"
#include "network/datasetupdater.h"
#include "network/updatesettings.h"
#include "sidebar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>

#include <utility>

using namespace Qt::StringLiterals;

namespace {
const QString GeometryKey = u"window/geometry"_s;
const QString StateKey = u"window/state"_s;
const QString SplitterKey = u"window/splitter"_s;
const QString LastTargetKey = u"window/lastView"_s;
const QString ReaderKey = u"reader/state"_s;
}

MainWindow::MainWindow(Session &session, DataStore &data, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_data(data)
    , m_history(new NavigationHistory(this))
{
    setWindowIcon(QIcon(u":/icons/sekutu.svg"_s));
    // Until the data sources feed the session themselves.
    m_session.setDataset(m_data.dataset());
    connect(&m_data, &DataStore::datasetChanged, &m_session, &Session::setDataset);

    m_sidebar = new Sidebar(m_session, this);
    m_countryPane = new CountryPane(m_session, this);
    m_countryPane->setObjectName(u"countryPane"_s);
    m_alliancePane = new AlliancePane(m_session, this);
    m_alliancePane->setObjectName(u"alliancePane"_s);
    m_articleReader = new ArticleReader(m_session, this);
    m_articleReader->setObjectName(u"articleReader"_s);
    m_panes = new QStackedWidget(this);
    m_panes->addWidget(m_articleReader);
    m_panes->addWidget(m_countryPane);
    m_panes->addWidget(scrolling(m_alliancePane));
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

    m_dataStatus = new QLabel(this);
    m_dataStatus->setObjectName(u"dataStatus"_s);
    m_dataStatus->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_dataStatus);

    m_updater = new DatasetUpdater(m_data, this);
    m_updater->setUrl(UpdateSettings::url(QSettings()));
    m_updateProgress = new QProgressBar(this);
    m_updateProgress->setObjectName(u"updateProgress"_s);
    m_updateProgress->setMaximumWidth(160);
    m_updateProgress->setTextVisible(false);
    m_updateProgress->hide();
    m_cancelUpdate = new QToolButton(this);
    m_cancelUpdate->setObjectName(u"cancelUpdate"_s);
    m_cancelUpdate->setAutoRaise(true);
    m_cancelUpdate->hide();
    statusBar()->insertPermanentWidget(0, m_updateProgress);
    statusBar()->insertPermanentWidget(1, m_cancelUpdate);
    connect(m_cancelUpdate, &QToolButton::clicked, m_updater, &DatasetUpdater::cancel);
    connect(m_updater, &DatasetUpdater::started, this, [this] {
        m_updateProgress->setRange(0, 0);
        m_updateProgress->show();
        m_cancelUpdate->show();
        statusBar()->showMessage(tr("Checking for updates at %1…").arg(m_updater->url().toDisplayString()));
    });
    connect(m_updater, &DatasetUpdater::progress, this, [this](qint64 received, qint64 total) {
        // Busy until the size is known; percent afterwards (large files overflow int).
        if (total > 0) {
            m_updateProgress->setRange(0, 1000);
            m_updateProgress->setValue(int(qBound(qint64(0), received * 1000 / total, qint64(1000))));
        }
    });
    connect(m_updater, &DatasetUpdater::finished, this, &MainWindow::showUpdateResult);

    createActions();
    createMenus();
    createToolBar();

    connect(m_sidebar, &Sidebar::targetActivated, this, &MainWindow::open);
    connect(m_countryPane, &CountryPane::linkActivated, this, &MainWindow::open);
    connect(m_alliancePane, &AlliancePane::linkActivated, this, &MainWindow::open);
    connect(m_articleReader, &ArticleReader::linkActivated, this, &MainWindow::open);
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
    m_openDataAction = new QAction(this);
    m_openDataAction->setShortcut(QKeySequence::Open);
    connect(m_openDataAction, &QAction::triggered, this, &MainWindow::openDataFolder);
    m_bundledDataAction = new QAction(this);
    m_bundledDataAction->setObjectName(u"useBundledDataAction"_s);
    connect(m_bundledDataAction, &QAction::triggered, this, &MainWindow::useBundledData);
    m_checkUpdatesAction = new QAction(this);
    m_checkUpdatesAction->setObjectName(u"checkForUpdatesAction"_s);
    connect(m_checkUpdatesAction, &QAction::triggered, this, &MainWindow::checkForUpdates);
    m_updateUrlAction = new QAction(this);
    m_updateUrlAction->setObjectName(u"updateAddressAction"_s);
    connect(m_updateUrlAction, &QAction::triggered, this, &MainWindow::askForUpdateUrl);
    m_checkAtStartAction = new QAction(this);
    m_checkAtStartAction->setObjectName(u"checkAtStartAction"_s);
    m_checkAtStartAction->setCheckable(true);
    m_checkAtStartAction->setChecked(UpdateSettings::checkAtStart(QSettings()));
    connect(m_checkAtStartAction, &QAction::toggled, this, [](bool checked) {
        QSettings settings;
        UpdateSettings::setCheckAtStart(settings, checked);
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_backAction = new QAction(QIcon::fromTheme(u"go-previous"_s, style()->standardIcon(QStyle::SP_ArrowBack)), QString(), this);
    m_backAction->setObjectName(u"backAction"_s);
    m_backAction->setShortcut(QKeySequence::Back);
    m_backAction->setEnabled(false);
    connect(m_backAction, &QAction::triggered, m_history, &NavigationHistory::back);
    m_forwardAction = new QAction(QIcon::fromTheme(u"go-next"_s, style()->standardIcon(QStyle::SP_ArrowForward)), QString(), this);
    m_forwardAction->setObjectName(u"forwardAction"_s);
    m_forwardAction->setShortcut(QKeySequence::Forward);
    m_forwardAction->setEnabled(false);
    connect(m_forwardAction, &QAction::triggered, m_history, &NavigationHistory::forward);
    m_findCountryAction = new QAction(this);
    m_findCountryAction->setObjectName(u"findCountryAction"_s);
    m_findCountryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_findCountryAction, &QAction::triggered, m_sidebar, &Sidebar::findCountry);

    m_overviewAction = new QAction(QIcon::fromTheme(u"office-chart-pie"_s), QString(), this);
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
    m_fileMenu->addAction(m_openDataAction);
    m_fileMenu->addAction(m_bundledDataAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_checkUpdatesAction);
    m_fileMenu->addAction(m_updateUrlAction);
    m_fileMenu->addAction(m_checkAtStartAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addAction(m_backAction);
    m_goMenu->addAction(m_forwardAction);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_findCountryAction);
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
    m_openDataAction->setText(tr("&Open Data Folder…"));
    m_openDataAction->setStatusTip(tr("Use the data in a folder laid out like the bundled data"));
    m_bundledDataAction->setText(tr("Use &Bundled Data"));
    m_bundledDataAction->setStatusTip(tr("Go back to the data that came with Sekutu"));
    m_checkUpdatesAction->setText(tr("Check for &Updates"));
    m_checkUpdatesAction->setStatusTip(tr("Download newer data from the update address, if there is any"));
    m_updateUrlAction->setText(tr("Update &Address…"));
    m_updateUrlAction->setStatusTip(tr("Set the address where Sekutu checks for newer data"));
    m_checkAtStartAction->setText(tr("Check for Updates at &Start"));
    m_checkAtStartAction->setStatusTip(tr("Check the update address each time Sekutu starts"));
    m_cancelUpdate->setText(tr("Cancel"));
    m_cancelUpdate->setToolTip(tr("Stop checking for updates"));
    m_quitAction->setText(tr("&Quit"));
    m_backAction->setText(tr("&Back"));
    m_backAction->setToolTip(tr("Back (%1)").arg(m_backAction->shortcut().toString(QKeySequence::NativeText)));
    m_forwardAction->setText(tr("&Forward"));
    m_forwardAction->setToolTip(tr("Forward (%1)").arg(m_forwardAction->shortcut().toString(QKeySequence::NativeText)));
    m_findCountryAction->setText(tr("Find &Country…"));
    m_overviewAction->setText(tr("&Overview"));
    m_overviewAction->setToolTip(tr("Russia's ties and the organizations' shared members, as charts (%1)")
                                     .arg(m_overviewAction->shortcut().toString(QKeySequence::NativeText)));
    m_toggleLanguageAction->setText(tr("&Switch Language"));
    m_toggleLanguageAction->setStatusTip(tr("Switch between Indonesian and English"));
    m_languageBox->setToolTip(tr("Interface language (%1)").arg(m_toggleLanguageAction->shortcut().toString(QKeySequence::NativeText)));
    m_languageBox->setAccessibleName(tr("Interface language"));
    m_aboutAction->setText(tr("&About Sekutu"));
    m_aboutQtAction->setText(tr("About &Qt"));
    updateDataStatus();
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
    updateDataStatus();
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
        m_countryPane->showCountry(target.key);
        showPane(m_countryPane);
        break;
    case LinkTarget::Kind::Organization:
        if (!data->organization(target.key)) {
            showNotFound(target);
            return;
        }
        m_alliancePane->showOrganization(target.key);
        showPane(m_alliancePane);
        break;
    case LinkTarget::Kind::Article:
        if (!data->article(target.key)) {
            showNotFound(target);
            return;
        }
        m_articleReader->showArticle(target.key, target.fragment);
        showPane(m_articleReader);
        break;
    case LinkTarget::Kind::Overview:
        createOverviewPane();
        showPane(m_overviewPane);
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

void MainWindow::updateWindowTitle()
{
    const std::shared_ptr<const Dataset> data = m_session.sharedDataset();
    const LinkTarget target = m_history->current();
    const Language language = m_session.language();
    QString title;
    if (target.kind == LinkTarget::Kind::Country) {
        if (const Country *country = data->country(target.key))
            title = country->name.in(language);
    } else if (target.kind == LinkTarget::Kind::Organization) {
        if (const Organization *org = data->organization(target.key))
            title = org->abbreviation.in(language);
    } else if (target.kind == LinkTarget::Kind::Article) {
        if (const Article *article = data->article(target.key))
            title = article->title.in(language);
    } else if (target.kind == LinkTarget::Kind::Overview) {
        title = tr("Overview");
    }
    setWindowTitle(title.isEmpty() ? tr("Sekutu") : tr("%1 — Sekutu").arg(title));
}

void MainWindow::updateDataStatus()
{
    if (!m_dataStatus)
        return;
    const std::shared_ptr<const Dataset> data = m_session.sharedDataset();
    const QString counts = tr("%1 countries, %2 organizations").arg(data->countries.size()).arg(data->organizations.size());
    switch (m_data.origin()) {
    case DataStore::Origin::Bundled:
        m_dataStatus->setText(tr("Bundled data: %1").arg(counts));
        m_dataStatus->setToolTip(QString());
        break;
    case DataStore::Origin::Folder:
        m_dataStatus->setText(tr("Data from %1: %2").arg(QDir::toNativeSeparators(m_data.folder()), counts));
        m_dataStatus->setToolTip(QString());
        break;
    case DataStore::Origin::Downloaded:
        m_dataStatus->setText(tr("Updated data, version %1 of %2: %3").arg(m_data.download().version, m_data.download().date, counts));
        m_dataStatus->setToolTip(Qt::convertFromPlainText(tr("Downloaded from %1").arg(m_data.download().url)));
        break;
    }
    m_bundledDataAction->setEnabled(m_data.origin() != DataStore::Origin::Bundled);
}

void MainWindow::openDataFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Data Folder"));
    if (folder.isEmpty())
        return;
    const DataErrors errors = m_data.loadFolder(folder);
    if (!errors.isEmpty())
        reportDataErrors(folder, errors);
    else
        statusBar()->showMessage(tr("Now using the data in %1.").arg(QDir::toNativeSeparators(folder)), 5000);
}

void MainWindow::useBundledData()
{
    const DataErrors errors = m_data.loadBundled();
    if (!errors.isEmpty()) {
        reportDataErrors(tr("the bundled data"), errors);
        return;
    }
    QSettings settings;
    UpdateSettings::setPrefersBundled(settings, true);
}

void MainWindow::checkForUpdatesAtStart()
{
    QSettings settings;
    if (!UpdateSettings::checkAtStart(settings) || UpdateSettings::prefersBundled(settings) || m_updater->url().isEmpty())
        return;
    m_manualCheck = false;
    m_updater->check();
}

void MainWindow::checkForUpdates()
{
    if (m_updater->isRunning())
        return;
    if (m_updater->url().isEmpty() && !askForUpdateUrl())
        return;
    m_manualCheck = true;
    m_updater->check();
}

bool MainWindow::askForUpdateUrl()
{
    QString text = m_updater->url().toString();
    for (;;) {
        bool ok = false;
        text = QInputDialog::getText(this, tr("Update Address"),
                                     tr("The address (http or https) of a dataset published with sekutu --export-data:"),
                                     QLineEdit::Normal, text, &ok)
                   .trimmed();
        if (!ok)
            return false;
        const QUrl url(text, QUrl::StrictMode);
        const QString problem = DatasetUpdater::urlProblem(url);
        if (problem.isEmpty()) {
            m_updater->setUrl(url);
            QSettings settings;
            UpdateSettings::setUrl(settings, url);
            return true;
        }
        QMessageBox box(QMessageBox::Warning, tr("Update Address"), problem, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void MainWindow::showUpdateResult(const UpdateResult &result)
{
    m_updateProgress->hide();
    m_cancelUpdate->hide();
    const bool manual = std::exchange(m_manualCheck, false);
    switch (result.status) {
    case UpdateResult::Status::Updated: {
        QSettings settings;
        UpdateSettings::setPrefersBundled(settings, false);
        statusBar()->showMessage(result.message, 15000);
        return;
    }
    case UpdateResult::Status::UpToDate:
    case UpdateResult::Status::Canceled:
        statusBar()->showMessage(result.message, 15000);
        return;
    case UpdateResult::Status::Failed:
        break;
    }
    // A failed automatic check does not interrupt the reader; one they asked for is answered.
    if (!manual) {
        statusBar()->showMessage(result.message, 30000);
        return;
    }
    statusBar()->clearMessage();
    QMessageBox box(QMessageBox::Warning, tr("Data Not Updated"), result.message, QMessageBox::Close, this);
    box.setTextFormat(Qt::PlainText);
    if (!result.errors.isEmpty()) {
        QStringList lines;
        for (const DataError &error : result.errors)
            lines.append(error.toString());
        box.setDetailedText(lines.join(u'\n'));
    }
    box.exec();
}

void MainWindow::reportDataErrors(const QString &folder, const DataErrors &errors)
{
    QStringList lines;
    for (const DataError &error : errors)
        lines.append(error.toString());
    QMessageBox box(QMessageBox::Warning, tr("Data Not Loaded"),
                    tr("The data in %1 has %n problem(s) and was not loaded. Sekutu keeps using the data it had.",
                       nullptr, int(errors.size()))
                        .arg(QDir::toNativeSeparators(folder)),
                    QMessageBox::Close, this);
    box.setTextFormat(Qt::PlainText);
    box.setDetailedText(lines.join(u'\n'));
    box.exec();
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
        resize(qMin(1400, available.width() * 9 / 10), qMin(900, available.height() * 9 / 10));
    }
    restoreState(settings.value(StateKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    m_articleReader->restoreState(settings.value(ReaderKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(ReaderKey, m_articleReader->saveState());
    settings.setValue(LastTargetKey, m_history->current().toString());
    LanguageManager::saveLanguage(settings, m_session.language());
}
