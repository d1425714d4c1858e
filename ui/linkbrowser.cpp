#include "linkbrowser.h"

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
    if (event->type() == QEvent::PaletteChange && !m_html.isEmpty()) {
        applyStyleSheet();
        setHtmlKeepingScroll(m_html, true);
    }
}

// The panes' HTML names classes, never colours, so that light and dark palettes both read well.
void LinkBrowser::applyStyleSheet()
{
    const QPalette p = palette();
    const QString dim = p.color(QPalette::PlaceholderText).name();
    document()->setDefaultStyleSheet(
        u"h1 { font-size: x-large; margin-bottom: 4px; }"
        "h2 { font-size: large; margin-top: 16px; margin-bottom: 4px; }"
        "a { color: %1; }"
        ".dim, .asof, .subtitle { color: %2; }"
        ".asof { font-size: small; margin-top: 12px; }"
        "ul.sources { font-size: small; color: %2; }"
        "table.facts th { color: %2; font-weight: normal; padding-right: 12px; }"
        "table.members th, table.history td { padding-right: 8px; }"
        ".check { background-color: %3; padding: 6px; }"
        "blockquote { margin-left: 16px; font-style: italic; }"_s.arg(p.color(QPalette::Link).name(), dim,
                                                                         p.color(QPalette::AlternateBase).name()));
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
