// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The 512-byte header of a 64 KiB EVTX chunk and its two CRC32 checks
// (header fields + tables; record data up to the free-space offset).

#include <cstddef>
#include <cstdint>

namespace hitome::core::evtx {

struct EvtxChunkHeader {
    bool hasMagic = false;            // "ElfChnk\0"
    bool isHeaderChecksumOk = false;
    bool isDataChecksumOk = false;
    bool isAllZero = false;           // an unused (zero-filled) chunk slot
    std::uint64_t firstRecordNumber = 0;
    std::uint64_t lastRecordNumber = 0;
    std::uint64_t firstRecordId = 0;
    std::uint64_t lastRecordId = 0;
    std::uint32_t lastRecordOffset = 0;
    std::uint32_t freeSpaceOffset = 0;

    // Records the header declares (0 when the numbers are inconsistent).
    std::uint64_t declaredRecordCount() const;
    bool isUsable() const { return hasMagic && isHeaderChecksumOk; }
};

// Reads the header of the chunk in `data` (`size` bytes, ≤ 64 KiB; fewer
// when the file is truncated). Never reads outside `data`.
EvtxChunkHeader readChunkHeader(const std::uint8_t* data, std::size_t size);

}  // namespace hitome::core::evtx
