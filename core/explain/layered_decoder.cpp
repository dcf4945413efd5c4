// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explain/layered_decoder.h"

#include <cctype>
#include <optional>
#include <string>

#include "core/explain/decode_base64.h"
#include "core/explain/decode_inflate.h"
#include "core/explain/script_deobfuscator.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

class LayerPeeler {
public:
    explicit LayerPeeler(const DecodeLimits& limits) : m_limits(limits) {}

    void peel(std::string_view text, int depth) {
        if (depth >= m_limits.maxDepth || isFull()) return;
        static const std::pair<const char*, std::optional<std::string> (*)(std::string_view)> kFolds[] = {
            {"format-string", foldFormatStrings}, {"concatenation", foldConcatenation}, {"char-codes", foldCharCodes}};
        for (const auto& [kind, fold] : kFolds) {
            if (auto folded = fold(text)) {
                const std::string next = add(kind, *folded);
                peel(next, depth + 1);
                return;
            }
        }
        for (const std::string& literal : base64Literals(text)) {
            if (isFull()) return;
            if (auto next = decodeLiteral(literal, text)) peel(*next, depth + 1);
        }
    }

    // Adds a layer (cut to the caps) and returns its text.
    std::string add(std::string kind, std::string_view text) {
        DecodedLayer layer;
        layer.kind = std::move(kind);
        const size_t room = std::min(m_limits.maxLayerBytes, m_limits.maxTotalBytes - std::min(m_total, m_limits.maxTotalBytes));
        layer.isTruncated = text.size() > room;
        layer.text = sanitizeUtf8(text.substr(0, room));
        m_total += layer.text.size();
        m_layers.push_back(layer);
        return layer.text;
    }

    std::vector<DecodedLayer> take() { return std::move(m_layers); }

private:
    bool isFull() const { return m_layers.size() >= m_limits.maxLayers || m_total >= m_limits.maxTotalBytes; }

    std::optional<std::string> decodeLiteral(const std::string& literal, std::string_view context) {
        auto bytes = decodeBase64(literal);
        if (!bytes || bytes->size() < 2) return std::nullopt;
        const bool wantsInflate = containsNoCase(context, "DeflateStream") || containsNoCase(context, "GzipStream") ||
                                  (static_cast<unsigned char>((*bytes)[0]) == 0x1F && static_cast<unsigned char>((*bytes)[1]) == 0x8B);
        if (wantsInflate) {
            CompressionFormat used = CompressionFormat::RawDeflate;
            if (auto inflated = inflateAny(*bytes, m_limits.maxLayerBytes, &used)) {
                std::string ignored;
                return add(used == CompressionFormat::Gzip ? "gzip" : "deflate", bytesToText(inflated->bytes, &ignored));
            }
        }
        std::string encoding;
        const std::string text = bytesToText(*bytes, &encoding);
        // Only clean text counts: a word that happens to be valid base64
        // ("Network") decodes to junk with replacement characters.
        const bool isClean = encoding == "utf16le" ? text.find("\xEF\xBF\xBD") == std::string::npos
                                                    : sanitizeUtf8(*bytes) == *bytes;
        if (!isClean || !looksLikeText(text)) return std::nullopt;
        return add(encoding == "utf16le" ? "base64+utf16le" : "base64", text);
    }

    // Base64 runs: any run of 40+ base64 characters (payloads are often
    // stored in variables or nested in quotes), or a shorter run right after
    // FromBase64String(. Linear: each character is looked at once.
    static std::vector<std::string> base64Literals(std::string_view s) {
        std::vector<std::string> out;
        auto isB64 = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '/'; };
        for (size_t i = 0; i < s.size() && out.size() < 16;) {
            if (!isB64(s[i])) {
                ++i;
                continue;
            }
            size_t j = i;
            while (j < s.size() && isB64(s[j])) ++j;
            while (j < s.size() && s[j] == '=') ++j;
            const size_t from = i >= 40 ? i - 40 : 0;
            const bool afterCall = containsNoCase(s.substr(from, i - from), "base64string");
            if (j - i >= 40 || (afterCall && j - i >= 8)) out.emplace_back(s.substr(i, j - i));
            i = j;
        }
        return out;
    }

    const DecodeLimits& m_limits;
    std::vector<DecodedLayer> m_layers;
    size_t m_total = 0;
};

}  // namespace

std::vector<DecodedLayer> decodeScriptLayers(std::string_view script, const DecodeLimits& limits) {
    LayerPeeler peeler(limits);
    peeler.peel(script, 0);
    return peeler.take();
}

std::vector<DecodedLayer> decodeEncodedCommand(std::string_view value, const DecodeLimits& limits) {
    auto bytes = decodeBase64(trim(value));
    if (!bytes || bytes->empty()) return {};
    LayerPeeler peeler(limits);
    std::string encoding;
    const std::string script = peeler.add("", bytesToText(*bytes, &encoding));
    auto layers = peeler.take();
    layers.front().kind = encoding == "utf16le" ? "base64+utf16le" : "base64";
    LayerPeeler inner(limits);
    inner.peel(script, 1);
    for (auto& l : inner.take()) layers.push_back(std::move(l));
    return layers;
}

}  // namespace hitome::core
