// libFuzzer target: DatasetLoader on hostile bytes. The first byte chooses what the rest is:
// 0–3 one of the four collection files (the other three are a small valid data set, so that
// the cross-file checks run too), 4 a published single-file dataset (loadPublished, the parser
// of downloaded updates). Loading must never crash, hang or leak, whatever the bytes.
#include "data/datasetloader.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

const char *const Countries = R"({"countries": [
 {"code": "RU", "alpha3": "RUS", "name": {"en": "Russia", "id": "Rusia"}, "iso_name": {"en": "Russian Federation", "id": "Federasi Rusia"},
  "capital": {"en": "Moscow", "id": "Moskwa"}, "region": "europe", "un_status": "member", "area_km2": 17098242,
  "population": {"value": 143533851, "year": 2024, "source": "World Bank"}, "source": [{"publisher": "Test", "title": "test", "date": "2026"}], "as_of": "2026-11-25"},
 {"code": "AM", "alpha3": "ARM", "name": {"en": "Armenia", "id": "Armenia"}, "iso_name": {"en": "Armenia", "id": "Armenia"},
  "capital": {"en": "Yerevan", "id": "Yerevan"}, "region": "asia", "un_status": "member", "area_km2": 29743,
  "population": {"value": 2990900, "year": 2024, "source": "World Bank"}, "source": [{"publisher": "Test", "title": "test", "date": "2026"}], "as_of": "2026-11-25"}
]})";

const char *const Organizations = R"({"organizations": [
 {"id": "csto", "kind": "military_alliance", "name": {"en": "Collective Security Treaty Organization", "id": "Organisasi Perjanjian Keamanan Kolektif"},
  "abbreviation": {"en": "CSTO", "id": "CSTO"}, "founded": {"date": "1992-05-15", "place": {"en": "Tashkent", "id": "Tashkent"}},
  "summary": {"en": "A military alliance.", "id": "Aliansi militer."},
  "obligation": {"article": {"en": "Article 4", "id": "Pasal 4"}, "type": "defense", "gist": {"en": "Help.", "id": "Bantuan."}, "source": [{"publisher": "Treaty", "title": "treaty", "date": "2026"}]},
  "history": [{"date": "1992-05-15", "type": "treaty_signed", "country": "RU", "text": {"en": "Signed.", "id": "Ditandatangani."}, "source": [{"publisher": "Treaty", "title": "treaty", "date": "2026"}]}],
  "members": [
   {"country": "RU", "role": "member", "joined": "1992-05-15", "source": [{"publisher": "Treaty", "title": "treaty", "date": "2026"}]},
   {"country": "AM", "role": "member", "joined": "1992-05-15", "suspended": "2024-02", "source": [{"publisher": "Treaty", "title": "treaty", "date": "2026"}]}
  ],
  "source": [{"publisher": "Treaty", "title": "treaty", "date": "2026"}], "as_of": "2026-11-25"}
]})";

const char *const Relations = R"({"relations": [
 {"country": "AM", "type": "strained", "treaties": ["csto"], "summary": {"en": "Strained.", "id": "Tegang."}, "as_of": "2026-01", "source": [{"publisher": "News", "title": "news", "date": "2026"}]}
]})";

const char *const Articles = R"({"articles": [
 {"id": "story", "title": {"en": "Russia is not alone", "id": "Rusia tak sendirian"}, "publisher": "Serambinews.com",
  "original_source": "Bangka Pos", "language": "id", "copyright": "(c) 2025",
  "paragraphs": [
   {"id": "p1", "kind": "text", "text": {"id": "Rusia dan Armenia di CSTO.", "en": "Russia and Armenia in the CSTO."},
    "mentions": [{"text": {"id": "Rusia", "en": "Russia"}, "target": "country/RU"},
                 {"text": {"id": "CSTO", "en": "CSTO"}, "target": "organization/csto"}]}
  ]}
]})";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const int choice = data[0] % 5;
    DataErrors errors;
    if (choice == 4) {
        errors = DatasetLoader::loadPublished(bytes).errors;
    } else {
        QMap<QString, QByteArray> files{{u"countries.json"_s, Countries},
                                        {u"organizations.json"_s, Organizations},
                                        {u"relations.json"_s, Relations},
                                        {u"articles.json"_s, Articles}};
        files[DatasetLoader::fileNames().at(choice)] = bytes;
        errors = DatasetLoader::loadFiles(files).errors;
    }
    // The messages are built too: they quote and cut the hostile text.
    for (const DataError &error : errors)
        (void)error.toString();
    return 0;
}
