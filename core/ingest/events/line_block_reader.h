// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a text file in large blocks that end on a line boundary, numbering
// lines, so blocks can be parsed in parallel and errors still name the line.

#include <cstdint>
#include <fstream>
#include <string>

#include "core/util/result.h"

namespace hitome::core {

struct LineBlock {
    std::string bytes;             // whole lines, the last one may lack '\n' at EOF
    std::uint64_t firstLine = 1;   // 1-based number of its first line
    std::uint64_t offset = 0;      // byte offset of its first byte in the file
};

class LineBlockReader {
public:
    static constexpr std::size_t kBlockBytes = 2 * 1024 * 1024;
    static constexpr std::size_t kMaxLineBytes = 64 * 1024 * 1024;

    LineBlockReader(const std::string& path, std::string displayName);
    const Status& openStatus() const { return m_open; }
    // Next block; false at end of file. `error` is set on a read failure or
    // a line longer than kMaxLineBytes.
    bool next(LineBlock& out, Status& error);
    std::uint64_t bytesRead() const { return m_offset; }

private:
    std::ifstream m_in;
    std::string m_name;
    Status m_open;
    std::string m_carry;
    std::uint64_t m_offset = 0;        // bytes handed out so far
    std::uint64_t m_nextLine = 1;
    bool m_eof = false;
};

}  // namespace hitome::core
