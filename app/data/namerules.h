#pragma once

#include "data/dataerror.h"
#include "data/dataset.h"

#include <QCoreApplication>

// Rules for the names readers go by (countries' and organizations' names, ISO names,
// capitals and abbreviations), which data could otherwise use to mislead: no two countries or
// organizations in a file share a name in a language (the reader could not tell them apart),
// and no name holds a bidirectional control character (one reverses the text around it).
// Lengths are capped by the schema (definition "name").
class NameRules final
{
    Q_DECLARE_TR_FUNCTIONS(NameRules)

public:
    static void check(const Dataset &dataset, DataErrors &errors);
    // Whether text holds a bidirectional embedding, override, isolate or mark
    // (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C).
    static bool hasBidiControl(const QString &text);
};
