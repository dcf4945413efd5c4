// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/evtx/binxml_value.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <utility>

#include "core/ingest/evtx/evtx_bytes.h"
#include "core/util/text.h"

namespace hitome::core::evtx {
namespace {

template <typename T>
void appendNumber(std::string& out, T v) {
    char buf[32];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, res.ptr);
}

void appendHex(std::string& out, std::uint64_t v, int digits) {
    static const char kHex[] = "0123456789abcdef";
    out += "0x";
    for (int i = digits - 1; i >= 0; --i) out += kHex[(v >> (i * 4)) & 0xF];
}

void appendBase64(std::string& out, const std::uint8_t* p, std::size_t n) {
    static const char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        std::uint32_t v = (p[i] << 16) | (p[i + 1] << 8) | p[i + 2];
        for (int s = 18; s >= 0; s -= 6) out += kAlphabet[(v >> s) & 63];
    }
    if (i < n) {
        std::uint32_t v = p[i] << 16;
        if (i + 1 < n) v |= p[i + 1] << 8;
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += i + 1 < n ? kAlphabet[(v >> 6) & 63] : '=';
        out += '=';
    }
}

void appendGuid(std::string& out, const std::uint8_t* p) {
    char buf[48];
    std::snprintf(buf, sizeof buf,
                  "{%08x-%04x-%04x-%02x%02x-%02x%02x%02x%02x%02x%02x}", readU32(p),
                  readU16(p + 4), readU16(p + 6), p[8], p[9], p[10], p[11], p[12], p[13],
                  p[14], p[15]);
    out += buf;
}

void appendSid(std::string& out, const BinXmlValue& v) {
    const std::uint8_t* p = v.data;
    if (v.size < 8) return;
    std::size_t count = p[1];
    if (8 + 4 * count > v.size) count = (v.size - 8) / 4;
    std::uint64_t authority = 0;
    for (int i = 2; i < 8; ++i) authority = (authority << 8) | p[i];
    out += "S-";
    appendNumber(out, static_cast<unsigned>(p[0]));
    out += '-';
    appendNumber(out, authority);
    for (std::size_t i = 0; i < count; ++i) {
        out += '-';
        appendNumber(out, readU32(p + 8 + 4 * i));
    }
}

// Days since 1970-01-01 to a civil date (proleptic Gregorian).
void civilFromDays(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
}

std::string formatDateTime(std::int64_t seconds, unsigned micros) {
    std::int64_t days = seconds / 86400, rem = seconds % 86400;
    if (rem < 0) { rem += 86400; --days; }
    std::int64_t y; unsigned m, d;
    civilFromDays(days, y, m, d);
    if (y < 1 || y > 9999) return "0001-01-01 00:00:00";  // python: datetime.min
    char buf[48];
    int n = std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02d:%02d:%02d", static_cast<int>(y), m,
                          d, static_cast<int>(rem / 3600), static_cast<int>(rem / 60 % 60),
                          static_cast<int>(rem % 60));
    if (micros != 0) std::snprintf(buf + n, sizeof buf - n, ".%06u", micros);
    return buf;
}

void appendSystemtime(std::string& out, const std::uint8_t* p) {
    char buf[64];
    int n = std::snprintf(buf, sizeof buf, "%04u-%02u-%02u %02u:%02u:%02u", readU16(p),
                          readU16(p + 2), readU16(p + 6), readU16(p + 8), readU16(p + 10),
                          readU16(p + 12));
    if (unsigned ms = readU16(p + 14); ms != 0)
        std::snprintf(buf + n, sizeof buf - n, ".%06u", ms * 1000);
    out += buf;
}

// First run of byte pairs (non-NUL, non-LF) at or after any position, as
// python-evtx's regex search finds it; returns its start and byte length.
std::pair<std::size_t, std::size_t> firstPairRun(const std::uint8_t* p, std::size_t n) {
    for (std::size_t start = 0; start + 1 < n; ++start) {
        std::size_t len = 0;
        while (start + len + 1 < n && p[start + len] != 0 && p[start + len + 1] != '\n') len += 2;
        if (len > 0) return {start, len};
    }
    return {n, 0};
}

