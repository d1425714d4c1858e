#include "navigation/navigationhistory.h"

NavigationHistory::NavigationHistory(QObject *parent)
    : QObject(parent)
{
}

LinkTarget NavigationHistory::current() const
{
    return m_position >= 0 ? m_entries.at(m_position) : LinkTarget();
}

void NavigationHistory::navigate(const LinkTarget &target)
{
    if (!target.isValid() || target == current())
        return;
    m_entries.resize(m_position + 1);
    m_entries.append(target);
    m_position = m_entries.size() - 1;
    emit currentChanged(target);
    emit stateChanged();
}

void NavigationHistory::replaceCurrent(const LinkTarget &target)
{
    if (m_position >= 0 && target.isValid())
        m_entries[m_position] = target;
}

void NavigationHistory::back()
{
    if (!canGoBack())
        return;
    --m_position;
    emit currentChanged(current());
    emit stateChanged();
}

void NavigationHistory::forward()
{
    if (!canGoForward())
        return;
    ++m_position;
    emit currentChanged(current());
    emit stateChanged();
}
