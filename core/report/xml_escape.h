// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Escaping for text placed in HTML and XML. Input is attacker-controlled:
// invalid UTF-8 is repaired, NUL and other C0 controls (except tab/newline)
// are dropped from XML (they are not allowed there at all).

#include <string>
#include <string_view>

namespace hitome::core {

// Escapes & < > " ' for element text and attribute values alike.
std::string escapeXml(std::string_view text);
// Same as escapeXml; named for HTML call sites.
inline std::string escapeHtml(std::string_view text) { return escapeXml(text); }

}  // namespace hitome::core
