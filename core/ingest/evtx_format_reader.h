// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The "evtx" FormatReader: Hitome's EVTX parser (core/ingest/evtx) run over
// groups of chunks on worker threads (or, for a small file, taken whole from
// the import's EvtxPrefetcher), events handed to the sink in file order on
// the calling (writer) thread. Chunk problems (bad checksums,
// damaged records) become warnings naming the file and byte offset;
// recovered (slack-space) records are imported once, marked recovered.

#include "core/ingest/format_reader.h"

namespace hitome::core {

class EvtxFormatReader : public FormatReader {
public:
    static constexpr std::size_t kChunksPerTask = 4;
    static constexpr std::size_t kMaxWarnings = 100;

    std::string_view format() const override { return "evtx"; }
    bool sniff(std::string_view head) const override;
    Status read(const ReadContext& ctx, ImportSink& sink) override;
};

}  // namespace hitome::core
