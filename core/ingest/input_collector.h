// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Expands the paths an analyst gave into the files to import: a file stays
// itself; a folder yields its regular files recursively, sorted, without
// hidden entries and OS junk (Thumbs.db, desktop.ini, __MACOSX...).
// Directory symlinks are not followed, so links cannot loop.

#include <filesystem>
#include <string>
#include <vector>

#include "core/util/result.h"

namespace hitome::core {

struct InputFile {
    std::filesystem::path path;
    std::string displayName;
    std::uint64_t size = 0;
    bool isExplicit = false;   // named by the analyst (not found inside a folder or archive)
};

// Fails (NotFound / Io) naming the first path that does not exist or cannot be listed.
Result<std::vector<InputFile>> collectInputFiles(const std::vector<std::filesystem::path>& inputs);

bool isJunkName(const std::string& fileName);

}  // namespace hitome::core
