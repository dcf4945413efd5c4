// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Streams RFC 4180 CSV records (quoted fields, "" escapes, newlines inside
// quotes, CRLF or LF) from a file, numbering records by their first line.

#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include "core/util/result.h"

namespace hitome::core {

class CsvRecordReader {
public:
    static constexpr std::size_t kMaxRecordBytes = 16 * 1024 * 1024;

    explicit CsvRecordReader(const std::string& path);
    bool isOpen() const { return static_cast<bool>(m_in); }
    // False at end of file. `error` is set (Truncated/TooLarge) on an
    // unterminated quote or a record larger than kMaxRecordBytes.
    bool next(std::vector<std::string>& fields, Status& error);
    std::uint64_t line() const { return m_recordLine; }     // first line of the last record
    std::uint64_t offset() const { return m_recordOffset; }
    std::uint64_t bytesRead() const { return m_offset; }

private:
    int get();
    std::ifstream m_in;
    std::uint64_t m_offset = 0, m_line = 1, m_recordLine = 1, m_recordOffset = 0;
};

}  // namespace hitome::core
