// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small declarative argument parser for the subcommands: options with and
// without values (repeatable), positionals, and generated --help text.
//
//   ArgParser p("hitome alerts CASE [options]", "List the alerts of a case.");
//   p.addPositional("CASE", "the case file");
//   p.addOption("tactic", "T", "only alerts of this tactic");
//   p.addFlag("json", "print JSON");
//   if (auto code = p.parse(ctx); code) return *code;   // --help or usage error
//   p.value("tactic"); p.has("json"); p.positional(0);

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/cli/command_registry.h"

namespace hitome::app {

class ArgParser {
public:
    ArgParser(std::string usage, std::string description);

    void addPositional(std::string name, std::string help, bool isRepeated = false, bool isOptional = false);
    void addOption(std::string name, std::string valueName, std::string help);
    void addFlag(std::string name, std::string help);

    // Returns an exit code when the command must stop now: kExitOk after
    // printing --help, kExitUsage after printing a usage error.
    std::optional<int> parse(CliContext& ctx);

    bool has(const std::string& name) const;
    std::string value(const std::string& name, const std::string& fallback = {}) const;
    std::vector<std::string> values(const std::string& name) const;
    const std::vector<std::string>& positionals() const { return m_positionals; }
    std::string positional(size_t index) const;

    std::string helpText() const;

private:
    struct OptionSpec {
        std::string valueName;   // empty for flags
        std::string help;
    };
    struct PositionalSpec {
        std::string name, help;
        bool isRepeated = false;
        bool isOptional = false;
    };
    std::optional<std::string> validatePositionals() const;

    std::string m_usage, m_description;
    std::map<std::string, OptionSpec> m_options;
    std::vector<std::string> m_optionOrder;
    std::vector<PositionalSpec> m_positionalSpecs;
    std::map<std::string, std::vector<std::string>> m_values;
    std::vector<std::string> m_positionals;
};

}  // namespace hitome::app
