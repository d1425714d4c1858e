// The world map's core: the resource covers every country, the colouring follows the
// membership dates, the modes parse, and the export writes an SVG a newsroom can restyle.
#include "data/datasetloader.h"
#include "map/equalearth.h"
#include "map/mapcolouring.h"
#include "map/mapexport.h"
#include "map/maprenderer.h"
#include "map/worldmap.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestMap final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCountryIsDrawnAndClickable();
    void territoriesWithoutRecordAreNeutral();
    void corruptResourceIsReported_data();
    void corruptResourceIsReported();
    void projectionMatchesTheResource();
    void twoThreadsPaintWhatOneDoes_data();
    void twoThreadsPaintWhatOneDoes();
    void coarseOutlineUntilAPixelCounts_data();
    void coarseOutlineUntilAPixelCounts();
    void organizationColouring_data();
    void organizationColouring();
    void overlapAndTies();
    void modeParsing_data();
    void modeParsing();
    void svgExportKeepsOnePathPerCountry();
    void smallMarkersHideLessOfTheirNeighbours();
    void commandLineExport_data();
    void commandLineExport();

private:
    Dataset m_data;
    const WorldMap *m_map = nullptr;
};

void TestMap::initTestCase()
{
    LoadResult result = DatasetLoader::loadDirectory(DatasetLoader::bundledDirectory());
    QVERIFY(result.ok());
    m_data = std::move(result.dataset);
    QElapsedTimer timer;
    timer.start();
    m_map = &WorldMap::bundled();
    qInfo("decoding the bundled map: %.1f ms", timer.nsecsElapsed() / 1e6); // for the README
    QVERIFY(!m_map->features().isEmpty());
}

void TestMap::everyCountryIsDrawnAndClickable()
{
    QCOMPARE(m_data.countries.size(), 195);
    const MapRenderer renderer(*m_map);
    // The window's map at a small laptop size: every country is a shape or a marker under the mouse.
    const QTransform toScreen = MapRenderer::fitTransform(m_map->bounds(), QRectF(0, 0, 1000, 480));
    int markers = 0;
    for (const Country &country : std::as_const(m_data.countries)) {
        const QList<int> features = m_map->featuresOf(country.code);
        QVERIFY2(!features.isEmpty(), qPrintable(country.code));
        bool clickable = false;
        for (int f : features) {
            if (renderer.isMarker(f, toScreen))
                ++markers;
            clickable |= renderer.featureAt(toScreen.map(m_map->features().at(f).labelPoint), toScreen) == f;
        }
        if (!clickable) {
            // Shapes whose label point falls outside (a crescent): find any pixel that hits them.
            const QRectF bounds = toScreen.mapRect(m_map->features().at(features.constFirst()).bounds);
            for (qreal y = bounds.top(); y <= bounds.bottom() && !clickable; y += 1)
                for (qreal x = bounds.left(); x <= bounds.right() && !clickable; x += 1)
                    clickable = features.contains(renderer.featureAt(QPointF(x, y), toScreen));
        }
        QVERIFY2(clickable, qPrintable(country.code));
    }
    QVERIFY(markers > 10); // Andorra, Singapore, Tuvalu, the Vatican, ...
    for (const char *tiny : {"AD", "SG", "TV", "VA", "MC", "SM", "LI", "MT"})
        QVERIFY2(renderer.isMarker(m_map->featuresOf(QString::fromLatin1(tiny)).constFirst(), toScreen), tiny);
}

void TestMap::territoriesWithoutRecordAreNeutral()
{
    const MapMode csto;
    for (const char *code : {"TW", "EH", "GL"}) {
        QVERIFY2(!m_map->featuresOf(QString::fromLatin1(code)).isEmpty(), code);
        QCOMPARE(MapColouring::status(m_data, csto, QString::fromLatin1(code), QDate(2024, 1, 1)).category,
                 MapCategory::NoRecord);
    }
    // Kosovo, Northern Cyprus and Somaliland have no ISO code in Natural Earth: drawn, neutral.
    const int withoutCode = int(std::count_if(m_map->features().cbegin(), m_map->features().cend(),
                                              [](const MapFeature &f) { return f.code.isEmpty(); }));
    QVERIFY(withoutCode >= 3);
    const QList<MapCategory> colours = MapColouring::colour(m_data, *m_map, csto, QDate(2024, 1, 1));
    for (int i = 0; i < m_map->features().size(); ++i) {
        if (m_map->features().at(i).code.isEmpty())
            QCOMPARE(colours.at(i), MapCategory::NoRecord);
    }
}

