// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Defender advanced-hunting results in their three shapes: the streaming API
// envelope as JSON lines ({"category":"AdvancedHunting-<Table>","properties":{…}}),
// a query response ({"Schema","Results"} from the MDE/M365D API, or Graph
// runHuntingQuery's {"schema","results"}), and the portal's CSV export.

#include "core/ingest/format_reader.h"

namespace hitome::core {

class HuntingStreamReader : public FormatReader {
public:
    std::string_view format() const override { return "hunting-stream"; }
    bool sniff(std::string_view head) const override;
    Status read(const ReadContext& ctx, ImportSink& sink) override;
};

class HuntingResultsReader : public FormatReader {
public:
    static constexpr std::uint64_t kMaxBytes = 1ULL << 30;
    std::string_view format() const override { return "hunting-results"; }
    bool sniff(std::string_view head) const override;
    Status read(const ReadContext& ctx, ImportSink& sink) override;
};

class HuntingCsvReader : public FormatReader {
public:
    std::string_view format() const override { return "hunting-csv"; }
    bool sniff(std::string_view head) const override;
    Status read(const ReadContext& ctx, ImportSink& sink) override;
};

}  // namespace hitome::core
