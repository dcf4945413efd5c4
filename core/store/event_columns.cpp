// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/event_columns.h"

#include <array>
#include <charconv>
#include <unordered_map>
#include <unordered_set>

namespace hitome::core {
namespace {

enum Slot : std::uint8_t {
    kImage, kCommandLine, kParentImage, kParentCommandLine, kUser, kTargetObject, kDetails, kTaskName,
    kServiceName, kScriptBlock, kDestIp, kDestPort, kQueryName, kTargetFilename, kGuid, kParentGuid,
    kPid, kParentPid, kNewProcessId, kSubjectUser, kSubjectDomain, kTargetUser, kTargetDomain, kSlotCount
};

struct Mapping {
    Slot slot;
    std::uint8_t rank;   // lower wins when several names feed one slot
};

const std::unordered_map<std::string_view, Mapping>& fieldMap() {
    static const std::unordered_map<std::string_view, Mapping> map = {
        {"Image", {kImage, 0}}, {"NewProcessName", {kImage, 1}}, {"SourceImage", {kImage, 2}},
        {"ProcessName", {kImage, 3}}, {"Application", {kImage, 4}},
        {"CommandLine", {kCommandLine, 0}}, {"ProcessCommandLine", {kCommandLine, 1}},
        {"ParentImage", {kParentImage, 0}}, {"ParentProcessName", {kParentImage, 1}},
        {"ParentCommandLine", {kParentCommandLine, 0}},
        {"User", {kUser, 0}}, {"SourceUser", {kUser, 1}},
        {"TargetObject", {kTargetObject, 0}}, {"ObjectName", {kTargetObject, 1}},
        {"Details", {kDetails, 0}},
        {"TaskName", {kTaskName, 0}},
        {"ServiceName", {kServiceName, 0}},
        {"ScriptBlockText", {kScriptBlock, 0}},
        {"DestinationIp", {kDestIp, 0}}, {"DestAddress", {kDestIp, 1}},
        {"DestinationPort", {kDestPort, 0}}, {"DestPort", {kDestPort, 1}},
        {"QueryName", {kQueryName, 0}},
        {"TargetFilename", {kTargetFilename, 0}},
        {"ProcessGuid", {kGuid, 0}}, {"SourceProcessGuid", {kGuid, 1}}, {"SourceProcessGUID", {kGuid, 1}},
        {"ParentProcessGuid", {kParentGuid, 0}},
        {"ProcessId", {kPid, 0}}, {"SourceProcessId", {kPid, 1}},
        {"ParentProcessId", {kParentPid, 0}}, {"NewProcessId", {kNewProcessId, 0}},
        {"SubjectUserName", {kSubjectUser, 0}}, {"SubjectDomainName", {kSubjectDomain, 0}},
        {"TargetUserName", {kTargetUser, 0}}, {"TargetDomainName", {kTargetDomain, 0}},
    };
    return map;
}

bool isUnset(std::string_view v) { return v.empty() || v == "-"; }

std::string joinAccount(std::string_view domain, std::string_view name) {
    if (isUnset(name)) return {};
    if (isUnset(domain)) return std::string(name);
    std::string out;
    out.reserve(domain.size() + name.size() + 1);
    out.append(domain).push_back('\\');
    out.append(name);
    return out;
}

}  // namespace

std::optional<std::int64_t> parseWindowsNumber(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text.empty()) return std::nullopt;
    int base = 10;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        base = 16;
        text.remove_prefix(2);
    }
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value, base);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

EventColumns extractColumns(const WinEvent& event) {
    std::array<std::string_view, kSlotCount> value{};
    std::array<std::uint8_t, kSlotCount> rank;
    rank.fill(255);
    const auto& map = fieldMap();
    for (const auto& f : event.data) {
        const auto it = map.find(f.name);
        if (it == map.end() || f.value.empty()) continue;
        const Mapping m = it->second;
        if (m.rank < rank[m.slot]) {
            rank[m.slot] = m.rank;
            value[m.slot] = f.value;
        }
    }
    EventColumns c;
    c.image = value[kImage];
    c.commandLine = value[kCommandLine];
    c.parentImage = value[kParentImage];
    c.parentCommandLine = value[kParentCommandLine];
    c.targetObject = value[kTargetObject];
    c.details = value[kDetails];
    c.taskName = value[kTaskName];
    c.serviceName = value[kServiceName];
    c.scriptBlockText = value[kScriptBlock];
    c.destinationIp = value[kDestIp];
    c.queryName = value[kQueryName];
    c.targetFilename = value[kTargetFilename];
    c.processGuid = value[kGuid];
    c.parentProcessGuid = value[kParentGuid];
    c.destinationPort = parseWindowsNumber(value[kDestPort]);
    c.pid = parseWindowsNumber(value[kPid]);
    c.parentPid = parseWindowsNumber(value[kParentPid]);
    if (!value[kNewProcessId].empty()) {
        // Security 4688: ProcessId is the creator, NewProcessId the new process.
        c.parentPid = c.pid;
        c.pid = parseWindowsNumber(value[kNewProcessId]);
    }
    if (!value[kUser].empty())
        c.user = std::string(value[kUser]);
    else if (event.eventId == 4688 && !isUnset(value[kTargetUser]) && value[kTargetUser] != "-")
        c.user = joinAccount(value[kTargetDomain], value[kTargetUser]);
    if (c.user.empty()) c.user = joinAccount(value[kSubjectDomain], value[kSubjectUser]);
    return c;
}

void appendJsonString(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('"');
    // Copy runs of plain bytes at once; only quotes, backslashes and C0
    // controls need escaping (most values have none).
    std::size_t runStart = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(text.data() + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                out += "\\u00";
                out.push_back(kHex[c >> 4]);
                out.push_back(kHex[c & 15]);
        }
    }
    out.append(text.data() + runStart, text.size() - runStart);
    out.push_back('"');
}

std::string fieldsToJson(const WinEvent& event) {
    bool hasRepeat = false;
    const auto& d = event.data;
    if (d.size() <= 48) {
        for (size_t i = 1; i < d.size() && !hasRepeat; ++i)
            for (size_t j = 0; j < i; ++j)
                if (d[i].name == d[j].name) {
                    hasRepeat = true;
                    break;
                }
    } else {
        std::unordered_set<std::string_view> seen;
        seen.reserve(d.size() * 2);
        for (const auto& f : d)
            if (!seen.insert(f.name).second) {
                hasRepeat = true;
                break;
            }
    }
    std::string out;
    std::size_t size = 2;
    for (const auto& f : d) size += f.name.size() + f.value.size() + 8;
    out.reserve(size);
    out.push_back(hasRepeat ? '[' : '{');
    bool first = true;
    for (const auto& f : event.data) {
        if (!first) out.push_back(',');
        first = false;
        if (hasRepeat) out.push_back('[');
        appendJsonString(out, f.name);
        out.push_back(hasRepeat ? ',' : ':');
        appendJsonString(out, f.value);
        if (hasRepeat) out.push_back(']');
    }
    out.push_back(hasRepeat ? ']' : '}');
    return out;
}

}  // namespace hitome::core
