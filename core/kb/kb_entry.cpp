// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kb/kb_entry.h"

#include "core/util/text.h"

namespace hitome::core {
namespace {

// A switch or keyword without its "/" or "-" prefix and trailing ":" or "=".
std::string_view bareName(std::string_view s) {
    s = trim(s);
    while (!s.empty() && (s.front() == '/' || s.front() == '-')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ':' || s.back() == '=')) s.remove_suffix(1);
    return s;
}

std::string_view withoutValueMark(std::string_view s) {
    s = trim(s);
    while (!s.empty() && (s.back() == ':' || s.back() == '=')) s.remove_suffix(1);
    return s;
}

enum class WordMatch { None, Loose, Exact };

// One KB word against one argument: the same spelling (Exact); equal without
// prefixes, or a "key=" / "/key:" word against an argument carrying a value
// such as "action=allow" (Loose).
WordMatch wordMatches(std::string_view kbWord, std::string_view arg) {
    const std::string_view kb = bareName(kbWord);
    if (kb.empty()) return WordMatch::None;
    if (equalsNoCase(trim(kbWord), trim(arg))) return WordMatch::Exact;
    if (equalsNoCase(kb, bareName(arg))) return WordMatch::Loose;
    // "/user:corp\adm" against "/user": a switch with its value attached.
    const size_t mark = arg.find_first_of(":=");
    if (mark != std::string_view::npos && mark > 0 && equalsNoCase(withoutValueMark(kbWord), trim(arg.substr(0, mark))))
        return WordMatch::Loose;
    const char last = kbWord.empty() ? 0 : kbWord.back();
    if (last != '=' && last != ':') return WordMatch::None;
    std::string_view a = trim(arg);
    while (!a.empty() && (a.front() == '/' || a.front() == '-')) a.remove_prefix(1);
    return a.size() > kb.size() && a[kb.size()] == last && startsWithNoCase(a, kb) ? WordMatch::Loose : WordMatch::None;
}

std::vector<std::string_view> splitWords(std::string_view phrase) {
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < phrase.size()) {
        while (i < phrase.size() && phrase[i] == ' ') ++i;
        const size_t start = i;
        while (i < phrase.size() && phrase[i] != ' ') ++i;
        if (i > start) out.push_back(phrase.substr(start, i - start));
    }
    return out;
}

}  // namespace

std::string_view switchRiskName(SwitchRisk risk) {
    switch (risk) {
        case SwitchRisk::Low: return "low";
        case SwitchRisk::Medium: return "medium";
        case SwitchRisk::High: return "high";
        case SwitchRisk::Info: break;
    }
    return "info";
}

const KbSwitch* KbEntry::findSwitch(std::string_view name) const {
    const std::string_view wanted = bareName(name);
    if (wanted.empty()) return nullptr;
    // Same spelling first: "/user" is net's switch, not its "user"
    // subcommand; "start=" is sc's option, not its "start" command.
    for (const auto& sw : switches)
        if (equalsNoCase(trim(sw.name), trim(name))) return &sw;
    for (const auto& sw : switches)
        if (equalsNoCase(withoutValueMark(sw.name), withoutValueMark(name))) return &sw;
    for (const auto& sw : switches)
        if (equalsNoCase(bareName(sw.name), wanted)) return &sw;
    // A phrase given as one string ("process call create") matches word by word.
    const auto words = splitWords(name);
    if (words.size() < 2) return nullptr;
    size_t used = 0;
    const KbSwitch* sw = matchSwitchWords(words, used);
    return used == words.size() ? sw : nullptr;
}

const KbSwitch* KbEntry::matchSwitchWords(std::span<const std::string_view> words, size_t& wordCount) const {
    // Longest phrase wins; among equally long ones, the most exactly spelled.
    const KbSwitch* best = nullptr;
    size_t bestExact = 0;
    wordCount = 0;
    for (const auto& sw : switches) {
        const auto kbWords = splitWords(sw.name);
        if (kbWords.empty() || kbWords.size() > words.size() || kbWords.size() < wordCount) continue;
        size_t exact = 0;
        bool isMatch = true;
        for (size_t k = 0; k < kbWords.size() && isMatch; ++k) {
            const WordMatch m = wordMatches(kbWords[k], words[k]);
            isMatch = m != WordMatch::None;
            exact += m == WordMatch::Exact ? 1 : 0;
        }
        if (isMatch && (kbWords.size() > wordCount || exact > bestExact)) {
            best = &sw;
            wordCount = kbWords.size();
            bestExact = exact;
        }
    }
    return best;
}

}  // namespace hitome::core
