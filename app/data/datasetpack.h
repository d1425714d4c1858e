#pragma once

#include "data/dataset.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The bundled data as the build checked it, in a binary form: the build runs the whole
// check (JSON Schema, cross-references) on the data files and writes this (tools/datapack), and
// the program reads it at startup instead of parsing 900 KB of JSON. Only for data the build made:
// data from elsewhere (a folder, a download) is always read from JSON and checked.
namespace DatasetPack {

// Where the program finds the pack when it was built with one.
QString bundledFileName();

QByteArray write(const Dataset &dataset);
// Nullopt, with `error` saying why, when the bytes are not a pack of this version or end early.
std::optional<Dataset> read(const QByteArray &bytes, QString *error = nullptr);

} // namespace DatasetPack
