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

    // Replaces the text, keeping the scroll position when only the language changed.
    void setHtmlKeepingScroll(const QString &html, bool keepScroll);

signals:
    void targetActivated(const LinkTarget &target);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyleSheet();

    QString m_html;
};
