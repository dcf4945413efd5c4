// SPDX-License-Identifier: GPL-3.0-or-later
// Key findings by tactic: each group of alerts with the plain-language
// explanation of the commands involved and why the stage matters.
#include <algorithm>
#include <map>
#include <set>

#include "core/report/report_builder.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

constexpr size_t kMaxGroupsPerTactic = 12;
constexpr size_t kMaxCommandsPerGroup = 2;
// Descriptions are for context; a report stays readable whatever the input.
constexpr size_t kMaxDescriptionBytes = 1500;

struct AlertGroup {
    std::string title;
    int severity = 0;
    std::string description;
    std::set<std::string> hosts;
    std::set<std::string> techniques;
    std::vector<std::string> commandLines;
    int count = 0;
};

std::vector<AlertGroup> groupsForTactic(const ReportData& data, const std::string& tacticId) {
    std::map<std::string, AlertGroup> byTitle;
    std::vector<std::string> order;
    for (const auto& a : data.alerts) {
        if (std::find(a.tacticIds.begin(), a.tacticIds.end(), tacticId) == a.tacticIds.end()) continue;
        auto [it, isNew] = byTitle.try_emplace(a.title);
        if (isNew) order.push_back(a.title);
        AlertGroup& g = it->second;
        g.title = a.title;
        if (g.description.empty()) g.description = a.description.substr(0, kMaxDescriptionBytes);
        g.severity = std::max(g.severity, static_cast<int>(a.severity));
        if (!a.host.empty()) g.hosts.insert(a.host);
        g.techniques.insert(a.techniqueIds.begin(), a.techniqueIds.end());
        for (const auto& cmd : a.commandLines)
            if (g.commandLines.size() < kMaxCommandsPerGroup &&
                std::find(g.commandLines.begin(), g.commandLines.end(), cmd) == g.commandLines.end())
                g.commandLines.push_back(cmd);
        ++g.count;
    }
    std::vector<AlertGroup> groups;
    for (const auto& title : order) groups.push_back(std::move(byTitle[title]));
    std::stable_sort(groups.begin(), groups.end(),
                     [](const AlertGroup& x, const AlertGroup& y) { return x.severity > y.severity; });
    if (groups.size() > kMaxGroupsPerTactic) groups.resize(kMaxGroupsPerTactic);
    return groups;
}

// An alert usually carries several tactics; its commands are explained in the
// first section that shows them and referred to after that.
using ExplainedCommands = std::map<std::string, std::string>;   // command line → tactic name

void appendGroup(ReportSection& s, const std::string& tacticName, const AlertGroup& g, const ReportVocabulary& v,
                 ReportLanguage lang, ExplainedCommands& explainedIn) {
    const std::vector<std::string> hosts(g.hosts.begin(), g.hosts.end());
    ReportBlock heading{ReportBlock::Kind::Paragraph,
                        phrase(Phrase::FindingAlerts, lang, {g.title, std::to_string(g.count), joinList(hosts, lang, 5)})};
    heading.isEmphasised = true;
    s.blocks.push_back(heading);
    if (!g.description.empty()) s.blocks.push_back({ReportBlock::Kind::Paragraph, sanitizeUtf8(g.description)});
    for (const auto& cmd : g.commandLines) {
        s.blocks.push_back({ReportBlock::Kind::Code, cmd});
        if (!v.explain) continue;
        if (const auto it = explainedIn.find(cmd); it != explainedIn.end()) {
            s.blocks.push_back({ReportBlock::Kind::Paragraph, phrase(Phrase::ExplainedAbove, lang, {it->second})});
            continue;
        }
        explainedIn.emplace(cmd, tacticName);
        const ExplainedCommand explained = v.explain(cmd);
        if (explained.sentences.empty()) continue;
        ReportBlock bullets{ReportBlock::Kind::Bullets};
        bullets.items = explained.sentences;
        s.blocks.push_back(bullets);
    }
    if (!g.techniques.empty()) {
        ReportBlock links{ReportBlock::Kind::Links};
        for (const auto& id : g.techniques) {
            const std::string name = v.techniqueName ? v.techniqueName(id) : std::string();
            links.links.push_back({name.empty() ? id : id + " " + name, v.techniqueUrl ? v.techniqueUrl(id) : ""});
        }
        s.blocks.push_back(links);
    }
}

}  // namespace

std::vector<ReportSection> buildFindingsSections(const ReportData& data, const ReportVocabulary& v,
                                                ReportLanguage lang) {
    std::vector<ReportSection> sections{{phrase(Phrase::KeyFindings, lang), 2, {}}};
    ExplainedCommands explainedIn;
    std::vector<std::string> order = v.tacticOrder;
    order.push_back("other");
    for (const auto& tacticId : order) {
        if (!data.alertsPerTactic.count(tacticId)) continue;
        const std::string name = tacticId == "other" ? phrase(Phrase::Other, lang) : v.tacticName(tacticId);
        ReportSection s{name + " (" + std::to_string(data.alertsPerTactic.at(tacticId)) + ")", 3, {}};
        if (const auto impact = tacticImpact(tacticId, lang); !impact.empty())
            s.blocks.push_back({ReportBlock::Kind::Paragraph, phrase(Phrase::WhyItMatters, lang) + ": " + impact});
        for (const auto& g : groupsForTactic(data, tacticId)) appendGroup(s, name, g, v, lang, explainedIn);
        sections.push_back(std::move(s));
    }
    return sections;
}

}  // namespace hitome::core
