#include "arrowicon.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace {

class ArrowEngine final : public QIconEngine
{
public:
    enum class Shape { Arrow, Chevrons };

    ArrowEngine(Qt::ArrowType direction, Shape shape)
        : m_direction(direction)
        , m_shape(shape)
    {
    }

    QIconEngine *clone() const override { return new ArrowEngine(m_direction, m_shape); }

    QString key() const override { return QStringLiteral("sekutu-arrow"); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        // A square in the middle of the rectangle, drawn as a right-pointing arrow and turned.
        const qreal side = qMin(rect.width(), rect.height());
        const qreal stroke = qMax(1.5, side / 10.0);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(QRectF(rect).center());
        painter->rotate(angle());
        painter->setPen(QPen(palette.color(group, QPalette::ButtonText), stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const qreal r = side * 0.32;
        QPainterPath arrow;
        if (m_shape == Shape::Arrow) {
            arrow.moveTo(-r, 0);
            arrow.lineTo(r, 0);
            arrow.moveTo(r * 0.1, -r * 0.9);
            arrow.lineTo(r, 0);
            arrow.lineTo(r * 0.1, r * 0.9);
        } else {
            for (const qreal tip : {0.0, r}) {
                arrow.moveTo(tip - r * 0.6, -r * 0.6);
                arrow.lineTo(tip, 0);
                arrow.lineTo(tip - r * 0.6, r * 0.6);
            }
        }
        painter->drawPath(arrow);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // `size` in device pixels, as QIcon::pixmap() asks.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), (QSizeF(size) / scale).toSize()), mode, state);
        return pixmap;
    }

private:
    qreal angle() const
    {
        switch (m_direction) {
        case Qt::LeftArrow: return 180;
        case Qt::UpArrow: return -90;
        case Qt::DownArrow: return 90;
        default: return 0;
        }
    }

    Qt::ArrowType m_direction = Qt::RightArrow;
    Shape m_shape = Shape::Arrow;
};

} // namespace

QIcon ArrowIcon::make(Qt::ArrowType direction)
{
    return QIcon(new ArrowEngine(direction, ArrowEngine::Shape::Arrow));
}

QIcon ArrowIcon::chevrons(Qt::ArrowType direction)
{
    return QIcon(new ArrowEngine(direction, ArrowEngine::Shape::Chevrons));
}