void TestMap::twoThreadsPaintWhatOneDoes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("ratio");
    QTest::newRow("laptop") << QSize(1004, 588) << 1.0;
    QTest::newRow("odd rows") << QSize(641, 333) << 1.0;
    QTest::newRow("high density") << QSize(1200, 700) << 2.0;
}

// renderBase() splits the rows between two threads; the picture is the one a single painter
// makes, to a rounding step along the split.
void TestMap::twoThreadsPaintWhatOneDoes()
{
    QFETCH(QSize, size);
    QFETCH(qreal, ratio);
    const MapRenderer renderer(*m_map);
    const MapPalette palette = MapPalette::light();
    const QList<MapCategory> colours = MapColouring::colour(m_data, *m_map, *MapMode::parse(u"organization/nato"_s), QDate(2000, 1, 1));
    const QTransform fit = MapRenderer::fitTransform(m_map->bounds(), QRectF(QPointF(), QSizeF(size) / ratio));
    QImage one(size, QImage::Format_ARGB32_Premultiplied);
    one.setDevicePixelRatio(ratio);
    one.fill(palette.background);
    {
        QPainter painter(&one);
        renderer.paintBase(painter, fit, colours, palette, true);
    }
    QImage two(size, QImage::Format_ARGB32_Premultiplied);
    two.setDevicePixelRatio(ratio);
    for (int frame = 0; frame < 3; ++frame) // the job and the helper thread are reused
        renderer.renderBase(two, fit, colours, palette);
    int differing = 0;
    int largest = 0;
    for (int y = 0; y < size.height(); ++y) {
        const auto *a = reinterpret_cast<const QRgb *>(one.constScanLine(y));
        const auto *b = reinterpret_cast<const QRgb *>(two.constScanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const int d = std::max({std::abs(qRed(a[x]) - qRed(b[x])), std::abs(qGreen(a[x]) - qGreen(b[x])),
                                    std::abs(qBlue(a[x]) - qBlue(b[x]))});
            differing += d > 0;
            largest = std::max(largest, d);
        }
    }
    QVERIFY2(largest <= 2, qPrintable(u"%1 pixels differ, by up to %2"_s.arg(differing).arg(largest)));
    QVERIFY2(differing < size.width(), qPrintable(u"%1 pixels differ"_s.arg(differing)));
    // And it is a map: Poland (NATO since 1999) in the member colour.
    const QPoint warsaw = (fit.map(EqualEarth::project(21.0, 52.2)) * ratio).toPoint();
    QCOMPARE(QColor(two.pixel(warsaw)), MapColouring::colour(MapCategory::Member));
}

void TestMap::coarseOutlineUntilAPixelCounts_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("Russia") << u"RU"_s;
    QTest::newRow("Norway") << u"NO"_s; // fjords: many points a pixel apart
    QTest::newRow("Indonesia") << u"ID"_s;
}

// The whole world on a screen is drawn from the simplified outlines; zoomed in, from the full
// detail, decoded when first needed. Both outline the same land.
void TestMap::coarseOutlineUntilAPixelCounts()
{
    QFETCH(QString, code);
    const int f = m_map->featuresOf(code).constFirst();
    const QPainterPath coarse = m_map->features().at(f).coarsePath;
    const QPainterPath detailed = m_map->detailedPath(f);
    QVERIFY2(coarse.elementCount() * 2 < detailed.elementCount(),
             qPrintable(u"%1 of %2 points"_s.arg(coarse.elementCount()).arg(detailed.elementCount())));
    const QRectF a = coarse.boundingRect();
    const QRectF b = detailed.boundingRect();
    QVERIFY(std::abs(a.left() - b.left()) <= WorldMap::coarseTolerance && std::abs(a.right() - b.right()) <= WorldMap::coarseTolerance);
    QVERIFY(std::abs(a.top() - b.top()) <= WorldMap::coarseTolerance && std::abs(a.bottom() - b.bottom()) <= WorldMap::coarseTolerance);
    QCOMPARE(m_map->features().at(f).bounds, b);
    // The whole world 1000 pixels wide: a tolerance under a pixel, the coarse outline.
    const qreal world = 1000 / m_map->bounds().width();
    QVERIFY(WorldMap::coarseTolerance * world < 1.0);
    QCOMPARE(m_map->outline(f, world).elementCount(), coarse.elementCount());
    QCOMPARE(m_map->outline(f, 4 * world).elementCount(), detailed.elementCount());
}

