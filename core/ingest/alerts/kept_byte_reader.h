// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A read buffer over a FILE that knows its absolute offset and can copy the
// bytes it hands out into a string (the text of the record being cut).
// Internal to JsonRecordSplitter.

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace hitome::core {

class KeptByteReader {
public:
    static constexpr std::size_t kBufferBytes = 1 << 20;

    KeptByteReader(std::FILE* file, std::function<void(std::uint64_t)> onRefill)
        : m_file(file), m_buffer(kBufferBytes), m_onRefill(std::move(onRefill)) {}

    // The next byte, or -1 at the end of the input.
    int peek() {
        if (m_pos == m_size && !refill()) return -1;
        return static_cast<unsigned char>(m_buffer[m_pos]);
    }
    // Consumes the byte peek() returned.
    void take() {
        if (m_capture) m_capture->push_back(m_buffer[m_pos]);
        ++m_pos;
    }
    // The bytes buffered ahead; empty at the end of the input.
    std::string_view span() {
        if (m_pos == m_size && !refill()) return {};
        return {m_buffer.data() + m_pos, m_size - m_pos};
    }
    void consume(std::size_t n) {
        if (m_capture) m_capture->append(m_buffer.data() + m_pos, n);
        m_pos += n;
    }
    std::uint64_t offset() const { return m_base + m_pos; }
    void captureInto(std::string* text) { m_capture = text; }
    std::size_t capturedBytes() const { return m_capture ? m_capture->size() : 0; }
    bool hasReadError() const { return m_hasReadError; }

private:
    bool refill() {
        m_base += m_size;
        m_pos = 0;
        m_size = std::fread(m_buffer.data(), 1, m_buffer.size(), m_file);
        if (m_size == 0 && std::ferror(m_file)) m_hasReadError = true;
        if (m_onRefill) m_onRefill(m_base);
        return m_size > 0;
    }

    std::FILE* m_file;
    std::vector<char> m_buffer;
    std::function<void(std::uint64_t)> m_onRefill;
    std::string* m_capture = nullptr;
    std::size_t m_pos = 0, m_size = 0;
    std::uint64_t m_base = 0;
    bool m_hasReadError = false;
};

}  // namespace hitome::core
