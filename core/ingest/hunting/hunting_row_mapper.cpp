// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/hunting/hunting_row_mapper.h"

#include <cstdlib>
#include <unordered_map>

#include "core/ingest/events/json_event_mapper.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

class Row {
public:
    explicit Row(const std::vector<FlatField>& fields) {
        for (const auto& f : fields) m_map.emplace(f.path, &f.value);
    }
    std::string get(std::string_view name) const {
        const auto it = m_map.find(name);
        return it == m_map.end() ? std::string() : *it->second;
    }
    // The column exists (even when empty: Graph writes AlertId "").
    bool has(std::string_view name) const { return m_map.count(name) != 0; }
    bool hasValue(std::string_view name) const { return !get(name).empty(); }

private:
    std::unordered_map<std::string_view, const std::string*> m_map;
};

std::string inferTable(const Row& r) {
    const std::string action = r.get("ActionType");
    if (r.has("AlertId")) return r.has("EntityType") ? "AlertEvidence" : "AlertInfo";
    if (action == "ProcessCreated") return "DeviceProcessEvents";
    if (startsWithNoCase(action, "Connection") || action == "InboundConnectionAccepted" ||
        action == "ListeningConnectionCreated")
        return "DeviceNetworkEvents";
    if (startsWithNoCase(action, "Registry")) return "DeviceRegistryEvents";
    if (action == "ImageLoaded") return "DeviceImageLoadEvents";
    if (startsWithNoCase(action, "Logon")) return "DeviceLogonEvents";
    if (action == "FileCreated" || action == "FileModified" || action == "FileDeleted" || action == "FileRenamed")
        return "DeviceFileEvents";
    if (action.empty() && r.hasValue("RemoteIP")) return "DeviceNetworkEvents";
    if (action.empty() && r.hasValue("RegistryKey")) return "DeviceRegistryEvents";
    // A query projecting a process and its initiator (FileName + InitiatingProcessFileName).
    if (action.empty() && (r.hasValue("ProcessCommandLine") || (r.hasValue("FileName") && r.hasValue("InitiatingProcessFileName"))))
        return "DeviceProcessEvents";
    return action.empty() ? "AdvancedHunting" : "DeviceEvents";
}

std::uint32_t eventIdFor(std::string_view table, const std::string& action) {
    if (table == "DeviceProcessEvents") return 1;
    if (table == "DeviceNetworkEvents") return 3;
    if (table == "DeviceImageLoadEvents") return 7;
    if (table == "DeviceFileEvents") return action == "FileDeleted" ? 23 : 11;
    if (table == "DeviceRegistryEvents") return action == "RegistryValueSet" ? 13 : 12;
    if (table == "DeviceLogonEvents") return action == "LogonFailed" ? 4625 : 4624;
    if (table == "DeviceEvents") {
        if (action == "ServiceInstalled") return 7045;
        if (action == "ScheduledTaskCreated") return 4698;
        if (action == "ScheduledTaskDeleted") return 4699;
        if (action == "PowerShellCommand") return 4103;
    }
    return 0;
}

std::string account(const std::string& domain, const std::string& name) {
    if (name.empty()) return {};
    return domain.empty() ? name : domain + "\\" + name;
}

std::string imagePath(const std::string& folder, const std::string& file) {
    if (folder.empty()) return file;
    if (file.empty() || endsWithNoCase(folder, file)) return folder;
    return folder + (folder.back() == '\\' ? "" : "\\") + file;
}

// Adds a Sysmon-style alias unless the row already has a column of that name.
void add(WinEvent& e, const char* name, std::string value) {
    if (!value.empty() && !e.field(name)) e.data.push_back({name, std::move(value)});
}

// JSON text in AdditionalFields becomes AdditionalFields.<key> fields.
void expandAdditionalFields(const Row& r, WinEvent& e) {
    const std::string text = r.get("AdditionalFields");
    if (text.empty() || text[0] != '{') return;
    JsonFlatParser parser;
    std::vector<FlatField> inner;
    if (!parser.parse(text, inner)) return;
    for (auto& f : inner) e.data.push_back({"AdditionalFields." + f.path, sanitizeUtf8(f.value)});
}

