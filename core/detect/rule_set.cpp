// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/rule_set.h"

#include <algorithm>
#include <fstream>

#include "core/detect/sigma_event_view.h"
#include "core/detect/sigma_rule_compiler.h"
#include "core/detect/rule_event_ids.h"
#include "core/util/text.h"

namespace hitome::core {

RuleSet::RuleSet(SigmaLimits limits) : m_limits(limits) {}
RuleSet::RuleSet(RuleSet&&) noexcept = default;
RuleSet& RuleSet::operator=(RuleSet&&) noexcept = default;
RuleSet::~RuleSet() = default;

void RuleSet::addDirectory(const std::filesystem::path& dir, RuleLoadReport& report) {
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (std::filesystem::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const auto ext = toLowerAscii(it->path().extension().string());
        if ((ext == ".yml" || ext == ".yaml") && it->is_regular_file(ec)) files.push_back(it->path());
    }
    if (ec) report.errors.push_back({dir.string(), "cannot read directory: " + ec.message()});
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        const auto size = std::filesystem::file_size(file, ec);
        if (ec) { report.errors.push_back({file.string(), "cannot read: " + ec.message()}); continue; }
        if (size > m_limits.maxFileBytes) {
            report.errors.push_back({file.string(), "rule file is larger than " + std::to_string(m_limits.maxFileBytes) + " bytes"});
            continue;
        }
        std::ifstream in(file, std::ios::binary);
        std::string text(static_cast<size_t>(size), '\0');
        if (!in.read(text.data(), static_cast<std::streamsize>(size))) {
            report.errors.push_back({file.string(), "cannot read file"});
            continue;
        }
        addRuleText(text, file.string(), report);
    }
}

void RuleSet::addRuleText(std::string_view yamlText, const std::string& sourceName, RuleLoadReport& report) {
    SigmaRuleCompiler compiler(m_fields, m_limits);
    auto rule = compiler.compile(yamlText, sourceName);
    if (!rule) {
        Error e = rule.error();
        e.file.clear();   // the source is reported beside the reason
        auto& list = e.code == ErrorCode::Unsupported ? report.unsupported : report.errors;
        list.push_back({sourceName, e.message()});
        return;
    }
    std::string id = rule->info.id.empty() ? sourceName : rule->info.id;
    if (m_byId.count(id)) {
        report.duplicates.push_back({sourceName, "rule id " + id + " already loaded"});
        return;
    }
    m_byId.emplace(id, static_cast<int>(m_rules.size()));
    m_rules.push_back(std::move(*rule));
    ++report.loaded;
}

int RuleSet::indexOf(std::string_view ruleId) const {
    const auto it = m_byId.find(std::string(ruleId));
    return it == m_byId.end() ? -1 : it->second;
}

void RuleSet::finalize() {
    m_index.clear();
    m_anyChannel.clear();
    for (int i = 0; i < static_cast<int>(m_rules.size()); ++i) indexRule(i);
}

void RuleSet::indexRule(int index) {
    const SigmaRule& rule = m_rules[static_cast<size_t>(index)];
    // Service rules name no event ID; their condition often does.
    const std::vector<std::uint32_t> conditionIds = requiredEventIds(rule, m_fields);
    for (const auto& target : rule.logsource.targets) {
        if (target.channel == "*") {
            m_anyChannel.push_back(index);
            continue;
        }
        ChannelIndex& ch = m_index[target.channel];
        const auto& ids = target.eventIds.empty() ? conditionIds : target.eventIds;
        if (ids.empty()) ch.anyEventId.push_back(index);
        for (auto id : ids) ch.byEventId[id].push_back(index);
    }
}

template <typename Fn>
void RuleSet::forEachCandidate(const WinEvent& event, Fn&& fn) const {
    std::string channel = toLowerAscii(event.channel);
    if (channel.empty()) channel = std::string(channelForProvider(event.provider));
    if (auto it = m_index.find(channel); it != m_index.end()) {
        if (auto byId = it->second.byEventId.find(event.eventId); byId != it->second.byEventId.end())
            for (int i : byId->second) fn(i);
        for (int i : it->second.anyEventId) fn(i);
    }
    for (int i : m_anyChannel) fn(i);
}

void RuleSet::match(const WinEvent& event, SigmaEventView& view, std::vector<int>& hits) const {
    view.bind(event);
    forEachCandidate(event, [&](int i) {
        if (m_rules[static_cast<size_t>(i)].matches(view)) hits.push_back(i);
    });
}

size_t RuleSet::candidateCount(const WinEvent& event) const {
    size_t n = 0;
    forEachCandidate(event, [&](int) { ++n; });
    return n;
}

}  // namespace hitome::core
