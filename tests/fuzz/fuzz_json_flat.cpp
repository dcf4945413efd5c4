// SPDX-License-Identifier: GPL-3.0-or-later
// JsonFlatParser (the JSON-lines event reader's hand-written parser) on
// arbitrary bytes: no crash, and a failure points inside the input.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/ingest/events/json_flat_parser.h"

using namespace hitome::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    JsonFlatParser parser;
    std::vector<FlatField> fields;
    if (!parser.parse(text, fields) && parser.errorOffset() > size) __builtin_trap();
    return 0;
}
