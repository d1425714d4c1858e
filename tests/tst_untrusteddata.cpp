// Data from a download or an opened folder is untrusted. A dataset full of markup — an <img>
// of a local file, a file: link, a javascript: source — loads (it is only text), and then
// shows as text: no tag from the data reaches the panes' HTML or the tooltips, links go only
// to sekutu://, http and https, and the panes' browser loads nothing but the app's own resources.
#include "content/articlehtml.h"
#include "content/panehtml.h"
#include "data/datasetloader.h"
#include "data/datasetpublisher.h"
#include "session/datasources.h"
#include "session/session.h"
#include "models/articlemodel.h"
#include "models/countrymodel.h"
#include "models/membershipmodel.h"
#include "models/organizationmodel.h"
#include "models/overlapmodel.h"
#include "ui/comparisonchart.h"
#include "ui/linkbrowser.h"
#include "ui/locatormap.h"
#include "ui/mainwindow.h"
#include "ui/mapview.h"
#include "ui/membershipchart.h"
#include "ui/tieschart.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QHelpEvent>
#include <QToolTip>
#include <QLegend>
#include <QLegendMarker>
#include <QValueAxis>
#include <QWindow>
#include <QXmlStreamReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

const QString ImgTag = u"<img src=file:///etc/passwd>"_s;
const QString QuotedImgTag = u"<img src=\"file:///etc/passwd\">"_s;
const QString FileLink = u"<a href=\"file:///etc/passwd\">open me</a>"_s;

qsizetype indexOf(const QJsonArray &array, const QString &key, const QString &value)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (array.at(i).toObject().value(key).toString() == value)
            return i;
    }
    return -1;
}

QJsonObject both(const QString &text)
{
    return {{u"en"_s, text}, {u"id"_s, text}};
}

// The bundled data as a published file, with markup planted in texts, names and sources.
QByteArray maliciousDataset()
{
    DataErrors errors;
    const QByteArray bundled = DatasetPublisher::publish(DatasetLoader::bundledDirectory(), u"1"_s, u"2026-11-25"_s, &errors);
    QJsonObject root = QJsonDocument::fromJson(bundled).object();

    QJsonArray countries = root.value(u"countries").toArray();
    const qsizetype ru = indexOf(countries, u"code"_s, u"RU"_s);
    QJsonObject russia = countries.at(ru).toObject();
    russia[u"name"] = both(u"Russia"_s + ImgTag);
    russia[u"iso_name"] = both(QuotedImgTag + u"Russian Federation"_s);
    russia[u"official_name"] = both(QuotedImgTag + u"Russian Federation"_s);
    russia[u"note"] = both(FileLink + u"<script>alert(1)</script>"_s);
    russia[u"capital"] = both(u"<b style=\"background:url(file:///etc/passwd)\">Moscow</b>"_s);
    QJsonObject population = russia.value(u"population").toObject();
    population[u"source"] = u"World Bank <b>SP.POP.TOTL</b>"_s + ImgTag;
    russia[u"population"] = population;
    QJsonArray sources = russia.value(u"source").toArray();
    sources.append(QJsonObject{{u"publisher"_s, ImgTag}, {u"title"_s, u"javascript:alert(document.cookie)"_s + FileLink},
                               {u"date"_s, u"2026"_s}});
    sources.append(QJsonObject{{u"publisher"_s, QuotedImgTag}, {u"title"_s, u"Title"_s + ImgTag}, {u"date"_s, u"2026"_s},
                               {u"url"_s, u"https://example.org/\"><img/src=file:///etc/passwd>"_s}});
    russia[u"source"] = sources;
    countries[ru] = russia;
    root[u"countries"] = countries;

    QJsonArray organizations = root.value(u"organizations").toArray();
    const qsizetype csto = indexOf(organizations, u"id"_s, u"csto"_s);
    QJsonObject org = organizations.at(csto).toObject();
    org[u"name"] = both(u"Collective"_s + QuotedImgTag);
    org[u"abbreviation"] = both(u"CSTO<b>"_s + ImgTag);
    org[u"summary"] = both(FileLink + ImgTag);
    QJsonArray members = org.value(u"members").toArray();
    QJsonObject member = members.at(0).toObject();
    member[u"note"] = both(ImgTag);
    member[u"source"] = QJsonArray{QJsonObject{{u"publisher"_s, u"javascript:alert(1)"_s}, {u"title"_s, ImgTag},
                                               {u"date"_s, u"2026"_s}}};
    members[0] = member;
    org[u"members"] = members;
    organizations[csto] = org;
    root[u"organizations"] = organizations;

    QJsonArray relations = root.value(u"relations").toArray();
    QJsonObject relation = relations.at(0).toObject();
    relation[u"summary"] = both(ImgTag + u" summary"_s);
    relations[0] = relation;
    root[u"relations"] = relations;

    QJsonArray articles = root.value(u"articles").toArray();
    QJsonObject article = articles.at(0).toObject();
    // The schema lets this through (http, no spaces); QUrl's strict mode does not.
    article[u"url"] = u"https://example.org/\"><img/src=file:///etc/passwd>"_s;
    article[u"copyright"] = FileLink;
    article[u"publisher"] = u"<i>Serambinews</i>"_s + ImgTag;
    QJsonArray paragraphs = article.value(u"paragraphs").toArray();
    QJsonObject paragraph = paragraphs.at(0).toObject();
    QJsonObject text = paragraph.value(u"text").toObject();
    text[u"en"] = text.value(u"en").toString() + u" "_s + ImgTag;
    text[u"id"] = text.value(u"id").toString() + u" "_s + FileLink;
    paragraph[u"text"] = text;
    paragraphs[0] = paragraph;
    article[u"paragraphs"] = paragraphs;
    articles[0] = article;
    root[u"articles"] = articles;
    return QJsonDocument(root).toJson();
}

