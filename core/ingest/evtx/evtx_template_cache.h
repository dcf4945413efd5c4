// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Per-chunk cache of names and compiled templates, keyed by chunk-relative
// offset. Templates and names are shared by the records of one chunk only,
// so one cache serves one chunk at a time (reset() between chunks).

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/ingest/evtx/binxml_fragment.h"

namespace hitome::core::evtx {

class EvtxTemplateCache {
public:
    void reset();

    const EvtxName& name(std::uint32_t index) const { return m_names[index]; }
    // Index of the name defined at `offset`, or -1 when not read yet.
    std::int64_t findName(std::uint32_t offset) const;
    std::uint32_t addName(std::uint32_t offset, std::string text);

    const BinXmlTemplate* findTemplate(std::uint32_t offset) const;
    const BinXmlTemplate* addTemplate(std::unique_ptr<BinXmlTemplate> compiled);
    // Cycle guard: a template whose body instantiates itself is refused.
    bool isCompiling(std::uint32_t offset) const;
    void setCompiling(std::uint32_t offset, bool compiling);
    std::size_t templateCount() const { return m_templates.size(); }

private:
    std::vector<EvtxName> m_names;
    std::unordered_map<std::uint32_t, std::uint32_t> m_nameByOffset;
    std::unordered_map<std::uint32_t, std::unique_ptr<BinXmlTemplate>> m_templates;
    std::vector<std::uint32_t> m_compiling;
};

NameRole nameRoleFor(const std::string& text);

}  // namespace hitome::core::evtx
