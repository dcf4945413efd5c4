// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Gathers what one detection pass found, before anything is written: rule
// hits grouped by (rule, process) with counts and linked events, and the
// phase commands seen in process creations.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/detect/recon_burst_detector.h"
#include "core/store/stored_event.h"
#include "core/util/time.h"

namespace hitome::core {

struct RuleHitGroup {
    int rule = -1;
    std::string processKey;
    std::optional<std::int64_t> hostId, processId;
    std::string computer, user;
    Ticks first = 0, last = 0;
    std::int64_t count = 0;
    std::vector<std::int64_t> eventIds;   // capped at kMaxLinkedEvents
};

class DetectionCollector {
public:
    static constexpr size_t kMaxLinkedEvents = 1000;

    void addHits(const StoredEvent& stored, const std::vector<int>& rules);
    // Classifies a process creation (Sysmon 1 / Security 4688); others are ignored.
    void observeProcess(const StoredEvent& stored);

    // Goes on from an earlier run that stopped at its last event: the phase
    // commands and cmd.exe shells it had seen (loadReconState).
    void restore(std::vector<ReconObservation> observations, std::unordered_map<std::string, std::string> shells);

    const std::map<std::pair<int, std::string>, RuleHitGroup>& groups() const { return m_groups; }
    const std::vector<ReconObservation>& observations() const { return m_observations; }
    // observations()[0, restoredCount()) came from restore(); the rest are new.
    size_t restoredCount() const { return m_restored; }
    // The shells this run saw (shell key, parent key), to keep for the next.
    const std::vector<std::pair<std::string, std::string>>& newShells() const { return m_newShells; }
    std::uint64_t hitCount() const { return m_hits; }

private:
    std::map<std::pair<int, std::string>, RuleHitGroup> m_groups;
    std::vector<ReconObservation> m_observations;
    // cmd.exe instances seen: their guid → the parent key of whoever started
    // them, so "cmd /c net user" groups under the real shell.
    std::unordered_map<std::string, std::string> m_cmdParent;
    std::vector<std::pair<std::string, std::string>> m_newShells;
    size_t m_restored = 0;
    std::uint64_t m_hits = 0;
};

// Whether the event records a process creation (Sysmon 1 or Security 4688).
bool isProcessCreation(const WinEvent& event);
// "DOMAIN\name" for the account that ran the process ("" when unknown).
std::string processUser(const WinEvent& event);

}  // namespace hitome::core
