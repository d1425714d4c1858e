#pragma once

#include "data/dataset.h"
#include "session/session.h"

#include <memory>

// A Session with the bundled data in use and the interface language set, so that a model, a
// pane or a chart is tested alone, as the window would give it the session.
class SessionFixture final
{
    Q_DISABLE_COPY_MOVE(SessionFixture)

public:
    explicit SessionFixture(Language language = Language::English);

    Session &session() { return m_session; }
    Session *operator->() { return &m_session; }
    operator Session &() { return m_session; }

    // The bundled data, loaded and validated once per test program.
    static std::shared_ptr<const Dataset> bundledData();

private:
    Session m_session;
};
