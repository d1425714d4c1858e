#pragma once

#include "data/dataset.h"
#include "navigation/linktarget.h"

#include <QWidget>

#include <memory>

class LinkBrowser;
class MembershipFilterModel;
class MembershipModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

// One organization or treaty: what it is and obliges, its history, and a members table
// that shows who belonged on a chosen date, with a comparison against another organization.
class AlliancePane final : public QWidget
{
    Q_OBJECT

public:
    explicit AlliancePane(QWidget *parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset);
    void setLanguage(Language language);
    void showOrganization(const QString &id);
    QString organizationId() const;

    // Members on this date; an invalid date shows every phase.
    void setAsOf(QDate date);
    QDate asOf() const;

    QTableView *membersView() const { return m_members; }
    QDateEdit *asOfEdit() const { return m_asOf; }
    QCheckBox *allPhasesBox() const { return m_allPhases; }
    QComboBox *compareBox() const { return m_compare; }
    LinkBrowser *browser() const { return m_browser; }
    LinkBrowser *comparisonBrowser() const { return m_comparison; }

signals:
    void linkActivated(const LinkTarget &target);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshText(bool keepScroll);
    void refreshComparison();
    void fillCompareBox();
    void updateCount();
    void applyDateFilter();

    std::shared_ptr<const Dataset> m_dataset;
    Language m_language = Language::English;
    MembershipModel *m_model = nullptr;
    MembershipFilterModel *m_proxy = nullptr;
    LinkBrowser *m_browser = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QDateEdit *m_asOf = nullptr;
    QPushButton *m_today = nullptr;
    QCheckBox *m_allPhases = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_members = nullptr;
    QLabel *m_compareLabel = nullptr;
    QComboBox *m_compare = nullptr;
    LinkBrowser *m_comparison = nullptr;
};
