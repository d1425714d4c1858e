// Sekutu's benchmarks: they measure and print, they do not pass or fail. `tools/dev bench`
// builds and runs them (README, "Performance"); each figure is the median of several runs.
#include "syntheticdata.h"

#include "data/datasetloader.h"
#include "data/schemavalidator.h"
#include "i18n/languagemanager.h"
#include "map/mapcolouring.h"
#include "map/maprenderer.h"
#include "map/worldmap.h"
#include "session/datasources.h"
#include "session/session.h"
#include "models/countryfiltermodel.h"
#include "models/countrymodel.h"
#include "models/membershipfiltermodel.h"
#include "models/membershipmodel.h"
#include "navigation/linktarget.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Row
{
    QString benchmark;
    QString data;
    int runs = 0;
    double median = 0;
    double min = 0;
    double max = 0;
    QString target;
};

QList<Row> rows;

// Runs setup (untimed) and then f, once to warm up and `runs` times timed (f only); records the median
// and the fastest run.
template <typename Setup, typename F>
void measureAfter(const QString &benchmark, const QString &data, int runs, Setup &&setup, F &&f, const QString &target = {})
{
    setup();
    f();
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        setup();
        QElapsedTimer timer;
        timer.start();
        f();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
    rows.append({benchmark, data, runs, median, ms.front(), ms.back(), target});
    QTextStream(stderr) << "  " << benchmark << " (" << data << "): " << QString::number(median, 'f', 2) << " ms" << Qt::endl;
}

template <typename F>
void measure(const QString &benchmark, const QString &data, int runs, F &&f, const QString &target = {})
{
    measureAfter(benchmark, data, runs, [] {}, std::forward<F>(f), target);
}

