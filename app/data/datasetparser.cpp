#include "data/datasetparser.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, bytes.size());
    const qsizetype line = bytes.left(offset).count('\n') + 1;
    const qsizetype column = offset - (bytes.lastIndexOf('\n', offset - 1) + 1) + 1;
    return DatasetParser::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

std::optional<QJsonObject> DatasetParser::parseObject(const QString &fileName, const QByteArray &bytes, DataErrors &errors)
{
    if (bytes.trimmed().isEmpty()) {
        errors.append({fileName, QString(), tr("the file is empty")});
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors.append({fileName, QString(),
                       tr("not valid JSON at %1: %2").arg(lineAndColumn(bytes, parseError.offset), parseError.errorString())});
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors.append({fileName, QString(), tr("expected a JSON object at the top level")});
        return std::nullopt;
    }
    return document.object();
}

void DatasetParser::read(const QJsonObject &object, Dataset &dataset)
{
    if (object.contains(u"countries"))
        dataset.countries = countries(object.value(u"countries").toArray());
    if (object.contains(u"organizations"))
        dataset.organizations = organizations(object.value(u"organizations").toArray());
    if (object.contains(u"relations"))
        dataset.relations = relations(object.value(u"relations").toArray());
    if (object.contains(u"articles"))
        dataset.articles = articles(object.value(u"articles").toArray());
}

PartialDate DatasetParser::date(const QJsonValue &value, const QString &path)
{
    if (value.isUndefined())
        return {};
    if (const auto parsed = PartialDate::parse(value.toString()))
        return *parsed;
    m_errors.append({m_file, path,
                     tr("\"%1\" is not %2")
                         .arg(value.toString(),
                              QCoreApplication::translate("schema", "a date (YYYY-MM-DD, YYYY-MM or YYYY)"))});
    return {};
}

LocalizedText DatasetParser::text(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return {object.value(u"en").toString(), object.value(u"id").toString()};
}

QStringList DatasetParser::strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QList<Source> DatasetParser::sources(const QJsonValue &value, const QString &path)
{
    QList<Source> list;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        list.append({o.value(u"publisher").toString(), o.value(u"title").toString(),
                     date(o.value(u"date"), path + u"/%1/date"_s.arg(i)), o.value(u"url").toString()});
    }
    return list;
}

QList<Country> DatasetParser::countries(const QJsonArray &array)
{
    QList<Country> list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString path = u"/countries/%1"_s.arg(i);
        Country c;
        c.code = o.value(u"code").toString();
        c.alpha3 = o.value(u"alpha3").toString();
        c.name = text(o.value(u"name"));
        c.isoName = text(o.value(u"iso_name"));
        c.officialName = text(o.value(u"official_name"));
        c.capital = text(o.value(u"capital"));
        c.region = o.value(u"region").toString();
        c.unStatus = o.value(u"un_status").toString();
        c.areaKm2 = o.value(u"area_km2").toDouble();
        const QJsonObject population = o.value(u"population").toObject();
        c.population = {qint64(population.value(u"value").toDouble()), population.value(u"year").toInt(),
                        population.value(u"source").toString()};
        c.note = text(o.value(u"note"));
        c.sources = sources(o.value(u"source"), path + u"/source"_s);
        c.asOf = date(o.value(u"as_of"), path + u"/as_of"_s);
        list.append(std::move(c));
    }
    return list;
}

Membership DatasetParser::membership(const QJsonObject &o, const QString &path)
{
    Membership m;
    m.country = o.value(u"country").toString();
    m.entity = text(o.value(u"entity"));
    m.role = o.value(u"role").toString();
    m.joined = date(o.value(u"joined"), path + u"/joined"_s);
    m.left = date(o.value(u"left"), path + u"/left"_s);
    m.suspended = date(o.value(u"suspended"), path + u"/suspended"_s);
    m.note = text(o.value(u"note"));
    m.sources = sources(o.value(u"source"), path + u"/source"_s);
    return m;
}

HistoryEvent DatasetParser::historyEvent(const QJsonObject &o, const QString &path)
{
    return {date(o.value(u"date"), path + u"/date"_s), o.value(u"type").toString(), o.value(u"country").toString(),
            text(o.value(u"text")), sources(o.value(u"source"), path + u"/source"_s)};
}

