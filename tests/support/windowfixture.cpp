#include "windowfixture.h"

#include <QTest>

WindowFixture::WindowFixture(Language language)
{
    m_session.setLanguage(language);
    m_loaded = m_sources.loadBundled().isEmpty();
}

WindowFixture::~WindowFixture() = default;

bool WindowFixture::showWindow(QSize size)
{
    m_window = std::make_unique<MainWindow>(m_session, m_sources);
    m_window->resize(size);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}
