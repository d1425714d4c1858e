#pragma once

#include "data/dataerror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace valijson {
class Schema;
}

// Validates documents against a definition of the dataset's JSON Schema (valijson, Draft 7).
// The schema is the contract; error messages are phrased from the schema itself (its
// "title", "enum" and "type"), so no rule is written twice.
//
// "pattern" is checked here with QRegularExpression, not by valijson: valijson uses std::regex,
// whose matcher recurses once per character matched, so that a long string against a pattern
// like "[^\\s]{1,1990}" takes a megabyte of stack, more under the sanitizers or on a thread with a
// small stack. PCRE2 backtracks on the heap, within limits. Strings longer than the field's
// maxLength are not matched at all: they are reported as too long.
class SchemaValidator final
{
    Q_DECLARE_TR_FUNCTIONS(SchemaValidator)

public:
    // Reads the schema; on failure returns nullptr and sets *error.
    static std::unique_ptr<SchemaValidator> create(const QJsonObject &schema, QString *error);
    ~SchemaValidator();
    Q_DISABLE_COPY_MOVE(SchemaValidator)

    // Every violation of definitions/<definition> in the document, reported against fileName.
    // Thread-safe: loads on several threads can share one validator.
    DataErrors validate(const QJsonValue &document, const QString &definition, const QString &fileName);

private:
    explicit SchemaValidator(const QJsonObject &schema);

    const valijson::Schema *schemaFor(const QString &definition, QString *error);
    QJsonObject subschemaAt(const QString &definition, const QStringList &path) const;
    QJsonObject resolved(QJsonObject schema) const;
    struct PatternNode;
    PatternNode *patternNode(const QJsonObject &schema);
    void checkPatterns(const PatternNode *node, const QJsonValue &value, QStringList &tokens,
                       const QString &fileName, DataErrors &errors) const;
    QString describe(const QString &valijsonMessage, const QJsonValue &value,
                     const QJsonObject &subschema) const;

    QJsonObject m_schema;
    std::map<QString, std::unique_ptr<valijson::Schema>> m_compiled;
    // The schema reduced to where patterns are, built once: walking the QJsonObjects of the
    // schema for every value of a document took longer than valijson's whole validation.
    std::vector<std::unique_ptr<PatternNode>> m_patternNodes;
    QHash<QString, PatternNode *> m_definitionNodes;
    std::mutex m_mutex; // over the compiled schemas and pattern nodes, made as they are first needed
};
