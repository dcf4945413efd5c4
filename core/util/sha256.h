// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SHA-256 (FIPS 180-4), streaming: feed bytes with update(), read the digest
// with hexDigest(). sha256File() hashes a file in 1 MiB blocks.

#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <stop_token>
#include <string>
#include <string_view>

#include "core/util/result.h"

namespace hitome::core {

class Sha256 {
public:
    Sha256();
    void update(std::string_view bytes);
    void update(const void* data, std::size_t size);
    // Finishes the hash; the object must not be updated afterwards.
    std::array<std::uint8_t, 32> digest();
    std::string hexDigest();   // lower-case, 64 characters

private:
    void compress(const std::uint8_t* block);

    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, 64> m_block{};
    std::size_t m_blockUsed = 0;
    std::uint64_t m_totalBytes = 0;
};

std::string sha256Hex(std::string_view bytes);

// Hashes the file at `path`. `onBytes` (may be empty) is called after each
// block with the bytes hashed so far. Returns Cancelled when `stop` fires.
Result<std::string> sha256File(const std::filesystem::path& path, std::stop_token stop = {},
                               const std::function<void(std::uint64_t)>& onBytes = {});

}  // namespace hitome::core
