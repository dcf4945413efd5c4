// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explain/command_explainer.h"

#include "core/explain/command_line_tokenizer.h"
#include "core/explain/command_switch.h"
#include "core/explain/explain_context.h"
#include "core/explain/finding_catalog.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

// cmd.exe and PowerShell parse chains and pipes themselves: a command line
// starting one of them is not split here.
bool startsShell(std::string_view commandLine) {
    const auto tokens = splitCommandLine(commandLine.substr(0, std::min<size_t>(commandLine.size(), 1024)));
    if (tokens.empty()) return false;
    const std::string stem = identifyBinary(tokens[0].value).stem;
    return stem == "powershell" || stem == "pwsh" || stem == "powershell_ise" || stem == "cmd";
}

// Folds arguments beyond the cap into the last one so that work stays bounded.
void capArguments(std::vector<ArgToken>& tokens, std::string_view commandLine, size_t cap) {
    if (tokens.size() <= cap) return;
    ArgToken& last = tokens[cap - 1];
    last.end = tokens.back().end;
    last.value = std::string(commandLine.substr(last.begin, last.end - last.begin));
    tokens.resize(cap);
}

// Commands that cmd.exe runs itself: there is no program file to look at.
bool isCmdBuiltin(const BinaryIdentity& id) {
    if (id.hasPath || id.fileName.find('.') != std::string::npos) return false;
    for (std::string_view b : {"echo", "copy", "del", "erase", "move", "ren", "rename", "md", "mkdir", "rd", "rmdir",
                               "cd", "chdir", "pushd", "popd", "start", "call", "exit", "cls", "title", "for", "if",
                               "goto", "vol", "mklink", "assoc", "ftype", "path", "prompt", "shift", "setlocal", "endlocal"})
        if (id.stem == b) return true;
    return false;
}

void addBinaryFindings(ExplainContext& ctx, const KbEntry* entry, bool hasKb) {
    const BinaryIdentity& id = ctx.explanation().binary;
    if (!entry && isCmdBuiltin(id)) {
        ctx.finding("cmd.builtin", Severity::Informational, {{"command", id.fileName}});
        return;
    }
    if (!entry) {
        if (hasKb) ctx.finding("binary.unknown", Severity::Informational, {{"binary", id.fileName}});
        if (id.hasPath && isUserWritablePath(id.asWritten))
            ctx.finding("binary.user_writable", Severity::Medium,
                        {{"path", id.asWritten}, {"folder", id.asWritten.substr(0, id.asWritten.find_last_of("\\/"))}});
        return;
    }
    bool isExpectedPlace = !id.hasPath || entry->paths.empty() || !id.isFullPath;
    for (const auto& p : entry->paths) {
        const std::string dir = identifyBinary(p).directory;
        if (id.directory == dir || id.directory.find("%") != std::string::npos) isExpectedPlace = true;
        // 32-bit copies live in SysWOW64 next to System32.
        if (dir.find("\\system32") != std::string::npos &&
            id.directory == dir.substr(0, dir.find("\\system32")) + "\\syswow64" + dir.substr(dir.find("\\system32") + 9))
            isExpectedPlace = true;
    }
    if (!isExpectedPlace) {
        ctx.finding("binary.masquerade", Severity::High,
                    {{"binary", entry->name}, {"expected", entry->paths.front()}, {"path", id.asWritten}});
        ctx.technique("T1036.005");
        return;
    }
    ctx.finding("binary.known", Severity::Informational, {{"binary", entry->name}, {"kind", entry->kind}});
}

// Words the explainer left unexplained (subcommands such as "add rule" or
// "shadowcopy delete") get their meaning from the KB's switch table.
void describeRemainingWords(ExplainContext& ctx) {
    const auto& args = ctx.explanation().arguments;
    for (size_t i = 0; i < ctx.count();) {
        const ExplainedArgument& a = args[i + 1];
        const bool isOpen = a.meaning.isEmpty() && (a.role == "argument" || a.role == "switch");
        const size_t used = isOpen ? ctx.describeKbPhrase(i) : 0;
        i += used ? used : 1;
    }
}

}  // namespace

