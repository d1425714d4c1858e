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
    // The current entry, changed in place: a page whose state the reader changes without
    // going anywhere (the map's mode and date) keeps its entry up to date, so that Back and
    // Forward return to it as it was left. Nothing is shown anew: no signal.
    void replaceCurrent(const LinkTarget &target);
    void back();
    void forward();

signals:
    void currentChanged(const LinkTarget &target);
    void stateChanged(); // canGoBack() or canGoForward() may have changed

private:
    QList<LinkTarget> m_entries;
    qsizetype m_position = -1;
};
