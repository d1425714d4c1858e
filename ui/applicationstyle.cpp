#include "applicationstyle.h"

#include "arrowicon.h"

#include <QGuiApplication>
#include <QStyleOption>
#include <QWidget>

ApplicationStyle::ApplicationStyle(const QString &baseStyle)
    : QProxyStyle(baseStyle)
{
}

QIcon ApplicationStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    const Qt::LayoutDirection direction = option ? option->direction
                                          : widget ? widget->layoutDirection()
                                                   : QGuiApplication::layoutDirection();
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton:
        return ArrowIcon::chevrons(direction == Qt::RightToLeft ? Qt::LeftArrow : Qt::RightArrow);
    case SP_ToolBarVerticalExtensionButton:
        return ArrowIcon::chevrons(Qt::DownArrow);
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}
