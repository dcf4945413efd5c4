// SPDX-License-Identifier: GPL-3.0-or-later
// An alert file of arbitrary bytes through the splitter, the record parser
// and the three mappers. Besides not crashing: every record's text is the
// file's bytes at its offset, and a syntax error lies inside its record.

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/ingest/alerts/graph_alert_mapper.h"
#include "core/ingest/alerts/json_record.h"
#include "core/ingest/alerts/m365d_alert_mapper.h"
#include "core/ingest/alerts/mde_alert_mapper.h"

using namespace hitome::core;

namespace {

// The splitter reads a file: an anonymous in-memory one, rewritten per input.
int inputFile() {
    static const int fd = memfd_create("fuzz-alerts", 0);
    return fd;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const int fd = inputFile();
    if (fd < 0 || ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != static_cast<ssize_t>(size)) return 0;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    ReadContext ctx;
    ctx.path = "/proc/self/fd/" + std::to_string(fd);
    ctx.displayName = "fuzz.json";
    ctx.size = size;
    (void)JsonRecordSplitter::split(ctx, [&](RecordText&& text) -> Status {
        if (text.offset > size || bytes.substr(text.offset, text.text.size()) != text.text) __builtin_trap();
        const std::uint64_t from = text.offset, to = text.offset + text.text.size();
        auto record = parseJsonRecord(std::move(text));
        if (!record) {
            if (!record.error().offset || *record.error().offset < from || *record.error().offset > to) __builtin_trap();
            return {};
        }
        (void)mdeAlertFromJson(record->value, record->text);
        (void)graphAlertFromJson(record->value, {}, record->text);
        if (const auto it = record->value.find("alerts"); it != record->value.end() && it->is_array())
            for (const auto& alert : *it) (void)m365dAlertFromJson(alert, record->value);
        return {};
    });
    return 0;
}
