#include "countrypane.h"

#include "content/panehtml.h"
#include "linkbrowser.h"
#include "session/session.h"

#include <QEvent>
#include <QVBoxLayout>

CountryPane::CountryPane(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_browser = new LinkBrowser(this);
    m_browser->setObjectName(QStringLiteral("countryBrowser"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
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
    refresh(false);
}

void CountryPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_browser->setAccessibleName(tr("Country details"));
    QWidget::changeEvent(event);
}

void CountryPane::refresh(bool keepScroll)
{
    m_browser->setHtmlKeepingScroll(
        m_code.isEmpty() ? QString() : PaneHtml::country(m_session.dataset(), m_code, m_session.language()), keepScroll);
}
