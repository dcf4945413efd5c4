// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Entry point: explains one command line with the knowledge base. Splits
// cmd.exe chains, identifies the binary, fills every argument's meaning from
// the KB switch table, then runs the binary's explainer (schtasks, at, wmic,
// net, reg, sc, powershell, cmd, rundll32, regsvr32, mshta, certutil,
// bitsadmin, netsh...). Never executes anything; bounded in time and size.

#include <string_view>

#include "core/explain/explanation.h"
#include "core/kb/knowledge_base.h"

namespace hitome::core {

class CommandExplainer {
public:
    // `kb` may be null (explanations then carry no KB text); it must outlive this.
    explicit CommandExplainer(const KnowledgeBase* kb) : m_kb(kb) {}

    Explanation explain(std::string_view commandLine) const;

    static constexpr int kMaxNesting = 6;
    static constexpr size_t kMaxArguments = 4096;   // further arguments are kept as one

private:
    Explanation explainAt(std::string_view commandLine, int depth) const;
    Explanation explainChain(std::string_view commandLine, int depth) const;
    Explanation explainSingle(std::string_view commandLine, int depth) const;

    const KnowledgeBase* m_kb;
};

}  // namespace hitome::core
