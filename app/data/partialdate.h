#pragma once

#include <QDate>
#include <QString>

#include <optional>

// A date known to the day, the month or only the year ("1992-05-15", "2024-02", "1999"),
// as sources give them. Comparisons use the first day of the period it names.
class PartialDate
{
public:
    enum class Precision { Year, Month, Day };

    PartialDate() = default;

    // Parses YYYY, YYYY-MM or YYYY-MM-DD; nullopt when the text is not a real calendar date.
    static std::optional<PartialDate> parse(QStringView text);
    static PartialDate fromDate(QDate date);

    bool isValid() const { return m_year != 0; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }
    Precision precision() const;

    QDate firstDay() const;
    QString toString() const;

    friend bool operator==(const PartialDate &a, const PartialDate &b)
    {
        return a.m_year == b.m_year && a.m_month == b.m_month && a.m_day == b.m_day;
    }
    friend bool operator!=(const PartialDate &a, const PartialDate &b) { return !(a == b); }

private:
    int m_year = 0;
    int m_month = 0; // 0: unknown
    int m_day = 0;   // 0: unknown
};
