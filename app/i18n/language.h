#pragma once

// Language and LocalizedText are domain types of the data; they live in data/language.h.
// This header stays for the includes that still name it.
#include "data/language.h"
