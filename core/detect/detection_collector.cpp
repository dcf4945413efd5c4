// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/detection_collector.h"

#include "core/detect/recon_classifier.h"
#include "core/util/text.h"

namespace hitome::core {

namespace {

std::string fieldOr(const WinEvent& e, std::string_view a, std::string_view b = {}) {
    if (const std::string* v = e.field(a)) return *v;
    if (!b.empty())
        if (const std::string* v = e.field(b)) return *v;
    return {};
}

bool isSysmon(const WinEvent& e) {
    return equalsNoCase(e.channel, "Microsoft-Windows-Sysmon/Operational") ||
           equalsNoCase(e.provider, "Microsoft-Windows-Sysmon");
}

std::string processKey(const StoredEvent& s) {
    if (s.processId) return "p:" + std::to_string(*s.processId);
    // Process access and remote threads name the acting process "Source...".
    const std::string guid = fieldOr(s.event, "ProcessGuid", "SourceProcessGuid");
    if (!guid.empty()) return "g:" + toLowerAscii(s.event.computer) + ":" + toLowerAscii(guid);
    return "e:" + std::to_string(s.id);
}

// The identity of the process that started this one.
std::string parentKey(const WinEvent& e) {
    if (isSysmon(e)) {
        const std::string guid = fieldOr(e, "ParentProcessGuid");
        if (!guid.empty()) return "g:" + toLowerAscii(guid);
        const std::string pid = fieldOr(e, "ParentProcessId");
        return pid.empty() ? std::string() : "pid:" + pid + ":" + toLowerAscii(fieldOr(e, "ParentImage"));
    }
    const std::string pid = fieldOr(e, "ProcessId");   // 4688: the creator
    return pid.empty() ? std::string() : "pid:" + toLowerAscii(pid) + ":" + toLowerAscii(fieldOr(e, "ParentProcessName"));
}

}  // namespace

bool isProcessCreation(const WinEvent& e) {
    if (e.eventId == 1) return isSysmon(e);
    return e.eventId == 4688 && (equalsNoCase(e.channel, "Security") ||
                                 equalsNoCase(e.provider, "Microsoft-Windows-Security-Auditing"));
}

std::string processUser(const WinEvent& e) {
    if (isSysmon(e)) return fieldOr(e, "User");
    const std::string name = fieldOr(e, "TargetUserName", "SubjectUserName");
    const std::string domain = fieldOr(e, "TargetDomainName", "SubjectDomainName");
    if (name.empty() || name == "-") return fieldOr(e, "SubjectDomainName") + "\\" + fieldOr(e, "SubjectUserName");
    return domain.empty() ? name : domain + "\\" + name;
}

void DetectionCollector::addHits(const StoredEvent& s, const std::vector<int>& rules) {
    if (rules.empty()) return;
    const std::string key = processKey(s);
    for (int rule : rules) {
        ++m_hits;
        auto [it, isNew] = m_groups.try_emplace({rule, key});
        RuleHitGroup& g = it->second;
        if (isNew) {
            g.rule = rule;
            g.processKey = key;
            g.hostId = s.hostId;
            g.processId = s.processId;
            g.computer = s.event.computer;
            g.user = isProcessCreation(s.event) ? processUser(s.event) : std::string();
            g.first = g.last = s.event.time;
        }
        g.first = std::min(g.first, s.event.time);
        g.last = std::max(g.last, s.event.time);
        ++g.count;
        if (g.eventIds.size() < kMaxLinkedEvents) g.eventIds.push_back(s.id);
    }
}

void DetectionCollector::restore(std::vector<ReconObservation> observations,
                                 std::unordered_map<std::string, std::string> shells) {
    m_observations = std::move(observations);
    m_restored = m_observations.size();
    m_cmdParent = std::move(shells);
    m_newShells.clear();
}

void DetectionCollector::observeProcess(const StoredEvent& s) {
    const WinEvent& e = s.event;
    if (!isProcessCreation(e)) return;
    const bool sysmon = isSysmon(e);
    const std::string image = fieldOr(e, sysmon ? "Image" : "NewProcessName");
    const std::string commandLine = fieldOr(e, "CommandLine", "ProcessCommandLine");
    std::string parent = parentKey(e);
    if (auto it = m_cmdParent.find(parent); it != m_cmdParent.end()) parent = it->second;
    if (sysmon && endsWithNoCase(image, "\\cmd.exe")) {
        const std::string guid = fieldOr(e, "ProcessGuid");
        if (!guid.empty()) {
            std::string shell = "g:" + toLowerAscii(guid);
            m_cmdParent[shell] = parent;
            m_newShells.emplace_back(std::move(shell), parent);
        }
    }
    auto command = classifyReconCommand(image, commandLine);
    if (!command) return;
    ReconObservation o;
    o.eventId = s.id;
    o.hostId = s.hostId;
    o.host = e.computer;
    o.parentKey = parent;
    o.parentImage = fieldOr(e, sysmon ? "ParentImage" : "ParentProcessName");
    o.user = processUser(e);
    o.time = e.time;
    o.processId = s.processId;
    o.command = std::move(*command);
    m_observations.push_back(std::move(o));
}

}  // namespace hitome::core
