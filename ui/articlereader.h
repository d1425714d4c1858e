#pragma once

#include "navigation/linktarget.h"

#include <QWidget>

#include <array>

class FindBar;
class ParallelTextView;
class QAction;
class QButtonGroup;
class QCheckBox;
class QToolButton;
class Session;

// Reads an article in Indonesian, in English, or both side by side with the paragraphs
// aligned; mentions of countries and organizations are links, fact notes flag what has
// changed since publication. The reader owns the mode, the zoom and their saved state;
// the texts are shown by a ParallelTextView and searched by a FindBar.
class ArticleReader final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Indonesian, English, SideBySide };
    Q_ENUM(Mode)

    explicit ArticleReader(Session &session, QWidget *parent = nullptr);

    void showArticle(const QString &id, const QString &paragraphId = {});
    QString articleId() const { return m_articleId; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    bool isScrollSyncEnabled() const;
    void setScrollSyncEnabled(bool enabled);
    int zoom() const { return m_zoom; }
    void setZoom(int steps);

    // Mode, scroll sync and zoom, for QSettings.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

signals:
    void linkActivated(const LinkTarget &target);
    void modeChanged(ArticleReader::Mode mode);
    void zoomChanged(int steps);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void applyZoom();
    void applyMode(Mode mode);  // shows the mode's sides and renders them
    bool changeMode(Mode mode); // shows the mode's sides; true when the mode changed
    void followLanguage();      // the language's mode, while none was chosen

    Session &m_session;
    QString m_articleId;
    Mode m_mode = Mode::English;
    bool m_modeExplicit = false;
    int m_zoom = 0;

    ParallelTextView *m_view = nullptr;
    FindBar *m_findBar = nullptr;
    QWidget *m_modeBox = nullptr;
    QButtonGroup *m_modeGroup = nullptr;
    std::array<QToolButton *, 3> m_modeButtons{};
    QCheckBox *m_syncBox = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
};
