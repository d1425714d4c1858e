#include "datasourcecontroller.h"

#include "network/datasetupdater.h"
#include "network/updatesettings.h"
#include "session/session.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTextDocument>
#include <QToolButton>

#include <utility>

using namespace Qt::StringLiterals;

DataSourceController::DataSourceController(Session &session, DataSources &sources, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_sources(sources)
    , m_window(window)
    , m_updater(new DatasetUpdater(this))
{
    m_updater->setUrl(UpdateSettings::url(QSettings()));

    m_dataStatus = new QLabel(window);
    m_dataStatus->setObjectName(u"dataStatus"_s);
    m_dataStatus->setTextFormat(Qt::PlainText);
    m_updateProgress = new QProgressBar(window);
    m_updateProgress->setObjectName(u"updateProgress"_s);
    m_updateProgress->setMaximumWidth(160);
    m_updateProgress->setTextVisible(false);
    m_updateProgress->hide();
    m_cancelUpdate = new QToolButton(window);
    m_cancelUpdate->setObjectName(u"cancelUpdate"_s);
    m_cancelUpdate->setAutoRaise(true);
    m_cancelUpdate->hide();
    createActions();
    connect(m_cancelUpdate, &QToolButton::clicked, m_updater, &DatasetUpdater::cancel);
    connect(m_updater, &DatasetUpdater::started, this, &DataSourceController::onUpdateStarted);
    connect(m_updater, &DatasetUpdater::progress, this, &DataSourceController::onUpdateProgress);
    connect(m_updater, &DatasetUpdater::finished, this, &DataSourceController::onUpdateFinished);
    connect(&m_sources, &DataSources::originChanged, this, &DataSourceController::updateDataStatus);
    // Window chrome: retranslated when the window is told the language changed.
    window->installEventFilter(this);
    retranslateUi();
    // Added once their texts are set: the status bar takes its height from them at once, hidden
    // ones included, and a later change of one pixel laid the whole window out again (the map
    // painted twice) right after the first frame.
    for (QWidget *widget : std::initializer_list<QWidget *>{m_updateProgress, m_cancelUpdate, m_dataStatus})
        window->statusBar()->addPermanentWidget(widget);
}

QList<QAction *> DataSourceController::sourceActions() const
{
    return {m_openDataAction, m_bundledDataAction};
}

QList<QAction *> DataSourceController::updateActions() const
{
    return {m_checkUpdatesAction, m_updateUrlAction, m_checkAtStartAction};
}

void DataSourceController::createActions()
{
    m_openDataAction = new QAction(this);
    m_openDataAction->setObjectName(u"openDataFolderAction"_s);
    m_openDataAction->setShortcut(QKeySequence::Open);
    connect(m_openDataAction, &QAction::triggered, this, &DataSourceController::openDataFolder);
    m_bundledDataAction = new QAction(this);
    m_bundledDataAction->setObjectName(u"useBundledDataAction"_s);
    connect(m_bundledDataAction, &QAction::triggered, this, &DataSourceController::useBundledData);
    m_checkUpdatesAction = new QAction(this);
    m_checkUpdatesAction->setObjectName(u"checkForUpdatesAction"_s);
    connect(m_checkUpdatesAction, &QAction::triggered, this, &DataSourceController::checkForUpdates);
    m_updateUrlAction = new QAction(this);
    m_updateUrlAction->setObjectName(u"updateAddressAction"_s);
    connect(m_updateUrlAction, &QAction::triggered, this, &DataSourceController::askForUpdateUrl);
    m_checkAtStartAction = new QAction(this);
    m_checkAtStartAction->setObjectName(u"checkAtStartAction"_s);
    m_checkAtStartAction->setCheckable(true);
    m_checkAtStartAction->setChecked(UpdateSettings::checkAtStart(QSettings()));
    connect(m_checkAtStartAction, &QAction::toggled, this, [](bool checked) {
        QSettings settings;
        UpdateSettings::setCheckAtStart(settings, checked);
    });
}

bool DataSourceController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void DataSourceController::retranslateUi()
{
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
    updateDataStatus();
}

void DataSourceController::updateDataStatus()
{
    const Dataset &data = m_session.dataset();
    const QString counts = tr("%1 countries, %2 organizations").arg(data.countries.size()).arg(data.organizations.size());
    switch (m_sources.origin()) {
    case DataSources::Origin::Bundled:
        m_dataStatus->setText(tr("Bundled data: %1").arg(counts));
        m_dataStatus->setToolTip(QString());
        break;
    case DataSources::Origin::Folder:
        m_dataStatus->setText(tr("Data from %1: %2").arg(QDir::toNativeSeparators(m_sources.folder()), counts));
        m_dataStatus->setToolTip(QString());
        break;
    case DataSources::Origin::Downloaded: {
        const DownloadInfo &download = m_sources.download();
        m_dataStatus->setText(tr("Updated data, version %1 of %2: %3").arg(download.version, download.date, counts));
        m_dataStatus->setToolTip(Qt::convertFromPlainText(tr("Downloaded from %1").arg(download.url)));
        break;
    }
    }
    m_bundledDataAction->setEnabled(m_sources.origin() != DataSources::Origin::Bundled);
}

void DataSourceController::openDataFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Open Data Folder"));
    if (folder.isEmpty())
        return;
    const DataErrors errors = m_sources.loadFolder(folder);
    if (!errors.isEmpty())
        reportDataErrors(QDir::toNativeSeparators(folder), errors);
    else
        m_window->statusBar()->showMessage(tr("Now using the data in %1.").arg(QDir::toNativeSeparators(folder)), 5000);
}