// Every tag in the HTML that the app did not write itself would show up here.
void verifySafe(const QString &html)
{
    QString withoutFlags = html;
    withoutFlags.remove(QRegularExpression(u"<img src=\":/flags/96/[a-z]{2}\\.png\" width=\"48\" height=\"36\">"_s));
    QVERIFY2(!withoutFlags.contains(u"<img", Qt::CaseInsensitive), qPrintable(html));
    QVERIFY(!html.contains(u"<script", Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"<b style", Qt::CaseInsensitive));
    static const QRegularExpression href(u"href=\"([^\"]*)\""_s);
    for (auto it = href.globalMatch(html); it.hasNext();) {
        const QString target = it.next().captured(1);
        QVERIFY2(target.startsWith(u"sekutu://") || target.startsWith(u"http://") || target.startsWith(u"https://"),
                 qPrintable(target));
        QVERIFY2(!target.contains(u'<') && !target.contains(u'"'), qPrintable(target));
    }
    QVERIFY(!html.contains(u"href=\"file:"));
    QVERIFY(!html.contains(u"href=\"javascript:"));
}

// What a Qt Charts text shows: it is drawn as rich text.
QString rendered(const QString &chartText)
{
    QTextDocument document;
    document.setHtml(chartText);
    return document.toPlainText();
}

// Qt Charts texts hold no tag and show the markup from the data literally.
void verifyChartText(const QString &chartText, const QString &literal)
{
    QVERIFY2(!chartText.contains(u'<'), qPrintable(chartText));
    QVERIFY2(rendered(chartText).contains(literal), qPrintable(rendered(chartText)));
}

} // namespace

class TestUntrustedData final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void panesShowMarkupAsText_data();
    void panesShowMarkupAsText();
    void toolTipsAreEscaped();
    void chartTitlesArePlainText();
    void browserLoadsOnlyOwnResources();
    void chartsShowMarkupAsText();
    void svgExportEscapesTitle();
    void windowTitleIsPlain();
    void mapToolTipsArePlainText();

private:
    std::shared_ptr<const Dataset> m_data;
};

void TestUntrustedData::initTestCase()
{
    PublishedLoadResult loaded = DatasetLoader::loadPublished(maliciousDataset());
    QStringList errors;
    for (const DataError &error : loaded.errors)
        errors.append(error.toString());
    // Markup in text is valid data: it is refused nowhere, it is only never interpreted.
    QVERIFY2(loaded.ok(), qPrintable(errors.join(u'\n')));
    m_data = std::make_shared<const Dataset>(std::move(loaded.dataset));
}

