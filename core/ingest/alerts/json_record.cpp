// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/alerts/json_record.h"

#include "core/ingest/alerts/json_syntax_error.h"

namespace hitome::core {

Result<JsonRecord> parseJsonRecord(RecordText&& record) {
    JsonRecord out;
    out.offset = record.offset;
    out.index = record.index;
    try {
        // From a contiguous buffer nlohmann's lexer reads bytes straight from memory.
        const char* const text = record.text.data();
        out.value = nlohmann::json::parse(text, text + record.text.size());
    } catch (const nlohmann::json::parse_error& ex) {
        return jsonParseError(ex, record.offset);
    } catch (const nlohmann::json::exception& ex) {
        // Valid syntax the parser still refuses, e.g. a number past double's range (1e999).
        return Error::make(ErrorCode::Format, std::string("invalid JSON: ") + ex.what()).atOffset(record.offset);
    }
    out.text = std::move(record.text);
    return out;
}

}  // namespace hitome::core
