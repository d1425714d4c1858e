#include "data/datasetpack.h"

#include <QDataStream>
#include <QIODevice>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 Magic = 0x534b5450; // "SKTP"
constexpr quint32 Version = 1;

// Each record's fields are listed once, here, for writing and reading alike (S is the record,
// const when writing), so the two cannot disagree.
template <class A, class S> void fields(A &a, S &x, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, LocalizedText>> * = nullptr)
{
    a(x.en, x.id);
}
template <class A, class S> void fields(A &a, S &x, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, Source>> * = nullptr)
{
    a(x.publisher, x.title, x.date, x.url);
}
template <class A, class S> void fields(A &a, S &x, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, Population>> * = nullptr)
{
    a(x.value, x.year, x.source);
}
template <class A, class S> void fields(A &a, S &x, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, Country>> * = nullptr)
{
    a(x.code, x.alpha3, x.name, x.isoName, x.officialName, x.capital, x.region, x.unStatus, x.areaKm2, x.population,
      x.note, x.sources, x.asOf);
}
template <class A, class S> void fields(A &a, S &x, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, Membership>> * = nullptr)
{
    a(x.country, x.entity, x.role, x.joined, x.left, x.suspended, x.note, x.sources);
}
template <class A, class S> void fields(A &a, S &x, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, HistoryEvent>> * = nullptr)
{
    a(x.date, x.type, x.country, x.text, x.sources);
}
template <class A, class S> void fields(A &a, S &x, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, Obligation>> * = nullptr)
{
    a(x.article, x.type, x.gist, x.sources);
}
template <class A, class S> void fields(A &a, S &x, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, Organization>> * = nullptr)
{
    a(x.id, x.kind, x.name, x.abbreviation, x.founded, x.foundedPlace, x.foundedNote, x.headquarters, x.summary,
      x.obligation, x.history, x.members, x.sources, x.asOf);
}
template <class A, class S> void fields(A &a, S &x, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, Relation>> * = nullptr)
{
    a(x.country, x.type, x.treaties, x.summary, x.articleCheck, x.asOf, x.sources);
}
template <class A, class S> void fields(A &a, S &x, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, Mention>> * = nullptr)
{
    a(x.text, x.target);
}
template <class A, class S> void fields(A &a, S &x, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, FactNote>> * = nullptr)
{
    a(x.text, x.target, x.asOf, x.kind);
}
template <class A, class S> void fields(A &a, S &x, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, Paragraph>> * = nullptr)
{
    a(x.id, x.heading, x.text, x.mentions, x.notes);
}
template <class A, class S> void fields(A &a, S &x, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, Article>> * = nullptr)
{
    a(x.id, x.title, x.lead, x.publisher, x.editor, x.originalSource, x.cites, x.url, x.published, x.language, x.page,
      x.pageCount, x.imageCaption, x.imageCredit, x.copyright, x.translationNote, x.paragraphs);
}

// A record that gains a field must have it listed in fields() above; these sizes (of 64-bit
// builds) change with it and stop the build until it is. (A small field that fits in padding
// slips through; the pack test compares every pane built from the pack and from the JSON.)
#if Q_PROCESSOR_WORDSIZE == 8
static_assert(sizeof(Source) == 88 && sizeof(Population) == 40 && sizeof(LocalizedText) == 48);
static_assert(sizeof(Country) == 424 && sizeof(Membership) == 208 && sizeof(HistoryEvent) == 136);
static_assert(sizeof(Obligation) == 144 && sizeof(Organization) == 584 && sizeof(Relation) == 208);
static_assert(sizeof(Mention) == 72 && sizeof(FactNote) == 88 && sizeof(Paragraph) == 128 && sizeof(Article) == 456);
#endif

class Writer
{
public:
    explicit Writer(QDataStream &out)
        : m_out(out)
    {
    }

    template <class... T> void operator()(const T &...values) { (write(values), ...); }

private:
    void write(const QString &text) { m_out << text; }
    void write(const PartialDate &date) { m_out << (date.isValid() ? date.toString() : QString()); }
    void write(qint64 value) { m_out << value; }
    void write(int value) { m_out << qint32(value); }
    void write(double value) { m_out << value; }
    void write(bool value) { m_out << value; }
    void write(FactNote::Kind kind) { m_out << qint32(kind); }
    template <class T> void write(const QList<T> &list)
    {
        m_out << quint32(list.size());
        for (const T &item : list)
            write(item);
    }
    template <class T> void write(const T &record) { fields(*this, record); }

    QDataStream &m_out;
};

// Reads what Writer wrote; a count larger than the bytes left, a bad date or a stream that ends
// early marks it failed, and it stops reading.
class Reader
{
public:
    explicit Reader(QDataStream &in)
        : m_in(in)
    {
    }

    bool ok() const { return m_ok && m_in.status() == QDataStream::Ok; }

    template <class... T> void operator()(T &...values) { (read(values), ...); }

    template <class T> void read(QList<T> &list)
    {
        quint32 count = 0;
        m_in >> count;
        if (!ok() || count > m_in.device()->bytesAvailable()) { // every item takes at least a byte
            m_ok = false;
            return;
        }
        // Grown as read, so that a corrupt count cannot ask for more memory than the bytes hold.
        list.clear();
        list.reserve(qMin(count, 1024u));
        for (quint32 i = 0; i < count; ++i) {
            T item;
            read(item);
            if (!ok())
                return;
            list.append(std::move(item));
        }
    }

private:
    void read(QString &text) { m_in >> text; }
    void read(PartialDate &date)
    {
        QString text;
        m_in >> text;
        if (text.isEmpty()) {
            date = PartialDate();
        } else if (const auto parsed = PartialDate::parse(text)) {
            date = *parsed;
        } else {
            m_ok = false;
        }
    }
    void read(qint64 &value) { m_in >> value; }
    void read(int &value)
    {
        qint32 v = 0;
        m_in >> v;
        value = v;
    }
    void read(double &value) { m_in >> value; }
    void read(bool &value) { m_in >> value; }
    void read(FactNote::Kind &kind)
    {
        qint32 v = 0;
        m_in >> v;
        if (v < qint32(FactNote::Kind::Changed) || v > qint32(FactNote::Kind::Checked))
            m_ok = false;
        kind = FactNote::Kind(v);
    }
    template <class T> void read(T &record) { fields(*this, record); }

    QDataStream &m_in;
    bool m_ok = true;
};

} // namespace

QString DatasetPack::bundledFileName()
{
    return u":/datapack/bundled.pack"_s;
}

QByteArray DatasetPack::write(const Dataset &dataset)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << Version;
    Writer writer(out);
    writer(dataset.countries, dataset.organizations, dataset.relations, dataset.articles);
    return bytes;
}

std::optional<Dataset> DatasetPack::read(const QByteArray &bytes, QString *error)
{
    auto fail = [error](const QString &what) -> std::optional<Dataset> {
        if (error)
            *error = what;
        return std::nullopt;
    };
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    in >> magic >> version;
    if (magic != Magic || version != Version)
        return fail(u"not a Sekutu data pack of version %1"_s.arg(Version));
    Dataset dataset;
    Reader reader(in);
    reader.read(dataset.countries);
    reader.read(dataset.organizations);
    reader.read(dataset.relations);
    reader.read(dataset.articles);
    if (!reader.ok())
        return fail(u"the data pack ends early or holds a value out of range"_s);
    if (!in.atEnd())
        return fail(u"unexpected bytes after the data"_s);
    dataset.index();
    return dataset;
}