void TestUntrustedData::panesShowMarkupAsText_data()
{
    QTest::addColumn<QString>("pane");
    QTest::addColumn<int>("language");
    for (const Language language : {Language::English, Language::Indonesian}) {
        const char *code = language == Language::English ? "en" : "id";
        QTest::addRow("country-%s", code) << u"country"_s << int(language);
        QTest::addRow("organization-%s", code) << u"organization"_s << int(language);
        QTest::addRow("article-%s", code) << u"article"_s << int(language);
        QTest::addRow("comparison-%s", code) << u"comparison"_s << int(language);
    }
}

void TestUntrustedData::panesShowMarkupAsText()
{
    QFETCH(QString, pane);
    QFETCH(int, language);
    const Language lang = Language(language);
    QString html;
    if (pane == u"country") {
        html = PaneHtml::country(*m_data, u"RU"_s, lang);
        QVERIFY(html.contains(u"Russia&lt;img src=file:///etc/passwd&gt;"));
        QVERIFY(html.contains(u"&lt;script&gt;"));
        // A citation's parts are plain text; a title whose address is not a clean http(s) URL is no link.
        QVERIFY(html.contains(u"<li>&lt;img src=file:///etc/passwd&gt;, “javascript:alert(document.cookie)&lt;a href="));
        QVERIFY(html.contains(u"“Title&lt;img src=file:///etc/passwd&gt;”"));
        QVERIFY(!html.contains(u"example.org"));
    } else if (pane == u"organization") {
        html = PaneHtml::organization(*m_data, u"csto"_s, lang);
        QVERIFY(html.contains(u"&lt;a href=&quot;file:///etc/passwd&quot;&gt;"));
    } else if (pane == u"article") {
        const Article &article = m_data->articles.constFirst();
        html = ArticleHtml::document(*m_data, article, lang, lang);
        QVERIFY(html.contains(lang == Language::English ? u"&lt;img src=file:///etc/passwd&gt;"
                                                        : u"&lt;a href=&quot;file:///etc/passwd&quot;&gt;"));
        // The address with markup in it is not a link at all.
        QVERIFY(!html.contains(u"example.org"));
    } else {
        html = PaneHtml::comparison(*m_data, u"csto"_s, u"nato"_s, QDate(2026, 1, 1), lang);
        QVERIFY(!html.isEmpty());
    }
    verifySafe(html);
}

void TestUntrustedData::toolTipsAreEscaped()
{
    // Qt shows a tooltip that looks like markup as rich text, loading its images.
    Session session;
    session.setLanguage(Language::English);
    session.setDataset(m_data);
    CountryModel countries(session);
    OrganizationModel organizations(session);
    MembershipModel members(session);
    members.setOrganization(u"csto"_s);

    QStringList tips;
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{&countries, &organizations, &members}) {
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                tips.append(model->index(row, column).data(Qt::ToolTipRole).toString());
        }
    }
    const QString all = tips.join(u'\n');
    QVERIFY(all.contains(u"&lt;img src=\"file:///etc/passwd\"&gt;Russian Federation"));
    QVERIFY(all.contains(u"&lt;img src=file:///etc/passwd&gt; summary"));
    QVERIFY(all.contains(u"Collective&lt;img"));
    for (const QString &tip : std::as_const(tips))
        QVERIFY2(!tip.contains(u"<img") && !tip.contains(u"<a "), qPrintable(tip));
}

// Qt Charts draws titles as rich text: names from the data in them are escaped.
void TestUntrustedData::chartTitlesArePlainText()
{
    Session session;
    session.setLanguage(Language::English);
    session.setDataset(m_data);
    MembershipChart timeline(session);
    timeline.setOrganization(u"csto"_s);
    ComparisonChart comparison(session);
    comparison.setOrganization(u"csto"_s);
    for (QChart *chart : {timeline.chart(), comparison.chart()}) {
        QStringList titles{chart->title()};
        for (QAbstractAxis *axis : chart->axes())
            titles.append(axis->titleText());
        for (const QString &title : std::as_const(titles))
            QVERIFY2(!title.contains(u"<img") && !title.contains(u"<b>"), qPrintable(title));
        QVERIFY2(chart->title().contains(u"CSTO&lt;b&gt;&lt;img"), qPrintable(chart->title()));
    }
}

