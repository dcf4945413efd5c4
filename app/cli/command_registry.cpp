// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/command_registry.h"

#include <algorithm>
#include <map>

namespace hitome::app {
namespace {
// Function-local static: safe to use from other translation units' static
// initialisers, whatever their order.
std::map<std::string, CommandInfo>& registry() {
    static std::map<std::string, CommandInfo> commands;
    return commands;
}
}  // namespace

void CommandRegistry::add(CommandInfo info) { registry()[info.name] = std::move(info); }

const CommandInfo* CommandRegistry::find(const std::string& name) {
    const auto it = registry().find(name);
    return it == registry().end() ? nullptr : &it->second;
}

std::vector<CommandInfo> CommandRegistry::all() {
    std::vector<CommandInfo> out;
    for (const auto& [name, info] : registry()) out.push_back(info);
    return out;
}

}  // namespace hitome::app
