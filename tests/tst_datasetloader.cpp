// The loader on small in-memory datasets: a valid one loads; each named mutation of it is
// rejected with an error at the right file and JSON path; hostile bytes never crash it.
#include "data/datasetloader.h"
#include "support/fixturedata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

// Sets (or, with an undefined value, removes) the value at a JSON Pointer.
QJsonValue withValue(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else if (index == array.size())
            array.append(withValue(QJsonValue(), path, value));
        else
            array[index] = withValue(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object[key] = withValue(object.value(key), path, value);
    return object;
}

QByteArray mutated(const char *json, const QString &pointer, const QJsonValue &value)
{
    const QStringList path = pointer.mid(1).split(u'/');
    return QJsonDocument(withValue(parse(json), path, value).toObject()).toJson();
}

QString describe(const DataErrors &errors)
{
    QStringList lines;
    for (const DataError &e : errors)
        lines.append(e.toString());
    return lines.join(u'\n');
}

} // namespace

class TestDatasetLoader : public QObject
{
    Q_OBJECT

private slots:
    void validDataLoads();
    void entityMemberAndCitations();
    void malformed_data();
    void malformed();
    void hostileBytes_data();
    void hostileBytes();
    void collectsEveryError();
    void missingFolderAndFiles();
    void oversizedFileOnDisk();
    void errorText();
    void longStringsOnASmallStack();
    void membershipPhases_data();
    void membershipPhases();
};

void TestDatasetLoader::validDataLoads()
{
    const LoadResult result = DatasetLoader::loadFiles(FixtureData::files());
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(result.dataset.countries.size(), 2);
    const Organization *csto = result.dataset.organization(u"csto"_s);
    QVERIFY(csto);
    QCOMPARE(csto->members.size(), 2);
    QCOMPARE(csto->members.at(1).suspended.toString(), u"2024-02"_s);
    QCOMPARE(result.dataset.relation(u"AM"_s)->type, u"strained"_s);
    QCOMPARE(result.dataset.articles.at(0).paragraphs.at(0).mentions.size(), 2);
}

void TestDatasetLoader::entityMemberAndCitations()
{
    // The second CSTO member becomes a member that is not a state (as the EU in the G20).
    QMap<QString, QByteArray> files = FixtureData::files();
    const QJsonObject entity{{u"entity"_s, QJsonObject{{u"en"_s, u"European Union"_s}, {u"id"_s, u"Uni Eropa"_s}}},
                             {u"role"_s, u"member"_s},
                             {u"joined"_s, u"1999-09-25"_s},
                             {u"source"_s, QJsonArray{QJsonObject{{u"publisher"_s, u"TASS"_s},
                                                                  {u"title"_s, u"A title"_s},
                                                                  {u"date"_s, u"2012-12-19"_s},
                                                                  {u"url"_s, u"https://tass.com/russia/687141"_s}}}}};
    files[u"organizations.json"_s] = mutated(files.value(u"organizations.json"_s).constData(), u"/organizations/0/members/1"_s, entity);
    const LoadResult result = DatasetLoader::loadFiles(files);
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    const Organization *csto = result.dataset.organization(u"csto"_s);
    const Membership &member = csto->members.at(1);
    QVERIFY(!member.isState());
    QCOMPARE(member.entity.id, u"Uni Eropa"_s);
    // Not indexed under a country: no country pane lists it, and "" is no country.
    QVERIFY(result.dataset.membershipsOf(QString()).isEmpty());
    QCOMPARE(member.sources.size(), 1);
    QCOMPARE(member.sources.at(0).publisher, u"TASS"_s);
    QCOMPARE(member.sources.at(0).date.toString(), u"2012-12-19"_s);
    QCOMPARE(member.sources.at(0).url, u"https://tass.com/russia/687141"_s);
}

