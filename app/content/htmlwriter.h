#pragma once

#include <QString>
#include <QStringList>

// Small helpers for the HTML the panes show. Every text from the data goes through
// escaped(): data can come from a download and is never interpreted as markup.
namespace Html {

QString escaped(const QString &text);
// An internal link such as sekutu://country/RU around escaped text.
QString link(const QString &target, const QString &text);
// A link to a web page around escaped text when the address is http(s); otherwise the escaped text.
QString externalLink(const QString &url, const QString &text);
// A list of citations (each already HTML) in the small type of the panes' source lists.
QString sourceList(const QStringList &citations);
QString heading(int level, const QString &text);
QString paragraph(const QString &html);
// A two-column table of label → value rows (values already HTML).
QString facts(const QList<QPair<QString, QString>> &rows);
// Data text for Qt::ToolTipRole. Qt renders a tooltip that looks like markup as rich text
// (and would load its <img> files), so the text is escaped into rich text here; empty stays empty.
QString toolTip(const QString &text);

} // namespace Html
