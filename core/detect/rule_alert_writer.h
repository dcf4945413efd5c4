// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes alerts raised by rules (provider "sigma") and by the attacker-
// command detector (provider "recon") into the same tables as imported
// Defender alerts, so every alert view shows them. Keyed by
// (provider, external_id): writing the same alert again updates it (hit
// count, time span) instead of adding a row. Call inside a transaction.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/severity.h"
#include "core/store/statement.h"
#include "core/util/result.h"
#include "core/util/time.h"

namespace hitome::core {

class Connection;

struct RuleAlert {
    std::string provider;                  // "sigma" or "recon"
    std::string externalId;                // rule id + process identity
    std::string title, description, category, ruleId, rawJson;
    Severity severity = Severity::Informational;
    std::vector<std::string> techniques;   // (current id, id as the rule wrote it)
    std::vector<std::string> originalTechniques;
    std::vector<std::string> tactics;      // "TA0003"...
    Ticks first = 0, last = 0;
    std::optional<std::int64_t> hostId, userId, processId;
    std::vector<std::int64_t> eventIds;    // every linked event; the first is alerts.event_id
    std::int64_t hitCount = 1;
};

class RuleAlertWriter {
public:
    explicit RuleAlertWriter(Connection& conn);

    // The alert's row id; `wasCreated` tells insert from update. An existing
    // alert takes this one's counts and time span: a run over every event.
    Result<std::int64_t> write(const RuleAlert& alert, bool& wasCreated);
    // The same for a run over new events only: an existing alert adds this
    // one's hits and widens its time span, keeps its host, user, process and
    // first event, and links new events until it has `maxLinkedEvents`.
    Result<std::int64_t> merge(const RuleAlert& alert, std::size_t maxLinkedEvents, bool& wasCreated);

private:
    Result<std::optional<std::int64_t>> find(const RuleAlert& alert);
    Result<std::int64_t> insert(const RuleAlert& alert);
    // `mergeLinkCap` set: merge into an existing alert (merge()); else replace (write()).
    Result<std::int64_t> store(const RuleAlert& alert, std::optional<std::size_t> mergeLinkCap, bool& wasCreated);
    Status replaceIn(std::int64_t id, const RuleAlert& alert);
    Status mergeInto(std::int64_t id, const RuleAlert& alert, std::size_t maxLinkedEvents);
    // Links the first `maxEvents` of the alert's events.
    Status insertLinks(std::int64_t alertId, const RuleAlert& alert, std::size_t maxEvents = SIZE_MAX);
    Result<std::int64_t> linkedEventCount(std::int64_t alertId);

    Connection& m_conn;
    Statement m_find, m_insert, m_update, m_merge, m_countLinks, m_linkEvent, m_technique, m_tactic;
};

}  // namespace hitome::core
