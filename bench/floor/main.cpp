// Minimal "floor" Qt 6 Widgets explorer: QMainWindow + QSplitter{QListView, QTextBrowser, QTabWidget}.
// Built twice: floor (no charts) and floor_charts (-DWITH_CHARTS: one QChartView bar chart, 10 values,
// shown as the current tab so it is painted in the first frame).
// Copied from shared/tools/startup/floor; the only change: `--measure-startup` prints the time to
// the first frame and the peak memory with Sekutu's StartupProbe, as `sekutu --measure-startup` does.
#include <QApplication>
#include <QMainWindow>
#include <QSplitter>
#include <QListView>
#include <QStringListModel>
#include <QTextBrowser>
#include <QTabWidget>
#include <QLabel>
#include <QStatusBar>
#ifdef WITH_CHARTS
#include <QtCharts/QChartView>
#include <QtCharts/QChart>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QValueAxis>
#endif
#include "countries.h"
#include "startupprobe.h"

static QString sampleHtml()
{
    // ~3 KB of HTML text
    static const char *para =
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut "
        "labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco "
        "laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in "
        "voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat "
        "non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.";
    QString html = QStringLiteral("<h2>Afghanistan</h2>");
    for (int i = 0; i < 6; ++i)
        html += QStringLiteral("<h3>Section %1</h3><p>%2</p>").arg(i + 1).arg(QLatin1String(para));
    return html;
}

int main(int argc, char **argv)
{
    StartupProbe::markStart();
    QApplication app(argc, argv);

    QStringList names;
    names.reserve(250);
    for (const char *c : kCountries)
        names << QString::fromUtf8(c);

    QMainWindow win;
    win.setWindowTitle(QStringLiteral(
#ifdef WITH_CHARTS
        "floor_charts"
#else
        "floor"
#endif
        ));

    auto *split = new QSplitter(&win);
    auto *list = new QListView(split);
    auto *model = new QStringListModel(names, list);
    list->setModel(model);
    list->setCurrentIndex(model->index(0));

    auto *text = new QTextBrowser(split);
    text->setHtml(sampleHtml());

    auto *tabs = new QTabWidget(split);
#ifdef WITH_CHARTS
    {
        auto *set = new QBarSet(QStringLiteral("Value"));
        const qreal vals[10] = {12, 7, 15, 3, 9, 11, 5, 14, 8, 10};
        QStringList cats;
        for (int i = 0; i < 10; ++i) { *set << vals[i]; cats << QString::number(2014 + i); }
        auto *series = new QBarSeries;
        series->append(set);
        auto *chart = new QChart;
        chart->addSeries(series);
        chart->setTitle(QStringLiteral("Ten values"));
        auto *ax = new QBarCategoryAxis; ax->append(cats);
        auto *ay = new QValueAxis; ay->setRange(0, 16);
        chart->addAxis(ax, Qt::AlignBottom); series->attachAxis(ax);
        chart->addAxis(ay, Qt::AlignLeft);   series->attachAxis(ay);
        chart->legend()->hide();
        auto *view = new QChartView(chart);
        view->setRenderHint(QPainter::Antialiasing);
        tabs->addTab(view, QStringLiteral("Chart"));
    }
#endif
    tabs->addTab(new QLabel(QStringLiteral("Capital, population, area ...")), QStringLiteral("Overview"));
    tabs->addTab(new QLabel(QStringLiteral("Indicators")), QStringLiteral("Data"));
    tabs->addTab(new QLabel(QStringLiteral("Notes")), QStringLiteral("Notes"));

    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    win.setCentralWidget(split);
    win.statusBar()->showMessage(QStringLiteral("250 countries"));
    win.resize(1100, 700);
    win.show();
    if (app.arguments().contains(QStringLiteral("--measure-startup")))
        new StartupProbe(&win);
    return app.exec();
}
