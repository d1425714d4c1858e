// Sekutu: parses the command line and wires the session, the data sources and the window
// together. Everything else lives in sekutu_core (app/) and sekutu_ui (ui/).
#include "cli/commandline.h"
#include "cli/headlessrun.h"
#include "cli/mapcommand.h"
#include "cli/terminaltext.h"
#include "data/datasetloader.h"
#include "i18n/languagemanager.h"
#include "map/worldmap.h"
#include "network/updatesettings.h"
#include "session/datasources.h"
#include "session/session.h"
#include "session/settingshealth.h"
#include "ui/applicationstyle.h"
#include "ui/datasourcecontroller.h"
#include "ui/mainwindow.h"
#include "ui/startupprobe.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <future>

using namespace Qt::StringLiterals;

namespace {

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(u"Sekutu"_s);
    QCoreApplication::setApplicationName(u"Sekutu"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SEKUTU_VERSION));
    QGuiApplication::setDesktopFileName(u"io.github.sekutu.Sekutu"_s);
}

// Modes that print and exit; they run without a display.
int headlessMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setApplicationInfo();
    // Printed in English, for scripts; the English catalogue holds the plural forms.
    LanguageManager english;
    english.setLanguage(Language::English);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runHeadless(app.arguments(), out, err);
}

} // namespace

int main(int argc, char *argv[])
{
    StartupProbe::markStart();
    if (CommandLine::isMapExport(argc, argv))
        return runMapExport(argc, argv);
    if (CommandLine::isHeadless(argc, argv))
        return headlessMain(argc, argv);

    if (!CommandLine::mayHaveDisplay(argc, argv)) {
        QTextStream(stderr) << CommandLine::noDisplayText() << Qt::endl;
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setStyle(new ApplicationStyle(QApplication::style()->name()));
    StartupProbe::mark("app");
    // Read on another thread while the window is built: the bundled data, then the world map.
    // One after the other, and only once Qt is connected to the display: on two cores the
    // window's thread (and, while Qt connects, the X server) keep one to themselves.
    std::future<LoadResult> bundled = std::async(std::launch::async, [] {
        LoadResult result = DatasetLoader::loadBundled();
        WorldMap::preloadBundled();
        return result;
    });
    setApplicationInfo();
    const CommandLineOptions options = CommandLine::parse(app.arguments());
    if (!options.error.isEmpty()) {
        QTextStream(stderr) << options.error << Qt::endl << CommandLine::helpText();
        return 2;
    }

    QSettings settings;
    const QString settingsProblem = SettingsHealth::problem(settings);
    if (!settingsProblem.isEmpty())
        QTextStream(stderr) << settingsProblem << Qt::endl;
    if (!options.updateUrl.isEmpty())
        UpdateSettings::setUrl(settings, QUrl(options.updateUrl, QUrl::StrictMode));
    Session session;
    session.setLanguage(LanguageManager::initialLanguage(options.language, settings));

    DataSources sources(session);
    sources.usePreloaded(std::move(bundled));
    StartupProbe::mark("settings");
    MainWindow window(session, sources);
    StartupProbe::mark("window");
    const QList<DataSources::Problem> problems = sources.start(options.dataDirectory);
    for (const DataSources::Problem &problem : problems) {
        for (const DataError &error : problem.errors)
            QTextStream(stderr) << TerminalText::safe(error.toString()) << Qt::endl;
    }

    StartupProbe::mark("data");
    window.restoreSettings();
    const LinkTarget requested = LinkTarget::parse(options.openTarget);
    if (!options.openTarget.isEmpty() && !requested.isValid())
        QTextStream(stderr) << QCoreApplication::translate("main", "--open: \"%1\" is not a country/, organization/, article/, overview or map target")
                                   .arg(options.openTarget)
                            << Qt::endl;
    // The world map is the home page on the first start.
    const LinkTarget start = requested.isValid()                   ? requested
                             : MainWindow::lastTarget().isValid() ? MainWindow::lastTarget()
                                                                  : LinkTarget::map();
    // Shown first (nothing is drawn before the event loop runs): the start pane's text is then
    // laid out once, at the window's real size.
    window.show();
    window.open(start);
    StartupProbe::mark("shown");
    if (options.measureStartup)
        new StartupProbe(&window); // owned by the window; prints and quits after the first frame

    // Problems are shown once the window is up, so that the reader sees what they refer to.
    QTimer::singleShot(0, &window, [&] {
        window.dataSourceController()->reportProblems(problems);
        window.dataSourceController()->checkAtStart();
        if (!settingsProblem.isEmpty())
            window.statusBar()->showMessage(settingsProblem);
    });
    return app.exec();
}
