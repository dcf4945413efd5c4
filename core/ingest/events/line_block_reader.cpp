// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/events/line_block_reader.h"

#include <algorithm>

namespace hitome::core {

LineBlockReader::LineBlockReader(const std::string& path, std::string displayName)
    : m_in(path, std::ios::binary), m_name(std::move(displayName)) {
    if (!m_in) m_open = Error::make(ErrorCode::Io, "cannot open file").inFile(m_name);
}

bool LineBlockReader::next(LineBlock& out, Status& error) {
    if (!m_open) {
        error = m_open;
        return false;
    }
    std::string buf = std::move(m_carry);
    m_carry.clear();
    while (true) {
        size_t lastNl = buf.rfind('\n');
        if (lastNl != std::string::npos && (buf.size() >= kBlockBytes || m_eof)) {
            m_carry.assign(buf, lastNl + 1, std::string::npos);
            buf.resize(lastNl + 1);
            break;
        }
        if (m_eof) {
            if (buf.empty()) return false;
            break;   // last line without a newline
        }
        if (buf.size() > kMaxLineBytes && lastNl == std::string::npos) {
            error = Error::make(ErrorCode::TooLarge, "line longer than 64 MiB")
                        .inFile(m_name).atOffset(m_offset).atRecord(m_nextLine);
            return false;
        }
        const size_t old = buf.size();
        buf.resize(old + kBlockBytes);
        m_in.read(buf.data() + old, static_cast<std::streamsize>(kBlockBytes));
        const auto got = static_cast<size_t>(m_in.gcount());
        buf.resize(old + got);
        if (got < kBlockBytes) {
            if (m_in.bad()) {
                error = Error::make(ErrorCode::Io, "read failed").inFile(m_name).atOffset(m_offset + old);
                return false;
            }
            m_eof = true;
        }
    }
    out.firstLine = m_nextLine;
    out.offset = m_offset;
    m_nextLine += static_cast<std::uint64_t>(std::count(buf.begin(), buf.end(), '\n'));
    m_offset += buf.size();
    out.bytes = std::move(buf);
    return true;
}

}  // namespace hitome::core
