// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Parses the records of one 64 KiB chunk: the live records up to the
// free-space offset, then records recovered from slack space (the unused
// tail, or the whole chunk when its header is damaged or not counted by the
// file header). Problems become ChunkDiagnostics, never exceptions or crashes.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/ingest/evtx/binxml_fragment.h"
#include "core/ingest/evtx/binxml_parser.h"
#include "core/ingest/evtx/evtx_event_builder.h"
#include "core/ingest/evtx/evtx_template_cache.h"
#include "core/model/win_event.h"
#include "core/util/result.h"

namespace hitome::core::evtx {

struct ChunkDiagnostics {
    std::size_t chunkIndex = 0;
    std::uint64_t fileOffset = 0;
    bool isUnused = false;           // zero-filled slot, nothing to read
    bool isHeaderDamaged = false;    // bad magic/checksum: its records count as recovered
    bool isDataChecksumBad = false;
    bool isTruncated = false;        // the file ends inside this chunk
    std::size_t liveRecords = 0;
    std::size_t recoveredRecords = 0;
    std::size_t skippedRecords = 0;  // records that failed to parse
    std::vector<Error> problems;     // each names the file and absolute byte offset
};

// Record ids the file's live chunks declare; recovered records with these
// ids are duplicates of live ones and are dropped.
class LiveRecordIds {
public:
    void add(std::uint64_t first, std::uint64_t last) { m_ranges.emplace_back(first, last); }
    bool contains(std::uint64_t id) const;

private:
    std::vector<std::pair<std::uint64_t, std::uint64_t>> m_ranges;
};

struct EvtxRecordXml {
    std::uint64_t recordId = 0;
    bool isRecovered = false;
    std::string xml;
};

struct ChunkInput {
    const std::uint8_t* data = nullptr;
    std::size_t size = 0;             // < 64 KiB when the file is truncated
    std::size_t index = 0;
    std::uint64_t fileOffset = 0;
    bool isCounted = true;            // within the file header's chunk count
    const std::string* path = nullptr;
    const LiveRecordIds* liveIds = nullptr;
};

class EvtxChunkParser {
public:
    void parseEvents(const ChunkInput& in, std::vector<WinEvent>& out, ChunkDiagnostics& diag);
    void parseXml(const ChunkInput& in, std::vector<EvtxRecordXml>& out, ChunkDiagnostics& diag);

private:
    struct Frame {
        std::uint32_t pos = 0;
        std::uint32_t size = 0;
        std::uint64_t id = 0;
        std::uint64_t written = 0;  // FILETIME
    };
    using Emit = std::function<Status(BinXmlParser&, const Frame&, bool isRecovered)>;

    void run(const ChunkInput& in, ChunkDiagnostics& diag, const Emit& emit);
    std::uint32_t parseLive(const ChunkInput& in, BinXmlParser& parser, std::uint32_t end,
                            ChunkDiagnostics& diag, const Emit& emit);
    void recoverSlack(const ChunkInput& in, BinXmlParser& parser, std::uint32_t from,
                      ChunkDiagnostics& diag, const Emit& emit);
    static bool readFrame(const ChunkInput& in, std::uint32_t pos, std::uint32_t end, Frame& f);
    Status parseFragment(BinXmlParser& parser, const Frame& f);
    static Error locate(Error e, const ChunkInput& in, std::uint64_t recordId);

    EvtxTemplateCache m_cache;
    BinXmlFragment m_fragment;
    EvtxEventBuilder m_builder;
};

}  // namespace hitome::core::evtx
