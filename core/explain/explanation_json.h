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
//  "entities": {kind: value or [values]},
//  "findings": [{"code","severity","severity_label","text","params"}],
//  "techniques": [ids], "technique_details": [{"id","name","url"}] (with lookup),
//  "decoded": [{"kind","kind_label","text","truncated"}], "next_steps": [text] (from the KB),
//  "nested": [{..., "role","role_label"[, "chain_operator","chain_operator_label"]}]}
// Codes (role, kind, severity, code) stay English; *_label, text and meaning
// are in `lang`.
nlohmann::json explanationToJson(const Explanation& ex, Lang lang, const TechniqueLookup& lookup = {});

// Multi-line human-readable rendering in `lang`.
std::string explanationToText(const Explanation& ex, Lang lang, const TechniqueLookup& lookup = {});

}  // namespace hitome::core
