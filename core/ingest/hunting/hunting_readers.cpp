// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/hunting/hunting_readers.h"

#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "core/ingest/events/json_lines_pipeline.h"
#include "core/ingest/hunting/csv_record_reader.h"
#include "core/ingest/hunting/hunting_row_mapper.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

constexpr std::string_view kCategoryPrefix = "AdvancedHunting-";

Status cancelled(const ReadContext& ctx) {
    return Error::make(ErrorCode::Cancelled, "import cancelled").inFile(ctx.displayName);
}

std::string jsonText(const nlohmann::json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_null()) return {};
    return v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The streaming envelope: table from `category`, columns from `properties`.
std::optional<std::string> mapEnvelope(const std::vector<FlatField>& fields, std::vector<WinEvent>& out) {
    std::string table, time;
    std::vector<FlatField> row;
    row.reserve(fields.size());
    for (const auto& f : fields) {
        const std::string_view p = f.path;
        if (p == "category" && f.value.rfind(kCategoryPrefix, 0) == 0) table = f.value.substr(kCategoryPrefix.size());
        else if (p == "time") time = f.value;
        else if (p.substr(0, 11) == "properties.") row.push_back({std::string(p.substr(11)), f.value, f.isString});
    }
    if (table.empty()) return std::string("not an advanced-hunting record (no AdvancedHunting-<Table> category)");
    bool hasStamp = false;
    for (const auto& f : row) hasStamp = hasStamp || (f.path == "Timestamp" && !f.value.empty());
    if (!hasStamp && !time.empty()) row.push_back({"Timestamp", time, true});
    WinEvent e;
    if (!mapHuntingRow(table, row, e)) return std::string("advanced-hunting record without a device or time");
    out.push_back(std::move(e));
    return std::nullopt;
}

}  // namespace

bool HuntingStreamReader::sniff(std::string_view head) const {
    std::vector<FlatField> fields;
    if (!parseFirstJsonLine(head, fields)) return false;
    for (const auto& f : fields)
        if (f.path == "category" && f.value.rfind(kCategoryPrefix, 0) == 0) return true;
    return false;
}

Status HuntingStreamReader::read(const ReadContext& ctx, ImportSink& sink) {
    return readJsonLines(ctx, sink, mapEnvelope);
}

bool HuntingResultsReader::sniff(std::string_view head) const {
    // Wrapper keys within the first bytes; whole-document parse happens in read().
    const bool api = head.find("\"Schema\"") != std::string_view::npos && head.find("\"Results\"") != std::string_view::npos;
    const bool graph = head.find("huntingQueryResults") != std::string_view::npos ||
                       (head.find("\"schema\"") != std::string_view::npos && head.find("\"results\"") != std::string_view::npos);
    return trim(head).substr(0, 1) == "{" && (api || graph);
}

Status HuntingResultsReader::read(const ReadContext& ctx, ImportSink& sink) {
    if (ctx.size > kMaxBytes)
        return Error::make(ErrorCode::TooLarge, "hunting results larger than 1 GiB").inFile(ctx.displayName);
    std::ifstream in(ctx.path, std::ios::binary);
    if (!in) return Error::make(ErrorCode::Io, "cannot open file").inFile(ctx.displayName);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        return Error::make(ErrorCode::Format, std::string("invalid JSON: ") + e.what())
            .inFile(ctx.displayName).atOffset(e.byte > 0 ? e.byte - 1 : 0);
    }
    const nlohmann::json* rows = nullptr;
    if (doc.is_object())
        for (const char* key : {"Results", "results"})
            if (auto it = doc.find(key); it != doc.end() && it->is_array()) rows = &*it;
    if (!rows) return Error::make(ErrorCode::Format, "no Results/results array").inFile(ctx.displayName);
    std::uint64_t index = 0;
    for (const auto& r : *rows) {
        ++index;
        if (ctx.stop.stop_requested()) return cancelled(ctx);
        std::vector<FlatField> row;
        WinEvent e;
        if (r.is_object())
            for (auto it = r.begin(); it != r.end(); ++it) row.push_back({it.key(), jsonText(it.value()), it->is_string()});
        if (!r.is_object() || !mapHuntingRow({}, row, e)) {
            sink.addWarning(Error::make(ErrorCode::Format, "result row is not an advanced-hunting row")
                                .inFile(ctx.displayName).atRecord(index));
            continue;
        }
        if (auto st = sink.addEvent(std::move(e)); !st) return st;
    }
    if (ctx.onBytes) ctx.onBytes(ctx.size);
    return {};
}

bool HuntingCsvReader::sniff(std::string_view head) const {
    const std::string_view first = head.substr(0, head.find('\n'));
    return startsWithNoCase(trim(first), "Timestamp,") && first.find("DeviceName") != std::string_view::npos &&
           (first.find("ActionType") != std::string_view::npos || first.find("ReportId") != std::string_view::npos);
}

Status HuntingCsvReader::read(const ReadContext& ctx, ImportSink& sink) {
    CsvRecordReader reader(ctx.path.string());
    if (!reader.isOpen()) return Error::make(ErrorCode::Io, "cannot open file").inFile(ctx.displayName);
    std::vector<std::string> header, cells;
    Status error;
    if (!reader.next(header, error)) {
        if (!error) error.error().file = ctx.displayName;
        return error ? Status(Error::make(ErrorCode::Format, "empty CSV").inFile(ctx.displayName)) : error;
    }
    if (!header.empty() && header[0].rfind("\xEF\xBB\xBF", 0) == 0) header[0].erase(0, 3);
    while (reader.next(cells, error)) {
        if (ctx.stop.stop_requested()) return cancelled(ctx);
        if (cells.size() == 1 && cells[0].empty()) continue;
        if (cells.size() != header.size()) {
            sink.addWarning(Error::make(ErrorCode::Format, "row has " + std::to_string(cells.size()) + " cells, header has " +
                                                               std::to_string(header.size()))
                                .inFile(ctx.displayName).atRecord(reader.line()).atOffset(reader.offset()));
            continue;
        }
        std::vector<FlatField> row;
        row.reserve(header.size());
        for (size_t i = 0; i < header.size(); ++i) row.push_back({header[i], std::move(cells[i]), true});
        WinEvent e;
        if (!mapHuntingRow({}, row, e)) continue;
        if (auto st = sink.addEvent(std::move(e)); !st) return st;
        if (ctx.onBytes) ctx.onBytes(reader.bytesRead());
    }
    if (!error) {
        error.error().file = ctx.displayName;
        return error;
    }
    return {};
}

}  // namespace hitome::core
