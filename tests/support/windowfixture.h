#pragma once

#include "data/language.h"
#include "session/datasources.h"
#include "session/session.h"
#include "ui/mainwindow.h"

#include <QSize>

#include <memory>

// The main window as main() wires it: a session in the given language, the data sources with the
// bundled data in use, then the window. Tests check loaded(), then call showWindow().
class WindowFixture final
{
    Q_DISABLE_COPY_MOVE(WindowFixture)

public:
    explicit WindowFixture(Language language = Language::English);
    ~WindowFixture();

    bool loaded() const { return m_loaded; }
    // Makes the window, resizes and shows it; true once it is exposed.
    [[nodiscard]] bool showWindow(QSize size = {1366, 768});

    Session &session() { return m_session; }
    DataSources &sources() { return m_sources; }
    MainWindow *window() const { return m_window.get(); }

private:
    Session m_session;
    DataSources m_sources{m_session};
    std::unique_ptr<MainWindow> m_window; // made last, gone first
    bool m_loaded = false;
};
