// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The EVTX file header (first 4 KiB): magic, version, chunk count, flags and
// its CRC32.

#include <cstddef>
#include <cstdint>

#include "core/util/result.h"

namespace hitome::core::evtx {

struct EvtxFileHeader {
    std::uint64_t firstChunkNumber = 0;
    std::uint64_t lastChunkNumber = 0;
    std::uint64_t nextRecordId = 0;
    std::uint16_t minorVersion = 0;
    std::uint16_t majorVersion = 0;
    std::uint16_t chunkCount = 0;  // chunks in use according to the header
    std::uint32_t flags = 0;       // 0x1 dirty, 0x2 full
    bool isChecksumOk = false;

    bool isDirty() const { return (flags & 0x1) != 0; }
    // Chunks in use. The 16-bit count wraps in files over 4 GiB (65,535
    // chunks); the 64-bit last chunk number then gives the real count.
    std::uint64_t countedChunks() const {
        const std::uint64_t byLast = lastChunkNumber + 1;
        const bool isWrapped = byLast > 0xFFFF && (byLast & 0xFFFF) == chunkCount;
        return isWrapped ? byLast : chunkCount;
    }
};

// Validates the magic ("ElfFile\0") and header size; the checksum result is
// reported in isChecksumOk (a bad checksum alone does not stop reading).
// `bytes` is the start of the file, `size` how many bytes are available.
Result<EvtxFileHeader> parseFileHeader(const std::uint8_t* bytes, std::size_t size);

}  // namespace hitome::core::evtx
