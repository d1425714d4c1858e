#include "models/flagicon.h"

#include "models/resourceimage.h"

#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPixmap>

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array Widths{16, 32};
constexpr int SpriteColumns = 16; // as tools/flagicons writes them

QSize sizeOf(int width)
{
    return {width, width * 3 / 4};
}

// Where each flag is in the pictures of all flags: its place in names.txt.
const QHash<QString, int> &cells()
{
    static const QHash<QString, int> cells = [] {
        QHash<QString, int> result;
        QFile file(u":/flags/sprite/names.txt"_s);
        if (file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> names = file.readAll().split('\n');
            for (int i = 0; i < names.size(); ++i) {
                if (!names.at(i).isEmpty())
                    result.insert(QString::fromLatin1(names.at(i)), i);
            }
        }
        return result;
    }();
    return cells;
}

// All flags of one of Widths in one picture, where it lies in the program's resources.
QImage sprite(size_t index)
{
    const QSize cell = sizeOf(Widths[index]);
    const int rows = (int(cells().size()) + SpriteColumns - 1) / SpriteColumns;
    return ResourceImage::raw(u":/flags/sprite/%1.argb"_s.arg(Widths[index]), QSize(SpriteColumns * cell.width(), rows * cell.height()));
}

class FlagEngine final : public QIconEngine
{
public:
    explicit FlagEngine(const QString &code)
        : m_code(code.toLower())
    {
    }

    QIconEngine *clone() const override { return new FlagEngine(*this); }
    QString key() const override { return u"sekutu-flag"_s; }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const int width : Widths)
            sizes.append(sizeOf(width));
        return sizes;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        // The 4:3 flag that fits the box.
        const QSize fitted = QSize(4, 3).scaled(size, Qt::KeepAspectRatio);
        return fitted.isEmpty() ? size : fitted;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QPixmap pixmap = scaledPixmap(rect.size() * ratio, mode, state, ratio);
        const QSize shown = actualSize(rect.size(), mode, state);
        painter->drawPixmap(QRect(QPoint(), shown).translated(rect.center() - QRect(QPoint(), shown).center()), pixmap);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // `size` in device pixels, as QIcon::pixmap() asks.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QSize wanted = actualSize(size, mode, state);
        // The smallest rendition at least as wide as wanted, else the largest.
        int index = int(Widths.size()) - 1;
        for (int i = 0; i < int(Widths.size()); ++i) {
            if (Widths[size_t(i)] >= wanted.width()) {
                index = i;
                break;
            }
        }
        QPixmap &decoded = m_decoded[size_t(index)];
        if (decoded.isNull()) {
            const int cell = cells().value(m_code, -1);
            const QSize size = sizeOf(Widths[size_t(index)]);
            if (cell >= 0) {
                const QPoint at(cell % SpriteColumns * size.width(), cell / SpriteColumns * size.height());
                decoded = QPixmap::fromImage(sprite(size_t(index)).copy(QRect(at, size)));
            }
            decoded.setDevicePixelRatio(scale);
        }
        if (decoded.isNull())
            return decoded;
        if (decoded.size() == wanted) {
            if (decoded.devicePixelRatio() != scale)
                decoded.setDevicePixelRatio(scale); // another screen: kept for it from now on
            return decoded;
        }
        QPixmap scaled = decoded.scaled(wanted, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        scaled.setDevicePixelRatio(scale);
        return scaled;
    }

private:
    QString m_code;
    std::array<QPixmap, Widths.size()> m_decoded;
};

} // namespace

QIcon FlagIcon::make(const QString &code)
{
    return QIcon(new FlagEngine(code));
}
