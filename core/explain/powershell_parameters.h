// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// powershell.exe / pwsh parameter names as PowerShell resolves them: any
// prefix at least as long as the shortest unambiguous one (-nop, -noni, -w,
// -e, -enc, -EncodedCommand), the aliases -ec and -ep, and "-", "/", "--" or
// dash-like characters (– — ―) as prefix.

#include <optional>
#include <string>
#include <string_view>

namespace hitome::core {

enum class PsParam {
    Command, EncodedCommand, EncodedArguments, ExecutionPolicy, File, WindowStyle, NoProfile, NonInteractive,
    NoLogo, NoExit, Sta, Mta, Version, InputFormat, OutputFormat, ConfigurationName, WorkingDirectory, Help,
    CommandWithArgs, Login, SettingsFile, CustomPipeName, PSConsoleFile
};

// nullopt when `arg` is not a PowerShell parameter.
std::optional<PsParam> parsePsParam(std::string_view arg);
std::string_view psParamName(PsParam p);    // canonical spelling, e.g. "EncodedCommand"
bool psParamTakesValue(PsParam p);

}  // namespace hitome::core
