// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One reader per input format. Formats are recognised by content, never by
// file name: sniff() sees the first bytes and says whether this reader
// understands the file.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <stop_token>
#include <string>
#include <string_view>

#include "core/ingest/import_sink.h"
#include "core/util/result.h"

namespace hitome::core {

class EvtxPrefetcher;

struct ReadContext {
    std::filesystem::path path;       // a real file on disk
    std::string displayName;          // what errors name ("case.zip!/logs/a.evtx")
    std::uint64_t size = 0;
    std::stop_token stop;
    // Readers report how far they got, in bytes of this file.
    std::function<void(std::uint64_t bytesDone)> onBytes;
    // Small EVTX files the import parsed ahead (null: none).
    EvtxPrefetcher* evtxAhead = nullptr;
};

class FormatReader {
public:
    virtual ~FormatReader() = default;
    // Stable identifier stored in sources.format, e.g. "mde-alerts", "evtx".
    virtual std::string_view format() const = 0;
    // `head` holds the first bytes of the file (up to kSniffBytes).
    virtual bool sniff(std::string_view head) const = 0;
    // Reads the whole file into the sink. Errors name ctx.displayName and the
    // byte offset or record. Must return ErrorCode::Cancelled promptly when
    // ctx.stop is requested.
    virtual Status read(const ReadContext& ctx, ImportSink& sink) = 0;
};

constexpr std::size_t kSniffBytes = 64 * 1024;

}  // namespace hitome::core
