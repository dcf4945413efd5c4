// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Little-endian reads and the limits that keep hostile EVTX input bounded.

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace hitome::core::evtx {

constexpr std::size_t kFileHeaderBlockSize = 4096;
constexpr std::size_t kChunkSize = 65536;
constexpr std::size_t kChunkHeaderSize = 512;      // header + string/template tables
constexpr std::size_t kRecordHeaderSize = 24;
constexpr int kMaxElementDepth = 128;             // nesting of elements in one fragment
constexpr int kMaxFragmentNesting = 16;           // templates inside BinXML values
constexpr std::size_t kMaxTokensPerRecord = 200000;  // guards exponential template expansion
constexpr std::size_t kMaxRecordTextBytes = 8u << 20;

inline std::uint16_t readU16(const std::uint8_t* p) {
    return static_cast<std::uint16_t>(p[0] | (p[1] << 8));
}
inline std::uint32_t readU32(const std::uint8_t* p) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;  // the supported targets are little-endian
}
inline std::uint64_t readU64(const std::uint8_t* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

}  // namespace hitome::core::evtx
