#include "data/schemavalidator.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

using namespace Qt::StringLiterals;

namespace {

// valijson reports every schema that failed on the way down to a violation; only the
// innermost one says what is wrong, so these wrappers are dropped.
bool isWrapperMessage(const QString &message)
{
    static const QLatin1String wrappers[] = {
        QLatin1String("Failed to validate item #"),
        QLatin1String("Failed to validate against schema associated with property name"),
        QLatin1String("Failed to validate against child schema"),
        QLatin1String("Failed to validate against additional properties schema"),
        QLatin1String("Failed to validate against additional items schema"),
    };
    for (const auto &prefix : wrappers) {
        if (message.startsWith(prefix))
            return true;
    }
    return false;
}

// "[organizations]", "[2]" → tokens; the leading "<root>" is dropped.
QStringList tokensOf(const std::vector<std::string> &context)
{
    QStringList tokens;
    for (const auto &part : context) {
        if (part.size() >= 2 && part.front() == '[' && part.back() == ']')
            tokens.append(QString::fromStdString(part.substr(1, part.size() - 2)));
    }
    return tokens;
}

QString pointerOf(const QStringList &tokens)
{
    QString pointer;
    for (QString token : tokens)
        pointer += u'/' + token.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
    return pointer;
}

QJsonValue valueAt(QJsonValue value, const QStringList &tokens)
{
    for (const QString &token : tokens) {
        if (value.isArray())
            value = value.toArray().at(token.toInt());
        else
            value = value.toObject().value(token);
    }
    return value;
}

QString quoted(const QJsonValue &value)
{
    if (value.isString()) {
        QString text = value.toString();
        if (text.size() > 60)
            text = text.left(57) + u"…"_s;
        return u'"' + text + u'"';
    }
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

QString typeName(const QString &jsonType)
{
    if (jsonType == u"string")
        return SchemaValidator::tr("a text");
    if (jsonType == u"integer")
        return SchemaValidator::tr("a whole number");
    if (jsonType == u"number")
        return SchemaValidator::tr("a number");
    if (jsonType == u"object")
        return SchemaValidator::tr("an object");
    if (jsonType == u"array")
        return SchemaValidator::tr("a list");
    if (jsonType == u"boolean")
        return SchemaValidator::tr("true or false");
    return SchemaValidator::tr("null");
}

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return u"string"_s;
    case QJsonValue::Double: return u"number"_s;
    case QJsonValue::Object: return u"object"_s;
    case QJsonValue::Array: return u"array"_s;
    case QJsonValue::Bool: return u"boolean"_s;
    default: return u"null"_s;
    }
}

// The name inside 'quotes' at the end of valijson's "Missing required property 'x'." messages.
QString quotedName(const QString &message)
{
    static const QRegularExpression name(u"'([^']*)'\\.?$"_s);
    return name.match(message).captured(1);
}

} // namespace

std::unique_ptr<SchemaValidator> SchemaValidator::create(const QJsonObject &schema, QString *error)
{
    if (!schema.value(u"definitions").isObject()) {
        *error = tr("the schema has no \"definitions\"");
        return nullptr;
    }
    return std::unique_ptr<SchemaValidator>(new SchemaValidator(schema));
}

SchemaValidator::SchemaValidator(const QJsonObject &schema)
    : m_schema(schema)
{
}

SchemaValidator::~SchemaValidator() = default;

const valijson::Schema *SchemaValidator::schemaFor(const QString &definition, QString *error)
{
    auto it = m_compiled.find(definition);
    if (it != m_compiled.end())
        return it->second.get();
    if (!m_schema.value(u"definitions").toObject().contains(definition)) {
        *error = tr("the schema has no definition \"%1\"").arg(definition);
        return nullptr;
    }
    // A root "$ref" to the definition makes the one schema document validate one collection.
    QJsonObject rooted = m_schema;
    rooted.insert(u"$ref"_s, QString(u"#/definitions/"_s + definition));
    auto compiled = std::make_unique<valijson::Schema>();
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const QJsonValue rootedValue(rooted);
        parser.populateSchema(valijson::adapters::QtJsonAdapter(rootedValue), *compiled);
    } catch (const std::exception &e) {
        *error = tr("the schema cannot be read: %1").arg(QString::fromUtf8(e.what()));
        return nullptr;
    }
    return m_compiled.emplace(definition, std::move(compiled)).first->second.get();
}

