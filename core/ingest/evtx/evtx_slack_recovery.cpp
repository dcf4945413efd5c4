// SPDX-License-Identifier: GPL-3.0-or-later
// EvtxChunkParser::recoverSlack: carving records out of chunk slack space.
#include <algorithm>
#include <cstring>

#include "core/ingest/evtx/evtx_bytes.h"
#include "core/ingest/evtx/evtx_chunk_parser.h"

namespace hitome::core::evtx {

void EvtxChunkParser::recoverSlack(const ChunkInput& in, BinXmlParser& parser,
                                   std::uint32_t from, ChunkDiagnostics& diag,
                                   const Emit& emit) {
    // Records start on 8-byte boundaries; a candidate must pass the frame
    // checks (signature, size, trailing size copy) and parse as BinXML.
    std::vector<std::uint64_t> seen;
    const auto end = static_cast<std::uint32_t>(in.size);
    std::uint32_t pos = (std::max<std::uint32_t>(from, kChunkHeaderSize) + 7) & ~7u;
    while (pos + kRecordHeaderSize + 4 <= end) {
        Frame f;
        if (std::memcmp(in.data + pos, "**\0\0", 4) != 0 || !readFrame(in, pos, end, f)) {
            pos += 8;
            continue;
        }
        const bool isDuplicate = (in.liveIds && in.liveIds->contains(f.id)) ||
                                 std::find(seen.begin(), seen.end(), f.id) != seen.end();
        if (!isDuplicate && emit(parser, f, true)) {
            seen.push_back(f.id);
            ++diag.recoveredRecords;
            pos += (f.size + 7) & ~7u;
            continue;
        }
        pos += isDuplicate ? ((f.size + 7) & ~7u) : 8;
    }
}

}  // namespace hitome::core::evtx
