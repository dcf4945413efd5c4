// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explain/command_switch.h"

#include "core/util/text.h"

namespace hitome::core {

std::optional<CommandSwitch> parseSwitch(std::string_view arg) {
    if (arg.size() < 2 || (arg[0] != '/' && arg[0] != '-')) return std::nullopt;
    CommandSwitch sw;
    sw.prefix = arg[0];
    std::string_view rest = arg.substr(1);
    if (sw.prefix == '-' && !rest.empty() && rest[0] == '-') rest.remove_prefix(1);
    if (rest.empty()) return std::nullopt;
    const char first = rest[0];
    const bool isNameStart = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first == '?' ||
                             (sw.prefix == '/' && first >= '0' && first <= '9');
    if (!isNameStart) return std::nullopt;
    const size_t sep = rest.find_first_of(":=");
    std::string_view name = rest.substr(0, sep);
    if (name.find_first_of("/\\") != std::string_view::npos) return std::nullopt;   // a path
    sw.name = toLowerAscii(name);
    if (sep != std::string_view::npos) {
        sw.separator = rest[sep];
        sw.value = std::string(rest.substr(sep + 1));
    }
    return sw;
}

bool isSwitch(std::string_view arg, std::string_view name) {
    const auto sw = parseSwitch(arg);
    return sw && equalsNoCase(sw->name, name);
}

}  // namespace hitome::core
