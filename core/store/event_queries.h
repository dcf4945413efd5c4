// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Read-side queries over stored events for the CLI and the GUI hunting tab:
// filtered search (text via FTS5, host, event id, time range), and pivots —
// the same value on other hosts, a registry key to the registry events that
// touched it. Values are always bound; column names come from a fixed list.
// Use on a reader connection (any thread owning that connection).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/event_filter.h"
#include "core/util/result.h"

namespace hitome::core {

class Connection;
struct SqlWhere;

struct EventRow {
    std::int64_t id = 0;
    Ticks time = 0;
    std::string host, channel, provider;
    std::uint32_t eventId = 0;
    std::int64_t recordId = 0;
    bool isRecovered = false;
    std::string image, commandLine, parentImage, parentCommandLine, user, targetObject, details;
    std::string taskName, serviceName, scriptBlockText, destinationIp, queryName, targetFilename, processGuid;
    std::optional<std::int64_t> destinationPort, pid, processRowId;
};

// Columns a pivot may use (the events table's query columns).
enum class EventColumn {
    Image, CommandLine, ParentImage, ParentCommandLine, User, TargetObject, Details, TaskName, ServiceName,
    DestinationIp, QueryName, TargetFilename,
};
std::optional<EventColumn> eventColumnFromName(std::string_view name);   // "CommandLine", "command_line"...

struct HostCount {
    std::string host;
    std::int64_t events = 0;
    Ticks first = 0, last = 0;
};

class EventQueries {
public:
    explicit EventQueries(Connection& conn) : m_conn(conn) {}

    // Matching events by time then id; filter.limit caps the rows (0: all).
    Result<std::vector<EventRow>> search(const EventFilter& filter);
    Result<std::int64_t> count(const EventFilter& filter);
    // Only the ids, in the same order: for lazy models that load rows in pages.
    Result<std::vector<std::int64_t>> searchIds(const EventFilter& filter);
    Result<std::vector<EventRow>> rowsByIds(const std::vector<std::int64_t>& ids);

    // Pivot: every host where `column` equals `value` (case-insensitive), with counts.
    Result<std::vector<HostCount>> hostsWithValue(EventColumn column, std::string_view value);
    // Pivot: events with the same value on hosts other than `excludeHost` ("" = all hosts).
    Result<std::vector<EventRow>> sameValueOnOtherHosts(EventColumn column, std::string_view value,
                                                        std::string_view excludeHost, std::int64_t limit = 1000);
    // Pivot: registry events (Sysmon 12/13/14, hunting registry rows) under
    // `key`, written as a command would ("HKLM:\Software\X", "HKEY_LOCAL_MACHINE\...").
    Result<std::vector<EventRow>> registryEventsForKey(std::string_view key, std::int64_t limit = 1000);

private:
    Result<std::vector<EventRow>> runRows(const std::string& sql, const SqlWhere& params);
    Connection& m_conn;
};

// Registry keys a command line names (reg add, New-ItemProperty, gp HKLM:\...).
std::vector<std::string> registryKeysInCommand(std::string_view commandLine);
// The key without its hive, in the form Sysmon writes after the hive: "SOFTWARE\Microsoft\Network".
std::string registryKeyBody(std::string_view key);

}  // namespace hitome::core