void addSysmonAliases(std::string_view table, const Row& r, const std::string& device, WinEvent& e) {
    const bool isProcess = table == "DeviceProcessEvents";
    const std::string ipGuid = huntingProcessGuid(device, r.get("InitiatingProcessId"), r.get("InitiatingProcessCreationTime"));
    if (isProcess) {
        add(e, "Image", imagePath(r.get("FolderPath"), r.get("FileName")));
        add(e, "CommandLine", r.get("ProcessCommandLine"));
        add(e, "ProcessId", r.get("ProcessId"));
        add(e, "ProcessGuid", huntingProcessGuid(device, r.get("ProcessId"), r.get("ProcessCreationTime")));
        add(e, "User", account(r.get("AccountDomain"), r.get("AccountName")));
        add(e, "IntegrityLevel", r.get("ProcessIntegrityLevel"));
        add(e, "ParentImage", imagePath(r.get("InitiatingProcessFolderPath"), r.get("InitiatingProcessFileName")));
        add(e, "ParentCommandLine", r.get("InitiatingProcessCommandLine"));
        add(e, "ParentProcessId", r.get("InitiatingProcessId"));
        add(e, "ParentProcessGuid", ipGuid);
        add(e, "ParentUser", account(r.get("InitiatingProcessAccountDomain"), r.get("InitiatingProcessAccountName")));
    } else {
        add(e, "Image", imagePath(r.get("InitiatingProcessFolderPath"), r.get("InitiatingProcessFileName")));
        add(e, "CommandLine", r.get("InitiatingProcessCommandLine"));
        add(e, "ProcessId", r.get("InitiatingProcessId"));
        add(e, "ProcessGuid", ipGuid);
        add(e, "User", account(r.get("InitiatingProcessAccountDomain"), r.get("InitiatingProcessAccountName")));
        add(e, "ParentImage", r.get("InitiatingProcessParentFileName"));
        add(e, "ParentProcessId", r.get("InitiatingProcessParentId"));
    }
    add(e, "DestinationIp", r.get("RemoteIP"));
    add(e, "DestinationPort", r.get("RemotePort"));
    add(e, "DestinationHostname", r.get("RemoteUrl"));
    if (table == "DeviceFileEvents" || table == "DeviceImageLoadEvents")
        add(e, table == "DeviceFileEvents" ? "TargetFilename" : "ImageLoaded",
            imagePath(r.get("FolderPath"), r.get("FileName")));
    const std::string key = r.get("RegistryKey");
    const std::string valueName = r.get("RegistryValueName");
    if (!key.empty()) add(e, "TargetObject", valueName.empty() ? key : key + "\\" + valueName);
    add(e, "Details", r.get("RegistryValueData"));
}

}  // namespace

std::string huntingProcessGuid(std::string_view device, std::string_view pid, std::string_view creationTime) {
    if (pid.empty() || pid == "0" || creationTime.empty()) return {};
    const auto ticks = parseEventTime(creationTime);
    return "mde:" + toLowerAscii(device) + ":" + std::string(pid) + ":" + (ticks ? std::to_string(*ticks) : std::string(creationTime));
}

bool mapHuntingRow(std::string_view tableHint, const std::vector<FlatField>& fields, WinEvent& e) {
    e = WinEvent{};
    const Row r(fields);
    std::string device = r.get("DeviceName");
    if (device.empty()) device = r.get("DeviceId");
    const std::string stamp = r.get("Timestamp");
    if (device.empty() && stamp.empty() && !r.has("AlertId")) return false;
    const std::string table = tableHint.empty() ? inferTable(r) : std::string(tableHint);
    const std::string action = r.get("ActionType");
    e.channel = "DefenderHunting/" + table;
    e.provider = "Microsoft Defender for Endpoint";
    e.computer = sanitizeUtf8(device);
    e.eventId = eventIdFor(table, action);
    if (auto t = parseEventTime(stamp)) e.time = *t;
    e.recordId = static_cast<std::uint64_t>(std::strtoull(r.get("ReportId").c_str(), nullptr, 10));
    e.level = 4;
    for (const auto& f : fields) e.data.push_back({sanitizeUtf8(f.path), sanitizeUtf8(f.value)});
    addSysmonAliases(table, r, device, e);
    expandAdditionalFields(r, e);
    if (table == "DeviceEvents") {
        for (const char* k : {"TaskName", "ServiceName"})
            if (const std::string* v = e.field(std::string("AdditionalFields.") + k)) add(e, k, *v);
        if (const std::string* v = e.field("AdditionalFields.Command")) add(e, "ScriptBlockText", *v);
    }
    return true;
}

}  // namespace hitome::core