void TestDatasetLoader::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("errorPath");
    QTest::addColumn<QString>("messagePart");

    const QJsonValue remove(QJsonValue::Undefined);
    auto row = [](const char *name, const char *file, const char *pointer, const QJsonValue &value,
                  const char *errorPath, const char *messagePart) {
        QTest::newRow(name) << QString::fromLatin1(file) << QString::fromLatin1(pointer) << value
                            << QString::fromLatin1(errorPath) << QString::fromUtf8(messagePart);
    };
    row("joined-month-13", "organizations.json", "/organizations/0/members/1/joined", u"1993-13-01"_s,
        "/organizations/0/members/1/joined", "\"1993-13-01\" is not a date");
    row("joined-not-on-calendar", "organizations.json", "/organizations/0/members/1/joined", u"2023-02-30"_s,
        "/organizations/0/members/1/joined", "\"2023-02-30\" is not a date");
    row("left-before-joined", "organizations.json", "/organizations/0/members/0/left", u"1990-01-01"_s,
        "/organizations/0/members/0/left", "not after the date joined");
    row("left-equals-joined", "organizations.json", "/organizations/0/members/0/left", u"1992-05-15"_s,
        "/organizations/0/members/0/left", "not after the date joined");
    row("suspended-before-joined", "organizations.json", "/organizations/0/members/1/suspended", u"1990"_s,
        "/organizations/0/members/1/suspended", "before the date joined");
    row("member-unknown-country", "organizations.json", "/organizations/0/members/1/country", u"FR"_s,
        "/organizations/0/members/1/country", "\"FR\" is not a country in countries.json");
    row("member-lowercase-code", "organizations.json", "/organizations/0/members/1/country", u"am"_s,
        "/organizations/0/members/1/country", "is not an ISO 3166-1 alpha-2 code");
    row("member-missing-role", "organizations.json", "/organizations/0/members/1/role", remove,
        "/organizations/0/members/1", "\"role\" is missing");
    row("member-unknown-role", "organizations.json", "/organizations/0/members/1/role", u"ally"_s,
        "/organizations/0/members/1/role", "\"ally\" is not one of");
    row("member-phases-overlap", "organizations.json", "/organizations/0/members/2",
        QJsonObject{{u"country"_s, u"RU"_s}, {u"role"_s, u"member"_s}, {u"joined"_s, u"2000"_s}, {u"source"_s, QJsonArray{QJsonObject{{u"publisher"_s, u"x"_s}, {u"title"_s, u"x"_s}, {u"date"_s, u"2026"_s}}}}},
        "/organizations/0/members/2/joined", "overlaps /organizations/0/members/0");
    // A member that is not a state names an entity instead of a country: exactly one of the two.
    row("member-country-and-entity", "organizations.json", "/organizations/0/members/1/entity",
        QJsonObject{{u"en"_s, u"European Union"_s}, {u"id"_s, u"Uni Eropa"_s}},
        "/organizations/0/members/1", "only one of the fields \"country\", \"entity\" may be given");
    row("member-neither-country-nor-entity", "organizations.json", "/organizations/0/members/1/country", remove,
        "/organizations/0/members/1", "\"country\" is missing");
    row("source-missing-publisher", "organizations.json", "/organizations/0/source/0/publisher", remove,
        "/organizations/0/source/0", "\"publisher\" is missing");
    row("source-url-javascript", "organizations.json", "/organizations/0/source/0/url", u"javascript:alert(1)"_s,
        "/organizations/0/source/0/url", "is not an http or https address");
    row("source-date-bad", "organizations.json", "/organizations/0/source/0/date", u"2023-02-30"_s,
        "/organizations/0/source/0/date", "\"2023-02-30\" is not a date");
    row("members-empty", "organizations.json", "/organizations/0/members", QJsonArray(),
        "/organizations/0/members", "at least 1 item");
    row("duplicate-organization-id", "organizations.json", "/organizations/1", parse(FixtureData::Organizations)[u"organizations"_s][0],
        "/organizations/1/id", "duplicate of /organizations/0");
    row("organization-id-uppercase", "organizations.json", "/organizations/0/id", u"CSTO"_s,
        "/organizations/0/id", "is not an id");
    row("name-missing-indonesian", "organizations.json", "/organizations/0/name/id", remove,
        "/organizations/0/name", "\"id\" is missing");
    row("summary-empty-english", "organizations.json", "/organizations/0/summary/en", u""_s,
        "/organizations/0/summary/en", "the text is empty");
    row("obligation-type-unknown", "organizations.json", "/organizations/0/obligation/type", u"mutual"_s,
        "/organizations/0/obligation/type", "is not one of");
    row("history-unknown-country", "organizations.json", "/organizations/0/history/0/country", u"DE"_s,
        "/organizations/0/history/0/country", "\"DE\" is not a country");
    row("unknown-field", "organizations.json", "/organizations/0/members/0/since", u"1992"_s,
        "/organizations/0/members/0", "unknown field \"since\"");
    row("source-not-a-list", "organizations.json", "/organizations/0/source", u"treaty"_s,
        "/organizations/0/source", "expected a list, found a text");
    row("country-duplicate-code", "countries.json", "/countries/1/code", u"RU"_s,
        "/countries/1/code", "duplicate of /countries/0");
    row("country-code-not-iso", "countries.json", "/countries/1/code", u"QQ"_s,
        "/countries/1/code", "not an ISO 3166-1 country code");
    row("country-area-negative", "countries.json", "/countries/0/area_km2", -5,
        "/countries/0/area_km2", "is out of range");
    row("country-population-text", "countries.json", "/countries/0/population/value", u"many"_s,
        "/countries/0/population/value", "expected a whole number, found a text");
    row("country-region-unknown", "countries.json", "/countries/0/region", u"eurasia"_s,
        "/countries/0/region", "\"eurasia\" is not one of");
    row("country-as-of-bad", "countries.json", "/countries/0/as_of", u"25-11-2026"_s,
        "/countries/0/as_of", "is not a date");
    row("relation-unknown-country", "relations.json", "/relations/0/country", u"FR"_s,
        "/relations/0/country", "not a country in countries.json");
    row("relation-unknown-treaty", "relations.json", "/relations/0/treaties/0", u"warsaw-pact"_s,
        "/relations/0/treaties/0", "not an organization");
    row("relation-type-unknown", "relations.json", "/relations/0/type", u"friend"_s,
        "/relations/0/type", "is not one of");
    row("mention-unknown-target", "articles.json", "/articles/0/paragraphs/0/mentions/0/target", u"country/FR"_s,
        "/articles/0/paragraphs/0/mentions/0/target", "links to nothing");
    row("mention-bad-target", "articles.json", "/articles/0/paragraphs/0/mentions/0/target", u"file:///etc/passwd"_s,
        "/articles/0/paragraphs/0/mentions/0/target", "is not a link target");
    row("mention-text-absent", "articles.json", "/articles/0/paragraphs/0/mentions/0/text/id", u"Moskow"_s,
        "/articles/0/paragraphs/0/mentions/0/text/id", "does not occur in the paragraph's Indonesian text");
    row("note-unknown-target", "articles.json", "/articles/0/paragraphs/0/notes/0/target", u"organization/nato"_s,
        "/articles/0/paragraphs/0/notes/0/target", "links to nothing");
    row("duplicate-paragraph-id", "articles.json", "/articles/0/paragraphs/1", parse(FixtureData::Articles)[u"articles"_s][0][u"paragraphs"_s][0],
        "/articles/0/paragraphs/1/id", "duplicate of /articles/0/paragraphs/0");
    row("article-url-javascript", "articles.json", "/articles/0/url", u"javascript:alert(1)"_s,
        "/articles/0/url", "is not an http or https address");
    // A pattern's "$" is the end of the text (ECMAScript), not also before a final line break.
    row("code-trailing-newline", "countries.json", "/countries/0/code", u"RU\n"_s,
        "/countries/0/code", "is not an ISO 3166-1 alpha-2 code");
    // Names can lie: two records of one name, bidi controls, a name too long to show.
    row("country-duplicate-name", "countries.json", "/countries/1/name", QJsonObject{{u"en"_s, u"Russia"_s}, {u"id"_s, u"Armenia"_s}},
        "/countries/1/name/en", "\"Russia\" is already the name of /countries/0");
    row("country-duplicate-name-case", "countries.json", "/countries/1/name", QJsonObject{{u"en"_s, u"Armenia"_s}, {u"id"_s, u"RUSIA "_s}},
        "/countries/1/name/id", "is already the name of /countries/0");
    row("country-duplicate-iso-name", "countries.json", "/countries/1/iso_name/en", u"Russian Federation"_s,
        "/countries/1/iso_name/en", "is already the name of /countries/0");
    row("country-name-rlo", "countries.json", "/countries/0/name/en", u"Rus\u202Esia"_s,
        "/countries/0/name/en", "bidirectional control character");
    row("country-capital-isolate", "countries.json", "/countries/0/capital/id", u"Moskwa\u2067"_s,
        "/countries/0/capital/id", "bidirectional control character");
    row("country-name-rlm", "countries.json", "/countries/1/name/en", u"Armenia\u200F"_s,
        "/countries/1/name/en", "bidirectional control character");
    row("organization-abbreviation-lre", "organizations.json", "/organizations/0/abbreviation/en", u"\u202ACSTO"_s,
        "/organizations/0/abbreviation/en", "bidirectional control character");
    QJsonObject twin = parse(FixtureData::Organizations)[u"organizations"_s][0].toObject();
    twin[u"id"_s] = u"csto-twin"_s;
    row("organization-duplicate-name", "organizations.json", "/organizations/1", twin,
        "/organizations/1/name/en", "is already the name of /organizations/0");
    row("organization-duplicate-abbreviation", "organizations.json", "/organizations/1", twin,
        "/organizations/1/abbreviation/id", "\"CSTO\" is already the name of /organizations/0");
    row("country-name-too-long", "countries.json", "/countries/0/name/en", QString(201, u'x'),
        "/countries/0/name/en", "longer than 200");
    row("organization-abbreviation-too-long", "organizations.json", "/organizations/0/abbreviation/id", QString(20000, u'x'),
        "/organizations/0/abbreviation/id", "longer than 200");
    row("top-level-missing-key", "relations.json", "/relations", remove,
        "", "\"relations\" is missing");
}

