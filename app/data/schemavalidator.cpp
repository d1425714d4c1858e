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
        // oneOf with no match: the alternatives' own messages ("country" or "entity" missing) say it.
        QLatin1String("Failed to validate against any child schemas allowed by oneOf"),
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

// The schema without its "pattern" keywords, for valijson (see the class comment).
QJsonValue withoutPatterns(const QJsonValue &schema)
{
    if (schema.isArray()) {
        QJsonArray list;
        for (const QJsonValue &item : schema.toArray())
            list.append(withoutPatterns(item));
        return list;
    }
    if (!schema.isObject())
        return schema;
    QJsonObject object = schema.toObject();
    object.remove(u"pattern"_s);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString keyword = it.key();
        if (keyword == u"properties" || keyword == u"definitions" || keyword == u"patternProperties") {
            QJsonObject children = it.value().toObject();
            for (auto child = children.begin(); child != children.end(); ++child)
                *child = withoutPatterns(*child);
            *it = children;
        } else if (keyword == u"items" || keyword == u"additionalProperties" || keyword == u"additionalItems"
                   || keyword == u"allOf" || keyword == u"anyOf" || keyword == u"oneOf" || keyword == u"not"
                   || keyword == u"if" || keyword == u"then" || keyword == u"else" || keyword == u"contains") {
            *it = withoutPatterns(*it);
        }
    }
    return object;
}

// JSON Schema patterns are ECMAScript's: "$" is the end of the text, where PCRE's "$" also
// matches before a final line break. "\z" is ECMAScript's "$" in PCRE.
QString pcrePattern(const QString &ecmaPattern)
{
    QString pattern;
    bool escaped = false;
    bool inClass = false;
    for (const QChar c : ecmaPattern) {
        if (escaped)
            escaped = false;
        else if (c == u'\\')
            escaped = true;
        else if (c == u'[')
            inClass = true;
        else if (c == u']')
            inClass = false;
        else if (c == u'$' && !inClass) {
            pattern += u"\\z"_s;
            continue;
        }
        pattern += c;
    }
    return pattern;
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
    QJsonObject rooted = withoutPatterns(m_schema).toObject();
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
    const valijson::Schema *schema = nullptr;
    const PatternNode *patterns = nullptr;
    {
        // Made once, then only read: validating needs no lock.
        const std::lock_guard<std::mutex> lock(m_mutex);
        schema = schemaFor(definition, &error);
        patterns = patternNode(QJsonObject{{u"$ref"_s, QString(u"#/definitions/"_s + definition)}});
    }
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
    QStringList tokens;
    checkPatterns(patterns, document, tokens, fileName, errors);
    return errors;
}

struct SchemaValidator::PatternNode
{
    QJsonObject schema; // for the message
    QRegularExpression pattern;
    double maxLength = -1;
    QHash<QString, PatternNode *> properties;
    PatternNode *items = nullptr;
    bool hasPatterns = false; // here or below: nothing else is walked
};

// The node of a (sub)schema; definitions are shared, so a $ref cycle ends in a known node.
SchemaValidator::PatternNode *SchemaValidator::patternNode(const QJsonObject &schema)
{
    const QString ref = schema.value(u"$ref").toString();
    const QString definition = ref.startsWith(u"#/definitions/") ? ref.mid(14) : QString();
    if (!definition.isEmpty()) {
        if (PatternNode *known = m_definitionNodes.value(definition))
            return known;
    }
    auto owned = std::make_unique<PatternNode>();
    PatternNode *node = owned.get();
    m_patternNodes.push_back(std::move(owned));
    if (!definition.isEmpty())
        m_definitionNodes.insert(definition, node);
    node->schema = resolved(schema);
    if (const QString pattern = node->schema.value(u"pattern").toString(); !pattern.isEmpty()) {
        node->pattern = QRegularExpression(pcrePattern(pattern));
        node->hasPatterns = true;
    }
    if (const QJsonValue maxLength = node->schema.value(u"maxLength"); maxLength.isDouble())
        node->maxLength = maxLength.toDouble();
    const QJsonObject properties = node->schema.value(u"properties").toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        PatternNode *child = patternNode(it.value().toObject());
        node->properties.insert(it.key(), child);
        node->hasPatterns = node->hasPatterns || child->hasPatterns;
    }
    if (const QJsonValue items = node->schema.value(u"items"); items.isObject()) {
        node->items = patternNode(items.toObject());
        node->hasPatterns = node->hasPatterns || node->items->hasPatterns;
    }
    return node;
}

// Walks the document along the schema (the keywords this schema nests with: properties, items
// and local $refs) and matches every string that has a pattern.
void SchemaValidator::checkPatterns(const PatternNode *node, const QJsonValue &value, QStringList &tokens,
                                    const QString &fileName, DataErrors &errors) const
{
    if (!node || !node->hasPatterns || tokens.size() > 64)
        return;
    if (value.isString()) {
        if (node->pattern.pattern().isEmpty())
            return;
        const QString text = value.toString();
        if (node->maxLength >= 0 && text.size() > node->maxLength)
            return; // reported as too long
        if (node->pattern.isValid() && node->pattern.match(text).hasMatch())
            return;
        const DataError error{fileName, pointerOf(tokens),
                              describe(u"Failed to match regex specified by 'pattern' constraint."_s, value, node->schema)};
        if (!errors.contains(error))
            errors.append(error);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = node->properties.cbegin(); it != node->properties.cend(); ++it) {
            const auto member = object.constFind(it.key());
            if (member == object.constEnd() || !it.value()->hasPatterns)
                continue;
            tokens.append(it.key());
            checkPatterns(it.value(), member.value(), tokens, fileName, errors);
            tokens.removeLast();
        }
    } else if (value.isArray() && node->items) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            tokens.append(QString::number(i));
            checkPatterns(node->items, array.at(i), tokens, fileName, errors);
            tokens.removeLast();
        }
    }
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
    if (message.startsWith(u"Failed to validate against exactly one child schema")) {
        QStringList fields;
        for (const QJsonValue &alternative : subschema.value(u"oneOf").toArray())
            fields.append(u'"' + alternative[u"required"][0].toString() + u'"');
        return tr("only one of the fields %1 may be given").arg(fields.join(u", "));
    }
    if (message.startsWith(u"Expected number"))
        return tr("%1 is out of range").arg(quoted(value));
    return message;
}