void TestMap::corruptResourceIsReported_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QFile file(u":/map/world.bin"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("wrong-magic") << QByteArray("XXXX") + good.mid(4);
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QTest::newRow("trailing-bytes") << good + QByteArray("junk");
    // The first ring's point count (after the header, the metadata and the first feature's
    // code, number, label point, extent, largest part and ring count) made larger than the file.
    const qsizetype metadataSize = qFromLittleEndian<quint32>(good.constData() + 16);
    const qsizetype firstRing = 4 + 2 + 2 + 4 + 4 + 4 + metadataSize + 2 + 2 + 2 + 4 + 8 + 2 + 2;
    QByteArray huge = good;
    qToLittleEndian<quint32>(0x7fffffff, huge.data() + firstRing);
    QTest::newRow("ring-larger-than-file") << huge;
    // Where the first feature's detail begins (its byte size, then its rings): after its
    // simplified rings.
    qsizetype detailAt = firstRing;
    for (qsizetype r = qFromLittleEndian<quint16>(good.constData() + firstRing - 2); r > 0; --r) {
        const quint32 points = qFromLittleEndian<quint32>(good.constData() + detailAt);
        detailAt += 4;
        for (quint32 n = 0; n < 2 * points; ++n) {
            while (quint8(good.at(detailAt)) & 0x80)
                ++detailAt;
            ++detailAt;
        }
    }
    // The same in the first feature's detail, which is decoded only when a zoom needs it: the
    // file is refused when loaded all the same.
    QByteArray hugeDetail = good;
    qToLittleEndian<quint32>(0x7fffffff, hugeDetail.data() + detailAt + 4 + 2);
    QTest::newRow("detail-ring-larger-than-file") << hugeDetail;
    // A detail that does not fill the bytes it declares (no rings in them).
    QByteArray emptyDetail = good;
    qToLittleEndian<quint16>(0, emptyDetail.data() + detailAt + 4);
    QTest::newRow("detail-smaller-than-declared") << emptyDetail;
    QByteArray wrongTolerance = good;
    qToLittleEndian<quint32>(16, wrongTolerance.data() + 12);
    QTest::newRow("other-tolerance") << wrongTolerance;
}

void TestMap::corruptResourceIsReported()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString name = dir.filePath(u"world.bin"_s);
    QFile file(name);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QString error;
    QVERIFY(!WorldMap::load(name, &error));
    QVERIFY2(error.startsWith(name), qPrintable(error));
}

void TestMap::projectionMatchesTheResource()
{
    // Jakarta (6.2 S, 106.8 E) projected in C++ falls inside Indonesia's shape, projected by d3.
    const QPointF jakarta = EqualEarth::project(106.85, -6.21);
    bool inside = false;
    for (int f : m_map->featuresOf(u"ID"_s))
        inside |= m_map->detailedPath(f).contains(jakarta);
    QVERIFY(inside);
    // Crimea, inside Russia's shape in Natural Earth, is a shape of its own without a code:
    // neutral, like the other disputed territories (the README's boundary policy).
    const QPointF simferopol = EqualEarth::project(34.10, 44.95);
    int crimea = -1;
    for (int i = 0; i < m_map->features().size(); ++i) {
        if (m_map->detailedPath(i).contains(simferopol))
            crimea = i;
    }
    QVERIFY(crimea >= 0);
    QVERIFY(m_map->features().at(crimea).code.isEmpty());
    QCOMPARE(MapColouring::colour(m_data, *m_map, MapMode(), QDate(2024, 1, 1)).at(crimea), MapCategory::NoRecord);
    const QPointF moscow = EqualEarth::project(37.62, 55.75);
    QVERIFY(m_map->detailedPath(m_map->featuresOf(u"RU"_s).constFirst()).contains(moscow));
}

