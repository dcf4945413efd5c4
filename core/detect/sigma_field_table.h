// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Interns the field names rules use, so events resolve each name once per
// event instead of once per rule. Also knows Sigma's Windows taxonomy: the
// Security 4688 names behind the Sysmon process-creation names.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hitome::core {

// Fields that do not live in EventData but in the record header.
enum class SigmaHeaderField { None, EventId, Channel, Provider, Computer };

class SigmaFieldTable {
public:
    int intern(std::string_view name);
    int size() const { return static_cast<int>(m_names.size()); }
    const std::string& name(int id) const { return m_names[static_cast<size_t>(id)]; }
    SigmaHeaderField headerField(int id) const { return m_header[static_cast<size_t>(id)]; }
    // The Security 4688 spelling of a Sysmon-style name ("" when none).
    const std::string& securityAlias(int id) const { return m_security4688[static_cast<size_t>(id)]; }

private:
    std::unordered_map<std::string, int> m_ids;
    std::vector<std::string> m_names;
    std::vector<SigmaHeaderField> m_header;
    std::vector<std::string> m_security4688;
};

}  // namespace hitome::core
