// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explain/powershell_parameters.h"

#include "core/util/text.h"

namespace hitome::core {
namespace {

struct ParamSpec {
    PsParam param;
    std::string_view name;      // lower case full name
    size_t minPrefix;           // shortest accepted prefix length
    std::string_view alias;     // extra exact alias, may be empty
    std::string_view display;
    bool takesValue;
};

// Order matters where prefixes overlap (-e is EncodedCommand, -ex ExecutionPolicy).
constexpr ParamSpec kParams[] = {
    {PsParam::Help, "help", 1, "?", "Help", false},
    {PsParam::NoExit, "noexit", 3, "", "NoExit", false},
    {PsParam::NoProfile, "noprofile", 3, "", "NoProfile", false},
    {PsParam::NoLogo, "nologo", 3, "", "NoLogo", false},
    {PsParam::NonInteractive, "noninteractive", 4, "", "NonInteractive", false},
    {PsParam::CommandWithArgs, "commandwithargs", 12, "cwa", "CommandWithArgs", true},
    {PsParam::Command, "command", 1, "", "Command", true},
    {PsParam::ConfigurationName, "configurationname", 6, "", "ConfigurationName", true},
    {PsParam::CustomPipeName, "custompipename", 3, "", "CustomPipeName", true},
    {PsParam::WindowStyle, "windowstyle", 1, "", "WindowStyle", true},
    {PsParam::WorkingDirectory, "workingdirectory", 2, "wd", "WorkingDirectory", true},
    {PsParam::File, "file", 1, "", "File", true},
    {PsParam::EncodedCommand, "encodedcommand", 1, "ec", "EncodedCommand", true},
    {PsParam::EncodedArguments, "encodedarguments", 8, "ea", "EncodedArguments", true},
    {PsParam::ExecutionPolicy, "executionpolicy", 2, "ep", "ExecutionPolicy", true},
    {PsParam::InputFormat, "inputformat", 2, "if", "InputFormat", true},
    {PsParam::OutputFormat, "outputformat", 1, "of", "OutputFormat", true},
    {PsParam::PSConsoleFile, "psconsolefile", 3, "", "PSConsoleFile", true},
    {PsParam::SettingsFile, "settingsfile", 8, "", "SettingsFile", true},
    {PsParam::Sta, "sta", 3, "", "Sta", false},
    {PsParam::Mta, "mta", 3, "", "Mta", false},
    {PsParam::Version, "version", 1, "", "Version", true},
    {PsParam::Login, "login", 1, "", "Login", false},
};

// Strips "-", "--", "/" or a UTF-8 dash (– — ―); nullopt when there is none.
std::optional<std::string_view> stripPrefix(std::string_view arg) {
    if (arg.size() >= 3 && arg.substr(0, 2) == "\xE2\x80" &&
        (arg[2] == '\x93' || arg[2] == '\x94' || arg[2] == '\x95'))
        return arg.substr(3);
    if (arg.rfind("--", 0) == 0) return arg.substr(2);
    if (!arg.empty() && (arg[0] == '-' || arg[0] == '/')) return arg.substr(1);
    return std::nullopt;
}

}  // namespace

std::optional<PsParam> parsePsParam(std::string_view arg) {
    auto bare = stripPrefix(arg);
    if (!bare || bare->empty()) return std::nullopt;
    // "-Command:value" style is not accepted by PowerShell for most params; keep the name part.
    const std::string name = toLowerAscii(bare->substr(0, bare->find(':')));
    for (const auto& p : kParams) {
        if (!p.alias.empty() && name == p.alias) return p.param;
        if (name.size() >= p.minPrefix && name.size() <= p.name.size() && p.name.substr(0, name.size()) == name)
            return p.param;
    }
    return std::nullopt;
}

std::string_view psParamName(PsParam param) {
    for (const auto& p : kParams)
        if (p.param == param) return p.display;
    return {};
}

bool psParamTakesValue(PsParam param) {
    for (const auto& p : kParams)
        if (p.param == param) return p.takesValue;
    return false;
}

}  // namespace hitome::core
