// Renders the SVG flags to small PNG icons at build time (see tools/flagicons/CMakeLists.txt).
//
//   sekutu_flagicons [--square | --sprite] OUTDIR SIZE[,SIZE...] FILE.svg...
//
// writes OUTDIR/<width>/<name>.png for every flag and width (4:3, so 32 gives 32×24), with a thin
// neutral border; with --square, OUTDIR/<size>/<name>.argb, square and as drawn (the
// application's icon); with --sprite, every flag of a width in one picture, OUTDIR/<width>.argb,
// SpriteColumns to a row in the order given, and their names in that order in OUTDIR/names.txt.
// .argb files are the raw pixels (premultiplied ARGB32 in this machine's byte order: the tool runs
// in the build, on the machine the program is built for), which the program uses where they lie
// in its resources (ResourceImage::raw).
// Decoding one SVG flag takes 1–10 ms (a few take 50), decoding a 32×24 PNG microseconds; the
// raw pictures need no decoding at all: the window's first frame decodes no image.
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// As FlagIcon (app/models/flagicon.cpp) reads them.
constexpr int SpriteColumns = 16;

enum class Mode { Flags, Square, Sprite };

std::optional<QImage> render(const QString &file, int width, Mode mode)
{
    QSvgRenderer renderer(file);
    if (!renderer.isValid())
        return std::nullopt;
    QImage image(width, mode == Mode::Square ? width : width * 3 / 4, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(image.rect()));
    if (mode == Mode::Square)
        return image;
    // A thin neutral border: white stripes (Indonesia's, Russia's) vanish on a white list
    // or pane without one. About one pixel wherever the icon is shown.
    painter.setRenderHint(QPainter::Antialiasing, false);
    const int border = qMax(1, width / 48);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 80));
    const QRect r = image.rect();
    painter.drawRect(QRect(r.left(), r.top(), r.width(), border));
    painter.drawRect(QRect(r.left(), r.bottom() - border + 1, r.width(), border));
    painter.drawRect(QRect(r.left(), r.top() + border, border, r.height() - 2 * border));
    painter.drawRect(QRect(r.right() - border + 1, r.top() + border, border, r.height() - 2 * border));
    return image;
}

bool save(const QImage &image, const QString &out, QTextStream &err)
{
    bool saved = QDir().mkpath(QFileInfo(out).path());
    if (saved && out.endsWith(u".argb")) {
        const QImage pixels = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QSaveFile file(out);
        saved = file.open(QIODevice::WriteOnly)
                && file.write(reinterpret_cast<const char *>(pixels.constBits()), pixels.sizeInBytes()) == pixels.sizeInBytes()
                && file.commit();
    } else if (saved) {
        saved = image.save(out, "PNG");
    }
    if (!saved)
        err << "sekutu_flagicons: cannot write " << out << Qt::endl;
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    // No display at build time; SVG rendering needs no more than this.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    QStringList args = app.arguments();
    Mode mode = Mode::Flags;
    if (args.size() > 1 && (args.at(1) == u"--square" || args.at(1) == u"--sprite")) {
        mode = args.at(1) == u"--square" ? Mode::Square : Mode::Sprite;
        args.removeAt(1);
    }
    if (args.size() < 4) {
        err << "usage: sekutu_flagicons [--square | --sprite] OUTDIR SIZE[,SIZE...] FILE.svg..." << Qt::endl;
        return 2;
    }
    const QString outDir = args.at(1);
    QList<int> widths;
    for (const QString &size : args.at(2).split(u',')) {
        bool ok = false;
        const int width = size.toInt(&ok);
        if (!ok || width < 4 || width > 1024) {
            err << "sekutu_flagicons: bad size " << size << Qt::endl;
            return 2;
        }
        widths.append(width);
    }
    const QStringList files = args.mid(3);
    for (const int width : widths) {
        const int height = width * 3 / 4;
        const int rows = (int(files.size()) + SpriteColumns - 1) / SpriteColumns;
        QImage sprite(mode == Mode::Sprite ? QSize(SpriteColumns * width, rows * height) : QSize(), QImage::Format_ARGB32_Premultiplied);
        sprite.fill(Qt::transparent);
        for (int i = 0; i < files.size(); ++i) {
            const std::optional<QImage> image = render(files.at(i), width, mode);
            if (!image) {
                err << "sekutu_flagicons: cannot read " << files.at(i) << Qt::endl;
                return 1;
            }
            const QString name = QFileInfo(files.at(i)).completeBaseName();
            if (mode == Mode::Sprite) {
                QPainter(&sprite).drawImage(i % SpriteColumns * width, i / SpriteColumns * height, *image);
            } else if (!save(*image, u"%1/%2/%3.%4"_s.arg(outDir).arg(width).arg(name, mode == Mode::Square ? u"argb"_s : u"png"_s), err)) {
                return 1;
            }
        }
        if (mode == Mode::Sprite && !save(sprite, u"%1/%2.argb"_s.arg(outDir).arg(width), err))
            return 1;
    }
    if (mode == Mode::Sprite) {
        QSaveFile names(outDir + u"/names.txt"_s);
        QStringList list;
        for (const QString &file : files)
            list.append(QFileInfo(file).completeBaseName());
        if (!names.open(QIODevice::WriteOnly) || names.write((list.join(u'\n') + u'\n').toUtf8()) < 0 || !names.commit()) {
            err << "sekutu_flagicons: cannot write " << names.fileName() << Qt::endl;
            return 1;
        }
    }
    return 0;
}
