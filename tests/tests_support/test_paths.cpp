// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests_support/test_paths.h"

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace hitome::test {
namespace fs = std::filesystem;

fs::path sourceDir() { return fs::path(HITOME_SOURCE_DIR); }
fs::path resourcesDir() { return sourceDir() / "resources"; }

fs::path sharedDir() {
    if (const char* env = std::getenv("HITOME_SHARED_DIR"); env && *env) return fs::path(env);
    return fs::path(HITOME_SHARED_DIR);
}

bool hasShared() {
    std::error_code ec;
    return fs::is_directory(sharedDir() / "corpus", ec);
}

fs::path corpusDir() { return sharedDir() / "corpus"; }

namespace {
struct ScratchRoot {
    fs::path path;
    ScratchRoot() {
        path = fs::temp_directory_path() / ("hitome-test-" + std::to_string(::getpid()));
        fs::create_directories(path);
    }
    ~ScratchRoot() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};
ScratchRoot& scratchRoot() {
    static ScratchRoot root;
    return root;
}
}  // namespace

fs::path scratchDir(const std::string& name) {
    static std::atomic<int> counter{0};
    fs::path dir = scratchRoot().path / (name + "-" + std::to_string(counter++));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void writeFile(const fs::path& path, const std::string& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

}  // namespace hitome::test
