// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A set of compiled Sigma rules, indexed by channel and event ID so that an
// event meets only the rules that could match it. Loading never stops at a
// bad rule: each one is reported (unsupported or error) and skipped.
// Matching is const and thread-safe; each thread brings its own view.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/detect/candidate_list.h"
#include "core/detect/rule_prefilter.h"
#include "core/detect/sigma_field_table.h"
#include "core/detect/sigma_limits.h"
#include "core/detect/sigma_rule.h"
#include "core/model/win_event.h"

namespace hitome::core {

class SigmaEventView;

struct RuleLoadIssue {
    std::string source;   // file path or resource name
    std::string reason;   // one line
};

struct RuleLoadReport {
    int loaded = 0;
    std::vector<RuleLoadIssue> unsupported;   // valid Sigma we cannot run
    std::vector<RuleLoadIssue> errors;        // broken or over a limit
    std::vector<RuleLoadIssue> duplicates;    // same id loaded earlier: skipped
    int total() const { return loaded + static_cast<int>(unsupported.size() + errors.size() + duplicates.size()); }
};

class RuleSet {
public:
    explicit RuleSet(SigmaLimits limits = {});
    RuleSet(RuleSet&&) noexcept;
    RuleSet& operator=(RuleSet&&) noexcept;
    ~RuleSet();

    // Every *.yml / *.yaml under `dir`, recursively, in path order.
    void addDirectory(const std::filesystem::path& dir, RuleLoadReport& report);
    // One rule file's bytes; `sourceName` names it in the report.
    void addRuleText(std::string_view yamlText, const std::string& sourceName, RuleLoadReport& report);
    // Builds the candidate index; call after the last add and before matching.
    // Without the literal prefilter every candidate rule is evaluated (tests
    // compare both ways).
    void finalize(bool usePrefilter = true);

    const std::vector<SigmaRule>& rules() const { return m_rules; }
    const SigmaFieldTable& fields() const { return m_fields; }
    int indexOf(std::string_view ruleId) const;   // -1 when absent
    // Identifies the loaded rules' texts, in load order: a case scanned with
    // the same fingerprint needs only its new events scanned again.
    const std::string& fingerprint() const { return m_fingerprint; }

    // Appends to `hits` the indexes of the rules `event` matches.
    // `view` must have been made from fields() (one per thread).
    void match(const WinEvent& event, SigmaEventView& view, std::vector<int>& hits) const;
    // How many rules the index offers this event (for benchmarks).
    size_t candidateCount(const WinEvent& event) const;
    // How many of those the prefilter lets through to evaluation.
    size_t evaluationCount(const WinEvent& event, SigmaEventView& view) const;
    // Bytes of the prefilter's automata.
    size_t prefilterBytes() const;
    const RulePrefilter& prefilter() const { return m_prefilter; }

private:
    struct ChannelIndex {
        std::unordered_map<std::uint32_t, CandidateList> byEventId;
        CandidateList anyEventId;
    };
    template <typename Fn>
    void forEachList(const SigmaEventView& view, Fn&& fn) const;
    void collectCandidates(const WinEvent& event, SigmaEventView& view) const;
    void indexRule(int index);

    SigmaLimits m_limits;
    SigmaFieldTable m_fields;
    std::vector<SigmaRule> m_rules;
    std::unordered_map<std::string, int> m_byId;
    std::unordered_map<std::string, ChannelIndex> m_index;
    CandidateList m_anyChannel;
    RulePrefilter m_prefilter;
    std::string m_fingerprint;
};

}  // namespace hitome::core
