// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kb/knowledge_base.h"

#include "core/explain/binary_identity.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

std::vector<std::string> lookupKeys(const KbEntry& e) {
    std::vector<std::string> keys;
    auto addName = [&](const std::string& n) {
        const BinaryIdentity id = identifyBinary(n);
        if (id.isEmpty()) return;
        keys.push_back(id.canonicalName);
        if (id.stem != id.canonicalName) keys.push_back(id.stem);
    };
    addName(e.name);
    for (const auto& a : e.aliases) addName(a);
    return keys;
}

}  // namespace

std::string KnowledgeBase::add(KbEntry entry) {
    const size_t index = m_entries.size();
    const auto keys = lookupKeys(entry);
    for (const auto& k : keys) {
        const auto it = m_byName.find(k);
        if (it != m_byName.end() && it->second != index) return m_entries[it->second].name + " (" + k + ")";
    }
    for (const auto& k : keys) m_byName.emplace(k, index);
    for (const auto& p : entry.paths) m_byPath.emplace(normalizeWindowsPath(p), index);
    m_entries.push_back(std::move(entry));
    return {};
}

KnowledgeBase KnowledgeBase::fromDocumentsLenient(const std::vector<KbDocument>& documents,
                                                  std::vector<Error>& problems) {
    KnowledgeBase kb;
    for (const auto& [fileName, bytes] : documents) {
        auto entry = parseKbEntry(fileName, bytes);
        if (!entry) {
            problems.push_back(entry.error());
            continue;
        }
        const std::string clash = kb.add(std::move(entry.value()));
        if (!clash.empty())
            problems.push_back(Error::make(ErrorCode::Corrupt, "name or alias already used by " + clash).inFile(fileName));
    }
    return kb;
}

Result<KnowledgeBase> KnowledgeBase::fromDocuments(const std::vector<KbDocument>& documents) {
    std::vector<Error> problems;
    KnowledgeBase kb = fromDocumentsLenient(documents, problems);
    if (problems.empty()) return kb;
    Error first = problems.front();
    for (size_t i = 1; i < problems.size(); ++i) first.detail += "; also " + problems[i].message();
    return first;
}

const KbEntry* KnowledgeBase::findKey(const std::string& key) const {
    const auto it = m_byName.find(key);
    return it == m_byName.end() ? nullptr : &m_entries[it->second];
}

const KbEntry* KnowledgeBase::find(std::string_view nameOrPath) const {
    const BinaryIdentity id = identifyBinary(nameOrPath);
    if (id.isEmpty()) return nullptr;
    if (id.hasPath) {
        const auto it = m_byPath.find(normalizeWindowsPath(id.asWritten));
        if (it != m_byPath.end()) return &m_entries[it->second];
    }
    if (const KbEntry* e = findKey(id.canonicalName)) return e;
    if (const KbEntry* e = findKey(toLowerAscii(id.fileName))) return e;
    return findKey(id.stem);
}

}  // namespace hitome::core
