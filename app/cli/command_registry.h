// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Headless subcommands of the hitome binary. Each command lives in its own
// cli_<name>.cpp and registers itself with a static CommandRegistration.

#include <iosfwd>
#include <string>
#include <vector>

namespace hitome::app {

// Exit codes shared by every subcommand.
constexpr int kExitOk = 0;
constexpr int kExitUsage = 1;
constexpr int kExitBadInput = 2;

struct CliContext {
    std::vector<std::string> args;   // after the command name
    std::ostream& out;
    std::ostream& err;
};

using CommandFunction = int (*)(CliContext&);

struct CommandInfo {
    std::string name;                // "import", or "rules" for "rules check"
    std::string summary;             // one line for `hitome --help`
    CommandFunction run = nullptr;
    // Commands that lay out text (PDF reports) need fonts, hence a
    // QGuiApplication; it runs on the offscreen platform unless one is set.
    bool needsGuiApplication = false;
};

class CommandRegistry {
public:
    static void add(CommandInfo info);
    static const CommandInfo* find(const std::string& name);
    static std::vector<CommandInfo> all();   // sorted by name
};

struct CommandRegistration {
    explicit CommandRegistration(CommandInfo info) { CommandRegistry::add(std::move(info)); }
};

}  // namespace hitome::app
