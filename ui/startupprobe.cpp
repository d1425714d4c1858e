#include "startupprobe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

#include <sys/resource.h>

#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QElapsedTimer &startClock()
{
    static QElapsedTimer timer;
    return timer;
}

std::vector<std::pair<const char *, double>> &phases()
{
    static std::vector<std::pair<const char *, double>> list;
    return list;
}

} // namespace

void StartupProbe::markStart()
{
    startClock().start();
}

void StartupProbe::mark(const char *phase)
{
    if (startClock().isValid())
        phases().emplace_back(phase, elapsedMs());
}

double StartupProbe::elapsedMs()
{
    return startClock().isValid() ? double(startClock().nsecsElapsed()) / 1e6 : 0.0;
}

double StartupProbe::peakRssMib()
{
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        // "VmHWM:     47232 kB"
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

StartupProbe::StartupProbe(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
}

StartupProbe::~StartupProbe() = default;

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    // The top-level is painted first, then its children, and the backing store is flushed to
    // the screen in the same call; a zero timer therefore fires once the first frame is out.
    if (watched == m_window && event->type() == QEvent::Paint && m_firstPaintMs < 0) {
        m_firstPaintMs = elapsedMs();
        QTimer::singleShot(0, this, &StartupProbe::finish);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_window->removeEventFilter(this);
    QTextStream(stdout) << report(m_firstPaintMs, elapsedMs()) << Qt::endl;
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

QString StartupProbe::report(double firstPaintMs, double firstFrameMs)
{
    QString line = u"startup: first_frame_ms=%1 first_paint_ms=%2 peak_rss_mib=%3"_s
                       .arg(firstFrameMs, 0, 'f', 1)
                       .arg(firstPaintMs, 0, 'f', 1)
                       .arg(peakRssMib(), 0, 'f', 1);
    if (!phases().empty()) {
        QStringList parts;
        for (const auto &[name, ms] : phases())
            parts.append(u"%1=%2"_s.arg(QLatin1StringView(name)).arg(ms, 0, 'f', 1));
        line += u" ["_s + parts.join(u' ') + u']';
    }
    return line;
}
