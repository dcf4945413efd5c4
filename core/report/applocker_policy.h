// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An AppLocker policy (XML, as Set-AppLockerPolicy and the Group Policy
// editor import it) that denies chosen binaries to ordinary users while the
// default rules keep Windows and Program Files running. Start in audit mode:
// event 8003 then shows who would have been blocked.

#include <string>
#include <vector>

namespace hitome::core {

struct AppLockerTarget {
    std::string binary;              // "net.exe"
    std::vector<std::string> paths;  // "C:\\Windows\\System32\\net.exe"...; empty: System32 and SysWOW64
    std::string reason;              // why it is listed (shown in the rule description)
};

struct AppLockerOptions {
    bool isEnforced = false;                 // false: AuditOnly
    std::string userOrGroupSid = "S-1-5-32-545";  // BUILTIN\Users
};

std::string buildAppLockerPolicy(const std::vector<AppLockerTarget>& targets, const AppLockerOptions& options);

// Rewrites "C:\Windows\System32\x.exe" to AppLocker's "%SYSTEM32%\x.exe" form.
std::string appLockerPathVariable(const std::string& path);

}  // namespace hitome::core
