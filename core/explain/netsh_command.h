// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a netsh command line the way netsh does: global options (-r host,
// -u user, -p password, -c context, -f script), then context and command
// keywords, each of which may be abbreviated to any prefix that is unique
// among its siblings ("advf set allp state off", "int portproxy", "fi"),
// then name=value parameters and bare values.

#include <string>
#include <utility>
#include <vector>

namespace hitome::core {

struct NetshCommand {
    std::vector<std::string> keywords;   // expanded, lower case: {"advfirewall", "set", "allprofiles", "state"}
    size_t firstKeyword = 0;             // argument index of keywords[0]
    std::vector<std::pair<std::string, std::string>> params;   // key (lower case) = value, in order
    std::vector<std::string> values;     // other words after the keywords ("off", "TCP", "3389")
    std::string remoteHost, user;        // -r, -u
    size_t passwordIndex = std::string::npos;   // argument index of the -p value

    // The keywords joined by spaces ("advfirewall firewall add rule").
    std::string path() const;
    bool startsWith(std::string_view path) const;
    // The value of parameter `key` (lower case), or empty.
    std::string param(std::string_view key) const;
};

// `args` are netsh's arguments (the program excluded).
NetshCommand parseNetshCommand(const std::vector<std::string>& args);

}  // namespace hitome::core
