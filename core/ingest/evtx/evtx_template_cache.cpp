// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/evtx/evtx_template_cache.h"

#include <algorithm>

namespace hitome::core::evtx {

NameRole nameRoleFor(const std::string& t) {
    struct Entry { const char* text; NameRole role; };
    static const Entry kRoles[] = {
        {"Event", NameRole::Event}, {"System", NameRole::System},
        {"Provider", NameRole::Provider}, {"EventID", NameRole::EventId},
        {"Level", NameRole::Level}, {"Task", NameRole::Task}, {"Opcode", NameRole::Opcode},
        {"Keywords", NameRole::Keywords}, {"TimeCreated", NameRole::TimeCreated},
        {"EventRecordID", NameRole::EventRecordId}, {"Execution", NameRole::Execution},
        {"Channel", NameRole::Channel}, {"Computer", NameRole::Computer},
        {"Security", NameRole::Security}, {"EventData", NameRole::EventData},
        {"UserData", NameRole::UserData}, {"RenderingInfo", NameRole::RenderingInfo},
        {"Name", NameRole::AttrName}, {"SystemTime", NameRole::AttrSystemTime},
        {"ProcessID", NameRole::AttrProcessId}, {"ThreadID", NameRole::AttrThreadId},
        {"UserID", NameRole::AttrUserId},
    };
    for (const Entry& e : kRoles)
        if (t == e.text) return e.role;
    return NameRole::Other;
}

void EvtxTemplateCache::reset() {
    m_names.clear();
    m_nameByOffset.clear();
    m_templates.clear();
    m_compiling.clear();
}

std::int64_t EvtxTemplateCache::findName(std::uint32_t offset) const {
    auto it = m_nameByOffset.find(offset);
    return it == m_nameByOffset.end() ? -1 : static_cast<std::int64_t>(it->second);
}

std::uint32_t EvtxTemplateCache::addName(std::uint32_t offset, std::string text) {
    const auto index = static_cast<std::uint32_t>(m_names.size());
    NameRole role = nameRoleFor(text);
    m_names.push_back(EvtxName{std::move(text), role});
    m_nameByOffset.emplace(offset, index);
    return index;
}

const BinXmlTemplate* EvtxTemplateCache::findTemplate(std::uint32_t offset) const {
    auto it = m_templates.find(offset);
    return it == m_templates.end() ? nullptr : it->second.get();
}

const BinXmlTemplate* EvtxTemplateCache::addTemplate(std::unique_ptr<BinXmlTemplate> compiled) {
    auto& slot = m_templates[compiled->offset];
    slot = std::move(compiled);
    return slot.get();
}

bool EvtxTemplateCache::isCompiling(std::uint32_t offset) const {
    return std::find(m_compiling.begin(), m_compiling.end(), offset) != m_compiling.end();
}

void EvtxTemplateCache::setCompiling(std::uint32_t offset, bool compiling) {
    if (compiling) {
        m_compiling.push_back(offset);
    } else {
        m_compiling.erase(std::remove(m_compiling.begin(), m_compiling.end(), offset),
                          m_compiling.end());
    }
}

}  // namespace hitome::core::evtx
