// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/evtx/evtx_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unordered_set>

#include "core/ingest/evtx/evtx_bytes.h"
#include "core/ingest/evtx/evtx_chunk_header.h"

namespace hitome::core {

using namespace evtx;

namespace {

// Reads exactly `n` bytes at `offset` unless the file ends first.
Result<std::size_t> preadFully(int fd, std::uint8_t* buf, std::size_t n, std::uint64_t offset) {
    std::size_t done = 0;
    while (done < n) {
        ssize_t got = ::pread(fd, buf + done, n - done, static_cast<off_t>(offset + done));
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return Error::make(ErrorCode::Io, std::strerror(errno)).atOffset(offset + done);
        if (got == 0) break;
        done += static_cast<std::size_t>(got);
    }
    return done;
}

}  // namespace

EvtxFile::EvtxFile(EvtxFile&& o) noexcept { *this = std::move(o); }

EvtxFile& EvtxFile::operator=(EvtxFile&& o) noexcept {
    if (this != &o) {
        if (m_fd >= 0) ::close(m_fd);
        m_path = std::move(o.m_path);
        m_fd = std::exchange(o.m_fd, -1);
        m_size = o.m_size;
        m_header = o.m_header;
        m_chunkCount = o.m_chunkCount;
        m_headerRecordCount = o.m_headerRecordCount;
        m_liveIds = std::move(o.m_liveIds);
        m_problems = std::move(o.m_problems);
    }
    return *this;
}

EvtxFile::~EvtxFile() {
    if (m_fd >= 0) ::close(m_fd);
}

Result<EvtxFile> EvtxFile::open(const std::filesystem::path& path) {
    EvtxFile file;
    file.m_path = path.string();
    file.m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (file.m_fd < 0) return Error::make(ErrorCode::Io, std::strerror(errno)).inFile(file.m_path);
    struct stat st {};
    if (::fstat(file.m_fd, &st) != 0 || !S_ISREG(st.st_mode))
        return Error::make(ErrorCode::Io, "not a regular file").inFile(file.m_path);
    file.m_size = static_cast<std::uint64_t>(st.st_size);
    std::uint8_t head[128] = {};
    auto got = preadFully(file.m_fd, head, sizeof head, 0);
    if (!got) return got.error().inFile(file.m_path);
    auto header = parseFileHeader(head, *got);
    if (!header) return header.error().inFile(file.m_path);
    file.m_header = *header;
    if (!file.m_header.isChecksumOk)
        file.m_problems.push_back(Error::make(ErrorCode::Corrupt, "file header checksum mismatch")
                                      .inFile(file.m_path).atOffset(124));
    if (file.m_size > kFileHeaderBlockSize)
        file.m_chunkCount = static_cast<std::size_t>((file.m_size - kFileHeaderBlockSize + kChunkSize - 1) / kChunkSize);
    if (file.m_chunkCount < file.m_header.countedChunks())
        file.m_problems.push_back(Error::make(ErrorCode::Truncated,
            "file ends before the chunks its header declares").inFile(file.m_path).atOffset(file.m_size));
    file.scanChunkHeaders();
    return file;
}

void EvtxFile::scanChunkHeaders() {
    // Only headers (512 bytes each): the live id ranges let every chunk
    // decide on its own whether a recovered record duplicates a live one.
    std::uint8_t buf[kChunkHeaderSize];
    const std::size_t counted = static_cast<std::size_t>(std::min<std::uint64_t>(m_chunkCount, m_header.countedChunks()));
    for (std::size_t i = 0; i < counted; ++i) {
        const std::uint64_t offset = kFileHeaderBlockSize + i * kChunkSize;
        const std::size_t avail = static_cast<std::size_t>(std::min<std::uint64_t>(kChunkSize, m_size - offset));
        auto got = preadFully(m_fd, buf, std::min(avail, sizeof buf), offset);
        if (!got || *got < kChunkHeaderSize) continue;
        EvtxChunkHeader h = readChunkHeader(buf, kChunkHeaderSize);
        if (!h.isUsable()) continue;
        m_headerRecordCount += h.declaredRecordCount();
        if (h.lastRecordId >= h.firstRecordId) m_liveIds.add(h.firstRecordId, h.lastRecordId);
    }
}

Status EvtxFile::readChunkBytes(std::size_t index, std::vector<std::uint8_t>& buffer,
                                ChunkInput& in) const {
    if (index >= m_chunkCount)
        return Error::make(ErrorCode::Usage, "chunk index out of range").inFile(m_path);
    const std::uint64_t offset = kFileHeaderBlockSize + static_cast<std::uint64_t>(index) * kChunkSize;
    buffer.resize(kChunkSize);
    auto got = preadFully(m_fd, buffer.data(), kChunkSize, offset);
    if (!got) return got.error().inFile(m_path);
    in = ChunkInput{buffer.data(), *got, index, offset, index < m_header.countedChunks(), &m_path, &m_liveIds};
    return {};
}

Status EvtxFile::readChunk(std::size_t index, std::vector<WinEvent>& out,
                           ChunkDiagnostics& diag) const {
    thread_local std::vector<std::uint8_t> buffer;
    thread_local EvtxChunkParser parser;
    ChunkInput in;
    if (Status s = readChunkBytes(index, buffer, in); !s) return s;
    parser.parseEvents(in, out, diag);
    return {};
}

Status EvtxFile::readChunkXml(std::size_t index, std::vector<EvtxRecordXml>& out,
                              ChunkDiagnostics& diag) const {
    thread_local std::vector<std::uint8_t> buffer;
    thread_local EvtxChunkParser parser;
    ChunkInput in;
    if (Status s = readChunkBytes(index, buffer, in); !s) return s;
    parser.parseXml(in, out, diag);
    return {};
}

Status EvtxFile::forEachRecord(const std::function<void(const WinEvent&)>& onEvent,
                               std::stop_token stop,
                               const std::function<void(const ChunkDiagnostics&)>& onChunk) const {
    std::unordered_set<std::uint64_t> recovered;
    std::vector<WinEvent> events;
    for (std::size_t i = 0; i < m_chunkCount; ++i) {
        if (stop.stop_requested())
            return Error::make(ErrorCode::Cancelled, "cancelled").inFile(m_path)
                .atOffset(kFileHeaderBlockSize + i * kChunkSize);
        events.clear();
        ChunkDiagnostics diag;
        if (Status s = readChunk(i, events, diag); !s) return s;
        if (onChunk) onChunk(diag);
        for (const WinEvent& ev : events)
            if (!ev.isRecovered || recovered.insert(ev.recordId).second) onEvent(ev);
    }
    return {};
}

}  // namespace hitome::core
