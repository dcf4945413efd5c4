// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The hook through which ImportJob opens archives (zip, ...). An expander is
// registered on the FormatRegistry; the import job asks it about every file
// before looking for a format reader, and imports the extracted members as
// if they had been given directly (nested archives included, up to a depth).

#include <filesystem>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"

namespace hitome::core {

struct ArchiveMember {
    std::filesystem::path path;   // extracted file on disk, inside the destination folder
    std::string displayName;      // "case.zip!/logs/a.evtx"
};

class ArchiveExpander {
public:
    virtual ~ArchiveExpander() = default;
    // `head` holds the first bytes of the file (up to kSniffBytes).
    virtual bool sniff(std::string_view head) const = 0;
    // Extracts the regular-file members of `archive` into `destination` (an
    // empty folder the import job owns and deletes afterwards). Must refuse
    // members escaping `destination` and cap the expanded size (zip bombs);
    // errors name `displayName` and the member.
    virtual Result<std::vector<ArchiveMember>> expand(const std::filesystem::path& archive,
                                                      const std::string& displayName,
                                                      const std::filesystem::path& destination,
                                                      std::stop_token stop) = 0;
};

}  // namespace hitome::core
