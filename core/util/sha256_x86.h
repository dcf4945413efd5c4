// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SHA-256 block compression with the x86 SHA extensions, when the CPU has
// them (about 5x the portable code). Internal to core/util/sha256.cpp.

#include <cstddef>
#include <cstdint>

namespace hitome::core {

// Compresses `blocks` 64-byte blocks into state[8] (a..h); false, touching
// nothing, when the CPU (or the build target) lacks the SHA extensions.
bool compressBlocksWithShaExtensions(std::uint32_t* state, const std::uint8_t* data, std::size_t blocks);

}  // namespace hitome::core
