// Renders the SVG flags to small PNG icons at build time (see app/CMakeLists.txt).
//
//   sekutu_flagicons [--square] OUTDIR SIZE[,SIZE...] FILE.svg...
//
// writes OUTDIR/<width>/<name>.png for every flag and width (4:3, so 32 gives 32×24), with a thin
// neutral border; with --square, square and as drawn (the application's icon: the window icon
// then needs no SVG renderer at startup).
// Decoding one SVG flag takes 1–10 ms (a few take 50), decoding a 32×24 PNG microseconds;
// the country list paints about thirty flags in its first frame.
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

using namespace Qt::StringLiterals;

static bool save(const QImage &image, const QString &outDir, int width, const QString &name, QTextStream &err)
{
    const QString out = u"%1/%2/%3.png"_s.arg(outDir).arg(width).arg(name);
    if (!image.save(out, "PNG")) {
        err << "sekutu_flagicons: cannot write " << out << Qt::endl;
        return false;
    }
    return true;
}

int main(int argc, char *argv[])
{
    // No display at build time; SVG rendering needs no more than this.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    QStringList args = app.arguments();
    const bool square = args.size() > 1 && args.at(1) == u"--square";
    if (square)
        args.removeAt(1);
    if (args.size() < 4) {
        err << "usage: sekutu_flagicons [--square] OUTDIR SIZE[,SIZE...] FILE.svg..." << Qt::endl;
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
        QDir().mkpath(u"%1/%2"_s.arg(outDir).arg(width));
    }
    for (const QString &file : args.mid(3)) {
        QSvgRenderer renderer(file);
        if (!renderer.isValid()) {
            err << "sekutu_flagicons: cannot read " << file << Qt::endl;
            return 1;
        }
        const QString name = QFileInfo(file).completeBaseName();
        for (const int width : widths) {
            QImage image(width, square ? width : width * 3 / 4, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(image.rect()));
            if (square) {
                painter.end();
                if (!save(image, outDir, width, name, err))
                    return 1;
                continue;
            }
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
            painter.end();
            if (!save(image, outDir, width, name, err))
                return 1;
        }
    }
    return 0;
}
