// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Peels encoded PowerShell one layer at a time, never executing anything:
// -EncodedCommand base64 (UTF-16LE), FromBase64String literals, gzip/deflate
// streams, char codes, concatenation and format strings. Depth, layer count
// and output size are bounded so hostile input cannot blow up.

#include <string_view>
#include <vector>

#include "core/explain/explanation.h"

namespace hitome::core {

struct DecodeLimits {
    int maxDepth = 8;                    // layers peeled from one starting text
    size_t maxLayers = 24;
    size_t maxLayerBytes = 1 << 20;      // each layer's text is cut here
    size_t maxTotalBytes = 4 << 20;      // sum over layers
};

// The layers inside a script (the script itself is not a layer).
std::vector<DecodedLayer> decodeScriptLayers(std::string_view script, const DecodeLimits& limits = {});

// An -EncodedCommand value: first layer is the base64 → UTF-16LE script, then
// decodeScriptLayers on it. Empty when `value` is not valid base64.
std::vector<DecodedLayer> decodeEncodedCommand(std::string_view value, const DecodeLimits& limits = {});

}  // namespace hitome::core
