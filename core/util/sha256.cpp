// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/sha256.h"

#include <cstdio>
#include <memory>
#include <vector>

#include "core/util/sha256_constants.h"
#include "core/util/sha256_x86.h"

namespace hitome::core {
namespace {

constexpr std::uint32_t rotr(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

std::uint32_t loadBigEndian(const std::uint8_t* p) {
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | std::uint32_t(p[3]);
}

}  // namespace

Sha256::Sha256()
    : m_state{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19} {}

void Sha256::compress(const std::uint8_t* block) {
    std::array<std::uint32_t, 64> w;
    for (int i = 0; i < 16; ++i) w[i] = loadBigEndian(block + 4 * i);
    for (int i = 16; i < 64; ++i) {
        const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    auto [a, b, c, d, e, f, g, h] = m_state;
    for (int i = 0; i < 64; ++i) {
        const std::uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kSha256Round[i] + w[i];
        const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    const std::array<std::uint32_t, 8> add = {a, b, c, d, e, f, g, h};
    for (int i = 0; i < 8; ++i) m_state[i] += add[i];
}

void Sha256::update(const void* data, std::size_t size) {
    const auto* p = static_cast<const std::uint8_t*>(data);
    m_totalBytes += size;
    if (m_blockUsed > 0) {
        const std::size_t take = std::min(size, m_block.size() - m_blockUsed);
        std::copy(p, p + take, m_block.begin() + static_cast<std::ptrdiff_t>(m_blockUsed));
        m_blockUsed += take;
        p += take;
        size -= take;
        if (m_blockUsed < m_block.size()) return;
        if (!compressBlocksWithShaExtensions(m_state.data(), m_block.data(), 1)) compress(m_block.data());
        m_blockUsed = 0;
    }
    if (const std::size_t blocks = size / 64; blocks > 0 && compressBlocksWithShaExtensions(m_state.data(), p, blocks)) {
        p += blocks * 64;
        size -= blocks * 64;
    }
    for (; size >= 64; p += 64, size -= 64) compress(p);
    std::copy(p, p + size, m_block.begin());
    m_blockUsed = size;
}

void Sha256::update(std::string_view bytes) { update(bytes.data(), bytes.size()); }

std::array<std::uint8_t, 32> Sha256::digest() {
    const std::uint64_t bitLength = m_totalBytes * 8;
    const std::uint8_t one = 0x80;
    update(&one, 1);
    const std::uint8_t zero = 0;
    while (m_blockUsed != 56) update(&zero, 1);
    std::array<std::uint8_t, 8> length;
    for (int i = 0; i < 8; ++i) length[i] = static_cast<std::uint8_t>(bitLength >> (56 - 8 * i));
    update(length.data(), length.size());
    std::array<std::uint8_t, 32> out;
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 4; ++j) out[4 * i + j] = static_cast<std::uint8_t>(m_state[i] >> (24 - 8 * j));
    return out;
}

std::string Sha256::hexDigest() {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (std::uint8_t b : digest()) {
        hex += kHex[b >> 4];
        hex += kHex[b & 15];
    }
    return hex;
}

std::string sha256Hex(std::string_view bytes) {
    Sha256 h;
    h.update(bytes);
    return h.hexDigest();
}

Result<std::string> sha256File(const std::filesystem::path& path, std::stop_token stop,
                               const std::function<void(std::uint64_t)>& onBytes) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) return Error::make(ErrorCode::Io, "cannot open file").inFile(path.string());
    std::vector<char> buffer(1 << 20);
    Sha256 h;
    std::uint64_t done = 0;
    for (;;) {
        if (stop.stop_requested()) return Error::make(ErrorCode::Cancelled, "cancelled").inFile(path.string());
        const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), file.get());
        if (n > 0) {
            h.update(buffer.data(), n);
            done += n;
            if (onBytes) onBytes(done);
        }
        if (n < buffer.size()) {
            if (std::ferror(file.get())) return Error::make(ErrorCode::Io, "read error").inFile(path.string()).atOffset(done);
            break;
        }
    }
    return h.hexDigest();
}

}  // namespace hitome::core