void TestUntrustedData::browserLoadsOnlyOwnResources()
{
    // A readable image on the reader's machine.
    QTemporaryDir dir;
    const QString local = dir.filePath(u"secret.png"_s);
    QImage secret(4, 4, QImage::Format_RGB32);
    secret.fill(Qt::red);
    QVERIFY(secret.save(local));
    auto loadsNothing = [](const QVariant &resource) {
        return resource.isValid() && resource.toByteArray().isEmpty() && resource.value<QImage>().isNull();
    };

    LinkBrowser browser;
    QVERIFY(!browser.loadResource(QTextDocument::ImageResource, QUrl(u":/flags/ru.svg"_s)).toByteArray().isEmpty());
    QVERIFY(!browser.loadResource(QTextDocument::ImageResource, QUrl(u"qrc:/flags/ru.svg"_s)).toByteArray().isEmpty());
    const QList<QUrl> refused{QUrl::fromLocalFile(local), QUrl(u"file:///etc/passwd"_s), QUrl(local),
                              QUrl(u"secret.png"_s), QUrl(u"http://example.org/tracker.png"_s)};
    for (const QUrl &url : refused) {
        QVERIFY2(loadsNothing(browser.loadResource(QTextDocument::ImageResource, url)), qPrintable(url.toString()));
        QVERIFY2(loadsNothing(browser.loadResource(QTextDocument::StyleSheetResource, url)), qPrintable(url.toString()));
    }

    // Even markup that reached the view would show nothing of the file: the document asks the
    // browser, and falls back to reading files itself only when the browser returns nothing.
    for (const QUrl &url : {QUrl::fromLocalFile(local), QUrl(local)}) {
        browser.setHtml(u"<p>text <img src=\"%1\"></p>"_s.arg(url.toString()));
        QVERIFY(browser.document()->size().isValid()); // lays out, which loads the images
        QVERIFY2(loadsNothing(browser.document()->resource(QTextDocument::ImageResource, url)), qPrintable(url.toString()));
    }
}

void TestUntrustedData::chartsShowMarkupAsText()
{
    Session session;
    session.setLanguage(Language::English);
    session.setDataset(m_data);
    const QString abbreviation = u"CSTO<b>"_s + ImgTag;

    // Over time: the title names the abbreviation; labels are QGraphicsSimpleTextItems (plain).
    MembershipChart timeline(session);
    timeline.setOrganization(u"csto"_s);
    verifyChartText(timeline.chart()->title(), abbreviation);
    QVERIFY(timeline.title().contains(abbreviation));
    for (int step = 0; step < 40; ++step)
        QVERIFY2(!timeline.stepToolTip(step).contains(u"<img"), qPrintable(timeline.stepToolTip(step)));

    // Compared: title, axis title (the population source), bar names, bar set label, tooltips.
    ComparisonChart comparison(session);
    comparison.setOrganization(u"csto"_s);
    verifyChartText(comparison.chart()->title(), abbreviation);
    const auto *values = qobject_cast<QValueAxis *>(comparison.chart()->axes(Qt::Horizontal).constFirst());
    QVERIFY(values);
    verifyChartText(values->titleText(), u"World Bank <b>SP.POP.TOTL</b>"_s + ImgTag);
    const QStringList categories = comparison.categories();
    QCOMPARE(categories.size(), comparison.figures().size());
    bool russia = false;
    for (const QString &category : categories) {
        verifyChartText(category, QString());
        russia = russia || rendered(category).startsWith(u"Russia<img");
    }
    QVERIFY2(russia, qPrintable(categories.join(u", ")));
    verifyChartText(comparison.barSet()->label(), QString());
    for (int i = 0; i < comparison.figures().size(); ++i)
        QVERIFY(!comparison.barToolTip(i).isEmpty());
    for (QLegendMarker *marker : comparison.chart()->legend()->markers())
        verifyChartText(marker->label(), QString());

    // Ties: legend labels (kinds of tie, translated words, escaped all the same).
    TiesChart ties(session);
    for (QLegendMarker *marker : ties.chart()->legend()->markers())
        verifyChartText(marker->label(), QString());

    // Tooltips of the overview's overlap table and of the article list.
    OverlapModel overlap(session);
    ArticleModel articles(session);
    QStringList tips;
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{&overlap, &articles}) {
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                tips.append(model->index(row, column).data(Qt::ToolTipRole).toString());
            tips.append(model->headerData(row, Qt::Vertical, Qt::ToolTipRole).toString());
        }
    }
    for (const QString &tip : std::as_const(tips))
        QVERIFY2(!tip.contains(u"<img") && !tip.contains(u"<b>") && !tip.contains(u"<i>"), qPrintable(tip));
    const QString all = tips.join(u'\n');
    QVERIFY2(all.contains(u"CSTO&lt;b&gt;&lt;img"), qPrintable(all));
    QVERIFY2(all.contains(u"&lt;i&gt;Serambinews&lt;/i&gt;"), qPrintable(all));
}

