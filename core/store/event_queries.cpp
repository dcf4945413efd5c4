// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/event_queries.h"

#include <algorithm>
#include <array>
#include <re2/re2.h>

#include "core/store/connection.h"
#include "core/store/event_sql_filter.h"
#include "core/store/statement.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

constexpr const char* kRowColumns =
    "e.id, e.time, h.name, e.channel, e.provider, e.event_id, e.record_id, e.recovered, e.image, e.command_line, "
    "e.parent_image, e.parent_command_line, e.user, e.target_object, e.details, e.task_name, e.service_name, "
    "e.script_block_text, e.destination_ip, e.query_name, e.target_filename, e.process_guid, e.destination_port, "
    "e.pid, e.process_id";
constexpr const char* kFrom = " FROM events e LEFT JOIN hosts h ON h.id = e.host_id";

struct ColumnName {
    EventColumn column;
    const char* sql;
    const char* pascal;
};
constexpr std::array<ColumnName, 12> kColumns = {{
    {EventColumn::Image, "image", "Image"},
    {EventColumn::CommandLine, "command_line", "CommandLine"},
    {EventColumn::ParentImage, "parent_image", "ParentImage"},
    {EventColumn::ParentCommandLine, "parent_command_line", "ParentCommandLine"},
    {EventColumn::User, "user", "User"},
    {EventColumn::TargetObject, "target_object", "TargetObject"},
    {EventColumn::Details, "details", "Details"},
    {EventColumn::TaskName, "task_name", "TaskName"},
    {EventColumn::ServiceName, "service_name", "ServiceName"},
    {EventColumn::DestinationIp, "destination_ip", "DestinationIp"},
    {EventColumn::QueryName, "query_name", "QueryName"},
    {EventColumn::TargetFilename, "target_filename", "TargetFilename"},
}};

const char* sqlName(EventColumn c) {
    for (const auto& n : kColumns)
        if (n.column == c) return n.sql;
    return "image";
}

EventRow readRow(const Statement& st) {
    EventRow r;
    r.id = st.columnInt(0);
    r.time = st.columnInt(1);
    r.host = st.columnText(2);
    r.channel = st.columnText(3);
    r.provider = st.columnText(4);
    r.eventId = static_cast<std::uint32_t>(st.columnInt(5));
    r.recordId = st.columnInt(6);
    r.isRecovered = st.columnInt(7) != 0;
    std::string* texts[] = {&r.image,       &r.commandLine, &r.parentImage,     &r.parentCommandLine,
                            &r.user,        &r.targetObject, &r.details,        &r.taskName,
                            &r.serviceName, &r.scriptBlockText, &r.destinationIp, &r.queryName,
                            &r.targetFilename, &r.processGuid};
    for (int i = 0; i < 14; ++i) *texts[i] = st.columnText(8 + i);
    r.destinationPort = st.columnOptionalInt(22);
    r.pid = st.columnOptionalInt(23);
    r.processRowId = st.columnOptionalInt(24);
    return r;
}

std::string limitClause(std::int64_t limit) { return limit > 0 ? " LIMIT " + std::to_string(limit) : std::string(); }

}  // namespace

std::optional<EventColumn> eventColumnFromName(std::string_view name) {
    for (const auto& n : kColumns)
        if (equalsNoCase(name, n.sql) || equalsNoCase(name, n.pascal)) return n.column;
    return std::nullopt;
}

Result<std::vector<EventRow>> EventQueries::runRows(const std::string& sql, const SqlWhere& params) {
    Statement st(m_conn, sql);
    if (!st.valid()) return st.prepareError();
    params.bindTo(st);
    std::vector<EventRow> rows;
    while (true) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) return rows;
        rows.push_back(readRow(st));
    }
}

Result<std::vector<EventRow>> EventQueries::search(const EventFilter& filter) {
    const SqlWhere where = buildEventWhere(m_conn, filter);
    return runRows(std::string("SELECT ") + kRowColumns + kFrom + where.clause + " ORDER BY e.time, e.id" +
                       limitClause(filter.limit),
                   where);
}

Result<std::int64_t> EventQueries::count(const EventFilter& filter) {
    const SqlWhere where = buildEventWhere(m_conn, filter);
    Statement st(m_conn, "SELECT count(*) FROM events e" + where.clause);
    if (!st.valid()) return st.prepareError();
    where.bindTo(st);
    auto r = st.step();
    if (!r) return r.error();
    return st.columnInt(0);
}

