// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explain/decode_inflate.h"

#include <zlib.h>

#include <climits>
#include <memory>

namespace hitome::core {

std::optional<InflateResult> inflateBounded(std::string_view input, CompressionFormat format, size_t maxOutput) {
    if (input.empty() || input.size() > UINT_MAX) return std::nullopt;
    z_stream zs{};
    const int windowBits = format == CompressionFormat::Gzip ? 16 + MAX_WBITS
                           : format == CompressionFormat::Zlib ? MAX_WBITS
                                                                : -MAX_WBITS;
    if (inflateInit2(&zs, windowBits) != Z_OK) return std::nullopt;
    const auto closer = std::unique_ptr<z_stream, int (*)(z_stream*)>(&zs, inflateEnd);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
    zs.avail_in = static_cast<uInt>(input.size());
    InflateResult result;
    char buf[16384];
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef*>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) return std::nullopt;
        const size_t produced = sizeof buf - zs.avail_out;
        if (result.bytes.size() + produced > maxOutput) {
            result.bytes.append(buf, maxOutput - result.bytes.size());
            result.isTruncated = true;
            return result;
        }
        result.bytes.append(buf, produced);
        if (rc == Z_BUF_ERROR) break;   // input ended without a stream end
    }
    if (rc != Z_STREAM_END && result.bytes.empty()) return std::nullopt;
    return result;
}

std::optional<InflateResult> inflateAny(std::string_view input, size_t maxOutput, CompressionFormat* used) {
    auto attempt = [&](CompressionFormat f) {
        auto r = inflateBounded(input, f, maxOutput);
        if (r && used) *used = f;
        return r;
    };
    if (input.size() >= 2 && static_cast<unsigned char>(input[0]) == 0x1F && static_cast<unsigned char>(input[1]) == 0x8B)
        return attempt(CompressionFormat::Gzip);
    const auto b0 = static_cast<unsigned char>(input.empty() ? 0 : input[0]);
    const auto b1 = static_cast<unsigned char>(input.size() < 2 ? 0 : input[1]);
    if ((b0 & 0x0F) == 8 && ((b0 << 8) | b1) % 31 == 0)
        if (auto r = attempt(CompressionFormat::Zlib)) return r;
    return attempt(CompressionFormat::RawDeflate);
}

}  // namespace hitome::core