void DataSourceController::useBundledData()
{
    if (const DataErrors errors = m_sources.useBundled(); !errors.isEmpty())
        reportDataErrors(DataSources::bundledName(), errors);
}

void DataSourceController::checkAtStart()
{
    if (!m_sources.checksAtStart() || m_updater->url().isEmpty())
        return;
    m_manualCheck = false;
    m_updater->check(m_sources.downloadInUse());
}

void DataSourceController::checkForUpdates()
{
    if (m_updater->isRunning()) {
        m_window->statusBar()->showMessage(tr("A check for updates is already running; wait for it, or cancel it."), 10000);
        return;
    }
    if (m_updater->url().isEmpty() && !explainUpdates())
        return;
    m_manualCheck = true;
    m_updater->check(m_sources.downloadInUse());
}

// Sekutu has no update service of its own; a reader who has never been given an address
// learns that in plain words and can go on without one.
bool DataSourceController::explainUpdates()
{
    QMessageBox box(QMessageBox::Information, tr("Check for Updates"),
                    tr("Sekutu does not know where to look for newer data yet."), QMessageBox::Close, m_window);
    box.setObjectName(u"noUpdateAddressBox"_s);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Sekutu has no update service of its own. A teacher, a newsroom or anyone who keeps "
                              "Sekutu's data up to date can put it on the web and give you its address. If you have "
                              "such an address, enter it; otherwise Sekutu keeps using the data it came with."));
    QPushButton *enter = box.addButton(tr("&Enter Address…"), QMessageBox::AcceptRole);
    enter->setObjectName(u"enterAddressButton"_s);
    box.setDefaultButton(QMessageBox::Close);
    box.exec();
    return box.clickedButton() == enter && askForUpdateUrl();
}

