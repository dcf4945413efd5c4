// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/timeline_query.h"

#include <algorithm>
#include <map>

#include "core/store/statement.h"

namespace hitome::core {
namespace {

constexpr int kMaxBuckets = 1000;

std::string keyEventIdList() {
    std::string out;
    for (std::int64_t id : timelineKeyEventIds()) out += (out.empty() ? "" : ",") + std::to_string(id);
    return out;
}

// Earliest and latest time of alerts and key events, both empty when none.
Result<std::pair<std::optional<Ticks>, std::optional<Ticks>>> caseSpan(Connection& conn) {
    const std::string sql = "SELECT min(t), max(t) FROM (SELECT min(first_event) AS t FROM alerts"
                            " UNION ALL SELECT max(first_event) FROM alerts"
                            " UNION ALL SELECT min(time) FROM events WHERE event_id IN (" + keyEventIdList() + ")"
                            " UNION ALL SELECT max(time) FROM events WHERE event_id IN (" + keyEventIdList() + ")"
                            " UNION ALL SELECT min(time) FROM recon_commands UNION ALL SELECT max(time) FROM recon_commands)";
    Statement st(conn, sql);
    if (!st.valid()) return st.prepareError();
    auto r = st.step();
    if (!r) return r.error();
    return std::make_pair(st.columnOptionalInt(0), st.columnOptionalInt(1));
}

TimelineHost& hostEntry(std::map<std::string, TimelineHost>& hosts, const std::string& name, int buckets) {
    auto [it, isNew] = hosts.try_emplace(name);
    if (isNew) {
        it->second.name = name;
        it->second.buckets.resize(static_cast<std::size_t>(buckets));
    }
    return it->second;
}

// Runs a "host, bucket, count, max severity" query and adds its rows.
Status addCounts(Connection& conn, const std::string& sql, const Timeline& t, Ticks to, int buckets, bool isAlerts,
                 std::map<std::string, TimelineHost>& hosts) {
    Statement st(conn, sql);
    if (!st.valid()) return st.prepareError();
    st.bind(1, t.from).bind(2, t.bucketWidth).bind(3, t.from).bind(4, to);
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) break;
        const auto bucket = st.columnInt(1);
        if (bucket < 0 || bucket >= buckets) continue;
        TimelineBucket& b = hostEntry(hosts, st.columnText(0), buckets).buckets[static_cast<std::size_t>(bucket)];
        if (isAlerts) {
            b.alertCount += st.columnInt(2);
            b.maxSeverity = std::max(b.maxSeverity, static_cast<int>(st.columnInt(3)));
        } else {
            b.keyEventCount += st.columnInt(2);
        }
    }
    return {};
}

}  // namespace

const std::vector<std::int64_t>& timelineKeyEventIds() {
    static const std::vector<std::int64_t> ids{
        4698, 4699, 4702, 106, 141,   // scheduled task created / deleted / updated (Security, TaskScheduler)
        7045, 4697,                   // service installed
        4720, 4726, 4728, 4732, 4756, // account created / deleted, added to a privileged group
        1102, 104,                    // audit or system log cleared
        4719,                         // audit policy changed
    };
    return ids;
}

Result<Timeline> queryTimeline(Connection& conn, const TimelineQuery& query) {
    Timeline t;
    auto span = caseSpan(conn);
    if (!span) return span.error();
    const std::optional<Ticks> from = query.from ? query.from : span->first;
    const std::optional<Ticks> last = query.to ? std::optional<Ticks>(*query.to - 1) : span->second;
    if (!from || !last || *last < *from) return t;
    const int buckets = std::clamp(query.bucketCount, 1, kMaxBuckets);
    t.from = *from;
    // Round the width up so that bucket (buckets - 1) still holds `last`.
    t.bucketWidth = std::max<Ticks>(1, (*last - *from) / buckets + 1);
    const Ticks to = *last + 1;
    std::map<std::string, TimelineHost> hosts;
    const std::string alertSql =
        "SELECT coalesce(h.name, ''), (a.first_event - ?) / ?, count(*), max(a.severity) FROM alerts a"
        " LEFT JOIN hosts h ON h.id = a.host_id WHERE a.first_event >= ? AND a.first_event < ? GROUP BY 1, 2";
    if (auto s = addCounts(conn, alertSql, t, to, buckets, true, hosts); !s) return s.error();
    const std::string eventSql =
        "SELECT coalesce(h.name, e.computer, ''), (e.time - ?) / ?, count(*), 0 FROM events e"
        " LEFT JOIN hosts h ON h.id = e.host_id WHERE e.event_id IN (" + keyEventIdList() + ")"
        " AND e.time >= ? AND e.time < ? GROUP BY 1, 2";
    if (auto s = addCounts(conn, eventSql, t, to, buckets, false, hosts); !s) return s.error();
    // Reconnaissance commands (whoami, net user...) mark the attacker's first steps on a host.
    const std::string reconSql =
        "SELECT coalesce(h.name, ''), (r.time - ?) / ?, count(*), 0 FROM recon_commands r"
        " LEFT JOIN hosts h ON h.id = r.host_id WHERE r.time >= ? AND r.time < ? GROUP BY 1, 2";
    if (auto s = addCounts(conn, reconSql, t, to, buckets, false, hosts); !s) return s.error();
    for (auto& [name, host] : hosts) t.hosts.push_back(std::move(host));
    return t;
}

}  // namespace hitome::core