void appendStringArray(std::string& out, const BinXmlValue& v) {
    // Mirrors python-evtx's WstringArrayTypeNode.string() byte for byte,
    // quirks included, so string-array fields equal the oracle's.
    const std::uint8_t* p = v.data;
    std::size_t n = v.size;
    while (n > 0) {
        auto [at, len] = firstPairRun(p, n);
        if (len > 0) {
            out += "<string>";
            appendUtf16le(out, p + at, len / 2);
            out += "</string>\n";
            const std::size_t drop = std::min(n, len + 2);
            p += drop;
            n -= drop;
            if (n == 0) break;
        }
        std::size_t zeros = 0;
        while (zeros < n && p[zeros] == 0) ++zeros;
        if (zeros % 2 != 0) return;  // python-evtx raises here
        for (std::size_t i = 0; i < zeros / 2; ++i) out += "<string></string>\n";
        if (zeros == 0 && len == 0) return;  // no progress possible
        p += zeros;
        n -= zeros;
    }
}

}  // namespace

std::size_t fixedValueSize(std::uint8_t type) {
    switch (type) {
    case kTypeInt8: case kTypeUInt8: return 1;
    case kTypeInt16: case kTypeUInt16: return 2;
    case kTypeInt32: case kTypeUInt32: case kTypeReal32: case kTypeBool: case kTypeHex32: return 4;
    case kTypeInt64: case kTypeUInt64: case kTypeReal64: case kTypeFiletime: case kTypeHex64:
    case kTypeSizeT: return 8;
    case kTypeGuid: case kTypeSystemtime: return 16;
    default: return 0;
    }
}

namespace {

void appendScalar(std::string& out, const BinXmlValue& v);

void appendArray(std::string& out, const BinXmlValue& v) {
    const std::uint8_t element = v.type & 0x7F;
    if (element == kTypeWString) return appendStringArray(out, v);
    std::size_t step = fixedValueSize(element);
    if (step == 0) return appendBase64(out, v.data, v.size);
    for (std::size_t off = 0; off + step <= v.size; off += step) {
        if (off != 0) out += ", ";
        appendScalar(out, BinXmlValue{element, static_cast<std::uint32_t>(step), v.data + off});
    }
}

void appendScalar(std::string& out, const BinXmlValue& v) {
    const std::uint8_t* p = v.data;
    std::size_t need = fixedValueSize(v.type);
    if (need != 0 && v.size < need && !(v.type == kTypeSizeT && v.size == 4)) return;
    switch (v.type) {
    case kTypeNull: case kTypeBinXml: return;
    case kTypeWString: {
        std::size_t units = v.size / 2;
        while (units > 0 && readU16(p + 2 * (units - 1)) == 0) --units;
        return appendUtf16le(out, p, units);
    }
    case kTypeString: {
        std::size_t n = v.size;
        while (n > 0 && p[n - 1] == 0) --n;
        out.append(sanitizeUtf8({reinterpret_cast<const char*>(p), n})); return;
    }
    case kTypeInt8: return appendNumber(out, static_cast<int>(static_cast<std::int8_t>(p[0])));
    case kTypeUInt8: return appendNumber(out, static_cast<unsigned>(p[0]));
    case kTypeInt16: return appendNumber(out, static_cast<std::int16_t>(readU16(p)));
    case kTypeUInt16: return appendNumber(out, readU16(p));
    case kTypeInt32: return appendNumber(out, static_cast<std::int32_t>(readU32(p)));
    case kTypeUInt32: return appendNumber(out, readU32(p));
    case kTypeInt64: return appendNumber(out, static_cast<std::int64_t>(readU64(p)));
    case kTypeUInt64: return appendNumber(out, readU64(p));
    case kTypeSizeT: return appendNumber(out, v.size == 4 ? readU32(p) : readU64(p));
    case kTypeReal32: { float f; std::memcpy(&f, p, 4); out += formatDoublePython(f); return; }
    case kTypeReal64: { double d; std::memcpy(&d, p, 8); out += formatDoublePython(d); return; }
    case kTypeBool: out += static_cast<std::int32_t>(readU32(p)) > 0 ? "True" : "False"; return;
    case kTypeGuid: return appendGuid(out, p);
    case kTypeFiletime: out += formatFiletimePython(readU64(p)); return;
    case kTypeSystemtime: return appendSystemtime(out, p);
    case kTypeSid: return appendSid(out, v);
    case kTypeHex32: return appendHex(out, readU32(p), 8);
    case kTypeHex64: return appendHex(out, readU64(p), 16);
    default: return appendBase64(out, p, v.size);  // binary and types without a text form
    }
}

}  // namespace

