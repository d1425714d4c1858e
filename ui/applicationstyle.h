#pragma once

#include <QProxyStyle>

// A style (the one the application would use: the desktop's, or -style, QT_STYLE_OVERRIDE), with
// the tool bar and menu bar extension buttons ("»") drawn by ArrowIcon. Qt's own style reads those from PNG files through QImageReader, which loads every
// image-format plugin (GIF, ICO, JPEG, SVG) to probe them: 2 ms of startup for two tiny arrows.
class ApplicationStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    // Over a new instance of the style named `baseStyle` (QStyleFactory's keys; QStyle::name()).
    explicit ApplicationStyle(const QString &baseStyle);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