void TestMap::organizationColouring_data()
{
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<MapCategory>("expected");
    const QDate y1995(1995, 1, 1);
    const QDate y2000(2000, 1, 1);
    QTest::newRow("csto-1995-AZ") << u"csto"_s << u"AZ"_s << y1995 << MapCategory::Member;
    QTest::newRow("csto-1995-GE") << u"csto"_s << u"GE"_s << y1995 << MapCategory::Member;
    QTest::newRow("csto-1995-UZ") << u"csto"_s << u"UZ"_s << y1995 << MapCategory::Member;
    QTest::newRow("csto-2000-AZ") << u"csto"_s << u"AZ"_s << y2000 << MapCategory::Former;
    QTest::newRow("csto-2000-GE") << u"csto"_s << u"GE"_s << y2000 << MapCategory::Former;
    QTest::newRow("csto-2000-UZ") << u"csto"_s << u"UZ"_s << y2000 << MapCategory::Former;
    QTest::newRow("csto-2008-UZ-back") << u"csto"_s << u"UZ"_s << QDate(2008, 1, 1) << MapCategory::Member;
    QTest::newRow("csto-2012-UZ-frozen") << u"csto"_s << u"UZ"_s << QDate(2012, 9, 1) << MapCategory::Suspended;
    QTest::newRow("csto-today-AM-frozen") << u"csto"_s << u"AM"_s << QDate::currentDate() << MapCategory::Suspended;
    QTest::newRow("csto-2020-AM") << u"csto"_s << u"AM"_s << QDate(2020, 1, 1) << MapCategory::Member;
    QTest::newRow("sco-today-MN-partner") << u"sco"_s << u"MN"_s << QDate::currentDate() << MapCategory::Associate;
    QTest::newRow("csto-today-RS-none") << u"csto"_s << u"RS"_s << QDate::currentDate() << MapCategory::NonMember;
    QTest::newRow("csto-1995-ID") << u"csto"_s << u"ID"_s << y1995 << MapCategory::NonMember;
    QTest::newRow("nato-1950-DE") << u"nato"_s << u"DE"_s << QDate(1950, 1, 1) << MapCategory::NonMember;
    QTest::newRow("nato-today-FI") << u"nato"_s << u"FI"_s << QDate::currentDate() << MapCategory::Member;
}

void TestMap::organizationColouring()
{
    QFETCH(QString, organization);
    QFETCH(QString, country);
    QFETCH(QDate, day);
    QFETCH(MapCategory, expected);
    MapMode mode;
    mode.first = organization;
    QCOMPARE(MapColouring::status(m_data, mode, country, day).category, expected);
    // The per-feature colouring the view paints agrees with the per-country status.
    const QList<MapCategory> colours = MapColouring::colour(m_data, *m_map, mode, day);
    for (int f : m_map->featuresOf(country))
        QCOMPARE(colours.at(f), expected);
}

