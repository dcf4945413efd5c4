// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/applocker_policy.h"

#include <cstdint>
#include <cstdio>
#include <set>
#include <sstream>

#include "core/report/xml_escape.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

// Rule IDs must be GUIDs; derive them from the rule's content so the same
// selection always gives the same policy (diffable, testable).
std::string stableGuid(const std::string& seed) {
    std::uint64_t a = 1469598103934665603ULL, b = 1099511628211ULL ^ 0x9e3779b97f4a7c15ULL;
    for (unsigned char c : seed) {
        a = (a ^ c) * 1099511628211ULL;
        b = (b + c) * 0x100000001b3ULL ^ (b >> 29);
    }
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-%04x-4%03x-%04x-%012llx", static_cast<unsigned>(a >> 32),
                  static_cast<unsigned>((a >> 16) & 0xffff), static_cast<unsigned>(a & 0x0fff),
                  static_cast<unsigned>(0x8000 | ((b >> 48) & 0x3fff)),
                  static_cast<unsigned long long>(b & 0xffffffffffffULL));
    return buf;
}

void writePathRule(std::ostringstream& out, const std::string& name, const std::string& description,
                   const std::string& sid, const std::string& action, const std::string& path) {
    out << "    <FilePathRule Id=\"" << stableGuid(name + sid + action + path) << "\" Name=\"" << escapeXml(name)
        << "\" Description=\"" << escapeXml(description) << "\" UserOrGroupSid=\"" << escapeXml(sid)
        << "\" Action=\"" << action << "\">\n"
        << "      <Conditions>\n        <FilePathCondition Path=\"" << escapeXml(path) << "\" />\n"
        << "      </Conditions>\n    </FilePathRule>\n";
}

std::vector<std::string> defaultPaths(const std::string& binary) {
    return {"%SYSTEM32%\\" + binary, "%WINDIR%\\SysWOW64\\" + binary};
}

}  // namespace

std::string appLockerPathVariable(const std::string& path) {
    static const std::pair<const char*, const char*> kPrefixes[] = {
        {"c:\\windows\\system32\\", "%SYSTEM32%\\"},
        {"c:\\windows\\", "%WINDIR%\\"},
        {"c:\\program files (x86)\\", "%PROGRAMFILES%\\"},
        {"c:\\program files\\", "%PROGRAMFILES%\\"},
        {"c:\\", "%OSDRIVE%\\"},
    };
    for (const auto& [prefix, variable] : kPrefixes)
        if (startsWithNoCase(path, prefix)) return variable + path.substr(std::string_view(prefix).size());
    return path;
}

std::string buildAppLockerPolicy(const std::vector<AppLockerTarget>& targets, const AppLockerOptions& options) {
    std::ostringstream out;
    out << "<AppLockerPolicy Version=\"1\">\n  <RuleCollection Type=\"Exe\" EnforcementMode=\""
        << (options.isEnforced ? "Enabled" : "AuditOnly") << "\">\n";
    // AppLocker's three default rules, so that enabling the policy does not
    // stop Windows itself.
    writePathRule(out, "(Default Rule) All files located in the Program Files folder",
                  "Allows everyone to run programs installed in Program Files.", "S-1-1-0", "Allow",
                  "%PROGRAMFILES%\\*");
    writePathRule(out, "(Default Rule) All files located in the Windows folder",
                  "Allows everyone to run programs in the Windows folder.", "S-1-1-0", "Allow", "%WINDIR%\\*");
    writePathRule(out, "(Default Rule) All files", "Allows administrators to run all programs.", "S-1-5-32-544",
                  "Allow", "*");
    std::set<std::string> seen;
    for (const auto& target : targets) {
        const std::string binary = toLowerAscii(target.binary);
        if (binary.empty() || !seen.insert(binary).second) continue;
        std::vector<std::string> paths;
        for (const auto& p : target.paths) paths.push_back(appLockerPathVariable(p));
        if (paths.empty()) paths = defaultPaths(binary);
        const std::string description =
            target.reason.empty() ? "Listed by Hitome: seen in this incident and rarely run by ordinary users."
                                  : target.reason;
        for (const auto& path : paths)
            writePathRule(out, "Hitome: deny " + binary + " (" + path + ")", description, options.userOrGroupSid,
                          "Deny", path);
    }
    out << "  </RuleCollection>\n</AppLockerPolicy>\n";
    return out.str();
}

}  // namespace hitome::core
