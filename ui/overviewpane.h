#pragma once

#include "navigation/linktarget.h"

#include <QWidget>

class LinkBrowser;
class OverlapModel;
class QLabel;
class QTableView;
class Session;
class TiesChart;

// The overview: Russia's ties by kind (a pie) and how many members each pair of
// organizations shares (a heat-map table); clicking a cell lists the shared countries.
class OverviewPane final : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPane(Session &session, QWidget *parent = nullptr);

    // Lists the members two organizations share below the table.
    void showShared(const QString &first, const QString &second);

signals:
    void linkActivated(const LinkTarget &target);
    void relationTypeActivated(const QString &type);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void refreshShared();

    Session &m_session;
    OverlapModel *m_overlap = nullptr;
    TiesChart *m_ties = nullptr;
    QLabel *m_overlapTitle = nullptr;
    QLabel *m_overlapHint = nullptr;
    QTableView *m_overlapView = nullptr;
    LinkBrowser *m_shared = nullptr;
    QString m_first;
    QString m_second;
};
