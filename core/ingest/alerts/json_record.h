// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One record of a JSON alert/incident file, parsed (see
// json_record_splitter.h for what a record is and how the file is cut).

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "core/ingest/alerts/json_record_splitter.h"
#include "core/util/result.h"

namespace hitome::core {

struct JsonRecord {
    nlohmann::json value;
    std::uint64_t offset = 0;   // byte offset of the record's '{'
    std::uint64_t index = 0;    // 1-based record number in the file
    std::string text;           // the record's bytes as in the file
};

// Parses a record's text. A syntax error is "invalid JSON: …" at the file
// offset where the record broke.
Result<JsonRecord> parseJsonRecord(RecordText&& record);

}  // namespace hitome::core
