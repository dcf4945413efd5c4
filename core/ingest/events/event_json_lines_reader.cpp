// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/events/event_json_lines_reader.h"

#include "core/ingest/events/json_event_mapper.h"
#include "core/ingest/events/json_lines_pipeline.h"

namespace hitome::core {

bool EventJsonLinesReader::sniff(std::string_view head) const {
    std::vector<FlatField> fields;
    if (!parseFirstJsonLine(head, fields)) return false;
    return detectJsonEventStyle(fields) != JsonEventStyle::None;
}

Status EventJsonLinesReader::read(const ReadContext& ctx, ImportSink& sink) {
    const JsonLineMapper mapper = [](const std::vector<FlatField>& fields,
                                     std::vector<WinEvent>& out) -> std::optional<std::string> {
        const JsonEventStyle style = detectJsonEventStyle(fields);
        if (style == JsonEventStyle::None) return std::string("not a Windows event record");
        WinEvent event;
        if (!mapJsonEvent(fields, style, event)) return std::string("Windows event record without an event id");
        out.push_back(std::move(event));
        return std::nullopt;
    };
    return readJsonLines(ctx, sink, mapper);
}

}  // namespace hitome::core
