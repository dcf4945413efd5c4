// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/rule_set.h"

#include <algorithm>
#include <fstream>
#include <optional>

#include "core/detect/sigma_event_view.h"
#include "core/detect/sigma_rule_compiler.h"
#include "core/detect/rule_event_ids.h"
#include "core/detect/rule_literals.h"
#include "core/util/sha256.h"
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
    m_fingerprint = sha256Hex(m_fingerprint + sha256Hex(yamlText));
    ++report.loaded;
}

int RuleSet::indexOf(std::string_view ruleId) const {
    const auto it = m_byId.find(std::string(ruleId));
    return it == m_byId.end() ? -1 : it->second;
}

void RuleSet::finalize(bool usePrefilter) {
    m_index.clear();
    m_anyChannel = {};
    for (int i = 0; i < static_cast<int>(m_rules.size()); ++i) indexRule(i);
    std::vector<std::optional<std::vector<RequiredLiteral>>> literals(m_rules.size());
    if (usePrefilter)
        for (size_t i = 0; i < m_rules.size(); ++i) literals[i] = requiredLiterals(m_rules[i]);
    m_prefilter.build(literals, m_fields.size());
    m_anyChannel.build(literals);
    for (auto& [channel, ch] : m_index) {
        ch.anyEventId.build(literals);
        for (auto& [id, list] : ch.byEventId) list.build(literals);
    }
}

void RuleSet::indexRule(int index) {
    const SigmaRule& rule = m_rules[static_cast<size_t>(index)];
    // Service rules name no event ID; their condition often does.
    const std::vector<std::uint32_t> conditionIds = requiredEventIds(rule, m_fields);
    for (const auto& target : rule.logsource.targets) {
        if (target.channel == "*") {
            m_anyChannel.add(index);
            continue;
        }
        ChannelIndex& ch = m_index[target.channel];
        const auto& ids = target.eventIds.empty() ? conditionIds : target.eventIds;
        if (ids.empty()) ch.anyEventId.add(index);
        for (auto id : ids) ch.byEventId[id].add(index);
    }
}

template <typename Fn>
void RuleSet::forEachList(const SigmaEventView& view, Fn&& fn) const {
    if (auto it = m_index.find(view.channelKey()); it != m_index.end()) {
        if (auto byId = it->second.byEventId.find(view.event().eventId); byId != it->second.byEventId.end())
            fn(byId->second);
        fn(it->second.anyEventId);
    }
    fn(m_anyChannel);
}

void RuleSet::collectCandidates(const WinEvent& event, SigmaEventView& view) const {
    view.bind(event);
    CandidateMarks& marks = view.marks();
    std::vector<int>& out = view.candidates();
    marks.startEvent(m_rules.size(), static_cast<size_t>(m_prefilter.literalCount()), static_cast<size_t>(m_fields.size()));
    out.clear();
    // Every slot's candidates first: one scan of a field serves them all.
    forEachList(view, [&](const CandidateList& list) { list.markCandidates(marks, out); });
    forEachList(view, [&](const CandidateList& list) {
        for (int field : list.fields()) {
            if (!marks.markField(field)) continue;
            if (const std::string* text = view.lowered(field)) m_prefilter.scan(field, *text, marks, out);
        }
    });
}

void RuleSet::match(const WinEvent& event, SigmaEventView& view, std::vector<int>& hits) const {
    collectCandidates(event, view);
    const size_t before = hits.size();
    for (int i : view.candidates())
        if (m_rules[static_cast<size_t>(i)].matches(view)) hits.push_back(i);
    std::sort(hits.begin() + static_cast<std::ptrdiff_t>(before), hits.end());   // rule order, whatever found them
}

size_t RuleSet::candidateCount(const WinEvent& event) const {
    SigmaEventView view(m_fields);
    view.bind(event);
    size_t n = 0;
    forEachList(view, [&](const CandidateList& list) { n += list.size(); });
    return n;
}

size_t RuleSet::evaluationCount(const WinEvent& event, SigmaEventView& view) const {
    collectCandidates(event, view);
    return view.candidates().size();
}

size_t RuleSet::prefilterBytes() const { return m_prefilter.tableBytes(); }

}  // namespace hitome::core
