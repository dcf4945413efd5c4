// SPDX-License-Identifier: GPL-3.0-or-later
// An archive of arbitrary bytes (zip, tar, gzip/bzip2/xz, 7z) through the
// libarchive expander, into a fresh folder under /dev/shm. Besides "no crash":
// every member it returns is a regular file inside that folder, nothing else
// (no link, no device, no fifo) is left in it or beside it, and an error names
// the archive.

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>

#include "core/ingest/archive/libarchive_expander.h"

using namespace hitome::core;
namespace fs = std::filesystem;

namespace {

int inputFile() {
    static const int fd = memfd_create("fuzz-archive", 0);
    return fd;
}

const fs::path& workFolder() {
    static const fs::path path = [] {
        std::string pattern = "/dev/shm/hitome-fuzz-archive-XXXXXX";
        return fs::path(mkdtemp(pattern.data()) ? pattern : std::string());
    }();
    return path;
}

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "%s\n", what.c_str());
    __builtin_trap();
}

bool isInside(const fs::path& path, const fs::path& folder) {
    const fs::path rel = fs::weakly_canonical(path).lexically_relative(fs::weakly_canonical(folder));
    return !rel.empty() && *rel.begin() != "..";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const int fd = inputFile();
    if (fd < 0 || workFolder().empty()) return 0;
    if (ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != static_cast<ssize_t>(size)) return 0;
    const fs::path destination = workFolder() / "out";
    std::error_code ec;
    fs::remove_all(destination, ec);
    fs::create_directory(destination, ec);

    // Small caps, so that a bomb is found in milliseconds and the run never fills memory.
    ArchiveLimits limits;
    limits.maxTotalBytes = 64ULL << 20;
    limits.ratioFreeBytes = 1ULL << 20;
    limits.maxMembers = 2000;
    LibarchiveExpander expander(limits);
    const auto members = expander.expand("/proc/self/fd/" + std::to_string(fd), "fuzz.zip", destination, {});
    if (!members) {
        if (members.error().file.empty()) fail("archive error without the archive's name: " + members.error().message());
    } else {
        for (const ArchiveMember& m : members.value()) {
            if (!isInside(m.path, destination)) fail("member outside the destination: " + m.path.string());
            if (!fs::is_regular_file(fs::symlink_status(m.path))) fail("member is not a regular file: " + m.path.string());
        }
    }
    for (const auto& entry : fs::directory_iterator(workFolder(), ec))
        if (entry.path().filename() != "out") fail("written beside the destination: " + entry.path().string());
    for (const auto& entry : fs::recursive_directory_iterator(destination, ec)) {
        const auto type = entry.symlink_status().type();
        if (type != fs::file_type::regular && type != fs::file_type::directory)
            fail("extracted something that is neither a file nor a folder: " + entry.path().string());
    }
    return 0;
}