void TestUntrustedData::svgExportEscapesTitle()
{
    Session session;
    session.setLanguage(Language::English);
    session.setDataset(m_data);
    ComparisonChart chart(session);
    chart.setOrganization(u"csto"_s);
    chart.resize(600, 400);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chart.svg"_s);
    QVERIFY(chart.saveSvg(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // Well-formed, and the title element holds the markup as text.
    QXmlStreamReader xml(&file);
    QString title;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"title" && title.isEmpty())
            title = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(title.contains(u"CSTO<b>"_s + ImgTag), qPrintable(title));
}

void TestUntrustedData::windowTitleIsPlain()
{
    // A window title is never rich text; "[*]" (Qt's placeholder for the modified mark)
    // stays in a name.
    QJsonObject root = QJsonDocument::fromJson(maliciousDataset()).object();
    QJsonArray countries = root.value(u"countries").toArray();
    const qsizetype ru = indexOf(countries, u"code"_s, u"RU"_s);
    QJsonObject russia = countries.at(ru).toObject();
    russia[u"name"] = both(u"Russia [*] <b>X</b>"_s);
    countries[ru] = russia;
    root[u"countries"] = countries;
    PublishedLoadResult loaded = DatasetLoader::loadPublished(QJsonDocument(root).toJson());
    QVERIFY(loaded.ok());
    Session session;
    session.setLanguage(Language::English);
    session.setDataset(std::make_shared<const Dataset>(std::move(loaded.dataset)));
    DataSources sources(session);
    MainWindow window(session, sources);
    window.open(LinkTarget::country(u"RU"_s));
    window.show();
    QVERIFY(window.windowHandle());
    // What the window system shows, after Qt has handled the placeholder.
    const QString shown = window.windowHandle()->title();
    QVERIFY2(shown.startsWith(u"Russia [*] <b>X</b>"), qPrintable(shown));
}

// The maps' tooltips name countries from the data: shown as text, whatever the name holds.
void TestUntrustedData::mapToolTipsArePlainText()
{
    Session session;
    session.setLanguage(Language::English);
    session.setDataset(m_data);
    MapView view(session);
    LocatorMap members(session);
    members.showOrganization(u"csto"_s, QDate(2026, 1, 1));
    members.setLegendShown(true);
    LocatorMap locator(session);
    locator.showCountry(u"RU"_s);
    const auto pointOfRussia = [&](QWidget *widget) {
        return widget == &view ? view.pointOf(u"RU"_s) : static_cast<LocatorMap *>(widget)->pointOf(u"RU"_s);
    };
    for (QWidget *widget : std::initializer_list<QWidget *>{&view, &members, &locator}) {
        widget->resize(800, 400);
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        widget->grab();
        const QPoint russia = pointOfRussia(widget);
        QVERIFY(widget->rect().contains(russia));
        QToolTip::hideText();
        QHelpEvent hover(QEvent::ToolTip, russia, widget->mapToGlobal(russia));
        QCoreApplication::sendEvent(widget, &hover);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(u"Russia&lt;img src=file:///etc/passwd&gt;"), qPrintable(tip));
        QVERIFY2(!tip.contains(u"<img"), qPrintable(tip));
        widget->hide();
    }
    QToolTip::hideText();
}

QTEST_MAIN(TestUntrustedData)
#include "tst_untrusteddata.moc"
