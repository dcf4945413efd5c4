// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/hunting/csv_record_reader.h"

namespace hitome::core {

CsvRecordReader::CsvRecordReader(const std::string& path) : m_in(path, std::ios::binary) {}

int CsvRecordReader::get() {
    const int c = m_in.get();
    if (c != std::char_traits<char>::eof()) {
        ++m_offset;
        if (c == '\n') ++m_line;
    }
    return c;
}

bool CsvRecordReader::next(std::vector<std::string>& fields, Status& error) {
    fields.clear();
    constexpr int kEof = std::char_traits<char>::eof();
    if (m_in.peek() == kEof) return false;
    m_recordLine = m_line;
    m_recordOffset = m_offset;
    std::string cur;
    bool inQuote = false, wasQuoted = false;
    std::size_t total = 0;
    while (true) {
        const int c = get();
        if (c == kEof) {
            if (inQuote) {
                error = Error::make(ErrorCode::Truncated, "unterminated quoted field")
                            .atRecord(m_recordLine).atOffset(m_recordOffset);
                return false;
            }
            fields.push_back(std::move(cur));
            return true;
        }
        if (++total > kMaxRecordBytes) {
            error = Error::make(ErrorCode::TooLarge, "CSV record larger than 16 MiB")
                        .atRecord(m_recordLine).atOffset(m_recordOffset);
            return false;
        }
        const char ch = static_cast<char>(c);
        if (inQuote) {
            if (ch == '"') {
                if (m_in.peek() == '"') {
                    get();
                    cur.push_back('"');
                } else {
                    inQuote = false;
                }
            } else {
                cur.push_back(ch);
            }
        } else if (ch == '"' && cur.empty() && !wasQuoted) {
            inQuote = wasQuoted = true;
        } else if (ch == ',') {
            fields.push_back(std::move(cur));
            cur.clear();
            wasQuoted = false;
        } else if (ch == '\n') {
            if (!cur.empty() && cur.back() == '\r' && !wasQuoted) cur.pop_back();
            fields.push_back(std::move(cur));
            return true;
        } else if (ch == '\r' && m_in.peek() == '\n') {
            continue;
        } else {
            cur.push_back(ch);
        }
    }
}

}  // namespace hitome::core