void TestMap::overlapAndTies()
{
    const MapMode overlap = *MapMode::parse(u"overlap/csto,sco"_s);
    const QDate day(2024, 1, 1);
    QCOMPARE(MapColouring::status(m_data, overlap, u"RU"_s, day).category, MapCategory::Both);
    QCOMPARE(MapColouring::status(m_data, overlap, u"CN"_s, day).category, MapCategory::OnlySecond);
    QCOMPARE(MapColouring::status(m_data, overlap, u"BY"_s, day).category, MapCategory::OnlyFirst);
    // Belarus joined the SCO in July 2024.
    QCOMPARE(MapColouring::status(m_data, overlap, u"BY"_s, QDate(2025, 1, 1)).category, MapCategory::Both);
    QCOMPARE(MapColouring::status(m_data, overlap, u"ID"_s, day).category, MapCategory::NonMember);
    // Armenia froze its CSTO participation in 2024: still a member in the overlap, and the
    // tooltip says it is frozen.
    const QDate today = QDate::currentDate();
    QCOMPARE(MapColouring::status(m_data, overlap, u"AM"_s, today).category, MapCategory::OnlyFirst);
    QVERIFY(MapColouring::describe(m_data, overlap, u"AM"_s, today, Language::English).contains(u"frozen"_s));
    QVERIFY(!MapColouring::describe(m_data, overlap, u"BY"_s, today, Language::English).contains(u"frozen"_s));
    // Saudi Arabia was invited into BRICS and never confirmed: a tie short of membership, named
    // by its role.
    const MapMode brics = *MapMode::parse(u"organization/brics"_s);
    QCOMPARE(MapColouring::status(m_data, brics, u"SA"_s, today).category, MapCategory::Associate);
    QCOMPARE(MapColouring::describe(m_data, brics, u"SA"_s, today, Language::English).section(u'\n', 1),
             u"Invited (not confirmed) since 1 January 2024"_s);
    const MapMode ties = *MapMode::parse(u"ties"_s);
    QCOMPARE(MapColouring::status(m_data, ties, u"RU"_s, day).category, MapCategory::Russia);
    QCOMPARE(MapColouring::status(m_data, ties, u"KP"_s, day).category, MapCategory::TreatyAlly);
}

void TestMap::modeParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("organization") << u"organization/csto"_s << true;
    QTest::newRow("ties") << u"ties"_s << true;
    QTest::newRow("overlap") << u"overlap/csto,sco"_s << true;
    QTest::newRow("overlap-same") << u"overlap/csto,csto"_s << false;
    QTest::newRow("overlap-one") << u"overlap/csto"_s << false;
    QTest::newRow("organization-empty") << u"organization/"_s << false;
    QTest::newRow("unknown-kind") << u"alliance/csto"_s << false;
    QTest::newRow("empty") << QString() << false;
    // Modes also come from links and the settings: ids are the data's plain ids, nothing else.
    QTest::newRow("uppercase-id") << u"organization/CSTO"_s << false;
    QTest::newRow("space-in-id") << u"organization/cs to"_s << false;
    QTest::newRow("query-in-id") << u"organization/nato&date=1999-01-01"_s << false;
    QTest::newRow("markup-in-id") << u"organization/<b>x</b>"_s << false;
    QTest::newRow("overlap-bad-second") << u"overlap/csto,s/co"_s << false;
    QTest::newRow("overlap-three") << u"overlap/csto,sco,nato"_s << false;
    QTest::newRow("id-too-long") << u"organization/"_s + QString(65, u'a') << false;
    QTest::newRow("hyphenated-id") << u"organization/eu-nato"_s << true;
}

void TestMap::modeParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const std::optional<MapMode> mode = MapMode::parse(text);
    QCOMPARE(mode.has_value(), valid);
    if (mode)
        QCOMPARE(mode->toString(), text);
}

// A locator's dots are found as far as they are drawn: Germany's middle is Germany, not the
// ring of Luxembourg around it.
void TestMap::smallMarkersHideLessOfTheirNeighbours()
{
    MapRenderer renderer(*m_map);
    const QTransform locator = MapRenderer::fitTransform(m_map->bounds(), QRectF(0, 0, 245, 120));
    const int germany = m_map->featuresOf(u"DE"_s).constFirst();
    const QPointF middle = locator.map(m_map->features().at(germany).labelPoint);
    QCOMPARE(m_map->features().at(renderer.featureAt(middle, locator)).code, u"LU"_s); // rings of the big map
    renderer.setMarkerSize(1.5);
    QCOMPARE(renderer.featureAt(middle, locator), germany);
    const int luxembourg = m_map->featuresOf(u"LU"_s).constFirst();
    QCOMPARE(renderer.featureAt(locator.map(m_map->features().at(luxembourg).labelPoint), locator), luxembourg);
}

