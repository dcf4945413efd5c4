// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/sha256_x86.h"

#include "core/util/sha256_constants.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace hitome::core {

#if defined(__x86_64__) && defined(__GNUC__)
namespace {

bool cpuHasShaExtensions() {
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return false;
    const bool hasSse41 = (c & (1u << 19)) != 0, hasSsse3 = (c & (1u << 9)) != 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return false;
    return hasSse41 && hasSsse3 && (b & (1u << 29)) != 0;
}

// sha256rnds2 keeps the state as {a,b,e,f} and {c,d,g,h}, a and c in the
// highest lane; four message words per group, scheduled with sha256msg1/2:
// W[t] = W[t-16] + s0(W[t-15]) + W[t-7] + s1(W[t-2]).
__attribute__((target("sha,sse4.1,ssse3"))) void compressBlocks(std::uint32_t* state, const std::uint8_t* data,
                                                                 std::size_t blocks) {
    const __m128i bigEndian = _mm_set_epi8(12, 13, 14, 15, 8, 9, 10, 11, 4, 5, 6, 7, 0, 1, 2, 3);
    const __m128i dcba = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(state)), 0x1B);
    const __m128i hgfe = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(state + 4)), 0x1B);
    __m128i abef = _mm_unpackhi_epi64(hgfe, dcba);   // lanes f e b a
    __m128i cdgh = _mm_unpacklo_epi64(hgfe, dcba);   // lanes h g d c
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefBefore = abef, cdghBefore = cdgh;
        __m128i w[4];
        for (int group = 0; group < 16; ++group) {
            __m128i& x = w[group % 4];
            if (group < 4) {
                x = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * group)), bigEndian);
            } else {
                const __m128i older = _mm_sha256msg1_epu32(x, w[(group + 1) % 4]);
                const __m128i minus7 = _mm_alignr_epi8(w[(group + 3) % 4], w[(group + 2) % 4], 4);
                x = _mm_sha256msg2_epu32(_mm_add_epi32(older, minus7), w[(group + 3) % 4]);
            }
            __m128i wk = _mm_add_epi32(x, _mm_loadu_si128(reinterpret_cast<const __m128i*>(kSha256Round.data() + 4 * group)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);   // two rounds; cdgh now holds the newer a,b,e,f
            wk = _mm_shuffle_epi32(wk, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, wk);   // two more; the roles are back in place
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state), _mm_shuffle_epi32(_mm_unpackhi_epi64(cdgh, abef), 0x1B));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state + 4), _mm_shuffle_epi32(_mm_unpacklo_epi64(cdgh, abef), 0x1B));
}

}  // namespace

bool compressBlocksWithShaExtensions(std::uint32_t* state, const std::uint8_t* data, std::size_t blocks) {
    static const bool hasExtensions = cpuHasShaExtensions();
    if (!hasExtensions) return false;
    compressBlocks(state, data, blocks);
    return true;
}

#else

bool compressBlocksWithShaExtensions(std::uint32_t*, const std::uint8_t*, std::size_t) { return false; }

#endif

}  // namespace hitome::core
