// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/hunt_query.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "core/store/event_text_search.h"
#include "core/store/statement.h"

namespace hitome::core {
namespace {

const char* fieldColumn(HuntField f) {
    switch (f) {
    case HuntField::Host: return "e.computer";
    case HuntField::EventId: return "e.event_id";
    case HuntField::Image: return "e.image";
    case HuntField::CommandLine: return "e.command_line";
    case HuntField::ParentCommandLine: return "e.parent_command_line";
    case HuntField::User: return "e.user";
    case HuntField::TaskName: return "e.task_name";
    case HuntField::RegistryKey: return "e.target_object";
    case HuntField::None: return nullptr;
    }
    return nullptr;
}

// Reads up to limit + 1 ids; the extra one only says that more matched.
Result<HuntIds> collectIds(Statement& st, std::int64_t limit) {
    HuntIds out;
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) break;
        out.ids.push_back(st.columnInt(0));
    }
    if (static_cast<std::int64_t>(out.ids.size()) > limit) {
        out.ids.resize(static_cast<std::size_t>(limit));
        out.isTruncated = true;
    }
    return out;
}

// Text is the only condition: FTS5 hands out matches in rowid order and can
// stop after limit + 1 of them; only that page is then ordered by time.
Result<HuntIds> queryTextOnlyIds(Connection& conn, const TextSearchSql& search, std::int64_t limit) {
    Statement st(conn, "SELECT e.id FROM events e WHERE e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?"
                       " ORDER BY rowid LIMIT ?) ORDER BY e.time, e.id");
    if (!st.valid()) return st.prepareError();
    st.bind(1, search.ftsMatch).bind(2, limit + 1);
    return collectIds(st, limit);
}

}  // namespace

Result<HuntIds> queryHuntIds(Connection& conn, const HuntQuery& q) {
    TextSearchSql search = eventTextSearch(q.text, q.text.empty() ? std::nullopt : unindexedAfter(conn));
    const bool isTextOnly = q.field == HuntField::None && q.excludeHost.empty() && !q.from && !q.to;
    if (isTextOnly && !search.ftsMatch.empty() && !search.hasShortWords && search.isIndexComplete)
        return queryTextOnlyIds(conn, search, std::max<std::int64_t>(1, q.limit));
    std::string sql = "SELECT e.id FROM events e";
    std::vector<std::string> where;
    std::vector<std::string> params;
    if (!search.clause.empty()) where.push_back(search.clause);
    for (auto& p : search.params) params.push_back(std::move(p));
    if (const char* column = fieldColumn(q.field)) {
        if (q.field == HuntField::RegistryKey) {
            // Hives are spelled differently in events (HKU\<SID>, HKLM) and command
            // lines (HKCU, HKEY_LOCAL_MACHINE): match on the path below the hive.
            const std::size_t slash = q.value.find('\\');
            const std::string tail = escapeLike(slash == std::string::npos ? q.value : q.value.substr(slash + 1));
            where.emplace_back(std::string("(") + column + " LIKE ? ESCAPE '\\' OR " + column + " LIKE ? ESCAPE '\\')");
            params.push_back("%\\\\" + tail);
            params.push_back("%\\\\" + tail + "\\\\%");
        } else {
            where.emplace_back(std::string(column) + " = ? COLLATE NOCASE");
            params.push_back(q.value);
        }
    }
    if (!q.excludeHost.empty()) {
        where.emplace_back("coalesce(e.computer, '') <> ? COLLATE NOCASE");
        params.push_back(q.excludeHost);
    }
    // Time bounds come last so that their integer parameters follow the text ones.
    if (q.from) where.emplace_back("e.time >= ?");
    if (q.to) where.emplace_back("e.time < ?");
    for (std::size_t i = 0; i < where.size(); ++i) sql += (i ? " AND " : " WHERE ") + where[i];
    sql += " ORDER BY e.time, e.id LIMIT ?";
    Statement st(conn, sql);
    if (!st.valid()) return st.prepareError();
    int index = 1;
    for (const auto& p : params) st.bind(index++, p);
    if (q.from) st.bind(index++, *q.from);
    if (q.to) st.bind(index++, *q.to);
    const std::int64_t limit = std::max<std::int64_t>(1, q.limit);
    st.bind(index, limit + 1);
    return collectIds(st, limit);
}

Result<std::vector<HuntRow>> queryHuntRows(Connection& conn, const std::vector<std::int64_t>& ids) {
    std::unordered_map<std::int64_t, HuntRow> byId;
    constexpr std::size_t kBatch = 500;
    for (std::size_t first = 0; first < ids.size(); first += kBatch) {
        const std::size_t n = std::min(kBatch, ids.size() - first);
        std::string sql = "SELECT id, time, coalesce(computer, ''), event_id, image, command_line, parent_command_line, user,"
                          " task_name, target_object FROM events WHERE id IN (";
        for (std::size_t i = 0; i < n; ++i) sql += i ? ",?" : "?";
        Statement st(conn, sql + ")");
        if (!st.valid()) return st.prepareError();
        for (std::size_t i = 0; i < n; ++i) st.bind(static_cast<int>(i + 1), ids[first + i]);
        for (;;) {
            auto r = st.step();
            if (!r) return r.error();
            if (*r == Statement::Step::Done) break;
            HuntRow row{st.columnInt(0), st.columnInt(1), st.columnText(2), st.columnInt(3), st.columnText(4),
                        st.columnText(5), st.columnText(6), st.columnText(7), st.columnText(8), st.columnText(9)};
            byId.emplace(row.id, std::move(row));
        }
    }
    std::vector<HuntRow> rows;
    for (std::int64_t id : ids)
        if (auto it = byId.find(id); it != byId.end()) rows.push_back(it->second);
    return rows;
}

std::string registryKeyIn(std::string_view commandLine) {
    static constexpr std::string_view kRoots[] = {"HKEY_LOCAL_MACHINE\\", "HKEY_CURRENT_USER\\", "HKEY_USERS\\",
                                                  "HKEY_CLASSES_ROOT\\", "HKLM\\", "HKCU\\", "HKU\\", "HKCR\\"};
    std::string lower(commandLine);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::size_t best = std::string::npos;
    for (auto root : kRoots) {
        std::string r(root);
        std::transform(r.begin(), r.end(), r.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        for (std::size_t pos = lower.find(r); pos != std::string::npos; pos = lower.find(r, pos + 1)) {
            const bool atStart = pos == 0 || lower[pos - 1] == ' ' || lower[pos - 1] == '"' || lower[pos - 1] == '\'';
            if (atStart) {
                best = std::min(best, pos);
                break;
            }
        }
    }
    if (best == std::string::npos) return {};
    const bool isQuoted = best > 0 && commandLine[best - 1] == '"';
    std::size_t end = best;
    while (end < commandLine.size() && commandLine[end] != '"' && (isQuoted || commandLine[end] != ' ')) ++end;
    std::string key(commandLine.substr(best, end - best));
    while (!key.empty() && key.back() == '\\') key.pop_back();
    return key;
}

}  // namespace hitome::core
