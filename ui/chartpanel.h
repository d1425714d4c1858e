#pragma once

#include "data/language.h"

#include <QColor>
#include <QWidget>

class QAction;
class QChart;
class QChartView;
class QHBoxLayout;
class Session;

// Okabe–Ito colours: told apart by readers with any common colour-vision deficiency, and
// readable on light and dark backgrounds (black is left out for the dark palette's sake).
namespace OkabeIto {
inline const QColor Orange{0xE6, 0x9F, 0x00};
inline const QColor SkyBlue{0x56, 0xB4, 0xE9};
inline const QColor BluishGreen{0x00, 0x9E, 0x73};
inline const QColor Yellow{0xF0, 0xE4, 0x42};
inline const QColor Blue{0x00, 0x72, 0xB2};
inline const QColor Vermillion{0xD5, 0x5E, 0x00};
inline const QColor ReddishPurple{0xCC, 0x79, 0xA7};
} // namespace OkabeIto

// A chart with a small toolbar and context menu to save it as PNG or SVG or copy it.
// Subclasses fill chart() and implement retranslateChart() and styleSeries(); the panel
// follows the palette (light or dark theme) and the session's language: its buttons through
// QEvent::LanguageChange, the chart (titles from the data, the locale of numbers and dates)
// through Session::languageChanged.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(Session &session, QWidget *parent = nullptr);
    ~ChartPanel() override;

    Language language() const;

    QChart *chart() const { return m_chart; }
    // The title as the reader reads it (the chart holds it escaped: Qt Charts draws rich text).
    QString title() const { return m_title; }
    QChartView *chartView() const { return m_view; }

    QImage toImage() const;
    bool savePng(const QString &path) const;
    bool saveSvg(const QString &path) const;
    void copyToClipboard() const;

    static bool isDark(const QPalette &palette);

protected:
    Session &session() const { return m_session; }
    void changeEvent(QEvent *event) override;
    // Controls of the subclass, shown left of the export buttons.
    QHBoxLayout *controlsLayout() const { return m_controls; }
    // Titles, axes, legends and labels in the current language.
    virtual void retranslateChart() = 0;
    // Series colours; called after the theme was set from the palette.
    virtual void styleSeries() = 0;
    // The language changed: rebuild what depends on it (names, number formats); the panel
    // calls retranslateChart() right after.
    virtual void languageChanged() {}
    // Sets the chart's title as plain text: names from the data in it are never markup.
    void setTitle(const QString &title);
    // Sets the theme and the colours of the chart, its axes and legend from the palette.
    void applyPalette();
    void styleAxes();
    // Qt Charts draws axis titles, categories and legend labels as rich text too (and loads
    // the images they name): text that may come from data goes through this, escaped.
    static QString chartText(const QString &plainText);

private:
    void retranslateUi();
    void applyLanguage();
    void saveAs(const QString &format);

    Session &m_session;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QString m_title;
    QHBoxLayout *m_controls = nullptr;
    QAction *m_savePng = nullptr;
    QAction *m_saveSvg = nullptr;
    QAction *m_copy = nullptr;
};
