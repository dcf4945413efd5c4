// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The knowledge base: every entry, looked up by name, alias, full path or
// name without ".exe", case-insensitively. Built from (file name, bytes)
// pairs; core never reads Qt resources itself.

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/kb/kb_entry.h"
#include "core/util/result.h"

namespace hitome::core {

using KbDocument = std::pair<std::string /*file name*/, std::string /*bytes*/>;

// Parses one entry; errors name `fileName` and, for JSON syntax, the byte offset.
Result<KbEntry> parseKbEntry(std::string_view fileName, std::string_view bytes);

class KnowledgeBase {
public:
    KnowledgeBase() = default;

    // Fails when any document is not a valid entry or two entries claim the
    // same name/alias; the error names the first bad file and lists the others.
    static Result<KnowledgeBase> fromDocuments(const std::vector<KbDocument>& documents);
    // Keeps every valid entry and appends one Error per rejected document.
    static KnowledgeBase fromDocumentsLenient(const std::vector<KbDocument>& documents, std::vector<Error>& problems);

    // nullptr when unknown. Accepts "schtasks.exe", "SCHTASKS", "schtasks",
    // "C:\Windows\System32\schtasks.exe" or "\"C:\\...\\schtasks.exe\"".
    const KbEntry* find(std::string_view nameOrPath) const;

    const std::vector<KbEntry>& entries() const { return m_entries; }
    size_t size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.empty(); }

private:
    // Adds the entry; returns the name of the entry it collides with, if any.
    std::string add(KbEntry entry);
    const KbEntry* findKey(const std::string& key) const;

    std::vector<KbEntry> m_entries;
    std::unordered_map<std::string, size_t> m_byName;   // names, aliases, stems
    std::unordered_map<std::string, size_t> m_byPath;   // normalised full paths
};

}  // namespace hitome::core
