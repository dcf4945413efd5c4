// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// gzip / zlib / raw deflate decompression with an output cap (zip bombs stop
// at the cap). Used for PowerShell's GzipStream/DeflateStream payloads.

#include <optional>
#include <string>
#include <string_view>

namespace hitome::core {

enum class CompressionFormat { Gzip, Zlib, RawDeflate };

struct InflateResult {
    std::string bytes;
    bool isTruncated = false;   // output reached `maxOutput`
};

// nullopt when the stream is not valid in `format` before any output cap.
std::optional<InflateResult> inflateBounded(std::string_view input, CompressionFormat format, size_t maxOutput);

// Gzip when the magic 1F 8B is present, else zlib when the header checks out,
// else raw deflate; nullopt when none decodes.
std::optional<InflateResult> inflateAny(std::string_view input, size_t maxOutput, CompressionFormat* used = nullptr);

}  // namespace hitome::core
