// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hitome's EVTX reader: opens a .evtx file, validates its header and parses
// chunks straight into WinEvent (no XML round trip). Reads with pread, one
// 64 KiB chunk at a time, so file size is unbounded (past 4 GiB) and memory
// stays flat. readChunk() is safe to call from several threads at once.
//
//   auto file = EvtxFile::open(path);            // Result<EvtxFile>
//   for (size_t i = 0; i < file->chunkCount(); ++i)
//       file->readChunk(i, events, diag);        // in parallel if you like
//   file->forEachRecord(onEvent, stopToken);     // or sequentially

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <stop_token>
#include <string>
#include <vector>

#include "core/ingest/evtx/evtx_chunk_parser.h"
#include "core/ingest/evtx/evtx_file_header.h"
#include "core/model/win_event.h"
#include "core/util/result.h"

namespace hitome::core {

using evtx::ChunkDiagnostics;
using evtx::EvtxRecordXml;

class EvtxFile {
public:
    // Fails (Io/Format/Truncated/Unsupported, naming `path` and the offset)
    // when the file cannot be read or is not EVTX.
    static Result<EvtxFile> open(const std::filesystem::path& path);

    EvtxFile(EvtxFile&&) noexcept;
    EvtxFile& operator=(EvtxFile&&) noexcept;
    ~EvtxFile();

    const std::string& path() const { return m_path; }
    std::uint64_t fileSize() const { return m_size; }
    const evtx::EvtxFileHeader& header() const { return m_header; }
    // Chunk slots present in the file (a trailing partial chunk included);
    // may exceed header().countedChunks(): extra chunks yield recovered records.
    std::size_t chunkCount() const { return m_chunkCount; }
    // Records the chunk headers of the counted chunks declare (what evtxinfo reports).
    std::uint64_t headerRecordCount() const { return m_headerRecordCount; }
    // File-level problems that did not stop reading (header checksum, file
    // shorter than its header says).
    const std::vector<Error>& problems() const { return m_problems; }

    // Appends the chunk's events (live, then recovered) to `out`. Content
    // problems go to `diag`; the Status fails only on I/O errors. Recovered
    // records whose id a live chunk declares are dropped. Thread-safe.
    Status readChunk(std::size_t index, std::vector<WinEvent>& out, ChunkDiagnostics& diag) const;
    // Same records rendered as XML text.
    Status readChunkXml(std::size_t index, std::vector<EvtxRecordXml>& out,
                        ChunkDiagnostics& diag) const;

    // Every record in file order. Also drops recovered records repeated in
    // several chunks. Returns Cancelled when `stop` is requested.
    Status forEachRecord(const std::function<void(const WinEvent&)>& onEvent,
                         std::stop_token stop = {},
                         const std::function<void(const ChunkDiagnostics&)>& onChunk = {}) const;

private:
    EvtxFile() = default;
    Status readChunkBytes(std::size_t index, std::vector<std::uint8_t>& buffer,
                          evtx::ChunkInput& in) const;
    void scanChunkHeaders();

    std::string m_path;
    int m_fd = -1;
    std::uint64_t m_size = 0;
    evtx::EvtxFileHeader m_header;
    std::size_t m_chunkCount = 0;
    std::uint64_t m_headerRecordCount = 0;
    evtx::LiveRecordIds m_liveIds;
    std::vector<Error> m_problems;
};

}  // namespace hitome::core
