#include "cli/terminaltext.h"

#include "data/namerules.h"

using namespace Qt::StringLiterals;

QString TerminalText::safe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f);
        if (control || NameRules::hasBidiControl(QString(c)))
            out += u"\\u{%1}"_s.arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}
