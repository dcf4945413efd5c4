// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the real `hitome` binary headless and captures what it printed.

#include <string>
#include <utility>
#include <vector>

namespace hitome::test {

struct CliRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

CliRun runHitome(const std::vector<std::string>& args, int timeoutMs = 300000);
// Same, with these variables added to (or replacing those in) the environment,
// e.g. {{"XDG_DATA_HOME", scratch}} to keep the user's data directory apart.
CliRun runHitomeWithEnv(const std::vector<std::string>& args,
                        const std::vector<std::pair<std::string, std::string>>& env, int timeoutMs = 300000);

}  // namespace hitome::test
