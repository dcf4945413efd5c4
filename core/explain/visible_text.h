// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Renders attacker-controlled text so that nothing in it is interpreted by a
// terminal or a text widget: control characters, NUL, bidi overrides and
// zero-width characters become visible markers such as ⟨U+202E⟩, invalid
// UTF-8 bytes become ⟨0xFF⟩. The result is always valid UTF-8.

#include <string>
#include <string_view>

namespace hitome::core {

struct VisibleTextOptions {
    bool keepNewlines = false;   // keep \n and \t as is (multi-line decoded scripts)
};

std::string visibleText(std::string_view text, VisibleTextOptions options = {});

// True when visibleText would change `text`.
bool needsVisibleEscaping(std::string_view text);

}  // namespace hitome::core
