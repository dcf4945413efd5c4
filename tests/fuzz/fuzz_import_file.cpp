// SPDX-License-Identifier: GPL-3.0-or-later
// A whole incident file of arbitrary bytes through format detection and
// whichever reader claims it (alert JSON, EVTX, JSON-lines events, hunting
// results in JSON or CSV), into a sink that keeps nothing: every reader's
// threads, limits and error paths, without SQLite.

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/ingest/format_registry.h"
#include "core/ingest/import_sink.h"

using namespace hitome::core;

namespace {

struct DiscardingSink : ImportSink {
    Status addAlert(const Alert&) override { return {}; }
    Status addEvent(WinEvent) override { return {}; }
    void addWarning(Error) override {}
};

int inputFile() {
    static const int fd = memfd_create("fuzz-import", 0);
    return fd;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const FormatRegistry registry = FormatRegistry::withBuiltinReaders();
    const int fd = inputFile();
    if (fd < 0 || ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != static_cast<ssize_t>(size)) return 0;
    const std::string head(reinterpret_cast<const char*>(data), size < kSniffBytes ? size : kSniffBytes);
    FormatReader* reader = registry.detect(head);
    if (!reader) return 0;
    ReadContext ctx;
    ctx.path = "/proc/self/fd/" + std::to_string(fd);
    ctx.displayName = "fuzz.input";
    ctx.size = size;
    DiscardingSink sink;
    const Status st = reader->read(ctx, sink);
    if (!st && st.error().file.empty() && st.error().code != ErrorCode::Cancelled) __builtin_trap();   // errors name the file
    return 0;
}
