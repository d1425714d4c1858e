#pragma once

#include "session/datasources.h"

#include <QObject>

class DatasetUpdater;
class QAction;
class QLabel;
class QMainWindow;
class QProgressBar;
class QToolButton;
class Session;
struct UpdateResult;

// The reader's say over where the data comes from, in the main window: Open Data Folder, Use
// Bundled Data, Check for Updates (with its progress bar and Cancel button in the status bar),
// Update Address and Check at Start, and the permanent label that names the data in use. The
// rules live in DataSources and DatasetUpdater; this class asks, shows and reports.
class DataSourceController final : public QObject
{
    Q_OBJECT

public:
    // Adds its widgets to window's status bar; the window puts the actions in its menus.
    DataSourceController(Session &session, DataSources &sources, QMainWindow *window);

    // Open Data Folder, Use Bundled Data.
    QList<QAction *> sourceActions() const;
    // Check for Updates, Update Address, Check for Updates at Start.
    QList<QAction *> updateActions() const;
    DatasetUpdater *updater() const { return m_updater; }

    // The automatic check, when DataSources allows it and an update address is set.
    void checkAtStart();
    // Shows problems found in data sources (the app carries on with the data it has).
    void reportProblems(const QList<DataSources::Problem> &problems);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void updateDataStatus();
    void openDataFolder();
    void useBundledData();
    void checkForUpdates();
    bool explainUpdates();
    bool askForUpdateUrl();
    void onUpdateStarted();
    void onUpdateProgress(qint64 received, qint64 total);
    void onUpdateFinished(const UpdateResult &finished);
    // Whether the reader chooses the older data a check found.
    bool askToUseOlder(const UpdateResult &result);
    void reportDataErrors(const QString &where, const DataErrors &errors);

    Session &m_session;
    DataSources &m_sources;
    QMainWindow *m_window = nullptr;
    DatasetUpdater *m_updater = nullptr;
    QLabel *m_dataStatus = nullptr;
    QProgressBar *m_updateProgress = nullptr;
    QToolButton *m_cancelUpdate = nullptr;
    bool m_manualCheck = false;

    QAction *m_openDataAction = nullptr;
    QAction *m_bundledDataAction = nullptr;
    QAction *m_checkUpdatesAction = nullptr;
    QAction *m_updateUrlAction = nullptr;
    QAction *m_checkAtStartAction = nullptr;
};
