// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The shared engine of the JSON-lines readers: reads line blocks, parses them
// on worker threads, feeds events to the sink in file order on the calling
// (writer) thread, reports bytes and stops on the stop token.
//
// Policy for bad lines (docs/EVENT_IMPORT.md): a line that is not valid JSON,
// or not a record of the expected kind, is skipped with a warning naming its
// line number and byte offset; the rest of the file imports. A file where no
// line yields a record fails with the first line's error.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/events/json_flat_parser.h"
#include "core/ingest/format_reader.h"

namespace hitome::core {

// Maps one parsed line to zero or more events. Returns an error detail for a
// line that must be skipped; std::nullopt when fine. Called on worker threads.
using JsonLineMapper =
    std::function<std::optional<std::string>(const std::vector<FlatField>& fields, std::vector<WinEvent>& out)>;

Status readJsonLines(const ReadContext& ctx, ImportSink& sink, const JsonLineMapper& mapper);

// The first non-empty line of `head` parsed flat; false if none parses.
bool parseFirstJsonLine(std::string_view head, std::vector<FlatField>& fields);

}  // namespace hitome::core
