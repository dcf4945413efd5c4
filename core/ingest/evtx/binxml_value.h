// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A typed BinXML value (a substitution or an inline value token) as a view
// into chunk bytes, and its text rendering. Rendering follows python-evtx's
// text for each type so our fields equal the reference oracle's.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace hitome::core::evtx {

enum BinXmlType : std::uint8_t {
    kTypeNull = 0x00, kTypeWString = 0x01, kTypeString = 0x02, kTypeInt8 = 0x03,
    kTypeUInt8 = 0x04, kTypeInt16 = 0x05, kTypeUInt16 = 0x06, kTypeInt32 = 0x07,
    kTypeUInt32 = 0x08, kTypeInt64 = 0x09, kTypeUInt64 = 0x0A, kTypeReal32 = 0x0B,
    kTypeReal64 = 0x0C, kTypeBool = 0x0D, kTypeBinary = 0x0E, kTypeGuid = 0x0F,
    kTypeSizeT = 0x10, kTypeFiletime = 0x11, kTypeSystemtime = 0x12, kTypeSid = 0x13,
    kTypeHex32 = 0x14, kTypeHex64 = 0x15, kTypeBinXml = 0x21, kTypeArrayFlag = 0x80,
};

struct BinXmlValue {
    std::uint8_t type = kTypeNull;
    std::uint32_t size = 0;
    const std::uint8_t* data = nullptr;  // `size` bytes, valid while the chunk is
};

// Appends the value's text (no XML escaping). BinXML values append nothing:
// the walker renders them as nested elements.
void appendValueText(std::string& out, const BinXmlValue& value);
// Byte size of fixed-size types; 0 for sized ones (strings, binary, SID, arrays).
std::size_t fixedValueSize(std::uint8_t type);
// Integer value of numeric types (hex and sizes included); nullopt otherwise.
std::optional<std::uint64_t> valueAsUnsigned(const BinXmlValue& value);
// FILETIME rendered as python-evtx does ("2019-03-19 23:34:25.123456").
std::string formatFiletimePython(std::uint64_t filetime);
// python repr() of a double ("1.0", "1e+16", "0.1").
std::string formatDoublePython(double v);
// Appends UTF-16LE code units as UTF-8; unpaired surrogates become U+FFFD.
void appendUtf16le(std::string& out, const std::uint8_t* data, std::size_t units);

}  // namespace hitome::core::evtx
