#include "linkbrowser.h"

#include "content/panestyle.h"

#include <QDesktopServices>
#include <QEvent>
#include <QScrollBar>

using namespace Qt::StringLiterals;

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
    applyStyleSheet();
}

void LinkBrowser::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyStyleSheet();
        if (!m_html.isEmpty())
            setHtmlKeepingScroll(m_html, true);
    }
}

// The HTML names classes, never colours: one style sheet, from the palette, styles it all.
void LinkBrowser::applyStyleSheet()
{
    document()->setDefaultStyleSheet(Html::styleSheet(palette()));
}

QVariant LinkBrowser::loadResource(int type, const QUrl &name)
{
    const bool ownResource = name.scheme() == u"qrc" || (name.scheme().isEmpty() && name.path().startsWith(u":/"));
    if (ownResource)
        return QTextBrowser::loadResource(type, name);
    // Not a null QVariant: on null, QTextDocument::loadResource() goes on to read local files.
    return QByteArray();
}

void LinkBrowser::setHtmlKeepingScroll(const QString &html, bool keepScroll)
{
    m_html = html;
    m_pending = keepScroll && !isVisible();
    if (!m_pending)
        applyHtml(keepScroll);
}

void LinkBrowser::applyHtml(bool keepScroll)
{
    const int position = verticalScrollBar()->value();
    setHtml(m_html);
    verticalScrollBar()->setValue(keepScroll ? position : 0);
}

void LinkBrowser::showEvent(QShowEvent *event)
{
    if (m_pending) {
        m_pending = false;
        applyHtml(true);
    }
    QTextBrowser::showEvent(event);
}
