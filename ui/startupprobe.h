#pragma once

#include <QObject>
#include <QString>

class QTextStream;
class QWidget;

// `--measure-startup`: the time from main()'s start to the first frame of the main window,
// and the peak memory (VmHWM), printed as one line; then the app quits. Uses only QtWidgets,
// so that the bare-window floor in bench/floor measures itself with the very same code.
//
//   startup: first_frame_ms=92.4 first_paint_ms=88.0 peak_rss_mib=47.1 [data=21.3 window=60.2 shown=70.9]
class StartupProbe final : public QObject
{
    Q_OBJECT

public:
    // Call first thing in main(): the clock starts here.
    static void markStart();
    // A named phase ("data", "window"), reported in brackets; costs one clock read.
    static void mark(const char *phase);
    static double elapsedMs();
    // Peak resident memory of this process in MiB (VmHWM, else getrusage's ru_maxrss).
    static double peakRssMib();

    // Watches window for its first paint; once that frame is done, prints the line on stdout
    // and quits the application.
    explicit StartupProbe(QWidget *window);
    ~StartupProbe() override;
    Q_DISABLE_COPY_MOVE(StartupProbe)

    static QString report(double firstPaintMs, double firstFrameMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finish();

    QWidget *m_window = nullptr;
    double m_firstPaintMs = -1;
    bool m_done = false;
};
