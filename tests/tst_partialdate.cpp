#include "data/partialdate.h"
#include "data/yearstep.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPartialDate : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void firstDay();
    void sameDayInYear_data();
    void sameDayInYear();
};

void TestPartialDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("day") << u"1992-05-15"_s << true;
    QTest::newRow("month") << u"2024-02"_s << true;
    QTest::newRow("year") << u"1999"_s << true;
    QTest::newRow("leap-day") << u"2024-02-29"_s << true;
    QTest::newRow("not-leap") << u"2023-02-29"_s << false;
    QTest::newRow("month-13") << u"1993-13-01"_s << false;
    QTest::newRow("day-32") << u"1993-01-32"_s << false;
    QTest::newRow("april-31") << u"1993-04-31"_s << false;
    QTest::newRow("year-zero") << u"0000"_s << false;
    QTest::newRow("short-month") << u"1993-1"_s << false;
    QTest::newRow("slashes") << u"1993/01/01"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("letters") << u"abcd"_s << false;
}

void TestPartialDate::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto date = PartialDate::parse(text);
    QCOMPARE(date.has_value(), valid);
    if (valid)
        QCOMPARE(date->toString(), text);
}

void TestPartialDate::firstDay()
{
    QCOMPARE(PartialDate::parse(u"2024-02")->firstDay(), QDate(2024, 2, 1));
    QCOMPARE(PartialDate::parse(u"1999")->firstDay(), QDate(1999, 1, 1));
    QCOMPARE(PartialDate::parse(u"1999")->precision(), PartialDate::Precision::Year);
    QVERIFY(!PartialDate().isValid());
}

// The rule of the pane's year stepper and the map's time slider.
void TestPartialDate::sameDayInYear_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("earliest");
    QTest::addColumn<QDate>("latest");
    QTest::addColumn<QDate>("expected");
    const QDate none;
    QTest::newRow("same-day-earlier") << QDate(2004, 3, 29) << 1999 << none << none << QDate(1999, 3, 29);
    QTest::newRow("same-day-later") << QDate(1999, 3, 29) << 2004 << none << none << QDate(2004, 3, 29);
    QTest::newRow("leap-day-to-common") << QDate(2024, 2, 29) << 2023 << none << none << QDate(2023, 2, 28);
    QTest::newRow("leap-day-to-leap") << QDate(2024, 2, 29) << 1996 << none << none << QDate(1996, 2, 29);
    QTest::newRow("leap-day-to-1900") << QDate(2024, 2, 29) << 1900 << none << none << QDate(1900, 2, 28);
    QTest::newRow("end-of-year") << QDate(2000, 12, 31) << 1992 << none << none << QDate(1992, 12, 31);
    QTest::newRow("before-founding") << QDate(2004, 3, 29) << 1992 << QDate(1992, 5, 15) << none
                                     << QDate(1992, 5, 15);
    QTest::newRow("after-founding") << QDate(2004, 6, 1) << 1992 << QDate(1992, 5, 15) << none << QDate(1992, 6, 1);
    QTest::newRow("after-today") << QDate(2004, 12, 25) << 2026 << none << QDate(2026, 11, 29)
                                 << QDate(2026, 11, 29);
    QTest::newRow("before-today") << QDate(2004, 3, 29) << 2026 << none << QDate(2026, 11, 29) << QDate(2026, 3, 29);
    QTest::newRow("year-unchanged") << QDate(2010, 7, 4) << 2010 << QDate(1949, 4, 4) << QDate(2026, 11, 29)
                                    << QDate(2010, 7, 4);
    QTest::newRow("invalid-day") << QDate() << 1999 << none << none << QDate();
}

void TestPartialDate::sameDayInYear()
{
    QFETCH(QDate, day);
    QFETCH(int, year);
    QFETCH(QDate, earliest);
    QFETCH(QDate, latest);
    QFETCH(QDate, expected);
    QCOMPARE(::sameDayInYear(day, year, earliest, latest), expected);
}

QTEST_APPLESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
