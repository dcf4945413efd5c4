// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Caps that keep a hostile or broken rule from costing memory or time: a
// rule over a limit is reported and skipped, the others still load.

#include <cstddef>

namespace hitome::core {

struct SigmaLimits {
    std::size_t maxFileBytes = 1 << 20;   // the largest SigmaHQ rule is ~300 KB
    std::size_t maxSearches = 512;
    std::size_t maxValues = 20000;        // per rule, after modifier expansion
    std::size_t maxNesting = 64;          // YAML brackets/indentation, before yaml-cpp recurses
};

}  // namespace hitome::core
