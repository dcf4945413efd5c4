// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/evidence_process_index.h"

#include <cstdlib>

#include "core/util/text.h"

namespace hitome::core {
namespace {

constexpr Ticks kSameStartWindow = 10'000'000;   // one second, as in the SQL look-up

std::string_view baseName(std::string_view path) {
    const auto slash = path.find_last_of("\\/");
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// image = p.image, image = name, or image LIKE '%\' || name (all ASCII case-insensitive).
bool imageMatches(const std::string& image, const std::string& wanted, const std::string& name) {
    if (image == wanted || image == name) return true;
    return image.size() > name.size() && image.compare(image.size() - name.size(), name.size(), name) == 0 &&
           image[image.size() - name.size() - 1] == '\\';
}

}  // namespace

std::uint8_t presentFields(const ProcessInfo& p) {
    std::uint8_t f = 0;
    if (!p.image.empty()) f |= kImage;
    if (!p.commandLine.empty()) f |= kCommandLine;
    if (!p.user.empty()) f |= kUser;
    if (p.startTime) f |= kStartTime;
    if (!p.sha256.empty()) f |= kSha256;
    if (!p.integrity.empty()) f |= kIntegrity;
    return f;
}

void EvidenceProcessIndex::countAndCap(std::size_t added) {
    m_entries += added;
    if (m_entries <= kMaxEntries) return;
    clear();
    m_isEnabled = false;
}

void EvidenceProcessIndex::addHost(std::int64_t hostId, std::unordered_set<std::int64_t> pidsInCase) {
    if (!m_isEnabled) return;
    const std::size_t count = pidsInCase.size();
    m_hosts[hostId].pidsInCase = std::move(pidsInCase);
    countAndCap(count + 1);
}

bool EvidenceProcessIndex::isComplete(std::int64_t hostId, std::int64_t pid) const {
    if (!m_isEnabled) return false;
    const auto it = m_hosts.find(hostId);
    return it != m_hosts.end() && it->second.pidsInCase.count(pid) == 0;
}

EvidenceProcessIndex::Row* EvidenceProcessIndex::find(std::int64_t hostId, const ProcessInfo& p) {
    auto& written = m_hosts[hostId].written;
    const auto it = written.find(*p.pid);
    if (it == written.end()) return nullptr;
    std::vector<Row>& rows = it->second;
    if (p.startTime) {
        Row* best = nullptr;
        for (Row& r : rows)
            if (r.startTime && std::llabs(*r.startTime - *p.startTime) <= kSameStartWindow &&
                (!best || std::llabs(*r.startTime - *p.startTime) < std::llabs(*best->startTime - *p.startTime)))
                best = &r;
        if (best) return best;
    }
    const std::string_view rawName = baseName(p.image);
    if (rawName.empty() || rawName.find_first_of("%_") != std::string_view::npos) return nullptr;
    const std::string wanted = toLowerAscii(p.image), name = toLowerAscii(rawName);
    Row* best = nullptr;
    for (Row& r : rows) {
        if (r.image == 0 || !imageMatches(*m_images[r.image - 1], wanted, name)) continue;
        if (p.startTime) {   // only a row without a start time can be this instance
            if (!r.startTime) return &r;
            continue;
        }
        // The latest start first; rows without one last.
        if (!best || (r.startTime && (!best->startTime || *r.startTime > *best->startTime))) best = &r;
    }
    return best;
}

EvidenceProcessIndex::Row* EvidenceProcessIndex::row(std::int64_t hostId, std::int64_t pid, std::int64_t id) {
    auto host = m_hosts.find(hostId);
    if (host == m_hosts.end()) return nullptr;
    auto rows = host->second.written.find(pid);
    if (rows == host->second.written.end()) return nullptr;
    for (Row& r : rows->second)
        if (r.id == id) return &r;
    return nullptr;
}

void EvidenceProcessIndex::add(std::int64_t hostId, std::int64_t pid, Row row) {
    if (!m_isEnabled) return;
    m_hosts[hostId].written[pid].push_back(std::move(row));
    countAndCap(1);
}

std::uint32_t EvidenceProcessIndex::imageId(std::string_view image) {
    if (image.empty()) return 0;
    auto [it, isNew] = m_imageIds.try_emplace(toLowerAscii(image), 0);
    if (isNew) {
        m_images.push_back(&it->first);
        it->second = static_cast<std::uint32_t>(m_images.size());
        countAndCap(1);
    }
    return it->second;
}

void EvidenceProcessIndex::clear() {
    m_hosts.clear();
    m_imageIds.clear();
    m_images.clear();
    m_entries = 0;
    m_isEnabled = true;
}

}  // namespace hitome::core
