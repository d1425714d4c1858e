// WidestText finds the width of the widest text without measuring every text; it must give the
// width measuring every text would give.
#include "ui/widesttext.h"

#include <QApplication>
#include <QFont>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestWidestText : public QObject
{
    Q_OBJECT

private slots:
    void sameAsMeasuringEvery_data();
    void sameAsMeasuringEvery();
    void kerningDoesNotMisleadIt();
};

void TestWidestText::sameAsMeasuringEvery_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<int>("pointSize");
    QTest::newRow("none") << QStringList() << 10;
    QTest::newRow("one") << QStringList{u"Indonesia"_s} << 10;
    QTest::newRow("countries")
        << QStringList{u"Rusia"_s, u"Bosnia dan Herzegovina"_s, u"Saint Vincent dan Grenadine"_s, u"Côte d'Ivoire"_s,
                       u"Republik Demokratik Kongo"_s, u"Timor Leste"_s, u"Türkiye"_s}
        << 10;
    // The longest text is not the widest.
    QTest::newRow("narrow-letters") << QStringList{u"illilillilllilillilil"_s, u"WMWMWMWMWMW"_s, u"Oman"_s} << 12;
    QTest::newRow("kerning-pairs") << QStringList{u"AVAVAVAVAVAVAV"_s, u"AWAYTOYOTA"_s, u"ABCDEFGHIJ"_s} << 14;
    QTest::newRow("other-scripts")
        << QStringList{u"Россия"_s, u"Казахстан"_s, u"Кыргызстан"_s, u"Ελλάδα"_s, u"中国"_s, u"Việt Nam"_s} << 10;
    QTest::newRow("empty-texts") << QStringList{QString(), QString(), u"Fiji"_s} << 10;
}

void TestWidestText::sameAsMeasuringEvery()
{
    QFETCH(QStringList, texts);
    QFETCH(int, pointSize);
    QFont font = QApplication::font();
    font.setPointSize(pointSize);
    const QFontMetrics metrics(font);
    int expected = 0;
    for (const QString &text : texts)
        expected = std::max(expected, metrics.horizontalAdvance(text));
    QCOMPARE(WidestText::width(metrics, texts), expected);
}

// A kerned text is narrower than its characters' advances add up to: a text that is estimated
// narrower but is wider must win.
void TestWidestText::kerningDoesNotMisleadIt()
{
    QFont font = QApplication::font();
    font.setPointSize(24);
    const QFontMetrics metrics(font);
    const QString kerned = u"AVAVAVAVAVAVAVAVAVAVAVAV"_s;
    int estimate = 0;
    for (const QChar c : kerned)
        estimate += metrics.horizontalAdvance(c);
    const int actual = metrics.horizontalAdvance(kerned);
    QString plain;
    while (metrics.horizontalAdvance(plain) <= actual)
        plain += u'x';
    if (metrics.horizontalAdvance(plain) >= estimate)
        QSKIP("this font kerns AV by less than the width of an x");
    QCOMPARE(WidestText::width(metrics, {kerned, plain}), metrics.horizontalAdvance(plain));
}

QTEST_MAIN(TestWidestText)
#include "tst_widesttext.moc"