DataErrors SchemaValidator::validate(const QJsonValue &document, const QString &definition,
                                     const QString &fileName)
{
    QString error;
    const valijson::Schema *schema = schemaFor(definition, &error);
    if (!schema)
        return {{fileName, QString(), error}};

    valijson::Validator validator;
    valijson::ValidationResults results;
    try {
        validator.validate(*schema, valijson::adapters::QtJsonAdapter(document), &results);
    } catch (const std::exception &e) {
        return {{fileName, QString(), tr("validation failed: %1").arg(QString::fromUtf8(e.what()))}};
    }

    DataErrors errors;
    valijson::ValidationResults::Error result;
    while (results.popError(result)) {
        const QString message = QString::fromStdString(result.description);
        if (isWrapperMessage(message))
            continue;
        const QStringList tokens = tokensOf(result.context);
        DataError dataError{fileName, pointerOf(tokens),
                            describe(message, valueAt(document, tokens), subschemaAt(definition, tokens))};
        if (!errors.contains(dataError))
            errors.append(dataError);
    }
    return errors;
}

QJsonObject SchemaValidator::resolved(QJsonObject schema) const
{
    // Only local references ("#/definitions/x") occur in this schema; a bounded loop guards cycles.
    for (int depth = 0; depth < 16 && schema.contains(u"$ref"); ++depth) {
        const QString ref = schema.value(u"$ref").toString();
        if (!ref.startsWith(u"#/definitions/"))
            break;
        schema = m_schema.value(u"definitions").toObject().value(ref.mid(14)).toObject();
    }
    return schema;
}

QJsonObject SchemaValidator::subschemaAt(const QString &definition, const QStringList &path) const
{
    QJsonObject schema = resolved(m_schema.value(u"definitions").toObject().value(definition).toObject());
    for (const QString &token : path) {
        if (schema.contains(u"items"))
            schema = resolved(schema.value(u"items").toObject());
        else
            schema = resolved(schema.value(u"properties").toObject().value(token).toObject());
    }
    return schema;
}

QString SchemaValidator::describe(const QString &message, const QJsonValue &value,
                                  const QJsonObject &subschema) const
{
    const QString title = subschema.value(u"title").toString();
    if (message.startsWith(u"Missing required property"))
        return tr("the required field \"%1\" is missing").arg(quotedName(message));
    if (message.startsWith(u"Object contains a property"))
        return tr("unknown field \"%1\"").arg(quotedName(message));
    if (message.startsWith(u"Value type not permitted")) {
        const QJsonValue type = subschema.value(u"type");
        const QString expected = type.isString() ? typeName(type.toString()) : tr("another type");
        return tr("expected %1, found %2").arg(expected, typeName(typeOf(value)));
    }
    if (message.startsWith(u"Failed to match regex") && !title.isEmpty())
        return tr("%1 is not %2").arg(quoted(value), QCoreApplication::translate("schema", title.toUtf8().constData()));
    if (message.startsWith(u"Failed to match against any enum")) {
        QStringList allowed;
        for (const QJsonValue &option : subschema.value(u"enum").toArray())
            allowed.append(option.toString());
        return tr("%1 is not one of: %2").arg(quoted(value), allowed.join(u", "));
    }
    if (message.startsWith(u"String should be no fewer than")) {
        return value.toString().isEmpty()
                   ? tr("the text is empty")
                   : tr("the text is shorter than %n character(s)", nullptr, subschema.value(u"minLength").toInt());
    }
    if (message.startsWith(u"String should be no more than"))
        return tr("the text is longer than %n character(s)", nullptr, subschema.value(u"maxLength").toInt());
    if (message.startsWith(u"Array should contain no fewer than"))
        return tr("the list needs at least %n item(s)", nullptr, subschema.value(u"minItems").toInt());
    if (message.startsWith(u"Array should contain no more than"))
        return tr("the list has more than %n item(s)", nullptr, subschema.value(u"maxItems").toInt());
    if (message.startsWith(u"Expected number"))
        return tr("%1 is out of range").arg(quoted(value));
    return message;
}
