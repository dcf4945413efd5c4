// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/admin_command.h"

#include "core/util/text.h"

namespace hitome::core {
namespace {

std::string_view baseName(std::string_view path) {
    const size_t slash = path.find_last_of("\\/");
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool isProgram(std::string_view arg, std::string_view name) {
    const std::string_view base = baseName(arg);
    return equalsNoCase(base, name) || equalsNoCase(base, std::string(name) + ".exe");
}

// The index of the program among the arguments (skipping "cmd /c" wrappers).
std::optional<size_t> findProgram(const std::vector<std::string>& args, std::string_view name) {
    for (size_t i = 0; i < args.size() && i < 8; ++i)
        if (isProgram(args[i], name)) return i;
    return std::nullopt;
}

bool isSwitch(const std::string& arg, std::string_view name) {
    return arg.size() == name.size() + 1 && (arg[0] == '/' || arg[0] == '-') &&
           equalsNoCase(std::string_view(arg).substr(1), name);
}

}  // namespace

std::vector<std::string> splitCommandLine(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    bool inQuote = false, hasToken = false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '"') {
            if (inQuote && i + 1 < s.size() && s[i + 1] == '"') {
                cur.push_back('"');
                ++i;
            } else {
                inQuote = !inQuote;
            }
            hasToken = true;
        } else if ((c == ' ' || c == '\t') && !inQuote) {
            if (hasToken) out.push_back(std::move(cur));
            cur.clear();
            hasToken = false;
        } else {
            cur.push_back(c);
            hasToken = true;
        }
    }
    if (hasToken) out.push_back(std::move(cur));
    return out;
}

std::optional<TaskCommand> parseTaskCommand(std::string_view commandLine) {
    const auto args = splitCommandLine(commandLine);
    if (auto i = findProgram(args, "schtasks")) {
        TaskCommand t;
        for (size_t k = *i + 1; k < args.size(); ++k) {
            const std::string& a = args[k];
            const std::string next = k + 1 < args.size() ? args[k + 1] : std::string();
            if (isSwitch(a, "create")) t.operation = "created";
            else if (isSwitch(a, "delete")) t.operation = "deleted";
            else if (isSwitch(a, "run")) t.operation = "run";
            else if (isSwitch(a, "change")) t.operation = "updated";
            else if (isSwitch(a, "tn")) t.name = next;
            else if (isSwitch(a, "tr")) t.action = next;
            else if (isSwitch(a, "ru")) t.runAs = next;
            else if (isSwitch(a, "sc")) t.schedule = next;
            else if (isSwitch(a, "st")) t.startTime = next;
            else if (isSwitch(a, "s")) t.remoteHost = next;
        }
        if (t.operation.empty() || t.name.empty()) return std::nullopt;
        return t;
    }
    if (auto i = findProgram(args, "at")) {
        // at [\\computer] time [/interactive] [/every:..|/next:..] "command"
        size_t k = *i + 1;
        TaskCommand t;
        if (k < args.size() && args[k].rfind("\\\\", 0) == 0) t.remoteHost = args[k++].substr(2);
        if (k >= args.size() || args[k].find(':') == std::string::npos || args[k][0] == '/') return std::nullopt;
        t.startTime = args[k++];
        while (k < args.size() && args[k][0] == '/') t.schedule += (t.schedule.empty() ? "" : " ") + args[k++];
        for (; k < args.size(); ++k) t.action += (t.action.empty() ? "" : " ") + args[k];
        if (t.action.empty()) return std::nullopt;
        t.operation = "created";
        t.name = "At job";
        return t;
    }
    return std::nullopt;
}

std::optional<ServiceCommand> parseServiceCreateCommand(std::string_view commandLine) {
    const auto args = splitCommandLine(commandLine);
    auto i = findProgram(args, "sc");
    if (!i) return std::nullopt;
    size_t k = *i + 1;
    ServiceCommand s;
    if (k < args.size() && args[k].rfind("\\\\", 0) == 0) s.remoteHost = args[k++].substr(2);
    if (k + 1 >= args.size() || !equalsNoCase(args[k], "create")) return std::nullopt;
    s.name = args[k + 1];
    for (k += 2; k < args.size(); ++k) {
        std::string key = toLowerAscii(args[k]);
        std::string value;
        const size_t eq = key.find('=');
        if (eq == std::string::npos) continue;
        if (eq + 1 < key.size()) {
            value = args[k].substr(eq + 1);   // "binPath=C:\x" written without a space
        } else if (k + 1 < args.size()) {
            value = args[++k];
        }
        key.resize(eq);
        if (key == "binpath") s.imagePath = value;
        else if (key == "start") s.startType = value;
        else if (key == "obj") s.account = value;
    }
    return s;
}

}  // namespace hitome::core