Result<std::vector<std::int64_t>> EventQueries::searchIds(const EventFilter& filter) {
    const SqlWhere where = buildEventWhere(m_conn, filter);
    Statement st(m_conn, "SELECT e.id FROM events e" + where.clause + " ORDER BY e.time, e.id" + limitClause(filter.limit));
    if (!st.valid()) return st.prepareError();
    where.bindTo(st);
    std::vector<std::int64_t> ids;
    while (true) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) return ids;
        ids.push_back(st.columnInt(0));
    }
}

Result<std::vector<EventRow>> EventQueries::rowsByIds(const std::vector<std::int64_t>& ids) {
    std::vector<EventRow> rows;
    rows.reserve(ids.size());
    Statement st(m_conn, std::string("SELECT ") + kRowColumns + kFrom + " WHERE e.id = ?");
    if (!st.valid()) return st.prepareError();
    for (const std::int64_t id : ids) {
        st.bind(1, id);
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Row) rows.push_back(readRow(st));
        st.reset();
    }
    return rows;
}

Result<std::vector<HostCount>> EventQueries::hostsWithValue(EventColumn column, std::string_view value) {
    const std::string col = sqlName(column);
    Statement st(m_conn, "SELECT COALESCE(h.name, ''), count(*), MIN(e.time), MAX(e.time)" + std::string(kFrom) +
                             " WHERE e." + col + " = ? COLLATE NOCASE GROUP BY e.host_id ORDER BY 2 DESC");
    if (!st.valid()) return st.prepareError();
    st.bind(1, value);
    std::vector<HostCount> out;
    while (true) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) return out;
        out.push_back({st.columnText(0), st.columnInt(1), st.columnInt(2), st.columnInt(3)});
    }
}

Result<std::vector<EventRow>> EventQueries::sameValueOnOtherHosts(EventColumn column, std::string_view value,
                                                                  std::string_view excludeHost, std::int64_t limit) {
    SqlWhere params;
    params.params.emplace_back(std::string(value));
    params.params.emplace_back(std::string(excludeHost));
    const std::string col = sqlName(column);
    return runRows(std::string("SELECT ") + kRowColumns + kFrom + " WHERE e." + col +
                       " = ?1 COLLATE NOCASE AND (?2 = '' OR COALESCE(h.name, '') <> ?2 COLLATE NOCASE)"
                       " ORDER BY e.time, e.id" + limitClause(limit),
                   params);
}

Result<std::vector<EventRow>> EventQueries::registryEventsForKey(std::string_view key, std::int64_t limit) {
    const std::string body = registryKeyBody(key);
    if (body.empty()) return Error::make(ErrorCode::Usage, "not a registry key: " + std::string(key));
    std::string pattern;
    for (char c : body) {
        if (c == '%' || c == '_' || c == '^') pattern.push_back('^');
        pattern.push_back(c);
    }
    SqlWhere params;
    params.params.emplace_back("%\\" + pattern + "%");
    return runRows(std::string("SELECT ") + kRowColumns + kFrom +
                       " WHERE e.target_object IS NOT NULL AND e.event_id IN (12, 13, 14)"
                       " AND e.target_object LIKE ?1 ESCAPE '^' ORDER BY e.time, e.id" + limitClause(limit),
                   params);
}

std::string registryKeyBody(std::string_view key) {
    static const char* const kHives[] = {"HKEY_LOCAL_MACHINE", "HKEY_CURRENT_USER", "HKEY_USERS", "HKEY_CLASSES_ROOT",
                                         "HKLM", "HKCU", "HKU", "HKCR", "REGISTRY\\MACHINE", "REGISTRY\\USER"};
    std::string_view k = trim(key);
    if (!k.empty() && k.front() == '\\') k.remove_prefix(1);
    for (const char* hive : kHives) {
        if (!startsWithNoCase(k, hive)) continue;
        std::string_view rest = k.substr(std::string_view(hive).size());
        if (!rest.empty() && rest.front() == ':') rest.remove_prefix(1);
        if (rest.empty() || rest.front() != '\\') continue;
        rest.remove_prefix(1);
        while (!rest.empty() && rest.back() == '\\') rest.remove_suffix(1);
        return std::string(rest);
    }
    return {};
}

std::vector<std::string> registryKeysInCommand(std::string_view commandLine) {
    static const RE2 kKey(R"re((?i)((?:HKEY_[A-Z_]+|HKLM|HKCU|HKU|HKCR):?\\[^"'\s;|)]+))re");
    std::vector<std::string> out;
    re2::StringPiece input(commandLine.data(), commandLine.size());
    std::string key;
    while (out.size() < 16 && RE2::FindAndConsume(&input, kKey, &key))
        if (std::find(out.begin(), out.end(), key) == out.end()) out.push_back(key);
    return out;
}

}  // namespace hitome::core
