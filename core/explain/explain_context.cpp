// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explain/explain_context.h"

#include <algorithm>

#include "core/explain/command_switch.h"
#include "core/explain/finding_catalog.h"

namespace hitome::core {

namespace {
constexpr std::string_view kMask = "********";
}

ExplainContext::ExplainContext(Explanation& ex, std::vector<ArgToken> args, const KnowledgeBase* kb,
                               const KbEntry* entry, int depth, Recurse recurse)
    : m_ex(ex), m_args(std::move(args)), m_commandLine(ex.commandLine), m_kb(kb), m_entry(entry), m_depth(depth),
      m_recurse(std::move(recurse)) {}

std::string_view ExplainContext::rawFrom(size_t i) const {
    if (i + 1 >= m_args.size()) return {};
    return std::string_view(m_commandLine).substr(m_args[i + 1].begin);
}

void ExplainContext::describeSwitch(size_t i, std::string_view kbSwitch) {
    if (i >= count()) return;
    auto& a = m_ex.arguments[i + 1];
    a.role = "switch";
    if (!m_entry) return;
    std::string name(kbSwitch);
    if (name.empty()) name = arg(i).substr(0, arg(i).find_first_of(":="));   // "/user:x" looks up "/user"
    if (const KbSwitch* s = m_entry->findSwitch(name)) a.meaning = s->meaning;
}

void ExplainContext::describe(size_t i, LocalizedText meaning, std::string role) {
    if (i >= count()) return;
    m_ex.arguments[i + 1].meaning = std::move(meaning);
    m_ex.arguments[i + 1].role = std::move(role);
}

size_t ExplainContext::describeKbPhrase(size_t i, std::span<const std::string> words) {
    if (!m_entry || i >= count()) return 0;
    constexpr size_t kLongestPhrase = 8;
    std::vector<std::string_view> view;
    for (size_t k = 0; k < kLongestPhrase; ++k) {
        if (words.empty() ? i + k >= count() : k >= words.size()) break;
        view.emplace_back(words.empty() ? arg(i + k) : words[k]);
    }
    size_t used = 0;
    const KbSwitch* s = m_entry->matchSwitchWords(view, used);
    if (!s || i + used > count()) return 0;
    describe(i, s->meaning, used > 1 ? "subcommand" : m_ex.arguments[i + 1].role);
    std::string phrase;
    for (size_t k = 0; k < used; ++k) phrase.append(k ? " " : "").append(view[k]);
    LocalizedText partOf;
    partOf.en.append("Part of \"").append(phrase).append("\" (see above)");
    partOf.ja.append("「").append(phrase).append("」の一部（上を参照）");
    for (size_t k = 1; k < used; ++k) describe(i + k, partOf, "subcommand");
    return used;
}

void ExplainContext::describeValue(size_t i, std::string_view kind, std::string_view value) {
    if (i >= count()) return;
    auto& a = m_ex.arguments[i + 1];
    a.role = "value";
    if (a.meaning.isEmpty()) a.meaning = entityLabel(kind);
    entity(kind, value);
}

void ExplainContext::entity(std::string_view kind, std::string_view value) {
    for (const auto& e : m_ex.entities)
        if (e.kind == kind && e.value == value) return;
    m_ex.entities.push_back({std::string(kind), std::string(value)});
}

void ExplainContext::maskArgument(size_t i, std::string_view prefix) {
    if (i >= count()) return;
    const ArgToken& t = m_args[i + 1];
    const std::string replacement = std::string(prefix) + std::string(kMask);
    m_ex.arguments[i + 1].text = replacement;
    m_masks.push_back({t.begin, t.end, replacement});
}

void ExplainContext::finish() {
    std::sort(m_masks.begin(), m_masks.end(), [](const Mask& a, const Mask& b) { return a.begin > b.begin; });
    for (const auto& m : m_masks)
        if (m.end <= m_ex.commandLine.size()) m_ex.commandLine.replace(m.begin, m.end - m.begin, m.replacement);
    m_masks.clear();
}

void ExplainContext::finding(std::string_view code, Severity severity, FindingParams params) {
    for (const auto& f : m_ex.findings)
        if (f.code == code && f.params == params) return;
    m_ex.findings.push_back(makeFinding(code, severity, std::move(params)));
}

void ExplainContext::technique(std::string_view id) {
    if (std::find(m_ex.techniques.begin(), m_ex.techniques.end(), id) == m_ex.techniques.end())
        m_ex.techniques.emplace_back(id);
}

void ExplainContext::addLayers(std::vector<DecodedLayer> layers) {
    for (auto& l : layers) m_ex.decoded.push_back(std::move(l));
}

Explanation& ExplainContext::nest(std::string_view commandLine, std::string_view role) {
    Explanation child = m_recurse(commandLine, m_depth + 1);
    child.role = std::string(role);
    m_ex.nested.push_back(std::move(child));
    return m_ex.nested.back();
}

}  // namespace hitome::core
