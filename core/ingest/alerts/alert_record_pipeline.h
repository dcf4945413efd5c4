// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a JSON alert file on several threads: one cuts the file into record
// texts (JsonRecordSplitter), workers parse and map them to alerts, and the
// calling thread hands the alerts to the sink, so parsing overlaps with the
// SQLite writes. Batches pass through bounded queues: memory stays bounded.
//
// Seen from the caller nothing changes: the sink and ctx.onBytes are only
// called on the calling thread, in file order; errors carry the same file,
// record and offset; ctx.stop cancels every thread promptly.

#include <cstdint>
#include <functional>
#include <vector>

#include "core/ingest/alerts/json_record.h"
#include "core/ingest/format_reader.h"
#include "core/model/alert.h"
#include "core/util/result.h"

namespace hitome::core {

class AlertRecordPipeline {
public:
    // Maps one record to its alerts (several for an incident); called on
    // several threads at once. A failed Result is a record to skip: the sink
    // gets it as a warning.
    using MapRecord = std::function<void(JsonRecord&, std::vector<Result<Alert>>& out)>;

    // `workers` parse threads; 0: one per core but the writer's.
    static Status read(const ReadContext& ctx, ImportSink& sink, const MapRecord& map, unsigned workers = 0);
};

}  // namespace hitome::core
