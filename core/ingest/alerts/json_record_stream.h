// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Streams the records of a JSON alert/incident file without loading it
// whole. A file holds one or more top-level values (a pretty-printed
// document, or NDJSON: one value a line); each value contributes records:
//   - an array: each element;
//   - an object with a "value" array (an OData page): each element;
//   - any other object: the object itself.
// Only one record is in memory at a time. Nesting deeper than kMaxDepth,
// records with more than kMaxRecordNodes values or kMaxRecordBytes bytes, and
// single values over kMaxTokenBytes are refused (TooLarge), so hostile input
// cannot exhaust the stack or memory.

#include <cstdint>
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/ingest/format_reader.h"
#include "core/util/result.h"

namespace hitome::core {

struct JsonRecord {
    nlohmann::json value;
    std::uint64_t offset = 0;   // byte offset of the record's '{'
    std::uint64_t index = 0;    // 1-based record number in the file
    std::string text;           // the record's bytes as in the file; empty when over kMaxTextBytes
};

class JsonRecordStream {
public:
    static constexpr int kMaxDepth = 512;
    static constexpr std::uint64_t kMaxRecordNodes = 20'000'000;
    static constexpr std::size_t kMaxTextBytes = 16u << 20;
    static constexpr std::uint64_t kMaxTokenBytes = 16u << 20;     // one string/number/run of spaces
    static constexpr std::uint64_t kMaxRecordBytes = 128u << 20;

    using RecordFunction = std::function<Status(JsonRecord&&)>;

    // Calls `onRecord` for every record in file order. Errors (syntax,
    // truncation, wrong shape, limits, cancellation, or a failure returned
    // by `onRecord`) name ctx.displayName and the byte offset / line.
    static Status read(const ReadContext& ctx, const RecordFunction& onRecord);
};

}  // namespace hitome::core
