#include "data/partialdate.h"

namespace {

std::optional<int> digits(QStringView text)
{
    int value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

std::optional<PartialDate> PartialDate::parse(QStringView text)
{
    if (text.size() != 4 && text.size() != 7 && text.size() != 10)
        return std::nullopt;
    if ((text.size() >= 7 && text.at(4) != u'-') || (text.size() == 10 && text.at(7) != u'-'))
        return std::nullopt;

    PartialDate date;
    const auto year = digits(text.first(4));
    if (!year || *year < 1)
        return std::nullopt;
    date.m_year = *year;
    if (text.size() >= 7) {
        const auto month = digits(text.sliced(5, 2));
        if (!month || *month < 1 || *month > 12)
            return std::nullopt;
        date.m_month = *month;
    }
    if (text.size() == 10) {
        const auto day = digits(text.sliced(8, 2));
        if (!day || !QDate::isValid(date.m_year, date.m_month, *day))
            return std::nullopt;
        date.m_day = *day;
    }
    return date;
}

PartialDate PartialDate::fromDate(QDate date)
{
    PartialDate result;
    if (date.isValid()) {
        result.m_year = date.year();
        result.m_month = date.month();
        result.m_day = date.day();
    }
    return result;
}

PartialDate::Precision PartialDate::precision() const
{
    if (m_day != 0)
        return Precision::Day;
    return m_month != 0 ? Precision::Month : Precision::Year;
}

QDate PartialDate::firstDay() const
{
    if (!isValid())
        return {};
    return QDate(m_year, m_month ? m_month : 1, m_day ? m_day : 1);
}

QString PartialDate::toString() const
{
    if (!isValid())
        return {};
    QString text = QString::number(m_year).rightJustified(4, u'0');
    if (m_month)
        text += u'-' + QString::number(m_month).rightJustified(2, u'0');
    if (m_day)
        text += u'-' + QString::number(m_day).rightJustified(2, u'0');
    return text;
}
