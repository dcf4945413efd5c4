// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds, in one pass over a text, every literal of a fixed set that occurs
// in it (Aho-Corasick). The rule prefilter runs one per field so an event's
// command line is read once, not once per rule.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hitome::core {

class LiteralMatcher {
public:
    // Returns the literal's index (the same index for the same text). Call before build().
    int add(std::string_view literal);
    // Builds the automaton; add() may not be called afterwards.
    void build();

    int literalCount() const { return static_cast<int>(m_literals.size()); }
    // Calls onLiteral(index) for each occurrence of each literal in `text`.
    template <typename Fn>
    void scan(std::string_view text, Fn&& onLiteral) const {
        std::int32_t state = 0;
        for (unsigned char c : text) {
            state = m_next[static_cast<size_t>(state) * m_width + m_class[c]];
            const auto at = static_cast<size_t>(state);
            for (std::int32_t s = m_output[at] >= 0 ? state : m_outputLink[at]; s >= 0;
                 s = m_outputLink[static_cast<size_t>(s)])
                onLiteral(m_output[static_cast<size_t>(s)]);
        }
    }
    // Bytes of the transition table (for benchmarks).
    size_t tableBytes() const { return m_next.size() * sizeof(std::int32_t); }

private:
    std::unordered_map<std::string, int> m_ids;
    std::vector<std::string> m_literals;
    std::array<std::uint8_t, 256> m_class{};   // bytes no literal uses share class 0
    size_t m_width = 1;                          // classes per state
    std::vector<std::int32_t> m_next;            // [state × m_width + class] → state
    std::vector<std::int32_t> m_output;          // per state: the literal ending there, or -1
    std::vector<std::int32_t> m_outputLink;      // per state: nearest proper suffix state with output, or -1
};

}  // namespace hitome::core
