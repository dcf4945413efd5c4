// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/archive/libarchive_expander.h"

#include <archive.h>
#include <archive_entry.h>

#include <fstream>
#include <memory>

#include "core/util/text.h"

namespace hitome::core {
namespace {

struct ArchiveCloser {
    void operator()(archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveCloser>;

bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

Error memberError(ErrorCode code, const std::string& displayName, const std::string& member, std::string detail) {
    return Error::make(code, "member '" + member + "': " + std::move(detail)).inFile(displayName);
}

// libarchive leaves the message NULL for some failures (the header after a
// member cut short, for one): never hand that to a std::string.
std::string archiveError(archive* a) {
    const char* message = archive_error_string(a);
    return message ? sanitizeUtf8(message) : "unknown libarchive error";
}

}  // namespace

std::string safeMemberPath(std::string_view name) {
    std::string out;
    if (name.empty() || name[0] == '/' || name[0] == '\\') return {};
    if (name.size() >= 2 && name[1] == ':') return {};
    for (auto part : split(name, '/')) {
        for (auto piece : split(part, '\\')) {
            if (piece.empty() || piece == ".") continue;
            if (piece == "..") return {};
            if (!out.empty()) out.push_back('/');
            for (char c : piece) out.push_back(static_cast<unsigned char>(c) < 0x20 ? '_' : c);
        }
    }
    return out;
}

bool LibarchiveExpander::sniff(std::string_view head) const {
    if (startsWith(head, "PK\x03\x04") || startsWith(head, std::string_view("PK\x05\x06", 4))) return true;
    if (startsWith(head, "7z\xBC\xAF\x27\x1C")) return true;
    if (head.size() > 262 && head.substr(257, 5) == "ustar") return true;
    // Compressed tarballs: gzip, bzip2, xz.
    if (startsWith(head, "\x1F\x8B") || startsWith(head, "BZh") || startsWith(head, "\xFD" "7zXZ")) return true;
    return false;
}

Result<std::vector<ArchiveMember>> LibarchiveExpander::expand(const std::filesystem::path& archivePath,
                                                              const std::string& displayName,
                                                              const std::filesystem::path& destination,
                                                              std::stop_token stop) {
    ArchivePtr a(archive_read_new());
    archive_read_support_filter_all(a.get());
    archive_read_support_format_zip(a.get());
    archive_read_support_format_tar(a.get());
    archive_read_support_format_7zip(a.get());
    if (archive_read_open_filename(a.get(), archivePath.c_str(), 1 << 16) != ARCHIVE_OK)
        return Error::make(ErrorCode::Format, "cannot open archive: " + archiveError(a.get()))
            .inFile(displayName);
    std::error_code ec;
    const std::uint64_t archiveSize = std::filesystem::file_size(archivePath, ec);
    const std::uint64_t ratioCap = m_limits.ratioFreeBytes + m_limits.maxRatio * archiveSize;
    const std::uint64_t cap = std::min(m_limits.maxTotalBytes, ratioCap);
    std::vector<ArchiveMember> members;
    std::uint64_t total = 0, seen = 0;
    std::vector<char> buf(1 << 16);
    archive_entry* entry = nullptr;
    while (true) {
        if (stop.stop_requested()) return Error::make(ErrorCode::Cancelled, "import cancelled").inFile(displayName);
        const int rc = archive_read_next_header(a.get(), &entry);
        if (rc == ARCHIVE_EOF) break;
        if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN)
            return Error::make(ErrorCode::Corrupt, std::string("broken archive after ") + std::to_string(seen) +
                                                       " members: " + archiveError(a.get()))
                .inFile(displayName);
        if (++seen > m_limits.maxMembers)
            return Error::make(ErrorCode::TooLarge, "more than " + std::to_string(m_limits.maxMembers) + " members")
                .inFile(displayName);
        const char* rawName = archive_entry_pathname_utf8(entry);
        if (!rawName) rawName = archive_entry_pathname(entry);
        const std::string name = sanitizeUtf8(rawName ? rawName : "");
        if (archive_entry_filetype(entry) != AE_IFREG) continue;
        const std::string safe = safeMemberPath(name);
        if (safe.empty())
            return memberError(ErrorCode::Corrupt, displayName, name, "path escapes the archive (refused)");
        const auto target = destination / std::filesystem::path("m").concat(std::to_string(seen)) / safe;
        std::filesystem::create_directories(target.parent_path(), ec);
        std::ofstream out(target, std::ios::binary | std::ios::trunc);
        if (!out) return memberError(ErrorCode::Io, displayName, name, "cannot write " + target.string());
        while (true) {
            const la_ssize_t n = archive_read_data(a.get(), buf.data(), buf.size());
            if (n == 0) break;
            if (n < 0)
                return memberError(ErrorCode::Corrupt, displayName, name,
                                   "cannot decompress: " + archiveError(a.get()));
            total += static_cast<std::uint64_t>(n);
            if (total > cap)
                return memberError(ErrorCode::TooLarge, displayName, name,
                                   "archive expands beyond " + std::to_string(cap >> 20) +
                                       " MiB (zip bomb protection)");
            out.write(buf.data(), n);
            if (stop.stop_requested()) return Error::make(ErrorCode::Cancelled, "import cancelled").inFile(displayName);
        }
        if (!out.flush()) return memberError(ErrorCode::Io, displayName, name, "write failed (disk full?)");
        members.push_back({target, displayName + "!/" + name});
    }
    return members;
}

}  // namespace hitome::core