QList<Organization> DatasetParser::organizations(const QJsonArray &array)
{
    QList<Organization> list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString path = u"/organizations/%1"_s.arg(i);
        Organization org;
        org.id = o.value(u"id").toString();
        org.kind = o.value(u"kind").toString();
        org.name = text(o.value(u"name"));
        org.abbreviation = text(o.value(u"abbreviation"));
        const QJsonObject founded = o.value(u"founded").toObject();
        org.founded = date(founded.value(u"date"), path + u"/founded/date"_s);
        org.foundedPlace = text(founded.value(u"place"));
        org.foundedNote = text(founded.value(u"note"));
        org.headquarters = text(o.value(u"headquarters"));
        org.summary = text(o.value(u"summary"));
        const QJsonObject obligation = o.value(u"obligation").toObject();
        org.obligation = {text(obligation.value(u"article")), obligation.value(u"type").toString(),
                          text(obligation.value(u"gist")), sources(obligation.value(u"source"), path + u"/obligation/source"_s)};
        const QJsonArray history = o.value(u"history").toArray();
        for (qsizetype h = 0; h < history.size(); ++h)
            org.history.append(historyEvent(history.at(h).toObject(), path + u"/history/%1"_s.arg(h)));
        const QJsonArray members = o.value(u"members").toArray();
        for (qsizetype m = 0; m < members.size(); ++m)
            org.members.append(membership(members.at(m).toObject(), path + u"/members/%1"_s.arg(m)));
        org.sources = sources(o.value(u"source"), path + u"/source"_s);
        org.asOf = date(o.value(u"as_of"), path + u"/as_of"_s);
        list.append(std::move(org));
    }
    return list;
}

QList<Relation> DatasetParser::relations(const QJsonArray &array)
{
    QList<Relation> list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString path = u"/relations/%1"_s.arg(i);
        list.append({o.value(u"country").toString(), o.value(u"type").toString(), strings(o.value(u"treaties")),
                     text(o.value(u"summary")), text(o.value(u"article_check")),
                     date(o.value(u"as_of"), path + u"/as_of"_s), sources(o.value(u"source"), path + u"/source"_s)});
    }
    return list;
}

Paragraph DatasetParser::paragraph(const QJsonObject &o, const QString &path)
{
    Paragraph p;
    p.id = o.value(u"id").toString();
    p.heading = o.value(u"kind").toString() == u"heading";
    p.text = text(o.value(u"text"));
    for (const QJsonValue &mention : o.value(u"mentions").toArray())
        p.mentions.append({text(mention[u"text"]), mention[u"target"].toString()});
    const QJsonArray notes = o.value(u"notes").toArray();
    for (qsizetype n = 0; n < notes.size(); ++n) {
        const QJsonObject note = notes.at(n).toObject();
        const QString kind = note.value(u"kind").toString();
        p.notes.append({text(note.value(u"text")), note.value(u"target").toString(),
                        date(note.value(u"as_of"), path + u"/notes/%1/as_of"_s.arg(n)),
                        kind == u"checked"     ? FactNote::Kind::Checked
                        : kind == u"contested" ? FactNote::Kind::Contested
                                               : FactNote::Kind::Changed});
    }
    return p;
}

QList<Article> DatasetParser::articles(const QJsonArray &array)
{
    QList<Article> list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString path = u"/articles/%1"_s.arg(i);
        Article a;
        a.id = o.value(u"id").toString();
        a.title = text(o.value(u"title"));
        a.lead = text(o.value(u"lead"));
        a.publisher = o.value(u"publisher").toString();
        a.editor = o.value(u"editor").toString();
        a.originalSource = o.value(u"original_source").toString();
        a.cites = o.value(u"cites").toString();
        a.url = o.value(u"url").toString();
        a.published = date(o.value(u"published"), path + u"/published"_s);
        a.language = o.value(u"language").toString();
        const QJsonObject page = o.value(u"page").toObject();
        a.page = page.value(u"number").toInt();
        a.pageCount = page.value(u"of").toInt();
        const QJsonObject image = o.value(u"image").toObject();
        a.imageCaption = text(image.value(u"caption"));
        a.imageCredit = image.value(u"credit").toString();
        a.copyright = o.value(u"copyright").toString();
        a.translationNote = text(o.value(u"translation_note"));
        const QJsonArray paragraphs = o.value(u"paragraphs").toArray();
        for (qsizetype p = 0; p < paragraphs.size(); ++p)
            a.paragraphs.append(paragraph(paragraphs.at(p).toObject(), path + u"/paragraphs/%1"_s.arg(p)));
        list.append(std::move(a));
    }
    return list;
}
