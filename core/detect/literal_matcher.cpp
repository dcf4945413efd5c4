// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/literal_matcher.h"

#include <map>

namespace hitome::core {

int LiteralMatcher::add(std::string_view literal) {
    auto [it, isNew] = m_ids.try_emplace(std::string(literal), static_cast<int>(m_literals.size()));
    if (isNew) m_literals.emplace_back(literal);
    return it->second;
}

void LiteralMatcher::build() {
    // Byte classes: each byte some literal uses gets its own column.
    m_class.fill(0);
    std::uint8_t classes = 1;
    for (const auto& lit : m_literals)
        for (unsigned char c : lit)
            if (m_class[c] == 0) m_class[c] = classes++;
    m_width = classes;

    // The trie, with sparse children while it is being built.
    std::vector<std::map<std::uint8_t, std::int32_t>> children(1);
    m_output.assign(1, -1);
    for (size_t i = 0; i < m_literals.size(); ++i) {
        std::int32_t state = 0;
        for (unsigned char c : m_literals[i]) {
            const std::uint8_t cls = m_class[c];
            auto found = children[static_cast<size_t>(state)].find(cls);
            if (found == children[static_cast<size_t>(state)].end()) {
                const auto next = static_cast<std::int32_t>(children.size());
                children[static_cast<size_t>(state)].emplace(cls, next);
                children.emplace_back();
                m_output.push_back(-1);
                state = next;
            } else {
                state = found->second;
            }
        }
        m_output[static_cast<size_t>(state)] = static_cast<std::int32_t>(i);
    }

    // Breadth first: a state's failure state is always complete before it.
    const size_t states = children.size();
    m_next.assign(states * m_width, 0);
    m_outputLink.assign(states, -1);
    std::vector<std::int32_t> fail(states, 0), queue;
    queue.reserve(states);
    for (const auto& [cls, child] : children[0]) {
        m_next[cls] = child;
        queue.push_back(child);
    }
    for (size_t head = 0; head < queue.size(); ++head) {
        const auto state = static_cast<size_t>(queue[head]);
        const auto f = static_cast<size_t>(fail[state]);
        for (size_t cls = 0; cls < m_width; ++cls) m_next[state * m_width + cls] = m_next[f * m_width + cls];
        for (const auto& [cls, child] : children[state]) {
            const auto c = static_cast<size_t>(child);
            fail[c] = m_next[f * m_width + cls];
            m_next[state * m_width + cls] = child;
            const auto fc = static_cast<size_t>(fail[c]);
            m_outputLink[c] = m_output[fc] >= 0 ? fail[c] : m_outputLink[fc];
            queue.push_back(child);
        }
    }
}

}  // namespace hitome::core
