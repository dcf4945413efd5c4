// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/evtx/evtx_chunk_parser.h"

#include <algorithm>
#include <cstring>

#include "core/ingest/evtx/binxml_walker.h"
#include "core/ingest/evtx/evtx_bytes.h"
#include "core/ingest/evtx/evtx_chunk_header.h"
#include "core/ingest/evtx/evtx_xml_renderer.h"
#include "core/util/time.h"

namespace hitome::core::evtx {

bool LiveRecordIds::contains(std::uint64_t id) const {
    return std::any_of(m_ranges.begin(), m_ranges.end(),
                       [id](const auto& r) { return id >= r.first && id <= r.second; });
}

namespace {

bool isPlainName(std::string_view s) {
    if (s.size() > 256) return false;
    return std::none_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

// A carved record decoded through templates that were since overwritten
// yields control characters in names and megabytes of noise from a few
// hundred bytes; such a record is not evidence, it is not imported.
bool isPlausibleRecovered(const WinEvent& e, std::uint32_t recordSize) {
    if (!isPlainName(e.channel) || !isPlainName(e.provider) || !isPlainName(e.computer)) return false;
    std::size_t rendered = 0;
    for (const auto& f : e.data) {
        if (!isPlainName(f.name)) return false;
        rendered += f.name.size() + f.value.size();
    }
    return rendered <= 8 * static_cast<std::size_t>(recordSize) + 65536;
}

}  // namespace

Error EvtxChunkParser::locate(Error e, const ChunkInput& in, std::uint64_t recordId) {
    e.offset = in.fileOffset + e.offset.value_or(0);
    if (in.path) e.file = *in.path;
    if (recordId != 0) e.record = recordId;
    return e;
}

bool EvtxChunkParser::readFrame(const ChunkInput& in, std::uint32_t pos, std::uint32_t end,
                                Frame& f) {
    if (static_cast<std::uint64_t>(pos) + kRecordHeaderSize + 4 > end) return false;
    const std::uint8_t* p = in.data + pos;
    if (std::memcmp(p, "**\0\0", 4) != 0) return false;
    const std::uint32_t size = readU32(p + 4);
    if (size < kRecordHeaderSize + 4 + 1 || static_cast<std::uint64_t>(pos) + size > end) return false;
    if (readU32(p + size - 4) != size) return false;
    f = Frame{pos, size, readU64(p + 8), readU64(p + 16)};
    return true;
}

Status EvtxChunkParser::parseFragment(BinXmlParser& parser, const Frame& f) {
    m_fragment.clear();
    return parser.parse(f.pos + kRecordHeaderSize, f.pos + f.size - 4, m_fragment);
}

void EvtxChunkParser::parseEvents(const ChunkInput& in, std::vector<WinEvent>& out,
                                  ChunkDiagnostics& diag) {
    std::vector<std::uint64_t> liveInChunk;  // EventRecordIDs, which exported logs renumber apart from headers
    run(in, diag, [&](BinXmlParser& parser, const Frame& f, bool isRecovered) -> Status {
        if (Status s = parseFragment(parser, f); !s) return s;
        WinEvent& ev = out.emplace_back();
        m_builder.begin(ev);
        BinXmlWalker walker(parser, m_cache, in.data);
        if (Status s = walker.walk(m_fragment, m_builder); !s) {
            out.pop_back();
            return s;
        }
        if (!m_builder.hasRecordId()) ev.recordId = f.id;
        if (!isRecovered) {
            liveInChunk.push_back(ev.recordId);
        } else if (ev.recordId != f.id &&
                   ((in.liveIds && in.liveIds->contains(ev.recordId)) ||
                    std::find(liveInChunk.begin(), liveInChunk.end(), ev.recordId) != liveInChunk.end())) {
            out.pop_back();  // its EventRecordID names a live record: a stale copy
            return Error::make(ErrorCode::Corrupt, "recovered record duplicates a live one");
        } else if (!isPlausibleRecovered(ev, f.size)) {
            out.pop_back();
            return Error::make(ErrorCode::Corrupt, "recovered record does not decode to a plausible event");
        }
        if (!m_builder.hasTime()) ev.time = ticksFromFiletime(f.written);
        ev.isRecovered = isRecovered;
        return {};
    });
}

void EvtxChunkParser::parseXml(const ChunkInput& in, std::vector<EvtxRecordXml>& out,
                               ChunkDiagnostics& diag) {
    run(in, diag, [&](BinXmlParser& parser, const Frame& f, bool isRecovered) -> Status {
        if (Status s = parseFragment(parser, f); !s) return s;
        EvtxRecordXml rec{f.id, isRecovered, {}};
        EvtxXmlRenderer renderer(rec.xml);
        BinXmlWalker walker(parser, m_cache, in.data);
        if (Status s = walker.walk(m_fragment, renderer); !s) return s;
        out.push_back(std::move(rec));
        return {};
    });
}

void EvtxChunkParser::run(const ChunkInput& in, ChunkDiagnostics& diag, const Emit& emit) {
    diag.chunkIndex = in.index;
    diag.fileOffset = in.fileOffset;
    diag.isTruncated = in.size < kChunkSize;
    const EvtxChunkHeader header = readChunkHeader(in.data, in.size);
    if (header.isAllZero && !in.isCounted) {
        diag.isUnused = true;
        return;
    }
    if (diag.isTruncated)
        diag.problems.push_back(locate(Error::make(ErrorCode::Truncated,
            "chunk truncated: the file ends inside it").atOffset(in.size), in, 0));
    m_cache.reset();
    BinXmlParser parser(in.data, in.size, m_cache);
    std::uint32_t slackFrom = kChunkHeaderSize;
    if (!header.hasMagic || !header.isHeaderChecksumOk) {
        diag.isHeaderDamaged = true;
        if (in.isCounted || !header.isAllZero)
            diag.problems.push_back(locate(Error::make(ErrorCode::Corrupt, header.hasMagic
                ? "chunk header checksum mismatch: its records are imported as recovered"
                : "chunk header magic missing: its records are imported as recovered").atOffset(0), in, 0));
    } else if (in.isCounted) {
        if (!header.isDataChecksumOk) {
            diag.isDataChecksumBad = true;
            diag.problems.push_back(locate(Error::make(ErrorCode::Corrupt,
                "chunk record data checksum mismatch").atOffset(52), in, 0));
        }
        const auto end = static_cast<std::uint32_t>(std::clamp<std::size_t>(
            header.freeSpaceOffset, kChunkHeaderSize, in.size));
        slackFrom = parseLive(in, parser, end, diag, emit);
    }
    if (in.size >= kChunkHeaderSize) recoverSlack(in, parser, slackFrom, diag, emit);
}

std::uint32_t EvtxChunkParser::parseLive(const ChunkInput& in, BinXmlParser& parser,
                                         std::uint32_t end, ChunkDiagnostics& diag,
                                         const Emit& emit) {
    std::uint32_t pos = kChunkHeaderSize;
    while (pos + kRecordHeaderSize <= end) {
        Frame f;
        if (!readFrame(in, pos, end, f)) {
            diag.problems.push_back(locate(Error::make(ErrorCode::Corrupt,
                "record header invalid (signature, size or size copy)").atOffset(pos), in, 0));
            ++diag.skippedRecords;
            do pos += 8; while (pos + kRecordHeaderSize <= end && std::memcmp(in.data + pos, "**\0\0", 4) != 0);
            continue;
        }
        if (Status s = emit(parser, f, false); !s) {
            diag.problems.push_back(locate(s.error(), in, f.id));
            ++diag.skippedRecords;
        } else {
            ++diag.liveRecords;
        }
        pos += f.size;
    }
    return std::max(pos, end);
}

}  // namespace hitome::core::evtx
