// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/events/json_event_mapper.h"

#include <cstdlib>
#include <unordered_set>

#include "core/ingest/events/event_xml_parser.h"
#include "core/store/event_columns.h"
#include "core/util/text.h"
#include "core/util/time.h"

namespace hitome::core {
namespace {

std::string_view stripResult(std::string_view path) {
    return path.substr(0, 7) == "result." ? path.substr(7) : path;
}

bool isAscii(std::string_view s) {
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

std::string clean(const std::string& s) { return isAscii(s) ? s : sanitizeUtf8(s); }

std::uint64_t number(std::string_view text) {
    const auto v = parseWindowsNumber(text);
    if (v) return static_cast<std::uint64_t>(*v);
    // Keywords may be written as a signed 64-bit decimal.
    return 0;
}

std::uint8_t levelFromText(std::string_view t) {
    if (!t.empty() && t[0] >= '0' && t[0] <= '9') return static_cast<std::uint8_t>(number(t));
    if (equalsNoCase(t, "critical")) return 1;
    if (equalsNoCase(t, "error")) return 2;
    if (equalsNoCase(t, "warning")) return 3;
    if (equalsNoCase(t, "verbose")) return 5;
    if (t.empty()) return 0;
    return 4;
}

const std::unordered_set<std::string_view>& nxlogMeta() {
    static const std::unordered_set<std::string_view> keys = {
        "EventTime", "Hostname", "Keywords", "EventType", "SeverityValue", "Severity", "EventID", "SourceName",
        "ProviderGuid", "Version", "Task", "OpcodeValue", "RecordNumber", "ProcessID", "ThreadID", "Channel",
        "Domain", "AccountName", "UserID", "AccountType", "Message", "Category", "Opcode", "EventReceivedTime",
        "SourceModuleName", "SourceModuleType", "@timestamp", "@version", "host", "port", "tags", "Level",
        "TimeCreated", "ActivityID", "RelatedActivityID", "EventId"};
    return keys;
}

const std::unordered_set<std::string_view>& splunkMeta() {
    static const std::unordered_set<std::string_view> keys = {
        "host", "source", "sourcetype", "index", "linecount", "punct", "splunk_server", "eventtype", "tag",
        "EventCode", "ComputerName", "LogName", "RecordNumber", "SourceName", "Type", "Message", "EventType",
        "Keywords", "TaskCategory", "OpCode", "date_hour", "date_mday", "date_minute", "date_month", "date_second",
        "date_wday", "date_year", "date_zone", "timeendpos", "timestartpos", "preview", "lastrow", "offset",
        "splunk_server_group", "timestamp", "Computer", "EventID", "Channel"};
    return keys;
}

void setTime(WinEvent& e, std::string_view text) {
    if (auto t = parseEventTime(text)) e.time = *t;
}

bool mapNxlog(const std::vector<FlatField>& fields, WinEvent& e) {
    const auto& meta = nxlogMeta();
    std::string_view stamp, eventTime;
    for (const auto& f : fields) {
        const std::string_view k = f.path;
        if (k == "EventID" || k == "EventId") e.eventId = static_cast<std::uint32_t>(number(f.value));
        else if (k == "Channel") e.channel = clean(f.value);
        else if (k == "Hostname") e.computer = clean(f.value);
        else if (k == "SourceName") e.provider = clean(f.value);
        else if (k == "RecordNumber") e.recordId = number(f.value);
        else if (k == "Level") e.level = levelFromText(f.value);
        else if (k == "Task") e.task = static_cast<std::uint16_t>(number(f.value));
        else if (k == "OpcodeValue") e.opcode = static_cast<std::uint8_t>(number(f.value));
        else if (k == "UserID") e.userSid = clean(f.value);
        else if (k == "ProcessID") e.processId = static_cast<std::uint32_t>(number(f.value));
        else if (k == "ThreadID") e.threadId = static_cast<std::uint32_t>(number(f.value));
        else if (k == "@timestamp") stamp = f.value;
        else if (k == "EventTime" || k == "TimeCreated") eventTime = f.value;
        else if (!meta.count(k)) e.data.push_back({clean(f.path), clean(f.value)});
    }
    setTime(e, stamp.empty() ? eventTime : stamp);
    return e.eventId != 0 || !e.channel.empty();
}

bool mapWinlogbeat(const std::vector<FlatField>& fields, WinEvent& e) {
    std::string_view stamp;
    bool haveId = false;
    for (const auto& f : fields) {
        std::string_view k = f.path;
        if (k.substr(0, 18) == "winlog.event_data.") {
            e.data.push_back({clean(std::string(k.substr(18))), clean(f.value)});
        } else if (k.substr(0, 17) == "winlog.user_data.") {
            e.data.push_back({clean(std::string(k.substr(17))), clean(f.value)});
        } else if (k == "winlog.event_id" || (k == "event.code" && !haveId)) {
            e.eventId = static_cast<std::uint32_t>(number(f.value));
            haveId = true;
        } else if (k == "winlog.channel") e.channel = clean(f.value);
        else if (k == "winlog.computer_name" || (k == "host.name" && e.computer.empty())) e.computer = clean(f.value);
        else if (k == "winlog.provider_name") e.provider = clean(f.value);
        else if (k == "winlog.record_id") e.recordId = number(f.value);
        else if (k == "winlog.user.identifier") e.userSid = clean(f.value);
        else if (k == "winlog.process.pid") e.processId = static_cast<std::uint32_t>(number(f.value));
        else if (k == "winlog.process.thread.id") e.threadId = static_cast<std::uint32_t>(number(f.value));
        else if (k == "log.level") e.level = levelFromText(f.value);
        else if (k == "@timestamp") stamp = f.value;
    }
    setTime(e, stamp);
    return haveId;
}

bool mapSplunk(const std::vector<FlatField>& fields, bool useRaw, WinEvent& e) {
    if (useRaw) {
        for (const auto& f : fields)
            if (stripResult(f.path) == "_raw") {
                if (parseEventXml(f.value, e)) return true;
                e = WinEvent{};
            }
    }
    const auto& meta = splunkMeta();
    for (const auto& f : fields) {
        const std::string_view k = stripResult(f.path);
        if (k == "EventCode" || k == "EventID") e.eventId = static_cast<std::uint32_t>(number(f.value));
        else if (k == "ComputerName" || k == "Computer" || (k == "host" && e.computer.empty())) e.computer = clean(f.value);
        else if (k == "LogName" || k == "Channel") e.channel = clean(f.value);
        else if (k == "source" && e.channel.empty()) {
            const size_t colon = f.value.find(':');
            e.channel = clean(colon == std::string::npos ? f.value : f.value.substr(colon + 1));
        } else if (k == "RecordNumber") e.recordId = number(f.value);
        else if (k == "SourceName") e.provider = clean(f.value);
        else if (k == "_time") setTime(e, f.value);
        else if (k.empty() || k[0] == '_' || meta.count(k) || f.path == "preview") continue;
        else e.data.push_back({clean(std::string(k)), clean(f.value)});
    }
    return e.eventId != 0;
}

}  // namespace

std::optional<std::int64_t> parseEventTime(std::string_view text) {
    text = trim(text);
    if (text.empty()) return std::nullopt;
    bool numeric = true;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || c == '.')) numeric = false;
    if (numeric) {
        const double seconds = std::strtod(std::string(text).c_str(), nullptr);
        if (seconds < 0 || seconds > 32503680000.0) return std::nullopt;
        return static_cast<std::int64_t>(seconds * static_cast<double>(kTicksPerSecond));
    }
    return parseIsoTime(text);
}

