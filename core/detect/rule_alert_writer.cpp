// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/rule_alert_writer.h"

#include "core/store/connection.h"

namespace hitome::core {

namespace {

constexpr const char* kFind = "SELECT id FROM alerts WHERE provider = ?1 AND external_id = ?2";
constexpr const char* kInsert =
    "INSERT INTO alerts (provider, external_id, title, description, category, severity, status, detection_source,"
    " first_event, last_event, created, host_id, user_id, process_id, event_id, rule_id, hit_count, raw_json)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'new', ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)";
// The analyst's status and classification are kept on a re-run.
constexpr const char* kUpdate =
    "UPDATE alerts SET title = ?2, description = ?3, category = ?4, severity = ?5, first_event = ?6,"
    " last_event = ?7, host_id = ?8, user_id = ?9, process_id = ?10, event_id = ?11, rule_id = ?12,"
    " hit_count = ?13, raw_json = ?14 WHERE id = ?1";
// A run over new events only: counts add up, the span widens; the host, user,
// process and first event stay those of the alert's earliest events.
constexpr const char* kMerge =
    "UPDATE alerts SET title = ?2, description = ?3, category = ?4, severity = ?5,"
    " first_event = min(coalesce(first_event, ?6), ?6), last_event = max(coalesce(last_event, ?7), ?7),"
    " rule_id = ?8, hit_count = hit_count + ?9, raw_json = ?10 WHERE id = ?1";
constexpr const char* kCountLinks = "SELECT count(*) FROM alert_events WHERE alert_id = ?1";
constexpr const char* kLinkEvent = "INSERT OR IGNORE INTO alert_events (alert_id, event_id) VALUES (?1, ?2)";
constexpr const char* kTechnique =
    "INSERT OR IGNORE INTO alert_techniques (alert_id, technique_id, original_id) VALUES (?1, ?2, ?3)";
constexpr const char* kTactic = "INSERT OR IGNORE INTO alert_tactics (alert_id, tactic_id) VALUES (?1, ?2)";

std::optional<std::int64_t> firstEvent(const RuleAlert& a) {
    if (a.eventIds.empty()) return std::nullopt;
    return a.eventIds.front();
}

}  // namespace

RuleAlertWriter::RuleAlertWriter(Connection& conn)
    : m_conn(conn),
      m_find(conn, kFind),
      m_insert(conn, kInsert),
      m_update(conn, kUpdate),
      m_merge(conn, kMerge),
      m_countLinks(conn, kCountLinks),
      m_linkEvent(conn, kLinkEvent),
      m_technique(conn, kTechnique),
      m_tactic(conn, kTactic) {}

Result<std::optional<std::int64_t>> RuleAlertWriter::find(const RuleAlert& a) {
    for (const Statement* st : {&m_find, &m_insert, &m_update, &m_merge, &m_countLinks, &m_linkEvent, &m_technique,
                                &m_tactic})
        if (!st->valid()) return st->prepareError();
    m_find.reset();
    m_find.bind(1, a.provider).bind(2, a.externalId);
    auto found = m_find.step();
    if (!found) return found.error();
    std::optional<std::int64_t> id;
    if (*found == Statement::Step::Row) id = m_find.columnInt(0);
    m_find.reset();
    return id;
}

Result<std::int64_t> RuleAlertWriter::insert(const RuleAlert& a) {
    m_insert.reset();
    m_insert.bind(1, a.provider).bind(2, a.externalId).bind(3, a.title).bindTextOrNull(4, a.description);
    m_insert.bindTextOrNull(5, a.category).bind(6, static_cast<int>(a.severity)).bind(7, a.provider);
    m_insert.bind(8, a.first).bind(9, a.last).bind(10, nowTicks());
    m_insert.bindOptional(11, a.hostId).bindOptional(12, a.userId).bindOptional(13, a.processId);
    m_insert.bindOptional(14, firstEvent(a)).bindTextOrNull(15, a.ruleId).bind(16, a.hitCount);
    m_insert.bindTextOrNull(17, a.rawJson);
    if (auto st = m_insert.run(); !st) return st.error();
    const std::int64_t id = m_conn.lastInsertRowId();
    if (auto st = insertLinks(id, a); !st) return st.error();
    return id;
}

Result<std::int64_t> RuleAlertWriter::write(const RuleAlert& a, bool& wasCreated) {
    return store(a, std::nullopt, wasCreated);
}

Result<std::int64_t> RuleAlertWriter::merge(const RuleAlert& a, std::size_t maxLinkedEvents, bool& wasCreated) {
    return store(a, maxLinkedEvents, wasCreated);
}

Result<std::int64_t> RuleAlertWriter::store(const RuleAlert& a, std::optional<std::size_t> mergeLinkCap,
                                            bool& wasCreated) {
    auto found = find(a);
    if (!found) return found.error();
    wasCreated = !*found;
    if (wasCreated) return insert(a);
    const std::int64_t id = **found;
    if (auto st = mergeLinkCap ? mergeInto(id, a, *mergeLinkCap) : replaceIn(id, a); !st) return st.error();
    return id;
}

Status RuleAlertWriter::replaceIn(std::int64_t id, const RuleAlert& a) {
    m_update.reset();
    m_update.bind(1, id).bind(2, a.title).bindTextOrNull(3, a.description).bindTextOrNull(4, a.category);
    m_update.bind(5, static_cast<int>(a.severity)).bind(6, a.first).bind(7, a.last);
    m_update.bindOptional(8, a.hostId).bindOptional(9, a.userId).bindOptional(10, a.processId);
    m_update.bindOptional(11, firstEvent(a)).bindTextOrNull(12, a.ruleId).bind(13, a.hitCount);
    m_update.bindTextOrNull(14, a.rawJson);
    if (auto st = m_update.run(); !st) return st;
    return insertLinks(id, a);
}

Status RuleAlertWriter::mergeInto(std::int64_t id, const RuleAlert& a, std::size_t maxLinkedEvents) {
    m_merge.reset();
    m_merge.bind(1, id).bind(2, a.title).bindTextOrNull(3, a.description).bindTextOrNull(4, a.category);
    m_merge.bind(5, static_cast<int>(a.severity)).bind(6, a.first).bind(7, a.last);
    m_merge.bindTextOrNull(8, a.ruleId).bind(9, a.hitCount).bindTextOrNull(10, a.rawJson);
    if (auto st = m_merge.run(); !st) return st;
    auto linked = linkedEventCount(id);
    if (!linked) return linked.error();
    // Events arrive in id order, so the first `maxLinkedEvents` stay the ones a full run links.
    const auto have = static_cast<std::size_t>(*linked);
    return insertLinks(id, a, have < maxLinkedEvents ? maxLinkedEvents - have : 0);
}

Result<std::int64_t> RuleAlertWriter::linkedEventCount(std::int64_t alertId) {
    m_countLinks.reset();
    m_countLinks.bind(1, alertId);
    auto step = m_countLinks.step();
    if (!step) return step.error();
    const std::int64_t n = *step == Statement::Step::Row ? m_countLinks.columnInt(0) : 0;
    m_countLinks.reset();
    return n;
}

Status RuleAlertWriter::insertLinks(std::int64_t alertId, const RuleAlert& a, std::size_t maxEvents) {
    for (std::size_t i = 0; i < a.eventIds.size() && i < maxEvents; ++i) {
        const std::int64_t eventId = a.eventIds[i];
        m_linkEvent.reset();
        m_linkEvent.bind(1, alertId).bind(2, eventId);
        if (auto st = m_linkEvent.run(); !st) return st;
    }
    for (size_t i = 0; i < a.techniques.size(); ++i) {
        m_technique.reset();
        const std::string& original = i < a.originalTechniques.size() ? a.originalTechniques[i] : a.techniques[i];
        m_technique.bind(1, alertId).bind(2, a.techniques[i]).bind(3, original);
        if (auto st = m_technique.run(); !st) return st;
    }
    for (const auto& tactic : a.tactics) {
        m_tactic.reset();
        m_tactic.bind(1, alertId).bind(2, tactic);
        if (auto st = m_tactic.run(); !st) return st;
    }
    return {};
}

}  // namespace hitome::core
