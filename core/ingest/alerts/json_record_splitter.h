// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Cuts a JSON alert/incident file into the texts of its records without
// parsing them, so the records can be parsed on worker threads (see
// json_record.h). A file holds one or more top-level values (a
// pretty-printed document, or NDJSON: one value a line); each contributes:
//   - an array: each element;
//   - an object with a "value" array (an OData page): each element;
//   - any other object: the object itself.
// The splitter follows strings and brackets only; the full syntax check of a
// record happens when it is parsed. The wrapper around records (the OData
// page's other fields) is checked here.
// One record is held at a time. Nesting deeper than kMaxDepth, records with
// more than kMaxRecordNodes values or kMaxRecordBytes bytes, and single
// strings or numbers over kMaxTokenBytes are refused (TooLarge), so hostile
// input cannot exhaust memory.

#include <cstdint>
#include <functional>
#include <string>

#include "core/ingest/format_reader.h"
#include "core/util/result.h"

namespace hitome::core {

struct RecordText {
    std::string text;           // the record's bytes as in the file
    std::uint64_t offset = 0;   // byte offset of the record's '{'
    std::uint64_t index = 0;    // 1-based record number in the file
};

class JsonRecordSplitter {
public:
    static constexpr int kMaxDepth = 512;
    static constexpr std::uint64_t kMaxRecordNodes = 20'000'000;
    static constexpr std::uint64_t kMaxTokenBytes = 16u << 20;
    static constexpr std::uint64_t kMaxRecordBytes = 128u << 20;

    using RecordFunction = std::function<Status(RecordText&&)>;

    // Calls `onRecord` for every record in file order. Errors (structure,
    // truncation, limits, cancellation through ctx.stop, or a failure
    // returned by `onRecord`) name ctx.displayName and the byte offset.
    static Status split(const ReadContext& ctx, const RecordFunction& onRecord);
};

}  // namespace hitome::core
