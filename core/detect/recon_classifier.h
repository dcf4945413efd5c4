// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sorts a process creation into the attacker-command phases JPCERT/CC
// described for human operators on a remote shell: initial recon,
// exploration and spread. Handles both the program itself (net.exe user)
// and cmd.exe built-ins (cmd /c dir).

#include <optional>
#include <string>
#include <string_view>

namespace hitome::core {

enum class ReconPhase { InitialRecon, Exploration, Spread };

std::string_view reconPhaseName(ReconPhase phase);   // "initial-recon", "exploration", "spread"
std::optional<ReconPhase> parseReconPhase(std::string_view name);

struct ReconCommand {
    ReconPhase phase = ReconPhase::InitialRecon;
    std::string command;     // normalised: "net user", "dir", "netsh advfirewall"
    std::string technique;   // the ATT&CK technique it serves, e.g. "T1087"
};

// `image` is the full path (or name) of the new process, `commandLine` its
// command line. nullopt when the command is not one of the phase commands.
std::optional<ReconCommand> classifyReconCommand(std::string_view image, std::string_view commandLine);

}  // namespace hitome::core