void TestDatasetLoader::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);
    QFETCH(QString, errorPath);
    QFETCH(QString, messagePart);

    QMap<QString, QByteArray> files = FixtureData::files();
    files[file] = mutated(files.value(file).constData(), pointer, value);
    const LoadResult result = DatasetLoader::loadFiles(files);
    QVERIFY(!result.ok());
    const bool found = std::any_of(result.errors.cbegin(), result.errors.cend(), [&](const DataError &e) {
        return e.file == file && e.path == errorPath && e.message.contains(messagePart);
    });
    QVERIFY2(found, qPrintable(u"expected %1: %2: …%3…, got:\n%4"_s.arg(file, errorPath, messagePart, describe(result.errors))));
}

void TestDatasetLoader::hostileBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << u"the file is empty"_s;
    QTest::newRow("whitespace") << QByteArray("  \n\t ") << u"the file is empty"_s;
    QTest::newRow("truncated") << QByteArray(FixtureData::Countries).left(300) << u"not valid JSON at line"_s;
    QTest::newRow("trailing-comma") << QByteArray(R"({"countries": [],})") << u"not valid JSON"_s;
    QTest::newRow("invalid-utf8") << QByteArray("{\"countries\": [\"\xff\xfe\xc3\"]}") << u"not valid JSON"_s;
    QTest::newRow("top-level-array") << QByteArray("[]") << u"expected a JSON object"_s;
    QTest::newRow("nesting-100000") << QByteArray(100000, '[') << u"not valid JSON"_s;
    QTest::newRow("nested-objects-500")
        << QByteArray("{\"countries\": [") + QByteArray("{\"a\":").repeated(500) + "1" + QByteArray(500, '}') + "]}"
        << u"unknown field"_s;
    QTest::newRow("too-large") << QByteArray(DatasetLoader::MaxFileSize + 1, ' ') << u"the file is too large"_s;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03", 4) << u"not valid JSON"_s;
}

