// The panes' text built from the bundled data (content/panehtml): what a reader meets first
// on a country's page.
#include "content/panehtml.h"
#include "sessionfixture.h"

#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace

class TestPaneHtml : public QObject
{
    Q_OBJECT

private slots:
    void officialName_data();
    void officialName();
    void noObsoleteNames();
};

void TestPaneHtml::officialName_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("subtitle");
    QTest::newRow("china-en") << u"CN"_s << Language::English << u"Tiongkok in Indonesian; officially People's Republic of China"_s;
    QTest::newRow("china-id") << u"CN"_s << Language::Indonesian << u"China dalam bahasa Inggris; resminya Republik Rakyat Tiongkok"_s;
    QTest::newRow("timor-leste-en") << u"TL"_s << Language::English << u"Timor Leste in Indonesian; officially Democratic Republic of Timor-Leste"_s;
    QTest::newRow("timor-leste-id") << u"TL"_s << Language::Indonesian << u"Timor-Leste dalam bahasa Inggris; resminya Republik Demokratik Timor Leste"_s;
    QTest::newRow("russia-id") << u"RU"_s << Language::Indonesian << u"Russia dalam bahasa Inggris; resminya Federasi Rusia"_s;
    // No official name other than the short one: no "officially" at all.
    QTest::newRow("japan-en") << u"JP"_s << Language::English << u"Jepang in Indonesian"_s;
    QTest::newRow("hungary-id") << u"HU"_s << Language::Indonesian << u"Hungary dalam bahasa Inggris"_s;
}

void TestPaneHtml::officialName()
{
    QFETCH(QString, code);
    QFETCH(Language, language);
    QFETCH(QString, subtitle);
    SessionFixture session(language);
    const QStringList lines = plainText(PaneHtml::country(session->dataset(), code, language)).split(u'\n');
    QVERIFY(lines.size() > 2);
    QCOMPARE(lines.at(1), subtitle);
}

// iso-codes' Indonesian short names include the province name of the occupation ("Timor
// Timur") and a name Indonesia dropped in 2014 ("Cina"): neither reaches a pane.
void TestPaneHtml::noObsoleteNames()
{
    SessionFixture session(Language::Indonesian);
    static const QRegularExpression obsolete(u"Timor Timur|\\bCina\\b|Kepemimpinan|Repulik"_s);
    for (const Country &country : session->dataset().countries) {
        const QString text = plainText(PaneHtml::country(session->dataset(), country.code, Language::Indonesian));
        const auto match = obsolete.match(text.section(u'\n', 0, 2));
        QVERIFY2(!match.hasMatch(), qPrintable(u"%1: %2"_s.arg(country.code, match.captured())));
    }
}

QTEST_MAIN(TestPaneHtml)
#include "tst_panehtml.moc"
