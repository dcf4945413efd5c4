// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/sigma_field_table.h"

#include <array>
#include <utility>

#include "core/util/text.h"

namespace hitome::core {

namespace {

// Sigma's Windows taxonomy for process_creation on Security 4688.
constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kSecurity4688 = {{
    {"Image", "NewProcessName"},
    {"ParentImage", "ParentProcessName"},
    {"ProcessId", "NewProcessId"},
    {"ParentProcessId", "ProcessId"},
    {"User", "SubjectUserName"},
    {"LogonId", "SubjectLogonId"},
    {"IntegrityLevel", "MandatoryLabel"},
    {"CommandLine", "CommandLine"},
    {"ParentCommandLine", "ParentCommandLine"},
}};

SigmaHeaderField headerFieldFor(std::string_view name) {
    if (equalsNoCase(name, "EventID") || equalsNoCase(name, "EventId")) return SigmaHeaderField::EventId;
    if (equalsNoCase(name, "Channel")) return SigmaHeaderField::Channel;
    if (equalsNoCase(name, "Provider_Name") || equalsNoCase(name, "Provider")) return SigmaHeaderField::Provider;
    if (equalsNoCase(name, "Computer") || equalsNoCase(name, "ComputerName")) return SigmaHeaderField::Computer;
    return SigmaHeaderField::None;
}

}  // namespace

int SigmaFieldTable::intern(std::string_view name) {
    const std::string key(name);
    if (auto it = m_ids.find(key); it != m_ids.end()) return it->second;
    const int id = static_cast<int>(m_names.size());
    m_ids.emplace(key, id);
    m_names.push_back(key);
    m_header.push_back(headerFieldFor(name));
    std::string alias;
    for (const auto& [sysmon, security] : kSecurity4688)
        if (name == sysmon) alias = security;
    m_security4688.push_back(std::move(alias));
    return id;
}

}  // namespace hitome::core