void TestDatasetLoader::hostileBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    QMap<QString, QByteArray> files = FixtureData::files();
    files[u"countries.json"_s] = bytes;
    const LoadResult result = DatasetLoader::loadFiles(files);
    QVERIFY(!result.ok());
    QVERIFY2(result.errors.constFirst().file == u"countries.json" && result.errors.constFirst().message.contains(messagePart),
             qPrintable(describe(result.errors)));
}

void TestDatasetLoader::collectsEveryError()
{
    QMap<QString, QByteArray> files = FixtureData::files();
    QByteArray organizations = mutated(FixtureData::Organizations, u"/organizations/0/members/0/joined"_s, u"1993-13-01"_s);
    organizations = mutated(organizations.constData(), u"/organizations/0/kind"_s, u"club"_s);
    files[u"organizations.json"_s] = organizations;
    files[u"relations.json"_s] = mutated(FixtureData::Relations, u"/relations/0/as_of"_s, u"soon"_s);
    const LoadResult result = DatasetLoader::loadFiles(files);
    QCOMPARE(result.errors.size(), 3);
}

void TestDatasetLoader::missingFolderAndFiles()
{
    LoadResult result = DatasetLoader::loadDirectory(u"/nonexistent/sekutu"_s);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.at(0).message.contains(u"no such folder"));

    QTemporaryDir dir;
    QFile file(dir.filePath(u"countries.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(FixtureData::Countries);
    file.close();
    result = DatasetLoader::loadDirectory(dir.path());
    QCOMPARE(result.errors.size(), 3);
    for (const DataError &error : result.errors)
        QCOMPARE(error.message, u"the file is missing"_s);
}

void TestDatasetLoader::oversizedFileOnDisk()
{
    QTemporaryDir dir;
    const auto files = FixtureData::files();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile file(dir.filePath(it.key()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(it.value());
    }
    QFile big(dir.filePath(u"articles.json"_s));
    QVERIFY(big.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(big.resize(40 * 1024 * 1024)); // sparse: tens of megabytes without writing them
    big.close();
    const LoadResult result = DatasetLoader::loadDirectory(dir.path());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.at(0).toString(), u"articles.json: the file is too large (40 MiB; the limit is 16 MiB)"_s);
}

void TestDatasetLoader::errorText()
{
    const DataError error{u"organizations.json"_s, u"/organizations/2/members/5/joined"_s, u"\"1993-13-01\" is not a date"_s};
    QCOMPARE(error.toString(), u"organizations.json: /organizations/2/members/5/joined: \"1993-13-01\" is not a date"_s);
}

QTEST_GUILESS_MAIN(TestDatasetLoader)
// std::regex recursed once per character of a matched string: a valid 2,000-character address
// took a megabyte of stack and crashed on a thread with a small one (now PCRE2 matches it).
void TestDatasetLoader::longStringsOnASmallStack()
{
    const QList<std::pair<int, bool>> cases{{1990, true}, {5000, false}, {1000000, false}};
    for (const auto &[length, valid] : cases) {
        QMap<QString, QByteArray> files = FixtureData::files();
        files[u"articles.json"_s] = mutated(FixtureData::Articles, u"/articles/0/url"_s, QString(u"https://"_s + QString(length, u'a')));
        LoadResult result;
        std::unique_ptr<QThread> thread(QThread::create([&] { result = DatasetLoader::loadFiles(files); }));
        thread->setStackSize(512 * 1024);
        thread->start();
        QVERIFY(thread->wait(60000));
        QVERIFY2(result.ok() == valid, qPrintable(describe(result.errors)));
        if (!valid)
            QVERIFY2(describe(result.errors).contains(u"longer than 2000"_s), qPrintable(describe(result.errors)));
    }
}

// Phases of one state in one organization, in any order: only overlapping ones are errors
// (checked by a sweep since a benchmark found pairwise comparison quadratic).
void TestDatasetLoader::membershipPhases_data()
{
    QTest::addColumn<QStringList>("phases"); // "joined/left" of RU, in file order; left may be empty
    QTest::addColumn<QString>("expected");   // the error's path and the phase it overlaps, or empty
    QTest::newRow("disjoint-out-of-order") << QStringList{u"2000/2005"_s, u"1990/1995"_s, u"1996/1999"_s, u"2005/"_s} << QString();
    QTest::newRow("touching") << QStringList{u"1990/1995"_s, u"1995/2000"_s} << QString();
    QTest::newRow("inside-an-earlier") << QStringList{u"1990/2010"_s, u"2000/2005"_s} << u"/members/2/joined overlaps /organizations/0/members/1"_s;
    QTest::newRow("after-an-open-one") << QStringList{u"1990/"_s, u"2000/2005"_s} << u"/members/2/joined overlaps /organizations/0/members/1"_s;
    QTest::newRow("across-two") << QStringList{u"1990/1995"_s, u"2000/2005"_s, u"1994/2001"_s} << u"/members/3/joined overlaps"_s;
    QTest::newRow("same-start") << QStringList{u"2000/2001"_s, u"2000/2002"_s} << u"/members/2/joined overlaps /organizations/0/members/1"_s;
}

void TestDatasetLoader::membershipPhases()
{
    QFETCH(QStringList, phases);
    QFETCH(QString, expected);
    QJsonArray members{QJsonObject{{u"country"_s, u"AM"_s}, {u"role"_s, u"member"_s}, {u"joined"_s, u"1992"_s}, {u"source"_s, QJsonArray{QJsonObject{{u"publisher"_s, u"x"_s}, {u"title"_s, u"x"_s}, {u"date"_s, u"2026"_s}}}}}};
    for (const QString &phase : phases) {
        QJsonObject member{{u"country"_s, u"RU"_s}, {u"role"_s, u"member"_s}, {u"joined"_s, phase.section(u'/', 0, 0)},
                           {u"source"_s, QJsonArray{QJsonObject{{u"publisher"_s, u"x"_s}, {u"title"_s, u"x"_s}, {u"date"_s, u"2026"_s}}}}};
        if (const QString left = phase.section(u'/', 1, 1); !left.isEmpty())
            member.insert(u"left"_s, left);
        members.append(member);
    }
    QMap<QString, QByteArray> files = FixtureData::files();
    files[u"organizations.json"_s] = mutated(FixtureData::Organizations, u"/organizations/0/members"_s, members);
    const LoadResult result = DatasetLoader::loadFiles(files);
    if (expected.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
        return;
    }
    QCOMPARE(result.errors.size(), 1);
    const QString error = result.errors.constFirst().path + u' ' + result.errors.constFirst().message;
    QVERIFY2(error.contains(expected.section(u' ', 0, 0)) && error.contains(expected.section(u' ', 1)), qPrintable(error));
}

#include "tst_datasetloader.moc"
