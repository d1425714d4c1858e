#include "i18n/formatting.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QLocale localeFor(Language language)
{
    return language == Language::Indonesian ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                            : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString formatDate(const PartialDate &date, Language language)
{
    if (!date.isValid())
        return {};
    const QLocale locale = localeFor(language);
    switch (date.precision()) {
    case PartialDate::Precision::Day:
        return locale.toString(date.firstDay(), u"d MMMM yyyy"_s);
    case PartialDate::Precision::Month:
        return locale.toString(date.firstDay(), u"MMMM yyyy"_s);
    case PartialDate::Precision::Year:
        break;
    }
    return QString::number(date.year());
}

QString formatNumber(qint64 value, Language language)
{
    return localeFor(language).toString(value);
}

QString formatCitation(const QString &publisher, const QString &title, const PartialDate &date, Language language)
{
    if (!date.isValid())
        return QCoreApplication::translate("Citation", "%1, “%2”", "publisher, title").arg(publisher, title);
    return QCoreApplication::translate("Citation", "%1, “%2”, %3", "publisher, title, date")
        .arg(publisher, title, formatDate(date, language));
}