bool DataSourceController::askForUpdateUrl()
{
    QString text = m_updater->url().toString();
    for (;;) {
        bool ok = false;
        text = QInputDialog::getText(m_window, tr("Update Address"),
                                     tr("The address you were given for newer Sekutu data (it begins with https://):"),
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
            if (const QString warning = DatasetUpdater::insecureWarning(url); !warning.isEmpty()) {
                QMessageBox box(QMessageBox::Warning, tr("Update Address"), warning, QMessageBox::Ok, m_window);
                box.setTextFormat(Qt::PlainText);
                box.exec();
            }
            return true;
        }
        QMessageBox box(QMessageBox::Warning, tr("Update Address"), problem, QMessageBox::Ok, m_window);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void DataSourceController::onUpdateStarted()
{
    m_updateProgress->setRange(0, 0);
    m_updateProgress->show();
    m_cancelUpdate->show();
    const QUrl url = m_updater->url();
    m_window->statusBar()->showMessage(
        DatasetUpdater::insecureWarning(url).isEmpty()
            ? tr("Checking for updates at %1…").arg(url.toDisplayString())
            : tr("Checking for updates at %1 over plain http: not encrypted, anyone on the way could change the data…")
                  .arg(url.toDisplayString()));
}

void DataSourceController::onUpdateProgress(qint64 received, qint64 total)
{
    // Busy until the size is known; per mille afterwards (large files overflow int). Busy again
    // once everything has arrived, while the download is validated.
    if (total > 0 && received < total) {
        m_updateProgress->setRange(0, 1000);
        m_updateProgress->setValue(int(qBound(qint64(0), received * 1000 / total, qint64(1000))));
    } else if (total > 0) {
        m_updateProgress->setRange(0, 0);
    }
}

void DataSourceController::onUpdateFinished(const UpdateResult &finished)
{
    UpdateResult result = finished;
    m_updateProgress->hide();
    m_cancelUpdate->hide();
    const bool manual = std::exchange(m_manualCheck, false);
    // Older data is used only when the reader, asked, chooses it; an automatic check just says so.
    if (result.status == UpdateResult::Status::Older && manual && askToUseOlder(result)) {
        result.status = UpdateResult::Status::Updated;
        result.message = tr("Now using the older data, version %1 of %2, from %3.")
                             .arg(result.version, result.date, result.url.toDisplayString());
    }
    m_sources.adopt(result);
    QStatusBar *statusBar = m_window->statusBar();
    if (result.status != UpdateResult::Status::Failed) {
        statusBar->showMessage(result.message, 15000);
        return;
    }
    // A failed automatic check does not interrupt the reader; one they asked for is answered.
    if (!manual) {
        statusBar->showMessage(result.message, 30000);
        return;
    }
    statusBar->clearMessage();
    QMessageBox box(QMessageBox::Warning, tr("Data Not Updated"), result.message, QMessageBox::Close, m_window);
    box.setTextFormat(Qt::PlainText);
    if (!result.errors.isEmpty()) {
        QStringList lines;
        for (const DataError &error : result.errors)
            lines.append(error.toString());
        box.setDetailedText(lines.join(u'\n'));
    }
    box.exec();
}

bool DataSourceController::askToUseOlder(const UpdateResult &result)
{
    QMessageBox box(QMessageBox::Question, tr("Older Data"), result.message, QMessageBox::NoButton, m_window);
    box.setObjectName(u"olderDataBox"_s);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Use it only if you want to go back to an earlier version and trust the update address."));
    QPushButton *use = box.addButton(tr("Use Older Data"), QMessageBox::AcceptRole);
    use->setObjectName(u"useOlderData"_s);
    QPushButton *keep = box.addButton(tr("Keep Current Data"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepCurrentData"_s);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == use;
}

void DataSourceController::reportProblems(const QList<DataSources::Problem> &problems)
{
    for (const DataSources::Problem &problem : problems)
        reportDataErrors(problem.where, problem.errors);
}

void DataSourceController::reportDataErrors(const QString &where, const DataErrors &errors)
{
    QStringList lines;
    for (const DataError &error : errors)
        lines.append(error.toString());
    QMessageBox box(QMessageBox::Warning, tr("Data Not Loaded"),
                    tr("The data in %1 has %n problem(s) and was not loaded. Sekutu keeps using the data it had.",
                       nullptr, int(errors.size()))
                        .arg(where),
                    QMessageBox::Close, m_window);
    box.setTextFormat(Qt::PlainText);
    box.setDetailedText(lines.join(u'\n'));
    box.exec();
}
