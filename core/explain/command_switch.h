// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads one argument as a Windows-style switch: /x, -x, --x, /x:value,
// /x=value, -x:value. Names are compared case-insensitively.

#include <optional>
#include <string>
#include <string_view>

namespace hitome::core {

struct CommandSwitch {
    char prefix = '/';                    // '/' or '-' ("--" is reported as '-')
    std::string name;                     // lower case, without prefix and value
    std::optional<std::string> value;     // after ':' or '='
    char separator = 0;                   // ':' or '=' when a value is attached
};

// nullopt when `arg` is not a switch (no prefix, a lone "/" or "-", a path such
// as "/tmp/x" or a negative number). A "/" followed by a name
// containing '/' or '\' is a path, not a switch.
std::optional<CommandSwitch> parseSwitch(std::string_view arg);

// True when `arg` is a switch named `name` (case-insensitive), any prefix.
bool isSwitch(std::string_view arg, std::string_view name);

}  // namespace hitome::core
