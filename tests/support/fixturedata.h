#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

// A small valid dataset in the four collection files: Russia and Armenia, the CSTO (Armenia's
// membership suspended), one relation and one article with mentions and a note. It is
// tests/support/fixturedata/*.json, compiled in; the loader's tests mutate it, the fuzzer keeps
// three files of it fixed while it varies the fourth, and the fuzzer's seeds start from it.
namespace FixtureData {

extern const char *const Countries;
extern const char *const Organizations;
extern const char *const Relations;
extern const char *const Articles;

// File name ("countries.json") → contents, as DatasetLoader::loadFiles() takes them.
QMap<QString, QByteArray> files();

} // namespace FixtureData
