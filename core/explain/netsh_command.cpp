// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explain/netsh_command.h"

#include <string_view>

#include "core/util/text.h"

namespace hitome::core {
namespace {

// The netsh contexts and commands that matter for investigations: a
// keyword path and the words that may follow it. Abbreviations are unique
// prefixes among those words, as netsh resolves them.
struct Level {
    std::string_view path;
    std::string_view children;   // space-separated
};

constexpr Level kLevels[] = {
    {"", "add advfirewall branchcache bridge delete dhcpclient dnsclient dump exec firewall help http interface ipsec "
         "lan mbn namespace nap netio p2p ras rpc set show trace wcn wfp winhttp winsock wlan"},
    {"add", "helper"},
    {"delete", "helper"},
    {"show", "alias helper mode"},
    {"advfirewall", "consec dump export firewall help import mainmode monitor reset set show"},
    {"advfirewall set", "allprofiles currentprofile domainprofile file global privateprofile publicprofile store"},
    {"advfirewall show", "allprofiles currentprofile domainprofile global privateprofile publicprofile store"},
    {"advfirewall set allprofiles", "firewallpolicy logging settings state"},
    {"advfirewall set currentprofile", "firewallpolicy logging settings state"},
    {"advfirewall set domainprofile", "firewallpolicy logging settings state"},
    {"advfirewall set privateprofile", "firewallpolicy logging settings state"},
    {"advfirewall set publicprofile", "firewallpolicy logging settings state"},
    {"advfirewall firewall", "add delete dump help set show"},
    {"advfirewall firewall add", "rule"},
    {"advfirewall firewall delete", "rule"},
    {"advfirewall firewall set", "rule"},
    {"advfirewall firewall show", "rule"},
    {"firewall", "add delete dump help reset set show"},
    {"firewall add", "allowedprogram portopening"},
    {"firewall delete", "allowedprogram portopening"},
    {"firewall set", "allowedprogram icmpsetting logging multicastbroadcastresponse notifications opmode portopening service"},
    {"interface", "6to4 dump help httpstunnel ip ipv4 ipv6 isatap portproxy set show tcp teredo"},
    {"interface portproxy", "add delete dump help reset set show"},
    {"interface portproxy add", "v4tov4 v4tov6 v6tov4 v6tov6"},
    {"interface portproxy delete", "v4tov4 v4tov6 v6tov4 v6tov6"},
    {"interface portproxy set", "v4tov4 v4tov6 v6tov4 v6tov6"},
    {"interface portproxy show", "all v4tov4 v4tov6 v6tov4 v6tov6"},
    {"wlan", "add connect delete disconnect dump export help refresh reportissues set show start stop"},
    {"wlan show", "allowexplicitcreds autoconfig blockednetworks createalluserprofile drivers filters hostednetwork "
                  "interfaces networks onlyusegpprofilesforallowednetworks profiles randomization settings tracing "
                  "wirelesscapabilities wlanreport"},
    {"wlan export", "hostednetworkprofile profile"},
    {"winhttp", "dump help import reset set show"},
    {"winhttp set", "proxy tracing"},
    {"winhttp reset", "proxy tracing"},
    {"winhttp show", "proxy"},
    {"trace", "convert correlate diagnose dump help show start stop"},
};

std::string_view childrenOf(std::string_view path) {
    for (const auto& l : kLevels)
        if (l.path == path) return l.children;
    return {};
}

// The child keyword `word` stands for: itself, or the only child it is a prefix of.
std::string expandKeyword(std::string_view children, std::string_view word) {
    const std::string w = toLowerAscii(word);
    if (w.empty() || w.find('=') != std::string::npos) return {};
    std::string match;
    int matches = 0;
    size_t i = 0;
    while (i < children.size()) {
        const size_t end = std::min(children.find(' ', i), children.size());
        const std::string_view child = children.substr(i, end - i);
        if (child == w) return w;
        if (child.substr(0, std::min(child.size(), w.size())) == w && w.size() < child.size()) {
            match = std::string(child);
            ++matches;
        }
        i = end + 1;
    }
    return matches == 1 ? match : std::string();
}

// Reads -r/-u/-p/-c/-a/-f and their values; returns the first other index.
size_t readGlobalOptions(const std::vector<std::string>& args, NetshCommand& cmd) {
    size_t i = 0;
    while (i + 1 < args.size() && args[i].size() == 2 && (args[i][0] == '-' || args[i][0] == '/')) {
        const char opt = asciiLower(args[i][1]);
        if (opt == 'r') cmd.remoteHost = args[i + 1];
        else if (opt == 'u') cmd.user = args[i + 1];
        else if (opt == 'p') cmd.passwordIndex = i + 1;
        else if (opt != 'c' && opt != 'a' && opt != 'f') break;
        i += 2;
    }
    return i;
}

}  // namespace

std::string NetshCommand::path() const {
    std::string out;
    for (const auto& k : keywords) out += (out.empty() ? "" : " ") + k;
    return out;
}

bool NetshCommand::startsWith(std::string_view wanted) const {
    const std::string p = path();
    return p.size() >= wanted.size() && std::string_view(p).substr(0, wanted.size()) == wanted &&
           (p.size() == wanted.size() || p[wanted.size()] == ' ');
}

std::string NetshCommand::param(std::string_view key) const {
    for (const auto& [k, v] : params)
        if (k == key) return v;
    return {};
}

NetshCommand parseNetshCommand(const std::vector<std::string>& args) {
    NetshCommand cmd;
    size_t i = readGlobalOptions(args, cmd);
    cmd.firstKeyword = i;
    std::string path;
    for (; i < args.size(); ++i) {
        const std::string_view children = childrenOf(path);
        const std::string keyword = children.empty() ? std::string() : expandKeyword(children, args[i]);
        if (keyword.empty()) break;
        cmd.keywords.push_back(keyword);
        path += (path.empty() ? "" : " ") + keyword;
    }
    for (; i < args.size(); ++i) {
        const size_t eq = args[i].find('=');
        if (eq != std::string::npos && eq > 0) cmd.params.emplace_back(toLowerAscii(args[i].substr(0, eq)), args[i].substr(eq + 1));
        else cmd.values.push_back(args[i]);
    }
    return cmd;
}

}  // namespace hitome::core
