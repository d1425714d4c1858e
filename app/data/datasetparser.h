#pragma once

#include "data/dataerror.h"
#include "data/dataset.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

// JSON to domain types. parseObject() turns a file's bytes into its top-level object (or says
// at which line and column the JSON breaks); read() turns the records of a schema-valid object
// into Country, Organization, Relation and Article. The only rule left to check here is that a
// date which matches the schema's pattern is also on the calendar ("2023-02-30" is not).
class DatasetParser final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetParser)

public:
    // On failure appends an error naming fileName and returns nothing.
    static std::optional<QJsonObject> parseObject(const QString &fileName, const QByteArray &bytes, DataErrors &errors);

    // Errors name fileName and the JSON path of the record ("/organizations/3/members/0").
    DatasetParser(const QString &fileName, DataErrors &errors) : m_file(fileName), m_errors(errors) {}

    // Reads the collections the object holds ("countries", "organizations", "relations",
    // "articles": one in a collection file, all four in a published dataset) into dataset.
    void read(const QJsonObject &object, Dataset &dataset);
    // A date on the calendar, or an error at path.
    PartialDate date(const QJsonValue &value, const QString &path);

private:
    QList<Country> countries(const QJsonArray &array);
    QList<Organization> organizations(const QJsonArray &array);
    QList<Relation> relations(const QJsonArray &array);
    QList<Article> articles(const QJsonArray &array);
    static LocalizedText text(const QJsonValue &value);
    static QStringList strings(const QJsonValue &value);
    QList<Source> sources(const QJsonValue &value, const QString &path);
    Membership membership(const QJsonObject &object, const QString &path);
    HistoryEvent historyEvent(const QJsonObject &object, const QString &path);
    Paragraph paragraph(const QJsonObject &object, const QString &path);

    QString m_file;
    DataErrors &m_errors;
};
