#pragma once

#include "navigation/linktarget.h"

#include <QWidget>

class LinkBrowser;
class LocatorMap;
class Session;

// Everything about one country: where it is on a small world map, names, facts, memberships,
// its tie to Russia and where the articles mention it.
class CountryPane final : public QWidget
{
    Q_OBJECT

public:
    explicit CountryPane(Session &session, QWidget *parent = nullptr);

    void showCountry(const QString &code);
    QString countryCode() const { return m_code; }

signals:
    void linkActivated(const LinkTarget &target);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh(bool keepScroll);

    Session &m_session;
    QString m_code;
    LocatorMap *m_locator = nullptr;
    LinkBrowser *m_browser = nullptr;
};
