// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the CLI subcommands: opening a case with a clear error,
// the ATT&CK catalog, resolving a tactic the analyst typed, formatting.

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "core/store/case_file.h"

namespace hitome::core {
class AttackCatalog;
}

namespace hitome::app {

// Opens (creating when `create`) the case; prints "error: ..." to `err` and
// returns nullopt on failure (the caller exits with kExitBadInput).
std::optional<core::CaseFile> openCaseOrReport(const std::string& path, bool create, std::ostream& err);

// The built-in catalog with the user's imported bundle applied.
const core::AttackCatalog& cliAttackCatalog();

// "persistence", "Persistence", "TA0003", "永続化", "other" → tactic ID;
// empty when unknown.
std::string resolveTacticId(const std::string& text);
// "High", "high", "3" → 3; nullopt when unknown.
std::optional<int> parseSeverityArgument(const std::string& text);
// Parses a positive integer id; nullopt otherwise.
std::optional<std::int64_t> parseId(const std::string& text);

void printError(std::ostream& err, const std::string& message);

// Incident text for the terminal. Control characters (an escape sequence can
// rewrite the screen or fake a link), bidi overrides and invalid UTF-8 become
// visible markers such as ⟨U+001B⟩.
std::string terminalText(std::string_view text);

}  // namespace hitome::app
