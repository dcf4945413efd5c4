// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one binary-specific explainer works on: the split arguments, the
// Explanation being filled, the knowledge base, and helpers that keep the
// explainers short (argument meanings, entities, findings, nesting).

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/explain/command_line_tokenizer.h"
#include "core/explain/explanation.h"
#include "core/kb/knowledge_base.h"

namespace hitome::core {

class ExplainContext {
public:
    using Recurse = std::function<Explanation(std::string_view commandLine, int depth)>;

    ExplainContext(Explanation& ex, std::vector<ArgToken> args, const KnowledgeBase* kb, const KbEntry* entry,
                   int depth, Recurse recurse);

    // Arguments after the program (index 0 = first argument).
    size_t count() const { return m_args.size() - 1; }
    const std::string& arg(size_t i) const { return m_args[i + 1].value; }
    // The raw command-line text from argument i to the end (for cmd /c etc.).
    std::string_view rawFrom(size_t i) const;
    const std::string& commandLine() const { return m_commandLine; }

    // Sets the meaning of argument i from the KB switch `kbSwitch` (or the
    // argument's own switch name) and marks its role.
    void describeSwitch(size_t i, std::string_view kbSwitch = {});
    // Marks argument i as the value of an entity and records the entity.
    void describeValue(size_t i, std::string_view entityKind, std::string_view value);
    void describe(size_t i, LocalizedText meaning, std::string role);
    // Gives arguments i, i+1... the meaning of the longest KB switch or phrase
    // ("process call create") matching them; later words of a phrase point
    // back to it. `words` stands in for the arguments' text when given
    // (netsh's expanded abbreviations). Returns the words used (0: none).
    size_t describeKbPhrase(size_t i, std::span<const std::string> words = {});
    void entity(std::string_view kind, std::string_view value);
    // Replaces argument i's text (and its span in commandLine) with a mask.
    void maskArgument(size_t i, std::string_view prefix = {});

    void finding(std::string_view code, Severity severity, FindingParams params = {});
    void technique(std::string_view id);
    void addLayers(std::vector<DecodedLayer> layers);
    // Explains `commandLine` as a nested explanation with `role`.
    Explanation& nest(std::string_view commandLine, std::string_view role);

    Explanation& explanation() { return m_ex; }
    const KbEntry* entry() const { return m_entry; }
    const KnowledgeBase* knowledgeBase() const { return m_kb; }
    int depth() const { return m_depth; }

    // Applies the masks to the explanation's command line; call once at the end.
    void finish();

private:
    struct Mask {
        size_t begin, end;
        std::string replacement;
    };
    Explanation& m_ex;
    std::vector<ArgToken> m_args;
    std::string m_commandLine;
    const KnowledgeBase* m_kb;
    const KbEntry* m_entry;
    int m_depth;
    Recurse m_recurse;
    std::vector<Mask> m_masks;
};

// A binary-specific explainer: fills `ctx` from the arguments.
using Explainer = void (*)(ExplainContext& ctx);

// The explainer for a binary stem ("schtasks", "net1"...), or nullptr.
Explainer explainerFor(std::string_view stem);

// Entity kind labels ("task name" / "タスク名") for argument meanings.
LocalizedText entityLabel(std::string_view kind);

}  // namespace hitome::core