Explanation CommandExplainer::explain(std::string_view commandLine) const { return explainAt(commandLine, 0); }

Explanation CommandExplainer::explainAt(std::string_view commandLine, int depth) const {
    commandLine = trim(commandLine);
    if (depth <= kMaxNesting && hasCmdChain(commandLine) && !startsShell(commandLine)) {
        if (splitCmdChain(commandLine).size() > 1) return explainChain(commandLine, depth);
    }
    return explainSingle(commandLine, depth);
}

Explanation CommandExplainer::explainChain(std::string_view commandLine, int depth) const {
    Explanation ex;
    ex.commandLine = std::string(commandLine);
    const auto segments = splitCmdChain(commandLine);
    for (const auto& seg : segments) {
        if (ex.nested.size() >= kMaxArguments) break;
        Explanation child = explainSingle(seg.text, depth + 1);
        child.role = "chain segment";
        for (const auto& r : seg.redirections)   // cut from seg.text by splitCmdChain
            if (!r.target.empty()) {
                child.findings.push_back(makeFinding("cmd.redirect", Severity::Low, {{"target", r.target}}));
                child.entities.push_back({"file", r.target});
            }
        child.chainOperator = std::string(chainOperatorText(seg.next));
        ex.nested.push_back(std::move(child));
    }
    return ex;
}

Explanation CommandExplainer::explainSingle(std::string_view commandLine, int depth) const {
    Explanation ex;
    ex.commandLine = std::string(commandLine);
    std::string text(commandLine);
    std::vector<Redirection> redirections;
    if (hasCmdChain(commandLine) || commandLine.find_first_of("<>") != std::string_view::npos) {
        // Redirections belong to cmd.exe, not to the program.
        const auto segs = splitCmdChain(commandLine);
        if (segs.size() == 1 && !segs[0].redirections.empty() && !startsShell(commandLine)) {
            text = segs[0].text;
            redirections = segs[0].redirections;
        }
    }
    auto tokens = splitCommandLine(text);
    if (tokens.empty()) return ex;
    ex.commandLine = text;
    capArguments(tokens, text, kMaxArguments);
    ex.binary = identifyBinary(tokens[0].value);
    const KbEntry* entry = m_kb ? m_kb->find(tokens[0].value) : nullptr;
    if (entry) {
        ex.kbName = entry->name;
        ex.binarySummary = entry->summary;
        ex.nextSteps = entry->nextSteps;
    }
    for (size_t i = 0; i < tokens.size(); ++i) {
        ExplainedArgument a;
        a.text = tokens[i].value;
        a.role = i == 0 ? "program" : parseSwitch(a.text) ? "switch" : "argument";
        if (i == 0 && entry) a.meaning = entry->summary;
        ex.arguments.push_back(std::move(a));
    }
    ExplainContext ctx(ex, std::move(tokens), m_kb, entry, depth,
                       [this](std::string_view cl, int d) { return d > kMaxNesting ? Explanation{} : explainAt(cl, d); });
    for (size_t i = 0; i < ctx.count(); ++i)
        if (ex.arguments[i + 1].role == "switch") ctx.describeSwitch(i);
    addBinaryFindings(ctx, entry, m_kb && !m_kb->isEmpty());
    for (const auto& r : redirections)
        if (!r.target.empty()) {
            ctx.finding("cmd.redirect", Severity::Low, {{"target", r.target}});
            ctx.entity("file", r.target);
        }
    if (Explainer explainer = explainerFor(ex.binary.stem)) {
        explainer(ctx);
    } else if (entry && !ctx.explanation().hasFinding("binary.masquerade")) {
        for (const auto& t : entry->techniques) ctx.technique(t);
        if (entry->phase && (*entry->phase == "initial-recon" || *entry->phase == "exploration"))
            ctx.finding("recon.command", Severity::Low, {{"binary", entry->name}});
    }
    describeRemainingWords(ctx);
    ctx.finish();
    return ex;
}

}  // namespace hitome::core
