#include "linkbrowser.h"

#include <QDesktopServices>
#include <QScrollBar>

LinkBrowser::LinkBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"sekutu") {
            const LinkTarget target = LinkTarget::fromUrl(url);
            if (target.isValid())
                emit targetActivated(target);
        } else if (url.scheme() == u"http" || url.scheme() == u"https") {
            QDesktopServices::openUrl(url);
        }
    });
}

void LinkBrowser::setHtmlKeepingScroll(const QString &html, bool keepScroll)
{
    const int position = verticalScrollBar()->value();
    setHtml(html);
    verticalScrollBar()->setValue(keepScroll ? position : 0);
}
