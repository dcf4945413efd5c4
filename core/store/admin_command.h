// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the scheduled-task and service commands attackers type:
// schtasks /create /tn N /tr CMD /ru U /sc S /st T, at [\\host] TIME CMD,
// sc [\\host] create NAME binPath= X start= S obj= U.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hitome::core {

// Splits a Windows command line into arguments (quotes group, "" escapes a quote).
std::vector<std::string> splitCommandLine(std::string_view commandLine);

struct TaskCommand {
    std::string operation;   // created, deleted, run, updated, queried
    std::string name, action, runAs, schedule, startTime, remoteHost;
};

struct ServiceCommand {
    std::string name, imagePath, startType, account, remoteHost;
};

// nullopt when the command line is not schtasks/at (or says nothing about a task).
std::optional<TaskCommand> parseTaskCommand(std::string_view commandLine);
std::optional<ServiceCommand> parseServiceCreateCommand(std::string_view commandLine);

}  // namespace hitome::core
