#include "countrypane.h"

#include "content/panehtml.h"
#include "linkbrowser.h"
#include "locatormap.h"
#include "session/session.h"

#include <QEvent>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>

CountryPane::CountryPane(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_locator = new LocatorMap(session, this);
    m_locator->setObjectName(QStringLiteral("countryLocator"));
    m_browser = new LinkBrowser(this);
    m_browser->setObjectName(QStringLiteral("countryBrowser"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_locator);
    layout->addWidget(m_browser, 1);
    connect(m_locator, &LocatorMap::clicked, this, [this] { emit linkActivated(LinkTarget::map()); });
    connect(m_browser, &LinkBrowser::targetActivated, this, &CountryPane::linkActivated);
    connect(&m_session, &Session::datasetChanged, this, [this] { refresh(false); });
    connect(&m_session, &Session::languageChanged, this, [this] { refresh(true); });
    m_browser->setAccessibleName(tr("Country details"));
}

void CountryPane::showCountry(const QString &code)
{
    if (code == m_code)
        return;
    m_code = code;
    m_locator->showCountry(code);
    refresh(false);
}

void CountryPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_browser->setAccessibleName(tr("Country details"));
    QWidget::changeEvent(event);
}

// On a small screen the locator gives up height to the text.
void CountryPane::resizeEvent(QResizeEvent *event)
{
    m_locator->setFixedHeight(std::clamp(height() / 5, 72, 120));
    QWidget::resizeEvent(event);
}

void CountryPane::refresh(bool keepScroll)
{
    m_browser->setHtmlKeepingScroll(
        m_code.isEmpty() ? QString() : PaneHtml::country(m_session.dataset(), m_code, m_session.language()), keepScroll);
}
