// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/sigma_logsource.h"

#include <algorithm>
#include <array>

#include "core/util/text.h"

namespace hitome::core {

namespace {

constexpr std::string_view kSysmon = "microsoft-windows-sysmon/operational";
constexpr std::string_view kSecurity = "security";
constexpr std::string_view kPsOperational = "microsoft-windows-powershell/operational";
constexpr std::string_view kPsClassic = "windows powershell";

struct CategoryMap {
    std::string_view category;
    std::string_view channel;
    std::vector<std::uint32_t> ids;
};

// Sigma's Windows category taxonomy (Sysmon event IDs unless noted).
const std::array<CategoryMap, 33> kCategories = {{
    {"process_creation", kSysmon, {1}},
    {"process_creation", kSecurity, {4688}},
    {"file_change", kSysmon, {2}},
    {"network_connection", kSysmon, {3}},
    {"sysmon_status", kSysmon, {4, 16}},
    {"process_termination", kSysmon, {5}},
    {"process_termination", kSecurity, {4689}},
    {"driver_load", kSysmon, {6}},
    {"image_load", kSysmon, {7}},
    {"create_remote_thread", kSysmon, {8}},
    {"raw_access_thread", kSysmon, {9}},
    {"process_access", kSysmon, {10}},
    {"file_event", kSysmon, {11}},
    {"registry_add", kSysmon, {12}},
    {"registry_delete", kSysmon, {12}},
    {"registry_set", kSysmon, {13}},
    {"registry_rename", kSysmon, {14}},
    {"registry_event", kSysmon, {12, 13, 14}},
    {"create_stream_hash", kSysmon, {15}},
    {"pipe_created", kSysmon, {17, 18}},
    {"wmi_event", kSysmon, {19, 20, 21}},
    {"dns_query", kSysmon, {22}},
    {"file_delete", kSysmon, {23, 26}},
    {"clipboard_capture", kSysmon, {24}},
    {"process_tampering", kSysmon, {25}},
    {"file_block_executable", kSysmon, {27}},
    {"file_block_shredding", kSysmon, {28}},
    {"file_executable_detected", kSysmon, {29}},
    {"sysmon_error", kSysmon, {255}},
    {"ps_module", kPsOperational, {4103}},
    {"ps_script", kPsOperational, {4104}},
    {"ps_classic_start", kPsClassic, {400}},
    {"ps_classic_provider_start", kPsClassic, {600}},
}};

struct ServiceMap {
    std::string_view service;
    std::string_view channel;
};

const std::array<ServiceMap, 40> kServices = {{
    {"security", kSecurity},
    {"system", "system"},
    {"application", "application"},
    {"sysmon", kSysmon},
    {"powershell", kPsOperational},
    {"powershell-classic", kPsClassic},
    {"taskscheduler", "microsoft-windows-taskscheduler/operational"},
    {"windefend", "microsoft-windows-windows defender/operational"},
    {"codeintegrity-operational", "microsoft-windows-codeintegrity/operational"},
    {"firewall-as", "microsoft-windows-windows firewall with advanced security/firewall"},
    {"appxdeployment-server", "microsoft-windows-appxdeploymentserver/operational"},
    {"msexchange-management", "msexchange management"},
    {"bits-client", "microsoft-windows-bits-client/operational"},
    {"dns-client", "microsoft-windows-dns client events/operational"},
    {"iis-configuration", "microsoft-iis-configuration/operational"},
    {"ntlm", "microsoft-windows-ntlm/operational"},
    {"wmi", "microsoft-windows-wmi-activity/operational"},
    {"security-mitigations", "microsoft-windows-security-mitigations/kernel mode"},
    {"security-mitigations", "microsoft-windows-security-mitigations/user mode"},
    {"dns-server", "dns server"},
    {"dns-server-audit", "microsoft-windows-dns-server/audit"},
    {"applocker", "microsoft-windows-applocker/exe and dll"},
    {"applocker", "microsoft-windows-applocker/msi and script"},
    {"applocker", "microsoft-windows-applocker/packaged app-deployment"},
    {"applocker", "microsoft-windows-applocker/packaged app-execution"},
    {"terminalservices-localsessionmanager", "microsoft-windows-terminalservices-localsessionmanager/operational"},
    {"smbserver-connectivity", "microsoft-windows-smbserver/connectivity"},
    {"smbclient-security", "microsoft-windows-smbclient/security"},
    {"shell-core", "microsoft-windows-shell-core/operational"},
    {"openssh", "openssh/operational"},
    {"microsoft-servicebus-client", "microsoft-servicebus-client"},
    {"lsa-server", "microsoft-windows-lsa/operational"},
    {"ldap", "microsoft-windows-ldap-client/debug"},
    {"driver-framework", "microsoft-windows-driverframeworks-usermode/operational"},
    {"diagnosis-scripted", "microsoft-windows-diagnosis-scripted/operational"},
    {"certificateservicesclient-lifecycle-system",
     "microsoft-windows-certificateservicesclient-lifecycle-system/operational"},
    {"capi2", "microsoft-windows-capi2/operational"},
    {"appxpackaging-om", "microsoft-windows-appxpackaging/operational"},
    {"appmodel-runtime", "microsoft-windows-appmodel-runtime/admin"},
    {"bitlocker", "microsoft-windows-bitlocker/bitlocker management"},
}};

Error unsupported(std::string detail) { return Error::make(ErrorCode::Unsupported, std::move(detail)); }

}  // namespace

Result<SigmaLogsource> SigmaLogsource::map(std::string_view product, std::string_view category,
                                           std::string_view service) {
    if (!product.empty() && !equalsNoCase(product, "windows"))
        return unsupported("logsource product '" + std::string(product) + "' is not Windows");
    SigmaLogsource out;
    if (!category.empty()) {
        for (const auto& m : kCategories)
            if (equalsNoCase(m.category, category)) out.targets.push_back({std::string(m.channel), m.ids});
        if (out.targets.empty()) return unsupported("logsource category '" + std::string(category) + "' has no Windows event mapping");
    }
    if (!service.empty()) {
        std::vector<Target> serviceTargets;
        for (const auto& m : kServices)
            if (equalsNoCase(m.service, service)) serviceTargets.push_back({std::string(m.channel), {}});
        if (serviceTargets.empty()) return unsupported("logsource service '" + std::string(service) + "' has no channel mapping");
        if (out.targets.empty()) {
            out.targets = std::move(serviceTargets);
        } else {
            // Both given: keep the category targets on the service's channels.
            std::erase_if(out.targets, [&](const Target& t) {
                return std::none_of(serviceTargets.begin(), serviceTargets.end(),
                                    [&](const Target& s) { return s.channel == t.channel; });
            });
            if (out.targets.empty()) return unsupported("logsource category and service do not overlap");
        }
    }
    if (out.targets.empty()) out.targets.push_back({"*", {}});
    return out;
}

bool SigmaLogsource::covers(std::string_view loweredChannel, std::uint32_t eventId) const {
    for (const auto& t : targets) {
        if (t.channel != "*" && t.channel != loweredChannel) continue;
        if (t.eventIds.empty() || std::find(t.eventIds.begin(), t.eventIds.end(), eventId) != t.eventIds.end())
            return true;
    }
    return false;
}

std::string_view channelForProvider(std::string_view provider) {
    if (equalsNoCase(provider, "Microsoft-Windows-Sysmon")) return kSysmon;
    if (equalsNoCase(provider, "Microsoft-Windows-Security-Auditing")) return kSecurity;
    if (equalsNoCase(provider, "Microsoft-Windows-PowerShell")) return kPsOperational;
    if (equalsNoCase(provider, "PowerShell")) return kPsClassic;
    if (equalsNoCase(provider, "Service Control Manager")) return "system";
    if (equalsNoCase(provider, "Microsoft-Windows-TaskScheduler")) return "microsoft-windows-taskscheduler/operational";
    return {};
}

}  // namespace hitome::core