void TestMap::svgExportKeepsOnePathPerCountry()
{
    MapExport::Request request;
    request.mode.first = u"csto"_s;
    request.date = QDate(1995, 1, 1);
    request.size = QSize(1200, 640);
    const QByteArray svg = MapExport::svg(m_data, *m_map, request);
    QXmlStreamReader xml(svg);
    QHash<QString, QString> fillById;
    QHash<QString, QString> titleById;
    QString current;
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"path") {
            current = xml.attributes().value(u"id"_s).toString();
            if (!current.isEmpty()) {
                QVERIFY2(!fillById.contains(current), qPrintable(current)); // ids are unique
                fillById.insert(current, xml.attributes().value(u"fill"_s).toString());
                QVERIFY(!xml.attributes().value(u"d"_s).isEmpty());
            }
        } else if (xml.isStartElement() && xml.name() == u"title" && !current.isEmpty()) {
            titleById.insert(current, xml.readElementText());
        } else if (xml.isStartElement() && xml.name() == u"text") {
            texts.append(xml.readElementText());
        } else if (xml.isEndElement() && xml.name() == u"path") {
            current.clear();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    for (const Country &country : std::as_const(m_data.countries))
        QVERIFY2(fillById.contains(country.code), qPrintable(country.code));
    const QString member = MapColouring::colour(MapCategory::Member).name();
    QCOMPARE(fillById.value(u"AZ"_s), member);
    QCOMPARE(fillById.value(u"RU"_s), member);
    QVERIFY(fillById.value(u"ID"_s) != member);
    QVERIFY(titleById.value(u"ID"_s).startsWith(u"Indonesia"_s));
    QVERIFY(titleById.value(u"AZ"_s).startsWith(u"Azerbaijan\n"_s));
    QVERIFY(texts.contains(u"Former member"_s)); // the legend
    QVERIFY(texts.constFirst().startsWith(u"CSTO"_s)); // the title
}

void TestMap::commandLineExport_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("svg") << QStringList{u"--map"_s, u"organization/nato"_s, u"--date"_s, u"1950-01-01"_s} << 0 << QString();
    QTest::newRow("png-size") << QStringList{u"--size"_s, u"800x450"_s} << 0 << QString();
    QTest::newRow("bad-organization") << QStringList{u"--map"_s, u"organization/nope"_s} << 1 << u"nope"_s;
    QTest::newRow("bad-mode") << QStringList{u"--map"_s, u"alliance"_s} << 1 << u"--map"_s;
    QTest::newRow("bad-date") << QStringList{u"--date"_s, u"2024-02-30"_s} << 1 << u"2024-02-30"_s;
    QTest::newRow("bad-size") << QStringList{u"--size"_s, u"huge"_s} << 1 << u"huge"_s;
    QTest::newRow("bad-suffix") << QStringList{u"--file-suffix"_s, u"txt"_s} << 1 << u".svg or .png"_s;
    QTest::newRow("unwritable") << QStringList{u"--unwritable"_s} << 1 << u"could not be written"_s;
}

void TestMap::commandLineExport()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QString suffix = arguments.contains(u"--size"_s) && exitCode == 0 ? u"png"_s : u"svg"_s;
    QString file = dir.filePath(u"map."_s);
    if (const qsizetype i = arguments.indexOf(u"--file-suffix"_s); i >= 0) {
        suffix = arguments.at(i + 1);
        arguments.remove(i, 2);
    }
    if (const qsizetype i = arguments.indexOf(u"--unwritable"_s); i >= 0) {
        file = dir.filePath(u"missing/folder/map."_s);
        arguments.remove(i);
    }
    file += suffix;
    QProcess process;
    process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    process.start(QStringLiteral(SEKUTU_BINARY), QStringList{u"--export-map"_s, file} + arguments);
    QVERIFY(process.waitForFinished(30000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), exitCode);
    if (exitCode == 0) {
        QVERIFY2(QFileInfo(file).size() > 1000, qPrintable(err));
        if (suffix == u"png")
            QCOMPARE(QImage(file).size(), QSize(800, 450));
    } else {
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(!QFileInfo::exists(file));
    }
}

QTEST_MAIN(TestMap)
#include "tst_map.moc"
