// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/report_vocabulary.h"

#include <algorithm>

#include "core/attack/attack_catalog.h"
#include "core/explain/command_explainer.h"
#include "core/kb/knowledge_base.h"

namespace hitome::core {
namespace {

constexpr size_t kMaxSentences = 8;

void appendIfNew(std::vector<std::string>& sentences, const std::string& s) {
    if (!s.empty() && sentences.size() < kMaxSentences &&
        std::find(sentences.begin(), sentences.end(), s) == sentences.end())
        sentences.push_back(s);
}

// What the binary is, then the findings, then the same for nested commands
// (the program a task runs, each part of a cmd chain).
void collectSentences(const Explanation& e, Lang lang, std::vector<std::string>& sentences) {
    appendIfNew(sentences, e.binarySummary.in(lang));
    for (const auto& f : e.findings) appendIfNew(sentences, f.text.in(lang));
    for (const auto& n : e.nested) collectSentences(n, lang, sentences);
}

ExplainedCommand toExplainedCommand(const Explanation& e, const KnowledgeBase* kb, Lang lang) {
    ExplainedCommand out;
    const Explanation* main = &e;
    if (e.isChain() && !e.nested.empty()) main = &e.nested.front();
    out.binary = main->binary.canonicalName;
    if (kb) {
        if (const KbEntry* entry = kb->find(out.binary); entry && entry->phase) out.phase = *entry->phase;
    }
    collectSentences(e, lang, out.sentences);
    return out;
}

}  // namespace

ReportVocabulary makeReportVocabulary(const AttackCatalog& catalog, const KnowledgeBase* kb,
                                      const CommandExplainer* explainer, ReportLanguage lang) {
    ReportVocabulary v;
    for (const auto& t : catalog.tacticsInMatrixOrder()) v.tacticOrder.push_back(t.id);
    const bool isJapanese = lang == ReportLanguage::Japanese;
    v.tacticName = [&catalog, isJapanese](const std::string& id) {
        const Tactic* t = catalog.tactic(id);
        if (!t) return id;
        return isJapanese && !t->nameJa.empty() ? t->nameJa : t->name;
    };
    v.techniqueName = [&catalog](const std::string& id) {
        const Technique* t = catalog.technique(id);
        return t ? t->name : std::string();
    };
    v.techniqueUrl = [&catalog](const std::string& id) {
        const Technique* t = catalog.technique(id);
        return t ? t->url : std::string();
    };
    if (explainer) {
        const Lang explainLang = isJapanese ? Lang::Ja : Lang::En;
        v.explain = [explainer, kb, explainLang](const std::string& commandLine) {
            return toExplainedCommand(explainer->explain(commandLine), kb, explainLang);
        };
    }
    return v;
}

}  // namespace hitome::core
