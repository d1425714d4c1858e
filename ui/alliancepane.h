#pragma once

#include "navigation/linktarget.h"

#include <QDate>
#include <QWidget>

class ComparisonChart;
class LinkBrowser;
class LocatorMap;
class MembershipChart;
class MembershipFilterModel;
class MembershipModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class Session;

// One organization or treaty: what it is and obliges, its history, and tabs: a members table
// that shows who belonged on a chosen date, with a comparison against another organization;
// the number of members over time; the members compared by population or area; the members
// on the world map.
class AlliancePane final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { MembersTab, OverTimeTab, ComparedTab, MapTab };

    explicit AlliancePane(Session &session, QWidget *parent = nullptr);

    void showOrganization(const QString &id);
    QString organizationId() const;

    // Members on this date; an invalid date shows every phase.
    void setAsOf(QDate date);
    QDate asOf() const;

signals:
    void linkActivated(const LinkTarget &target);
    // The reader chose a date: the world map follows it (the date is shared).
    void asOfChanged(QDate date);
    // "Show on map": the world map coloured by this organization on this date.
    void showOnMap(const QString &id, QDate date);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void retranslateContent();
    void refreshText(bool keepScroll);
    void refreshComparison();
    void fillCompareBox();
    void updateCount();
    void applyDateFilter();
    void createChart(int tab);
    void refreshMap();
    QDate mapDate() const;

    Session &m_session;
    MembershipModel *m_model = nullptr;
    MembershipFilterModel *m_proxy = nullptr;
    LinkBrowser *m_browser = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QDateEdit *m_asOf = nullptr;
    QPushButton *m_today = nullptr;
    QPushButton *m_showOnMap = nullptr;
    QCheckBox *m_allPhases = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_members = nullptr;
    QLabel *m_compareLabel = nullptr;
    QComboBox *m_compare = nullptr;
    LinkBrowser *m_comparison = nullptr;
    QTabWidget *m_tabs = nullptr;
    // Made when their tab is first shown.
    MembershipChart *m_membershipChart = nullptr;
    ComparisonChart *m_comparisonChart = nullptr;
    LocatorMap *m_map = nullptr;
};
