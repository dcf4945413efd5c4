// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Zip, tar (plain or gzip/bzip2/xz-compressed) and 7z through libarchive.
// Only regular files are extracted; names that escape the destination
// (absolute, drive letters, "..") refuse the archive; expansion is capped by
// total size and by ratio to the archive's size (zip bombs).

#include "core/ingest/archive/archive_limits.h"
#include "core/ingest/archive_expander.h"

namespace hitome::core {

class LibarchiveExpander : public ArchiveExpander {
public:
    explicit LibarchiveExpander(ArchiveLimits limits = {}) : m_limits(limits) {}

    bool sniff(std::string_view head) const override;
    Result<std::vector<ArchiveMember>> expand(const std::filesystem::path& archive, const std::string& displayName,
                                              const std::filesystem::path& destination,
                                              std::stop_token stop) override;

private:
    ArchiveLimits m_limits;
};

// A member name made safe to join under a folder, or "" when it tries to
// escape it (absolute path, drive letter, "..").
std::string safeMemberPath(std::string_view name);

}  // namespace hitome::core
