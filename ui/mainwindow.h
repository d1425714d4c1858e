#pragma once

#include "data/dataerror.h"
#include "navigation/linktarget.h"

#include <QMainWindow>

#include <memory>

class AlliancePane;
class ArticleReader;
class CountryPane;
class DataSourceController;
class DataSources;
class LinkBrowser;
class NavigationHistory;
class MapPage;
class OverviewPane;
class QActionGroup;
class QComboBox;
class QSplitter;
class QStackedWidget;
class Session;
class Sidebar;

// The explorer: lists on the left, the open pane on the right, browser-like navigation.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Session &session, DataSources &sources, QWidget *parent = nullptr);
    ~MainWindow() override;

    void open(const LinkTarget &target);
    LinkTarget currentTarget() const;

    // The pane open when the app was last closed.
    static LinkTarget lastTarget();
    void restoreSettings();
    void saveSettings() const;

    // The data sources' actions, update progress and status.
    DataSourceController *dataSourceController() const { return m_sourceController; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void retranslateUi();
    void applyDataset();
    void applyLanguage();
    void showLanguage();
    void showTarget(const LinkTarget &target);
    void showNotFound(const LinkTarget &target);
    CountryPane *countryPane();
    AlliancePane *alliancePane();
    ArticleReader *articleReader();
    void createOverviewPane();
    void createMapPage();
    void shareDate();
    QWidget *scrolling(QWidget *pane);
    void showPane(QWidget *pane);
    void updateWindowTitle();

    Session &m_session;
    NavigationHistory *m_history = nullptr;
    QSplitter *m_splitter = nullptr;
    Sidebar *m_sidebar = nullptr;
    QStackedWidget *m_panes = nullptr;
    CountryPane *m_countryPane = nullptr;
    AlliancePane *m_alliancePane = nullptr;
    ArticleReader *m_articleReader = nullptr;
    QByteArray m_readerState; // from the settings, until the reader is made
    OverviewPane *m_overviewPane = nullptr; // made when first opened
    MapPage *m_mapPage = nullptr; // made when first opened
    LinkBrowser *m_notFound = nullptr;       // what was asked for and is not in the data
    QComboBox *m_languageBox = nullptr;
    DataSourceController *m_sourceController = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_findCountryAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_mapAction = nullptr;
    QAction *m_toggleLanguageAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_indonesianAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};