QMap<QString, QByteArray> bundledFiles()
{
    QMap<QString, QByteArray> files;
    for (const QString &name : DatasetLoader::fileNames()) {
        QFile file(QDir(DatasetLoader::bundledDirectory()).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the bundled %s", qPrintable(name));
        files.insert(name, file.readAll());
    }
    return files;
}

QString describe(const SyntheticData::Counts &c)
{
    return u"%1 countries, %2 organizations, %3 memberships, %4 articles, %5 MB"_s.arg(c.countries)
        .arg(c.organizations)
        .arg(c.memberships)
        .arg(c.articles)
        .arg(double(c.bytes) / 1e6, 0, 'f', 1);
}

std::shared_ptr<const Dataset> loaded(const QMap<QString, QByteArray> &files)
{
    LoadResult result = DatasetLoader::loadFiles(files);
    if (!result.ok())
        qFatal("synthetic data rejected: %s", qPrintable(result.errors.constFirst().toString()));
    return std::make_shared<const Dataset>(std::move(result.dataset));
}

void loading(const QString &label, const QMap<QString, QByteArray> &files, int runs)
{
    const QString data = label + u": "_s + describe(SyntheticData::countsOf(files));
    measure(u"load + validate (DatasetLoader::loadFiles)"_s, data, runs, [&] {
        const LoadResult result = DatasetLoader::loadFiles(files);
        if (!result.ok())
            qFatal("%s does not load: %s", qPrintable(label), qPrintable(result.errors.constFirst().toString()));
    });
    // The parts: JSON parsing alone, and the schema alone (the rest builds and cross-checks).
    measure(u"  of which JSON parsing"_s, label, runs, [&] {
        for (const QByteArray &bytes : files)
            QJsonDocument::fromJson(bytes);
    });
    QFile schemaFile(u":/data/schema/sekutu.schema.json"_s);
    schemaFile.open(QIODevice::ReadOnly);
    const QJsonObject schema = QJsonDocument::fromJson(schemaFile.readAll()).object();
    QList<QJsonObject> documents;
    for (const QByteArray &bytes : files)
        documents.append(QJsonDocument::fromJson(bytes).object());
    // Compiled once, as the loader does.
    QString error;
    const auto validator = SchemaValidator::create(schema, &error);
    measure(u"  of which the schema (SchemaValidator::validate)"_s, label, runs, [&] {
        const QStringList definitions{u"articlesFile"_s, u"countriesFile"_s, u"organizationsFile"_s, u"relationsFile"_s};
        for (qsizetype i = 0; i < documents.size(); ++i) // QMap order: articles, countries, organizations, relations
            validator->validate(documents.at(i), definitions.at(i), QString());
    });
}

void searching(const QString &label, const std::shared_ptr<const Dataset> &data, int runs)
{
    Session session;
    session.setDataset(data);
    CountryModel model(session);
    CountryFilterModel proxy(session);
    proxy.setSourceModel(&model);
    proxy.sort(CountryModel::NameColumn); // as the list shows it
    const QString rowsLabel = u"%1: %2 countries"_s.arg(label).arg(model.rowCount());
    // One keystroke: "r" typed into the empty field (most rows go), and deleted again (they
    // come back, sorted in).
    measureAfter(u"search keystroke: type \"r\" (setSearchText)"_s, rowsLabel, runs,
            [&] { proxy.setSearchText(QString()); }, [&] { proxy.setSearchText(u"r"_s); }, u"< 16"_s);
    measureAfter(u"search keystroke: delete \"r\" (setSearchText)"_s, rowsLabel, runs,
            [&] { proxy.setSearchText(u"r"_s); }, [&] { proxy.setSearchText(QString()); }, u"< 16"_s);
}

void asOfDate(const QString &label, const std::shared_ptr<const Dataset> &data, const QString &organization, int runs)
{
    Session session;
    session.setDataset(data);
    MembershipModel model(session);
    model.setOrganization(organization);
    MembershipFilterModel proxy(session);
    proxy.setSourceModel(&model);
    proxy.sort(MembershipModel::JoinedColumn); // as the members table shows it
    const QString rowsLabel = u"%1: %2, %3 membership rows"_s.arg(label, organization).arg(model.rowCount());
    bool early = false;
    measure(u"as-of date change (MembershipFilterModel::setAsOf)"_s, rowsLabel, runs, [&] {
        early = !early;
        proxy.setAsOf(early ? QDate(1850, 6, 1) : QDate(1995, 1, 1));
    });
}

void languageSwitch(int runs)
{
    Session languages;
    languages.setLanguage(Language::English);
    DataSources data(languages);
    if (!data.loadBundled().isEmpty())
        qFatal("the bundled data does not load");
    MainWindow window(languages, data);
    window.resize(1280, 800);
    window.show();
    // Every view open once: panes keep their content when another one is shown.
    const std::shared_ptr<const Dataset> dataset = languages.sharedDataset();
    for (const LinkTarget &target : {LinkTarget::country(u"RU"_s), LinkTarget::organization(u"csto"_s), LinkTarget::overview(),
                                     LinkTarget::article(dataset->articles.constFirst().id)}) {
        window.open(target);
        QCoreApplication::processEvents();
    }
    auto toggle = [&] {
        languages.toggleLanguage();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    };
    measure(u"language switch, every view open (setLanguage + LanguageChange events)"_s, u"bundled"_s, runs, toggle,
            u"< 50"_s);
    // What the reader waits for: the events, the layouts they ask for, and the new frame.
    measure(u"  the same, laid out and repainted"_s, u"bundled"_s, runs, [&] {
        toggle();
        QCoreApplication::processEvents();
        window.repaint();
    });
}

// The world map at the size it has on a 1366×768 screen: recolouring for a new date, a frame
// with and without antialiasing, decoding the resource, and one step of NATO's Play.
void worldMap(const std::shared_ptr<const Dataset> &data, int runs)
{
    measure(u"decode world.bin (WorldMap::load)"_s, u"Natural Earth 50m"_s, 7, [] {
        if (!WorldMap::load(u":/map/world.bin"_s))
            qFatal("the bundled map does not load");
    });
    const WorldMap &map = WorldMap::bundled();
    const QString shapes = u"%1 shapes"_s.arg(map.features().size());
    const MapMode nato = *MapMode::parse(u"organization/nato"_s);
    int year = 1949;
    measure(u"map recolour, next year (MapColouring::colour)"_s, shapes, runs, [&] {
        year = year >= 2024 ? 1949 : year + 1;
        MapColouring::colour(*data, map, nato, QDate(year, 12, 31));
    }, u"< 5"_s);
    const QList<MapCategory> colours = MapColouring::colour(*data, map, nato, QDate::currentDate());
    const MapRenderer renderer(map);
    const MapPalette palette = MapPalette::light();
    QImage image(QSize(1004, 588), QImage::Format_ARGB32_Premultiplied);
    const QTransform fit = MapRenderer::fitTransform(map.bounds(), QRectF(image.rect()).adjusted(4, 4, -4, -4));
    const QString size = u"%1×%2 pixels"_s.arg(image.width()).arg(image.height());
    const auto frame = [&](const QTransform &transform, bool antialiased) {
        image.fill(palette.background);
        QPainter painter(&image);
        renderer.paintBase(painter, transform, colours, palette, antialiased);
    };
    measure(u"map frame while panning (no antialiasing)"_s, size, runs, [&] { frame(fit, false); }, u"< 16"_s);
    measure(u"map frame, antialiased, one thread"_s, size, runs, [&] { frame(fit, true); }, u"< 33"_s);
    measure(u"map frame, antialiased, as the view paints it (renderBase, two threads)"_s, size, runs,
            [&] { renderer.renderBase(image, fit, colours, palette); }, u"< 33"_s);
    const QTransform zoomed = QTransform(fit).scale(4, 4);
    measure(u"map frame while panning at zoom 4"_s, size, runs, [&] { frame(zoomed, false); }, u"< 16"_s);
    // Play: each step recolours and paints one year; a step over 33 ms would drop a frame at 30 fps.
    int playYear = 1948;
    measure(u"NATO's Play, 1949–2024: one step (recolour + antialiased frame, as the view paints it)"_s, size, 76, [&] {
        playYear = playYear >= 2024 ? 1949 : playYear + 1;
        renderer.renderBase(image, fit, MapColouring::colour(*data, map, nato, QDate(playYear, 12, 31)), palette);
    }, u"< 33 each"_s);
}

void printTable()
{
    QTextStream out(stdout);
    out << "| benchmark | data | runs | median ms | fastest ms | slowest ms | target ms |\n";
    out << "|---|---|---:|---:|---:|---:|---:|\n";
    for (const Row &row : rows) {
        out << "| " << row.benchmark << " | " << row.data << " | " << row.runs << " | " << QString::number(row.median, 'f', 2)
            << " | " << QString::number(row.min, 'f', 2) << " | " << QString::number(row.max, 'f', 2) << " | " << row.target
            << " |\n";
    }
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Sekutu-bench"_s); // leaves the reader's settings alone
    QCoreApplication::setApplicationName(u"Sekutu-bench"_s);
    QTextStream err(stderr);
    err << "Sekutu benchmarks (median of runs, ms)" << Qt::endl;

    // `sekutu_bench load search` runs only those groups (load, search, asof, language, map).
    const QStringList groups = app.arguments().mid(1);
    auto wanted = [&groups](const QString &group) { return groups.isEmpty() || groups.contains(group); };

    const QMap<QString, QByteArray> bundled = bundledFiles();
    const QMap<QString, QByteArray> ten = SyntheticData::files(10);
    const QMap<QString, QByteArray> hundred = SyntheticData::files(100);
    if (wanted(u"load"_s)) {
        loading(u"bundled"_s, bundled, 21);
        // What the window starts with: the pack the build wrote after checking the bundled data.
        measure(u"startup load of the bundled data (DatasetLoader::loadBundled: the build's pack)"_s, u"bundled"_s, 21, [] {
            if (!DatasetLoader::loadBundled().ok())
                qFatal("the bundled data does not load");
        });
        loading(u"synthetic 10×"_s, ten, 7);
        loading(u"synthetic 100×"_s, hundred, 3);
    }

    const auto bundledData = loaded(bundled);
    for (const int scale : {1, 10, 100}) {
        if (!wanted(u"search"_s))
            break;
        const auto data = std::make_shared<const Dataset>(SyntheticData::manyCountries(*bundledData, scale));
        searching(scale == 1 ? u"bundled"_s : u"%1×"_s.arg(scale), data, 21);
    }

    // The largest organization: the bundled one with the most rows, else the synthetic giant.
    QString largest;
    for (const Organization &org : bundledData->organizations) {
        const Organization *current = bundledData->organization(largest);
        if (!current || org.members.size() > current->members.size())
            largest = org.id;
    }
    if (wanted(u"asof"_s)) {
        asOfDate(u"bundled"_s, bundledData, largest, 21);
        asOfDate(u"synthetic 10×"_s, loaded(ten), SyntheticData::largestOrganization(), 21);
        asOfDate(u"synthetic 100×"_s, loaded(hundred), SyntheticData::largestOrganization(), 11);
    }
    if (wanted(u"language"_s))
        languageSwitch(11);
    if (wanted(u"map"_s))
        worldMap(bundledData, 21);

    printTable();
    return 0;
}
