#pragma once

#include "navigation/linktarget.h"

#include <QList>
#include <QObject>

// Back and forward through the panes a reader has opened, like a web browser.
class NavigationHistory final : public QObject
{
    Q_OBJECT

public:
    explicit NavigationHistory(QObject *parent = nullptr);

    LinkTarget current() const;
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_entries.size(); }

public slots:
    // Opens target as a new entry; the forward entries are dropped. Re-opening the current
    // target does nothing.
    void navigate(const LinkTarget &target);
    void back();
    void forward();

signals:
    void currentChanged(const LinkTarget &target);
    void stateChanged(); // canGoBack() or canGoForward() may have changed

private:
    QList<LinkTarget> m_entries;
    qsizetype m_position = -1;
};
