// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli_support.h"

#include <charconv>
#include <filesystem>
#include <ostream>

#include "core/attack/attack_catalog.h"
#include "core/explain/visible_text.h"
#include "core/util/text.h"
#include "ui/util/attack_catalog_loader.h"

namespace hitome::app {

void printError(std::ostream& err, const std::string& message) { err << "error: " << terminalText(message) << "\n"; }

std::string terminalText(std::string_view text) { return core::visibleText(text); }

std::optional<core::CaseFile> openCaseOrReport(const std::string& path, bool create, std::ostream& err) {
    if (!create && !std::filesystem::exists(path)) {
        printError(err, path + ": no such case file");
        return std::nullopt;
    }
    auto c = create ? core::CaseFile::open(path) : core::CaseFile::openReadOnly(path);
    if (!c) {
        printError(err, c.error().message());
        return std::nullopt;
    }
    return std::move(c).value();
}

const core::AttackCatalog& cliAttackCatalog() { return ui::loadAttackCatalog(); }

std::string resolveTacticId(const std::string& text) {
    const auto trimmed = std::string(core::trim(text));
    if (core::equalsNoCase(trimmed, "other")) return "other";
    const core::Tactic* t = cliAttackCatalog().tactic(trimmed);
    return t ? t->id : std::string();
}

std::optional<int> parseSeverityArgument(const std::string& text) {
    const std::string s = core::toLowerAscii(core::trim(text));
    if (s == "informational" || s == "info" || s == "0") return 0;
    if (s == "low" || s == "1") return 1;
    if (s == "medium" || s == "2") return 2;
    if (s == "high" || s == "3") return 3;
    return std::nullopt;
}

std::optional<std::int64_t> parseId(const std::string& text) {
    std::int64_t v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || v <= 0) return std::nullopt;
    return v;
}

}  // namespace hitome::app
