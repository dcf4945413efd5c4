// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/recon_classifier.h"

#include <array>
#include <vector>

#include "core/util/text.h"

namespace hitome::core {

namespace {

struct Entry {
    std::string_view name;
    ReconPhase phase;
    std::string_view technique;
};

// Programs by their own name (without .exe).
constexpr std::array<Entry, 20> kPrograms = {{
    {"tasklist", ReconPhase::InitialRecon, "T1057"},   {"ipconfig", ReconPhase::InitialRecon, "T1016"},
    {"systeminfo", ReconPhase::InitialRecon, "T1082"}, {"netstat", ReconPhase::InitialRecon, "T1049"},
    {"whoami", ReconPhase::InitialRecon, "T1033"},     {"qprocess", ReconPhase::InitialRecon, "T1057"},
    {"query", ReconPhase::InitialRecon, "T1033"},      {"quser", ReconPhase::InitialRecon, "T1033"},
    {"ping", ReconPhase::Exploration, "T1018"},        {"dsquery", ReconPhase::Exploration, "T1087.002"},
    {"csvde", ReconPhase::Exploration, "T1087.002"},   {"nbtstat", ReconPhase::Exploration, "T1018"},
    {"nltest", ReconPhase::Exploration, "T1482"},      {"wevtutil", ReconPhase::Exploration, "T1654"},
    {"at", ReconPhase::Spread, "T1053.002"},           {"reg", ReconPhase::Spread, "T1112"},
    {"wmic", ReconPhase::Spread, "T1047"},             {"wusa", ReconPhase::Spread, "T1218"},
    {"sc", ReconPhase::Spread, "T1543.003"},           {"rundll32", ReconPhase::Spread, "T1218.011"},
}};

// `net` / `net1` subcommands.
constexpr std::array<Entry, 10> kNet = {{
    {"time", ReconPhase::InitialRecon, "T1124"},    {"start", ReconPhase::InitialRecon, "T1007"},
    {"view", ReconPhase::Exploration, "T1135"},     {"use", ReconPhase::Exploration, "T1021.002"},
    {"user", ReconPhase::Exploration, "T1087.001"}, {"localgroup", ReconPhase::Exploration, "T1069.001"},
    {"group", ReconPhase::Exploration, "T1069.002"}, {"config", ReconPhase::Exploration, "T1016"},
    {"share", ReconPhase::Exploration, "T1135"},    {"session", ReconPhase::Exploration, "T1049"},
}};

// cmd.exe built-ins: they never appear as their own process.
constexpr std::array<Entry, 4> kBuiltins = {{
    {"dir", ReconPhase::Exploration, "T1083"},
    {"type", ReconPhase::Exploration, "T1005"},
    {"ver", ReconPhase::InitialRecon, "T1082"},
    {"set", ReconPhase::InitialRecon, "T1082"},
}};

// Splits a command line into lowered words, honouring double quotes.
std::vector<std::string> words(std::string_view commandLine) {
    std::vector<std::string> out;
    std::string current;
    bool isQuoted = false, hasWord = false;
    for (char c : commandLine) {
        if (c == '"') { isQuoted = !isQuoted; hasWord = true; continue; }
        if (!isQuoted && (c == ' ' || c == '\t')) {
            if (hasWord) out.push_back(std::move(current));
            current.clear();
            hasWord = false;
            continue;
        }
        current.push_back(asciiLower(c));
        hasWord = true;
    }
    if (hasWord) out.push_back(std::move(current));
    return out;
}

// "C:\Windows\System32\NET.EXE" → "net".
std::string programName(std::string_view path) {
    std::string name = toLowerAscii(path);
    if (const auto slash = name.find_last_of("\\/"); slash != std::string::npos) name.erase(0, slash + 1);
    if (name.ends_with(".exe")) name.resize(name.size() - 4);
    return name;
}

std::optional<ReconCommand> make(const Entry& e, std::string command) {
    return ReconCommand{e.phase, std::move(command), std::string(e.technique)};
}

std::optional<ReconCommand> classifyProgram(const std::string& name, const std::vector<std::string>& args) {
    if (name == "net" || name == "net1") {
        for (const auto& arg : args) {
            if (arg.starts_with('/') || arg.starts_with('\\')) continue;
            for (const auto& e : kNet)
                if (arg == e.name) return make(e, "net " + std::string(e.name));
            return std::nullopt;   // net <other subcommand>
        }
        return std::nullopt;
    }
    if (name == "netsh") {
        for (const auto& arg : args)
            if (arg == "advfirewall" || arg == "firewall")
                return ReconCommand{ReconPhase::Spread, "netsh advfirewall", "T1562.004"};
        return std::nullopt;
    }
    for (const auto& e : kPrograms)
        if (name == e.name) return make(e, std::string(e.name));
    return std::nullopt;
}

// The built-in a `cmd /c ...` line runs, when it runs one first.
std::optional<ReconCommand> classifyCmdLine(const std::vector<std::string>& args) {
    for (size_t i = 0; i + 1 < args.size(); ++i) {
        if (args[i] != "/c" && args[i] != "/k" && args[i] != "/r") continue;
        std::string first = args[i + 1];
        // "dir&whoami", "dir>out.txt", "\"dir c:\\\"": the built-in is the leading word.
        const auto cut = first.find_first_of("&|<> ");
        if (cut != std::string::npos) first.resize(cut);
        for (const auto& e : kBuiltins)
            if (first == e.name) return make(e, std::string(e.name));
        return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace

std::string_view reconPhaseName(ReconPhase phase) {
    switch (phase) {
    case ReconPhase::InitialRecon: return "initial-recon";
    case ReconPhase::Exploration: return "exploration";
    case ReconPhase::Spread: return "spread";
    }
    return "initial-recon";
}

std::optional<ReconPhase> parseReconPhase(std::string_view name) {
    for (auto p : {ReconPhase::InitialRecon, ReconPhase::Exploration, ReconPhase::Spread})
        if (reconPhaseName(p) == name) return p;
    return std::nullopt;
}

std::optional<ReconCommand> classifyReconCommand(std::string_view image, std::string_view commandLine) {
    std::vector<std::string> args = words(commandLine);
    std::string name = programName(image);
    if (name.empty() && !args.empty()) name = programName(args.front());
    if (!args.empty() && programName(args.front()) == name) args.erase(args.begin());
    if (name == "cmd") return classifyCmdLine(args);
    return classifyProgram(name, args);
}

}  // namespace hitome::core
