#pragma once

#include "navigation/linktarget.h"

#include <QTextBrowser>

// A read-only rich-text view whose sekutu:// links navigate inside the app and whose
// http(s) links open in the web browser; any other scheme is ignored.
class LinkBrowser final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit LinkBrowser(QWidget *parent = nullptr);

    // Replaces the text, keeping the scroll position when only the language changed. Then, while
    // hidden (another page of the window), the text is only laid out when shown: a language
    // switch laid out every pane's text, seen or not.
    void setHtmlKeepingScroll(const QString &html, bool keepScroll);

    // Only the app's own resources (":/flags/ru.svg", qrc:) are loaded. The text may come from a
    // downloaded dataset; should markup ever slip through, it still reaches no file or server.
    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void targetActivated(const LinkTarget &target);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyStyleSheet();
    void applyHtml(bool keepScroll);

    QString m_html;
    bool m_pending = false; // m_html is still to be set, when shown
};
