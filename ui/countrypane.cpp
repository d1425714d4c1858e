#include "countrypane.h"

#include "content/panehtml.h"
#include "linkbrowser.h"

#include <QEvent>
#include <QVBoxLayout>

CountryPane::CountryPane(QWidget *parent)
    : QWidget(parent)
{
    m_browser = new LinkBrowser(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    connect(m_browser, &LinkBrowser::targetActivated, this, &CountryPane::linkActivated);
    m_browser->setAccessibleName(tr("Country details"));
}

void CountryPane::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    refresh();
}

void CountryPane::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_browser->setHtmlKeepingScroll(
        m_dataset && !m_code.isEmpty() ? PaneHtml::country(*m_dataset, m_code, m_language) : QString(), true);
}

void CountryPane::showCountry(const QString &code)
{
    if (code == m_code)
        return;
    m_code = code;
    refresh();
}

void CountryPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_browser->setAccessibleName(tr("Country details"));
    QWidget::changeEvent(event);
}

void CountryPane::refresh()
{
    m_browser->setHtmlKeepingScroll(
        m_dataset && !m_code.isEmpty() ? PaneHtml::country(*m_dataset, m_code, m_language) : QString(), false);
}
