#pragma once

#include "data/dataerror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

#include <map>
#include <memory>

namespace valijson {
class Schema;
}

// Validates documents against a definition of the dataset's JSON Schema (valijson, Draft 7).
// The schema is the contract; error messages are phrased from the schema itself (its
// "title", "enum" and "type"), so no rule is written twice.
class SchemaValidator final
{
    Q_DECLARE_TR_FUNCTIONS(SchemaValidator)

public:
    // Reads the schema; on failure returns nullptr and sets *error.
    static std::unique_ptr<SchemaValidator> create(const QJsonObject &schema, QString *error);
    ~SchemaValidator();
    Q_DISABLE_COPY_MOVE(SchemaValidator)

    // Every violation of definitions/<definition> in the document, reported against fileName.
    DataErrors validate(const QJsonValue &document, const QString &definition, const QString &fileName);

private:
    explicit SchemaValidator(const QJsonObject &schema);

    const valijson::Schema *schemaFor(const QString &definition, QString *error);
    QJsonObject subschemaAt(const QString &definition, const QStringList &path) const;
    QJsonObject resolved(QJsonObject schema) const;
    QString describe(const QString &valijsonMessage, const QJsonValue &value,
                     const QJsonObject &subschema) const;

    QJsonObject m_schema;
    std::map<QString, std::unique_ptr<valijson::Schema>> m_compiled;
};
