// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/xml_escape.h"

#include "core/util/text.h"

namespace hitome::core {

std::string escapeXml(std::string_view raw) {
    const std::string text = sanitizeUtf8(raw);
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
            out += c;
        }
    }
    return out;
}

}  // namespace hitome::core
