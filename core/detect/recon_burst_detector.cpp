// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/recon_burst_detector.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/util/text.h"

namespace hitome::core {

namespace {

using Groups = std::map<std::pair<std::string, std::string>, std::vector<size_t>>;

ReconBurst summarise(const std::vector<ReconObservation>& obs, std::vector<size_t> members, bool isByUser,
                     const std::string& key) {
    ReconBurst b;
    b.isByUser = isByUser;
    b.key = key;
    b.host = obs[members.front()].host;
    b.first = obs[members.front()].time;
    b.last = obs[members.back()].time;
    for (size_t i : members) {
        const auto& c = obs[i].command;
        if (std::find(b.commands.begin(), b.commands.end(), c.command) == b.commands.end()) b.commands.push_back(c.command);
        b.hasSpread = b.hasSpread || c.phase == ReconPhase::Spread;
    }
    b.members = std::move(members);
    return b;
}

bool qualifies(const std::vector<ReconObservation>& obs, const std::vector<size_t>& members, int minCommands,
               int minPhases) {
    std::set<std::string> commands;
    std::set<ReconPhase> phases;
    for (size_t i : members) {
        commands.insert(obs[i].command.command);
        phases.insert(obs[i].command.phase);
    }
    return static_cast<int>(commands.size()) >= minCommands && static_cast<int>(phases.size()) >= minPhases;
}

// Splits each group into sessions (gaps ≤ maxGap) and keeps those that qualify.
void scanGroups(const std::vector<ReconObservation>& obs, Groups& groups, bool isByUser, int minCommands,
                const ReconBurstThresholds& t, std::vector<ReconBurst>& out) {
    for (auto& [key, members] : groups) {
        std::stable_sort(members.begin(), members.end(), [&](size_t a, size_t b) { return obs[a].time < obs[b].time; });
        std::vector<size_t> session;
        const auto& who = key.second;   // clang 14 cannot capture a structured binding
        auto close = [&] {
            if (!session.empty() && qualifies(obs, session, minCommands, t.minPhases))
                out.push_back(summarise(obs, session, isByUser, who));
            session.clear();
        };
        for (size_t i : members) {
            if (!session.empty() && obs[i].time - obs[session.back()].time > t.maxGap) close();
            session.push_back(i);
        }
        close();
    }
}

}  // namespace

std::vector<ReconBurst> findReconBursts(const std::vector<ReconObservation>& obs, const ReconBurstThresholds& t) {
    Groups byParent, byUser;
    for (size_t i = 0; i < obs.size(); ++i) {
        const std::string host = toLowerAscii(obs[i].host);
        if (!obs[i].parentKey.empty()) byParent[{host, obs[i].parentKey}].push_back(i);
        if (!obs[i].user.empty()) byUser[{host, toLowerAscii(obs[i].user)}].push_back(i);
    }
    std::vector<ReconBurst> out;
    scanGroups(obs, byParent, false, t.minDistinctCommands, t, out);
    std::vector<ReconBurst> userBursts;
    scanGroups(obs, byUser, true, t.userMinDistinctCommands, t, userBursts);
    // A user burst adds nothing when parent bursts already cover its commands.
    std::set<size_t> covered;
    for (const auto& b : out) covered.insert(b.members.begin(), b.members.end());
    for (auto& b : userBursts) {
        const bool isNew = std::any_of(b.members.begin(), b.members.end(), [&](size_t i) { return !covered.count(i); });
        if (isNew) out.push_back(std::move(b));
    }
    return out;
}

}  // namespace hitome::core
