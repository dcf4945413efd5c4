// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/input_collector.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "core/util/text.h"

namespace hitome::core {
namespace fs = std::filesystem;

bool isJunkName(const std::string& name) {
    static constexpr std::array<std::string_view, 6> kJunk = {"thumbs.db",  "desktop.ini", "__macosx",
                                                              "$recycle.bin", "system volume information", "ehthumbs.db"};
    if (name.empty() || name[0] == '.' || name[0] == '~') return true;
    const std::string lower = toLowerAscii(name);
    return std::find(kJunk.begin(), kJunk.end(), lower) != kJunk.end();
}

namespace {

Status collectFolder(const fs::path& folder, std::vector<InputFile>& out) {
    std::error_code ec;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
    if (ec) return Error::make(ErrorCode::Io, "cannot list folder: " + ec.message()).inFile(folder.string());
    std::vector<InputFile> found;
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) return Error::make(ErrorCode::Io, "cannot list folder: " + ec.message()).inFile(folder.string());
        const fs::directory_entry& entry = *it;
        if (isJunkName(entry.path().filename().string())) {
            if (entry.is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (entry.is_symlink(ec) && entry.is_directory(ec)) {
            it.disable_recursion_pending();
            continue;
        }
        if (!entry.is_regular_file(ec)) continue;
        InputFile f;
        f.path = entry.path();
        f.displayName = entry.path().string();
        f.size = entry.file_size(ec);
        found.push_back(std::move(f));
    }
    std::sort(found.begin(), found.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
    out.insert(out.end(), found.begin(), found.end());
    return {};
}

}  // namespace

Result<std::vector<InputFile>> collectInputFiles(const std::vector<fs::path>& inputs) {
    std::vector<InputFile> files;
    for (const auto& input : inputs) {
        std::error_code ec;
        const auto status = fs::status(input, ec);
        if (ec || !fs::exists(status)) return Error::make(ErrorCode::NotFound, "no such file or folder").inFile(input.string());
        if (fs::is_directory(status)) {
            if (auto st = collectFolder(input, files); !st) return st.error();
            continue;
        }
        if (!fs::is_regular_file(status)) return Error::make(ErrorCode::Io, "not a regular file").inFile(input.string());
        InputFile f;
        f.path = input;
        f.displayName = input.string();
        f.size = fs::file_size(input, ec);
        f.isExplicit = true;
        files.push_back(std::move(f));
    }
    return files;
}

}  // namespace hitome::core
