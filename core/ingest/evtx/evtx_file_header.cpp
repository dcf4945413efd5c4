// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/evtx/evtx_file_header.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>

#include "core/ingest/evtx/evtx_bytes.h"

namespace hitome::core::evtx {

Result<EvtxFileHeader> parseFileHeader(const std::uint8_t* bytes, std::size_t size) {
    if (size < 128)
        return Error::make(ErrorCode::Truncated, "file is shorter than an EVTX header").atOffset(size);
    if (std::memcmp(bytes, "ElfFile\0", 8) != 0) {
        const bool isZero = std::all_of(bytes, bytes + 128, [](std::uint8_t b) { return b == 0; });
        return Error::make(ErrorCode::Format, isZero ? "not an EVTX file: the header is zero-filled"
                                                     : "not an EVTX file: wrong magic")
            .atOffset(0);
    }
    EvtxFileHeader h;
    h.firstChunkNumber = readU64(bytes + 8);
    h.lastChunkNumber = readU64(bytes + 16);
    h.nextRecordId = readU64(bytes + 24);
    const std::uint32_t headerSize = readU32(bytes + 32);
    h.minorVersion = readU16(bytes + 36);
    h.majorVersion = readU16(bytes + 38);
    const std::uint16_t blockSize = readU16(bytes + 40);
    h.chunkCount = readU16(bytes + 42);
    h.flags = readU32(bytes + 120);
    h.isChecksumOk = static_cast<std::uint32_t>(crc32(0L, bytes, 120)) == readU32(bytes + 124);
    if (headerSize != 128 || blockSize != kFileHeaderBlockSize)
        return Error::make(ErrorCode::Format, "EVTX header size fields are not 128/4096").atOffset(32);
    if (h.majorVersion != 3)
        return Error::make(ErrorCode::Unsupported, "EVTX major version is not 3").atOffset(38);
    return h;
}

}  // namespace hitome::core::evtx
