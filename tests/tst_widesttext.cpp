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
    void narrowLettersDoNotMisleadIt_data();
    void narrowLettersDoNotMisleadIt();
    void shapedScriptsAreMeasured();
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
    // Shaped scripts: far from the sum of their letters.
    QTest::newRow("arabic") << QStringList{u"مصر"_s.repeated(10), u"Indonesia Raya Merdeka Jaya"_s} << 10;
    QTest::newRow("devanagari") << QStringList{u"भारत गणराज्य"_s.repeated(4), u"Republic of India, Bharat"_s} << 10;
    QTest::newRow("combining-marks") << QStringList{u"Vie\u0302\u0323t Nam"_s.repeated(3), u"Socialist Republic of Viet Nam"_s} << 10;
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

void TestWidestText::narrowLettersDoNotMisleadIt_data()
{
    QTest::addColumn<int>("pointSize");
    QTest::newRow("9 pt") << 9;
    QTest::newRow("12 pt") << 12;
}

// Narrow letters, whose advances are fractions of a pixel off when rounded: a text of t against
// one of i, every pair of lengths up to fifty and seventy.
void TestWidestText::narrowLettersDoNotMisleadIt()
{
    QFETCH(int, pointSize);
    QFont font = QApplication::font();
    font.setPointSize(pointSize);
    const QFontMetrics metrics(font);
    for (int ts = 1; ts <= 50; ++ts) {
        for (int is = 1; is <= 70; ++is) {
            const QStringList texts{QString(ts, u't'), QString(is, u'i')};
            const int expected = std::max(metrics.horizontalAdvance(texts.at(0)), metrics.horizontalAdvance(texts.at(1)));
            QCOMPARE(WidestText::width(metrics, texts), expected);
        }
    }
}

// A shaped script is far narrower (or wider) than its letters: a Latin text just wider than
// an Arabic one that its letters make look much wider must win.
void TestWidestText::shapedScriptsAreMeasured()
{
    QFont font = QApplication::font();
    font.setPointSize(10);
    const QFontMetrics metrics(font);
    for (const QString &shaped : {u"مصر"_s.repeated(10), u"भारत गणराज्य"_s.repeated(4)}) {
        const int actual = metrics.horizontalAdvance(shaped);
        QString latin;
        while (metrics.horizontalAdvance(latin) <= actual)
            latin += u'x';
        QCOMPARE(WidestText::width(metrics, {shaped, latin}), metrics.horizontalAdvance(latin));
        QCOMPARE(WidestText::width(metrics, {latin.left(1), shaped}), actual);
    }
}

QTEST_MAIN(TestWidestText)
#include "tst_widesttext.moc"
