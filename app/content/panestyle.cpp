#include "content/panestyle.h"

#include <QColor>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Html {

QColor tint(const QColor &from, const QColor &to, float amount)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * amount,
                            from.greenF() + (to.greenF() - from.greenF()) * amount,
                            from.blueF() + (to.blueF() - from.blueF()) * amount);
}

QString styleSheet(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor highlight = palette.color(QPalette::Highlight);
    const QString link = palette.color(QPalette::Link).name();
    // Not QPalette::PlaceholderText: it is the text colour at half opacity, and name() drops that.
    const QString dim = tint(base, text, 0.62f).name();
    const QString check = palette.color(QPalette::AlternateBase).name();
    const QString boxBackground = tint(base, text, 0.045f).name();
    const QString boxBorder = tint(base, text, 0.16f).name();
    const QString noteBackground = tint(base, highlight, 0.10f).name();
    const QString noteBorder = tint(base, highlight, 0.45f).name();
    // Sizes are relative or small fixed gaps, so that zooming the view's font scales the text.
    return uR"(
h1 { font-size: x-large; margin-top: 4px; margin-bottom: 6px; }
h2 { font-size: large; margin-top: 16px; margin-bottom: 6px; }
a { color: %1; }
.dim, .asof, .subtitle { color: %2; }
.asof { font-size: small; margin-top: 12px; }
ul.sources { font-size: small; color: %2; }
table.facts th { color: %2; font-weight: normal; padding-right: 12px; }
table.members th, table.history td { padding-right: 8px; }
.check { background-color: %3; padding: 6px; }
blockquote { margin-left: 16px; font-style: italic; }
p.text { margin-top: 0px; margin-bottom: 12px; line-height: 140%; }
p.language { font-size: small; color: %2; margin-top: 0px; margin-bottom: 4px; }
p.lead { font-size: large; margin-top: 0px; margin-bottom: 14px; line-height: 140%; }
table.attribution { margin-bottom: 20px; background-color: %4; border-color: %5; border-style: solid; border-collapse: collapse; }
td.label { color: %2; padding-right: 10px; }
p.meta { margin-top: 0px; margin-bottom: 0px; line-height: 120%; }
table.changed { margin-top: -4px; margin-bottom: 16px; background-color: %6; border-color: %7; border-style: solid; border-collapse: collapse; }
table.contested { margin-top: -4px; margin-bottom: 16px; background-color: %4; border-color: %5; border-style: solid; border-collapse: collapse; }
p.notehead { font-size: small; font-weight: bold; color: %2; margin-top: 0px; margin-bottom: 4px; }
p.changedhead { font-size: small; font-weight: bold; margin-top: 0px; margin-bottom: 4px; }
p.note { margin-top: 0px; margin-bottom: 0px; line-height: 130%; }
p.checked { font-size: small; color: %2; margin-top: -6px; margin-bottom: 12px; }
)"_s.arg(link, dim, check, boxBackground, boxBorder, noteBackground, noteBorder);
}

} // namespace Html
