// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JSON-lines Windows event exports: NXLog (Security-Datasets/Mordor),
// Winlogbeat/Elastic and Splunk JSON (fields or XML `_raw`). Format "jsonl-events".

#include "core/ingest/format_reader.h"

namespace hitome::core {

class EventJsonLinesReader : public FormatReader {
public:
    std::string_view format() const override { return "jsonl-events"; }
    bool sniff(std::string_view head) const override;
    Status read(const ReadContext& ctx, ImportSink& sink) override;
};

}  // namespace hitome::core
