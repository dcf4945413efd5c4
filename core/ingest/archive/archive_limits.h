// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Caps that keep a hostile archive (zip bomb, millions of members) from
// filling the disk or taking forever.

#include <cstdint>

namespace hitome::core {

struct ArchiveLimits {
    std::uint64_t maxTotalBytes = 16ULL << 30;     // all members together
    std::uint64_t ratioFreeBytes = 256ULL << 20;   // expansion below this is never a bomb
    std::uint64_t maxRatio = 200;                  // expanded / archive size beyond ratioFreeBytes
    std::uint64_t maxMembers = 200000;
};

}  // namespace hitome::core
