// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Output forms of an Explanation: JSON (for `hitome explain --json`, the
// report and tests) and readable text. Every string from the command line
// passes through visibleText, so output is valid UTF-8 and nothing hidden
// (NUL, control characters, bidi overrides) reaches a terminal or widget.

#include <functional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/explain/explanation.h"

namespace hitome::core {

// Optional technique details supplied by the caller (from the ATT&CK catalog).
struct TechniqueInfo {
    std::string name;
    std::string url;
};
using TechniqueLookup = std::function<TechniqueInfo(std::string_view id)>;

// {"command_line", "binary": {...} | null, "arguments": [{"text","meaning","role"}],
//  "entities": {kind: value or [values]}, "findings": [{"code","severity","text","params"}],
//  "techniques": [ids], "technique_details": [{"id","name","url"}] (with lookup),
//  "decoded": [{"kind","text","truncated"}], "nested": [{..., "role"}]}
nlohmann::json explanationToJson(const Explanation& ex, Lang lang, const TechniqueLookup& lookup = {});

// Multi-line human-readable rendering in `lang`.
std::string explanationToText(const Explanation& ex, Lang lang, const TechniqueLookup& lookup = {});

}  // namespace hitome::core
