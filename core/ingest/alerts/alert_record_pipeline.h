// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a JSON alert file on two threads: a parser thread streams the records
// (JsonRecordStream) and maps them to alerts while the calling thread hands
// the alerts to the sink, so parsing overlaps with the SQLite writes. Batches
// of mapped records pass through a bounded queue: memory stays bounded.
//
// Seen from the caller nothing changes: the sink and ctx.onBytes are only
// called on the calling thread, in file order; errors carry the same file,
// record and offset; ctx.stop cancels both threads promptly.

#include <cstdint>
#include <functional>
#include <vector>

#include "core/ingest/alerts/json_record_stream.h"
#include "core/ingest/format_reader.h"
#include "core/model/alert.h"
#include "core/util/result.h"

namespace hitome::core {

class AlertRecordPipeline {
public:
    // Maps one record to its alerts (several for an incident). A failed
    // Result is a record to skip: the sink gets it as a warning.
    using MapRecord = std::function<void(JsonRecord&, std::vector<Result<Alert>>& out)>;

    static Status read(const ReadContext& ctx, ImportSink& sink, const MapRecord& map);
};

}  // namespace hitome::core
