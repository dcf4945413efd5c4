// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/applocker_selection.h"

#include <map>

#include "core/explain/command_explainer.h"
#include "core/kb/knowledge_base.h"
#include "core/store/connection.h"
#include "core/store/statement.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

// Command lines of every process and recon command the case knows.
constexpr const char* kCommandLinesSql = R"SQL(
SELECT command_line FROM processes WHERE command_line IS NOT NULL AND command_line <> ''
UNION SELECT command_line FROM evidence WHERE command_line IS NOT NULL AND command_line <> ''
UNION SELECT coalesce(command_line, command) FROM recon_commands
LIMIT 200000)SQL";

bool hasExecutablePath(const KbEntry& entry) {
    for (const auto& p : entry.paths)
        if (endsWithNoCase(p, ".exe")) return true;
    return false;
}

AppLockerTarget targetFor(const KbEntry& entry) {
    AppLockerTarget t;
    t.binary = entry.name;
    for (const auto& p : entry.paths)
        if (endsWithNoCase(p, ".exe")) t.paths.push_back(p);
    t.reason = "Attacker command (" + entry.phase.value_or("") + " phase) seen in this incident.";
    return t;
}

// The binary a command line runs, following cmd /c chains to their parts.
void collectBinaries(const Explanation& e, std::vector<std::string>& out) {
    if (!e.binary.isEmpty()) out.push_back(e.binary.canonicalName);
    for (const auto& n : e.nested) collectBinaries(n, out);
}

}  // namespace

Result<std::vector<AppLockerTarget>> attackerCommandTargets(Connection& conn, const KnowledgeBase& kb,
                                                            const CommandExplainer& explainer) {
    Statement st(conn, kCommandLinesSql);
    std::map<std::string, AppLockerTarget> targets;
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) break;
        std::vector<std::string> binaries;
        collectBinaries(explainer.explain(st.columnText(0)), binaries);
        for (const auto& binary : binaries) {
            const KbEntry* entry = kb.find(binary);
            if (entry && entry->phase && hasExecutablePath(*entry)) targets.emplace(entry->name, targetFor(*entry));
        }
    }
    std::vector<AppLockerTarget> out;
    for (auto& [name, t] : targets) out.push_back(std::move(t));
    return out;
}

std::vector<AppLockerTarget> namedTargets(const std::vector<std::string>& names, const KnowledgeBase& kb) {
    std::vector<AppLockerTarget> out;
    for (const auto& name : names) {
        if (const KbEntry* entry = kb.find(name); entry && hasExecutablePath(*entry)) {
            out.push_back(targetFor(*entry));
            out.back().reason = "Chosen by the analyst.";
        } else {
            const std::string binary = endsWithNoCase(name, ".exe") ? name : name + ".exe";
            out.push_back({binary, {}, "Chosen by the analyst."});
        }
    }
    return out;
}

}  // namespace hitome::core
