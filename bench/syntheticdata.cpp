#include "syntheticdata.h"

#include "data/datasetloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace SyntheticData {

namespace {

QJsonArray bundledArray(const QString &collection)
{
    QFile file(QDir(DatasetLoader::bundledDirectory()).filePath(collection + u".json"_s));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the bundled %s", qPrintable(collection));
    return QJsonDocument::fromJson(file.readAll()).object().value(collection).toArray();
}

QByteArray document(const QString &collection, const QJsonArray &array)
{
    return QJsonDocument(QJsonObject{{collection, array}}).toJson(QJsonDocument::Compact);
}

QJsonObject text(const QString &en, const QString &id)
{
    return {{u"en"_s, en}, {u"id"_s, id}};
}

QJsonArray first(const QJsonArray &array, qsizetype count)
{
    QJsonArray some;
    for (qsizetype i = 0; i < count && i < array.size(); ++i)
        some.append(array.at(i));
    return some;
}

QJsonObject membership(const QString &country, const QString &joined, const QString &left = {})
{
    QJsonObject member{{u"country"_s, country}, {u"role"_s, u"member"_s}, {u"joined"_s, joined},
                       {u"source"_s, QJsonArray{QJsonObject{{u"publisher"_s, u"S"_s}, {u"title"_s, u"s"_s}, {u"date"_s, u"2026"_s}}}}};
    if (!left.isEmpty())
        member.insert(u"left"_s, left);
    return member;
}

} // namespace

QString largestOrganization()
{
    return u"syn-00000"_s;
}

QMap<QString, QByteArray> files(int scale)
{
    const QJsonArray countries = bundledArray(u"countries"_s);
    QStringList codes;
    for (const QJsonValue &country : countries)
        codes.append(country[u"code"].toString());

    QJsonArray organizations = bundledArray(u"organizations"_s);
    const QJsonArray templates = organizations;
    for (int i = 0; i < 10 * scale; ++i) {
        QJsonObject org = templates.at(i % templates.size()).toObject();
        const QString number = u"%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        org.insert(u"id"_s, u"syn-"_s + number);
        org.insert(u"abbreviation"_s, text(u"SYN "_s + number, u"SIN "_s + number));
        // Names are unique per language (NameRules), so each copy is numbered.
        const QJsonObject name = org.value(u"name"_s).toObject();
        org.insert(u"name"_s, text(name.value(u"en"_s).toString() + u' ' + number, name.value(u"id"_s).toString() + u' ' + number));
        // The first event of the template's history and its first citation are enough, and keep the
        // 100× file under the loader's size limit.
        org.insert(u"history"_s, first(org.value(u"history").toArray(), 1));
        org.insert(u"source"_s, first(org.value(u"source").toArray(), 1));
        QJsonArray members;
        if (i == 0) {
            // The largest: every country, in phases of one year every two years from 1800 on.
            const int phases = int((100 * scale + codes.size() - 1) / codes.size());
            for (const QString &code : codes) {
                for (int p = 0; p < phases; ++p)
                    members.append(membership(code, QString::number(1800 + 2 * p), QString::number(1801 + 2 * p)));
            }
        } else {
            for (int m = 0; m < 100; ++m)
                members.append(membership(codes.at((i + m) % codes.size()), u"%1-%2-01"_s.arg(1950 + i % 70).arg(m % 12 + 1, 2, 10, QLatin1Char('0'))));
        }
        org.insert(u"members"_s, members);
        organizations.append(org);
    }

    QJsonArray articles = bundledArray(u"articles"_s);
    const QJsonObject article = articles.at(0).toObject();
    const QJsonArray paragraphs = article.value(u"paragraphs").toArray();
    for (int i = 0; i < 10 * scale; ++i) {
        QJsonObject copy = article;
        copy.insert(u"id"_s, u"syn-%1"_s.arg(i, 5, 10, QLatin1Char('0')));
        QJsonArray some;
        for (int p = 0; p < 3 && p < paragraphs.size(); ++p)
            some.append(paragraphs.at((i + p) % paragraphs.size()));
        copy.insert(u"paragraphs"_s, some);
        articles.append(copy);
    }

    return {{u"countries.json"_s, document(u"countries"_s, countries)},
            {u"organizations.json"_s, document(u"organizations"_s, organizations)},
            {u"relations.json"_s, document(u"relations"_s, bundledArray(u"relations"_s))},
            {u"articles.json"_s, document(u"articles"_s, articles)}};
}

Counts countsOf(const QMap<QString, QByteArray> &files)
{
    Counts counts;
    auto array = [&files](const QString &collection) {
        return QJsonDocument::fromJson(files.value(collection + u".json"_s)).object().value(collection).toArray();
    };
    counts.countries = array(u"countries"_s).size();
    const QJsonArray organizations = array(u"organizations"_s);
    counts.organizations = organizations.size();
    for (const QJsonValue &org : organizations) {
        const qsizetype rows = org[u"members"].toArray().size();
        counts.memberships += rows;
        counts.largestOrganization = qMax(counts.largestOrganization, rows);
    }
    counts.articles = array(u"articles"_s).size();
    for (const QByteArray &bytes : files)
        counts.bytes += bytes.size();
    return counts;
}

Dataset manyCountries(const Dataset &bundled, int scale)
{
    Dataset data = bundled;
    data.countries.clear();
    data.countries.reserve(bundled.countries.size() * scale);
    for (int copy = 1; copy <= scale; ++copy) {
        for (Country country : bundled.countries) {
            if (copy > 1) {
                const QString suffix = QString::number(copy);
                country.code += suffix;
                country.name.en += u' ' + suffix;
                country.name.id += u' ' + suffix;
            }
            data.countries.append(std::move(country));
        }
    }
    data.index();
    return data;
}

} // namespace SyntheticData