void appendUtf16le(std::string& out, const std::uint8_t* data, std::size_t units) {
    // Most event text is ASCII: write that run straight into place, without
    // a capacity check per character; the rest goes through the general path.
    const std::size_t start = out.size();
    out.resize(start + units);
    char* ascii = out.data() + start;
    std::size_t i = 0;
    for (; i < units; ++i) {
        const unsigned unit = data[2 * i] | (static_cast<unsigned>(data[2 * i + 1]) << 8);
        if (unit >= 0x80) break;
        ascii[i] = static_cast<char>(unit);
    }
    out.resize(start + i);
    for (; i < units; ++i) {
        char32_t c = readU16(data + 2 * i);
        if (c < 0x80) { out += static_cast<char>(c); continue; }
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < units) {
            char32_t lo = readU16(data + 2 * (i + 1));
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                appendUtf8(out, 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00));
                ++i;
                continue;
            }
        }
        appendUtf8(out, (c >= 0xD800 && c <= 0xDFFF) ? U'\uFFFD' : c);
    }
}

void appendValueText(std::string& out, const BinXmlValue& value) {
    if (value.data == nullptr && value.size != 0) return;
    if ((value.type & kTypeArrayFlag) != 0) return appendArray(out, value);
    appendScalar(out, value);
}

std::optional<std::uint64_t> valueAsUnsigned(const BinXmlValue& v) {
    if (v.size < fixedValueSize(v.type) || v.data == nullptr) return std::nullopt;
    switch (v.type) {
    case kTypeInt8: case kTypeUInt8: return v.data[0];
    case kTypeInt16: case kTypeUInt16: return readU16(v.data);
    case kTypeInt32: case kTypeUInt32: case kTypeHex32: return readU32(v.data);
    case kTypeInt64: case kTypeUInt64: case kTypeHex64: case kTypeFiletime: return readU64(v.data);
    case kTypeSizeT: return v.size == 4 ? readU32(v.data) : readU64(v.data);
    default: return std::nullopt;
    }
}

std::string formatFiletimePython(std::uint64_t filetime) {
    // python-evtx computes utcfromtimestamp(float(ft) * 1e-7 - 11644473600),
    // which rounds half-even to microseconds through a double.
    const double t = static_cast<double>(filetime) * 1e-7 - 11644473600.0;
    double whole;
    double frac = std::modf(t, &whole) * 1e6;
    double rounded = std::round(frac);
    if (std::fabs(frac - rounded) == 0.5) rounded = 2.0 * std::round(frac / 2.0);
    if (rounded >= 1e6) { rounded -= 1e6; whole += 1.0; }
    else if (rounded < 0) { rounded += 1e6; whole -= 1.0; }
    if (!(std::fabs(whole) < 4e11)) return "0001-01-01 00:00:00";
    return formatDateTime(static_cast<std::int64_t>(whole), static_cast<unsigned>(rounded));
}

std::string formatDoublePython(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
    char sci[64];
    auto res = std::to_chars(sci, sci + sizeof sci, v, std::chars_format::scientific);
    std::string s(sci, res.ptr);  // "-1.2345e+02"
    std::size_t e = s.find('e');
    int exponent = std::atoi(s.c_str() + e + 1);
    std::string sign = s[0] == '-' ? "-" : "";
    std::string digits;
    for (std::size_t i = sign.size(); i < e; ++i) if (s[i] != '.') digits += s[i];
    if (exponent < -4 || exponent >= 16) {
        std::string out = sign + digits.substr(0, 1);
        if (digits.size() > 1) out += "." + digits.substr(1);
        char ex[16];
        std::snprintf(ex, sizeof ex, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        return out + ex;
    }
    if (exponent < 0) return sign + "0." + std::string(-exponent - 1, '0') + digits;
    if (static_cast<int>(digits.size()) <= exponent + 1)
        return sign + digits + std::string(exponent + 1 - digits.size(), '0') + ".0";
    return sign + digits.substr(0, exponent + 1) + "." + digits.substr(exponent + 1);
}

}  // namespace hitome::core::evtx
