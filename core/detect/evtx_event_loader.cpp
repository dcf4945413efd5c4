// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/evtx_event_loader.h"

#include "core/ingest/evtx_format_reader.h"

namespace hitome::core {

namespace {

class VectorSink : public ImportSink {
public:
    explicit VectorSink(std::vector<WinEvent>& out) : m_out(out) {}
    Status addAlert(const Alert&) override { return {}; }
    Status addEvent(WinEvent event) override {
        m_out.push_back(std::move(event));
        return {};
    }
    void addWarning(Error) override {}

private:
    std::vector<WinEvent>& m_out;
};

}  // namespace

Result<std::vector<WinEvent>> loadEvtxEvents(const std::filesystem::path& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) return Error::make(ErrorCode::Io, "cannot read: " + ec.message()).inFile(path.string());
    std::vector<WinEvent> events;
    VectorSink sink(events);
    EvtxFormatReader reader;
    ReadContext ctx;
    ctx.path = path;
    ctx.displayName = path.string();
    ctx.size = size;
    if (auto st = reader.read(ctx, sink); !st) return st.error();
    return events;
}

}  // namespace hitome::core