JsonEventStyle detectJsonEventStyle(const std::vector<FlatField>& fields) {
    bool nxId = false, nxContext = false, winlog = false, splunkCode = false, raw = false, hunting = false;
    for (const auto& f : fields) {
        const std::string_view k = f.path;
        if (k == "category" && f.value.rfind("AdvancedHunting-", 0) == 0) hunting = true;
        if (k.substr(0, 7) == "winlog.") winlog = true;
        else if (k == "EventID" || k == "EventId") nxId = true;
        else if (k == "Channel" || k == "Hostname" || k == "SourceName") nxContext = true;
        const std::string_view s = stripResult(k);
        if (s == "_raw" && f.value.find("<Event") != std::string::npos) raw = true;
        if (s == "EventCode") splunkCode = true;
    }
    if (hunting) return JsonEventStyle::None;
    if (raw) return JsonEventStyle::SplunkRaw;
    if (winlog) return JsonEventStyle::Winlogbeat;
    if (nxId && nxContext) return JsonEventStyle::Nxlog;
    if (splunkCode) return JsonEventStyle::SplunkFields;
    return JsonEventStyle::None;
}

bool mapJsonEvent(const std::vector<FlatField>& fields, JsonEventStyle style, WinEvent& out) {
    out = WinEvent{};
    switch (style) {
        case JsonEventStyle::Nxlog: return mapNxlog(fields, out);
        case JsonEventStyle::Winlogbeat: return mapWinlogbeat(fields, out);
        case JsonEventStyle::SplunkRaw: return mapSplunk(fields, true, out);
        case JsonEventStyle::SplunkFields: return mapSplunk(fields, false, out);
        case JsonEventStyle::None: return false;
    }
    return false;
}

}  // namespace hitome::core
