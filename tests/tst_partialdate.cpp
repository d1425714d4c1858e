#include "data/partialdate.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPartialDate : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void firstDay();
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

QTEST_APPLESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
