// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/event_sql_filter.h"

#include "core/store/event_text_search.h"
#include "core/store/statement.h"

namespace hitome::core {

void SqlWhere::bindTo(Statement& st, int firstIndex) const {
    int i = firstIndex;
    for (const auto& p : params) {
        if (const auto* n = std::get_if<std::int64_t>(&p))
            st.bind(i++, *n);
        else
            st.bind(i++, std::get<std::string>(p));
    }
}

SqlWhere buildEventWhere(Connection& conn, const EventFilter& f) {
    SqlWhere w;
    std::vector<std::string> parts;
    if (f.sourceId) {
        parts.emplace_back("e.source_id = ?");
        w.params.emplace_back(*f.sourceId);
    }
    if (f.afterId) {
        parts.emplace_back("e.id > ?");
        w.params.emplace_back(*f.afterId);
    }
    if (f.from) {
        parts.emplace_back("e.time >= ?");
        w.params.emplace_back(*f.from);
    }
    if (f.to) {
        parts.emplace_back("e.time < ?");
        w.params.emplace_back(*f.to);
    }
    if (!f.host.empty()) {
        parts.emplace_back("e.host_id IN (SELECT id FROM hosts WHERE name = ? COLLATE NOCASE)");
        w.params.emplace_back(f.host);
    }
    if (!f.eventIds.empty()) {
        std::string in = "e.event_id IN (";
        for (size_t i = 0; i < f.eventIds.size(); ++i) {
            in += i ? ",?" : "?";
            w.params.emplace_back(static_cast<std::int64_t>(f.eventIds[i]));
        }
        parts.push_back(in + ")");
    }
    if (!f.channel.empty()) {
        parts.emplace_back("e.channel = ? COLLATE NOCASE");
        w.params.emplace_back(f.channel);
    }
    if (!f.text.empty()) {
        auto search = eventTextSearch(f.text, unindexedAfter(conn));
        if (!search.clause.empty()) parts.push_back(search.clause);
        for (auto& p : search.params) w.params.emplace_back(std::move(p));
    }
    if (!f.includeRecovered) parts.emplace_back("e.recovered = 0");
    for (size_t i = 0; i < parts.size(); ++i) w.clause += (i ? " AND " : " WHERE ") + parts[i];
    return w;
}

}  // namespace hitome::core
