// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The JSON alert/incident readers, one per API shape. All stream records
// through AlertRecordPipeline (cut by JsonRecordSplitter, parsed on worker
// threads); a record without an alert id is skipped with a warning, anything
// unparseable fails the file with its byte offset.
//   mde-alerts       Defender for Endpoint GET /api/alerts (also legacy fields)
//   graph-alerts     Graph security alerts_v2
//   graph-incidents  Graph security incidents (alerts expanded: array or object)
//   m365d-incidents  Microsoft 365 Defender GET /api/incidents

#include "core/ingest/format_reader.h"

namespace hitome::core {

class MdeAlertReader : public FormatReader {
public:
    std::string_view format() const override { return "mde-alerts"; }
    bool sniff(std::string_view head) const override;
    Status read(const ReadContext& ctx, ImportSink& sink) override;
};

class GraphAlertReader : public FormatReader {
public:
    std::string_view format() const override { return "graph-alerts"; }
    bool sniff(std::string_view head) const override;
    Status read(const ReadContext& ctx, ImportSink& sink) override;
};

class GraphIncidentReader : public FormatReader {
public:
    std::string_view format() const override { return "graph-incidents"; }
    bool sniff(std::string_view head) const override;
    Status read(const ReadContext& ctx, ImportSink& sink) override;
};

class M365dIncidentReader : public FormatReader {
public:
    std::string_view format() const override { return "m365d-incidents"; }
    bool sniff(std::string_view head) const override;
    Status read(const ReadContext& ctx, ImportSink& sink) override;
};

}  // namespace hitome::core
