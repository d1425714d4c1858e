#pragma once

#include "navigation/linktarget.h"

#include <QWidget>

#include <array>

class FindBar;
class ParallelTextView;
class QAction;
class QButtonGroup;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QToolButton;
class Session;

// Reads an article in Indonesian, in English, or both side by side with the paragraphs
// aligned; mentions of countries and organizations are links, fact notes flag what has
// changed since publication (and can be hidden). The reading mode is a labelled segmented
// control, unlike the interface language. The reader owns the mode, the zoom, the notes
// switch and their saved state; the texts are shown by a ParallelTextView and searched by
// a FindBar.
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
    bool notesShown() const { return m_notesShown; }
    void setNotesShown(bool shown);

    // Mode, scroll sync, zoom and notes shown, for QSettings.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

signals:
    void linkActivated(const LinkTarget &target);
    void modeChanged(ArticleReader::Mode mode);
    void zoomChanged(int steps);
    void notesShownChanged(bool shown);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void styleModeControl();
    void arrangeControls();          // one row of controls or two, by the room there is
    void placeControls(bool oneRow);
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
    bool m_notesShown = true;

    ParallelTextView *m_view = nullptr;
    FindBar *m_findBar = nullptr;
    QLabel *m_modeLabel = nullptr;
    QWidget *m_modeBox = nullptr;
    QButtonGroup *m_modeGroup = nullptr;
    std::array<QToolButton *, 3> m_modeButtons{};
    QCheckBox *m_syncBox = nullptr;
    QCheckBox *m_notesBox = nullptr;
    QWidget *m_switches = nullptr; // scroll sync and notes
    QWidget *m_controls = nullptr;
    std::array<QHBoxLayout *, 2> m_rows{};
    bool m_oneRow = true;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
};
