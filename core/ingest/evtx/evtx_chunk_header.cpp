// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/evtx/evtx_chunk_header.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>

#include "core/ingest/evtx/evtx_bytes.h"

namespace hitome::core::evtx {

std::uint64_t EvtxChunkHeader::declaredRecordCount() const {
    if (!hasMagic || lastRecordNumber < firstRecordNumber) return 0;
    const std::uint64_t n = lastRecordNumber - firstRecordNumber + 1;
    return n > kChunkSize / 28 ? 0 : n;  // a record is at least 28 bytes
}

EvtxChunkHeader readChunkHeader(const std::uint8_t* data, std::size_t size) {
    EvtxChunkHeader h;
    const std::size_t probe = std::min(size, kChunkHeaderSize);
    h.isAllZero = std::all_of(data, data + probe, [](std::uint8_t b) { return b == 0; });
    if (size < kChunkHeaderSize) return h;
    h.hasMagic = std::memcmp(data, "ElfChnk\0", 8) == 0;
    if (!h.hasMagic) return h;
    h.firstRecordNumber = readU64(data + 8);
    h.lastRecordNumber = readU64(data + 16);
    h.firstRecordId = readU64(data + 24);
    h.lastRecordId = readU64(data + 32);
    h.lastRecordOffset = readU32(data + 44);
    h.freeSpaceOffset = readU32(data + 48);
    uLong crc = crc32(0L, data, 120);
    crc = crc32(crc, data + 128, kChunkHeaderSize - 128);
    h.isHeaderChecksumOk = static_cast<std::uint32_t>(crc) == readU32(data + 124);
    if (h.freeSpaceOffset >= kChunkHeaderSize && h.freeSpaceOffset <= size) {
        uLong dataCrc = crc32(0L, data + kChunkHeaderSize,
                              static_cast<uInt>(h.freeSpaceOffset - kChunkHeaderSize));
        h.isDataChecksumOk = static_cast<std::uint32_t>(dataCrc) == readU32(data + 52);
    }
    return h;
}

}  // namespace hitome::core::evtx
