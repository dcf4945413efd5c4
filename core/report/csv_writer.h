// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RFC 4180 CSV for analyst exports. Cells that a spreadsheet would run as a
// formula (leading = + - @, tab or CR) are neutralised with a leading
// apostrophe: the exported text comes from the attacker.

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace hitome::core {

class CsvWriter {
public:
    // withBom: start with a UTF-8 byte-order mark so Excel reads UTF-8.
    CsvWriter(std::ostream& out, bool withBom);

    void writeRow(const std::vector<std::string>& cells);

    static std::string escapeCell(std::string_view cell);

private:
    std::ostream& m_out;
};

}  // namespace hitome::core
