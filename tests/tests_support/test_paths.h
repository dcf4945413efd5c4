// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paths the tests need: the source tree, the shared corpus (optional) and a
// scratch directory per test run.

#include <filesystem>
#include <string>

namespace hitome::test {

std::filesystem::path sourceDir();
std::filesystem::path resourcesDir();
// ../shared next to the project; empty when absent (corpus tests then QSKIP).
std::filesystem::path sharedDir();
bool hasShared();
std::filesystem::path corpusDir();   // sharedDir()/corpus
// A fresh, empty directory under the system temp dir, removed at exit.
std::filesystem::path scratchDir(const std::string& name);
std::string readFile(const std::filesystem::path& path);
void writeFile(const std::filesystem::path& path, const std::string& bytes);

}  // namespace hitome::test

// Skip the current Qt Test function when the shared corpus is missing.
#define HITOME_REQUIRE_SHARED()                                                        \
    do {                                                                               \
        if (!hitome::test::hasShared())                                                \
            QSKIP("../shared/corpus is not present: corpus test skipped");             \
    } while (false)
