#pragma once

#include "navigation/linktarget.h"

#include <QDate>
#include <QWidget>

class MapView;
class OrganizationModel;
class QComboBox;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;
class Session;

// The explorer's home: a welcome line, the world map and its controls (what to colour by,
// the organizations, a year slider with Play/Pause, zoom, export).
class MapPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MapPage(Session &session, QWidget *parent = nullptr);

    bool isPlaying() const;

    // What the map shows, as a link for the history: "map?mode=organization/nato&date=1999-03-12",
    // without the date when it is today.
    LinkTarget target() const;
    // Shows the mode and the date a map link names (the organization pane's "show on map", an
    // entry of the history), today when it names none; a plain "map" changes nothing. A mode
    // naming an organization the data does not have is ignored. Does not emit dateChanged: each
    // page of the history shows the date it had.
    void showTarget(const LinkTarget &target);
    // The date shared with the organization pane: shows the day without emitting dateChanged.
    void setDate(QDate day);
    QDate date() const;

public slots:
    void togglePlay();

signals:
    void linkActivated(const LinkTarget &target);
    // The reader moved the slider (or Play did): the organization pane follows.
    void dateChanged(QDate day);
    // The mode or the date changed, whoever changed it: target() says what is shown now.
    void targetChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshOrganizations();
    void setMode(const MapMode &mode);
    void applyMode();
    void setYear(int year);
    void showDate();
    void step();
    void exportMap();
    void copyMap();
    void openWelcomeLink(const QString &link);

    Session &m_session;
    OrganizationModel *m_organizations = nullptr;
    QLabel *m_welcome = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_first = nullptr;
    QComboBox *m_second = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_fit = nullptr;
    QToolButton *m_export = nullptr;
    QToolButton *m_copy = nullptr;
    QToolButton *m_play = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_dateLabel = nullptr; // the day shown: the slider keeps its day and month
    QLabel *m_range = nullptr;
    MapView *m_view = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_emphasisTimer = nullptr;
    // The day the slider's years are taken from: the last date set from outside (the
    // organization pane, a link). Moving the slider does not change it, so that 29 February
    // comes back after a common year, and a day clamped to the founding does not stick.
    QDate m_chosenDay = QDate::currentDate();
};
