#include "data/namerules.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

struct NamedField
{
    QString path; // under the record: "/name", "/abbreviation"
    const LocalizedText *text;
};

// Names that only differ in case, width or spacing look alike to a reader.
QString nameKey(const QString &name)
{
    return name.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

// Reports bidi controls in fields, and names (unique) seen before in the same file.
class Checker
{
public:
    Checker(const QString &file, const QString &collection, DataErrors &errors)
        : m_file(file)
        , m_collection(collection)
        , m_errors(errors)
    {
    }

    void checkRecord(int row, const QList<NamedField> &fields, const QList<NamedField> &unique)
    {
        const QString base = u"/%1/%2"_s.arg(m_collection).arg(row);
        for (const NamedField &field : fields) {
            for (const Language language : {Language::English, Language::Indonesian}) {
                if (NameRules::hasBidiControl(field.text->in(language))) {
                    m_errors.append({m_file, base + field.path + u'/' + languageCode(language),
                                     NameRules::tr("holds a bidirectional control character (such as U+202E), which would "
                                                   "reorder the text around it")});
                }
            }
        }
        for (const NamedField &field : unique) {
            for (const Language language : {Language::English, Language::Indonesian}) {
                const QString &name = field.text->in(language);
                const QString key = field.path + u'/' + languageCode(language) + u'\n' + nameKey(name);
                const QString path = base + field.path + u'/' + languageCode(language);
                if (const auto it = m_seen.constFind(key); it != m_seen.cend()) {
                    m_errors.append({m_file, path,
                                     NameRules::tr("\"%1\" is already the name of /%2/%3; readers could not tell them apart")
                                         .arg(name, m_collection)
                                         .arg(*it)});
                } else {
                    m_seen.insert(key, row);
                }
            }
        }
    }

private:
    QString m_file;
    QString m_collection;
    DataErrors &m_errors;
    QHash<QString, int> m_seen;
};

} // namespace

bool NameRules::hasBidiControl(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F || u == 0x061C)
            return true;
    }
    return false;
}

void NameRules::check(const Dataset &dataset, DataErrors &errors)
{
    Checker countries(u"countries.json"_s, u"countries"_s, errors);
    for (int i = 0; i < dataset.countries.size(); ++i) {
        const Country &c = dataset.countries.at(i);
        countries.checkRecord(i,
                              {{u"/name"_s, &c.name},
                               {u"/iso_name"_s, &c.isoName},
                               {u"/official_name"_s, &c.officialName},
                               {u"/capital"_s, &c.capital}},
                              {{u"/name"_s, &c.name}, {u"/iso_name"_s, &c.isoName}});
    }
    Checker organizations(u"organizations.json"_s, u"organizations"_s, errors);
    for (int i = 0; i < dataset.organizations.size(); ++i) {
        const Organization &o = dataset.organizations.at(i);
        organizations.checkRecord(i, {{u"/name"_s, &o.name}, {u"/abbreviation"_s, &o.abbreviation}},
                                  {{u"/name"_s, &o.name}, {u"/abbreviation"_s, &o.abbreviation}});
    }
}
