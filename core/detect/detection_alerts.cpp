// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/detection_alerts.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "core/attack/attack_catalog.h"
#include "core/detect/rule_set.h"
#include "core/detect/rule_tags.h"
#include "core/store/connection.h"
#include "core/store/statement.h"

namespace hitome::core {

namespace {

constexpr const char* kInsertRecon =
    "INSERT OR REPLACE INTO recon_commands (event_id, host_id, process_id, phase, command, technique, command_line,"
    " parent_image, user, time, parent_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
    " (SELECT command_line FROM events WHERE id = ?1), ?7, ?8, ?9, ?10)";
constexpr const char* kInsertShell = "INSERT OR REPLACE INTO detection_shells (shell, parent_key) VALUES (?1, ?2)";

std::string ruleJson(const SigmaRule& rule) {
    const auto& i = rule.info;
    nlohmann::json j = {{"id", i.id}, {"title", i.title}, {"level", i.level}, {"status", i.status},
                        {"description", i.description}, {"author", i.author}, {"tags", i.tags},
                        {"references", i.references}, {"falsepositives", i.falsePositives},
                        {"source", i.sourcePath}};
    if (!i.noteEn.empty()) j["note_en"] = i.noteEn;
    if (!i.noteJa.empty()) j["note_ja"] = i.noteJa;
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

DetectionAlerts::DetectionAlerts(Connection& conn, const RuleSet& rules, const AttackCatalog* catalog)
    : m_conn(conn), m_rules(rules), m_catalog(catalog), m_writer(conn), m_entities(conn) {}

void DetectionAlerts::resolveAttack(const std::vector<std::string>& techniques,
                                    const std::vector<std::string>& tactics, RuleAlert& alert) const {
    auto addTactic = [&](std::string id) {
        if (!id.empty() && std::find(alert.tactics.begin(), alert.tactics.end(), id) == alert.tactics.end())
            alert.tactics.push_back(std::move(id));
    };
    for (const auto& t : techniques) {
        // Revoked IDs are stored under their replacement; the rule's spelling is kept beside it.
        std::string current = m_catalog ? m_catalog->resolveTechniqueId(t) : std::string();
        if (current.empty()) current = t;
        if (std::find(alert.techniques.begin(), alert.techniques.end(), current) != alert.techniques.end()) continue;
        alert.techniques.push_back(current);
        alert.originalTechniques.push_back(t);
    }
    for (const auto& name : tactics) {
        const Tactic* tactic = m_catalog ? m_catalog->tactic(name) : nullptr;
        addTactic(tactic ? tactic->id : std::string(builtinTacticId(name)));
    }
    // Rules without tactic tags: the tactics their techniques serve.
    if (alert.tactics.empty() && m_catalog)
        for (const auto& t : alert.techniques)
            for (auto& id : m_catalog->tacticIdsForTechnique(t)) addTactic(std::move(id));
    if (alert.tactics.empty()) alert.tactics.emplace_back("other");
}

RuleAlert DetectionAlerts::ruleAlert(const SigmaRule& rule, const RuleHitGroup& g) {
    RuleAlert a;
    a.provider = "sigma";
    a.ruleId = rule.info.id;
    a.externalId = (rule.info.id.empty() ? rule.info.title : rule.info.id) + "|" + g.processKey;
    a.title = rule.info.title;
    a.description = rule.info.description;
    a.severity = rule.severity;
    a.rawJson = ruleJson(rule);
    const AttackTags tags = parseAttackTags(rule.info.tags);
    resolveAttack(tags.techniques, tags.tactics, a);
    if (!tags.tactics.empty()) a.category = tags.tactics.front();
    a.first = g.first;
    a.last = g.last;
    a.hostId = g.hostId;
    a.processId = g.processId;
    if (!g.user.empty() && g.user != "\\")
        if (auto user = m_entities.userIdFromAccount(g.user); user) a.userId = *user;
    a.eventIds = g.eventIds;
    a.hitCount = g.count;
    return a;
}

Status DetectionAlerts::writeOne(const RuleAlert& alert, DetectionSummary& summary, bool isMerge) {
    bool wasCreated = false;
    auto id = isMerge ? m_writer.merge(alert, DetectionCollector::kMaxLinkedEvents, wasCreated)
                      : m_writer.write(alert, wasCreated);
    if (!id) return id.error();
    (wasCreated ? summary.alertsCreated : summary.alertsUpdated)++;
    return {};
}

Status DetectionAlerts::writeRuleAlerts(const DetectionCollector& collector, DetectionSummary& summary,
                                        bool isNewEventsOnly) {
    for (const auto& [key, group] : collector.groups()) {
        const SigmaRule& rule = m_rules.rules()[static_cast<size_t>(group.rule)];
        if (auto st = writeOne(ruleAlert(rule, group), summary, isNewEventsOnly); !st) return st;
    }
    return {};
}

Status DetectionAlerts::writeReconState(const DetectionCollector& collector, bool isNewEventsOnly,
                                        DetectionSummary& summary) {
    Statement insert(m_conn, kInsertRecon);
    Statement shell(m_conn, kInsertShell);
    for (const Statement* st : {&insert, &shell})
        if (!st->valid()) return st->prepareError();
    const auto& obs = collector.observations();
    for (size_t i = collector.restoredCount(); i < obs.size(); ++i) {
        const ReconObservation& o = obs[i];
        insert.reset();
        insert.bind(1, o.eventId).bindOptional(2, o.hostId).bindOptional(3, o.processId);
        insert.bind(4, reconPhaseName(o.command.phase)).bind(5, o.command.command).bind(6, o.command.technique);
        insert.bindTextOrNull(7, o.parentImage).bindTextOrNull(8, o.user).bind(9, o.time).bind(10, o.parentKey);
        if (auto st = insert.run(); !st) return st;
        ++summary.reconCommands;
    }
    if (!isNewEventsOnly)
        if (auto st = m_conn.exec("DELETE FROM detection_shells"); !st) return st;
    for (const auto& [key, parent] : collector.newShells()) {
        shell.reset();
        shell.bind(1, key).bind(2, parent);
        if (auto st = shell.run(); !st) return st;
    }
    return {};
}

Status DetectionAlerts::writeRecon(const DetectionCollector& collector, bool isNewEventsOnly,
                                   DetectionSummary& summary) {
    if (auto st = writeReconState(collector, isNewEventsOnly, summary); !st) return st;
    const auto& obs = collector.observations();
    for (const auto& burst : findReconBursts(obs)) {
        RuleAlert a;
        a.provider = "recon";
        a.ruleId = "hitome-recon-burst";
        const auto& firstObs = obs[burst.members.front()];
        a.externalId = "burst|" + burst.host + "|" + (burst.isByUser ? "user:" : "parent:") + burst.key + "|" +
                       std::to_string(burst.first);
        a.title = burst.isByUser ? "Attacker-like command sequence by one user" : "Attacker-like command sequence from one process";
        a.description = "Commands: ";
        for (size_t i = 0; i < burst.commands.size(); ++i) a.description += (i ? ", " : "") + burst.commands[i];
        a.severity = burst.hasSpread ? Severity::High : Severity::Medium;
        a.category = "discovery";
        std::vector<std::string> techniques;
        for (size_t i : burst.members)
            if (std::find(techniques.begin(), techniques.end(), obs[i].command.technique) == techniques.end())
                techniques.push_back(obs[i].command.technique);
        resolveAttack(techniques, burst.hasSpread ? std::vector<std::string>{"discovery", "lateral-movement"}
                                                  : std::vector<std::string>{"discovery"}, a);
        a.first = burst.first;
        a.last = burst.last;
        a.hostId = firstObs.hostId;
        for (size_t i : burst.members) a.eventIds.push_back(obs[i].eventId);
        a.hitCount = static_cast<std::int64_t>(burst.members.size());
        nlohmann::json raw = {{"commands", burst.commands}, {"grouping", burst.isByUser ? "user" : "parent"},
                              {"parentImage", firstObs.parentImage}, {"user", firstObs.user}};
        a.rawJson = raw.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        if (auto st = writeOne(a, summary); !st) return st;
        ++summary.reconAlerts;
    }
    return {};
}

}  // namespace hitome::core
