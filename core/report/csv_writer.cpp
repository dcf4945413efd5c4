// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/csv_writer.h"

#include "core/util/text.h"

namespace hitome::core {

CsvWriter::CsvWriter(std::ostream& out, bool withBom) : m_out(out) {
    if (withBom) m_out << "\xEF\xBB\xBF";
}

std::string CsvWriter::escapeCell(std::string_view raw) {
    std::string cell = sanitizeUtf8(raw);
    // NUL bytes are never useful in a spreadsheet and break some readers.
    std::erase(cell, '\0');
    if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' || cell[0] == '\t' ||
                          cell[0] == '\r'))
        cell.insert(cell.begin(), '\'');
    // ';' too: spreadsheets in locales whose list separator is ';' split there,
    // and a formula could start right after it.
    const bool needsQuotes = cell.find_first_of(",;\"\r\n") != std::string::npos;
    if (!needsQuotes) return cell;
    std::string quoted = "\"";
    for (char c : cell) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

void CsvWriter::writeRow(const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) {
        if (i) m_out << ',';
        m_out << escapeCell(cells[i]);
    }
    m_out << "\r\n";  // RFC 4180 line ending
}

}  // namespace hitome::core
