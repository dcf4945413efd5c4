// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/arg_parser.h"

#include <ostream>
#include <sstream>

namespace hitome::app {

ArgParser::ArgParser(std::string usage, std::string description)
    : m_usage(std::move(usage)), m_description(std::move(description)) {}

void ArgParser::addPositional(std::string name, std::string help, bool isRepeated, bool isOptional) {
    m_positionalSpecs.push_back({std::move(name), std::move(help), isRepeated, isOptional});
}

void ArgParser::addOption(std::string name, std::string valueName, std::string help) {
    m_optionOrder.push_back(name);
    m_options[std::move(name)] = {std::move(valueName), std::move(help)};
}

void ArgParser::addFlag(std::string name, std::string help) { addOption(std::move(name), {}, std::move(help)); }

std::optional<int> ArgParser::parse(CliContext& ctx) {
    const auto& args = ctx.args;
    bool onlyPositionals = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (!onlyPositionals && (a == "--help" || a == "-h")) {
            ctx.out << helpText();
            return kExitOk;
        }
        if (!onlyPositionals && a == "--") {
            onlyPositionals = true;
            continue;
        }
        if (onlyPositionals || a.size() < 3 || a.rfind("--", 0) != 0) {
            m_positionals.push_back(a);
            continue;
        }
        std::string name = a.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        const auto spec = m_options.find(name);
        if (spec == m_options.end()) {
            ctx.err << "error: unknown option --" << name << "\n" << "usage: " << m_usage << "\n";
            return kExitUsage;
        }
        if (spec->second.valueName.empty()) {
            m_values[name].push_back("1");
            continue;
        }
        if (!inlineValue && i + 1 >= args.size()) {
            ctx.err << "error: --" << name << " needs a value (" << spec->second.valueName << ")\n";
            return kExitUsage;
        }
        m_values[name].push_back(inlineValue ? *inlineValue : args[++i]);
    }
    if (auto problem = validatePositionals()) {
        ctx.err << "error: " << *problem << "\n" << "usage: " << m_usage << "\n";
        return kExitUsage;
    }
    return std::nullopt;
}

std::optional<std::string> ArgParser::validatePositionals() const {
    size_t required = 0;
    bool isUnbounded = false;
    for (const auto& p : m_positionalSpecs) {
        if (!p.isOptional) ++required;
        if (p.isRepeated) isUnbounded = true;
    }
    if (m_positionals.size() < required) return "missing " + m_positionalSpecs[m_positionals.size()].name;
    if (!isUnbounded && m_positionals.size() > m_positionalSpecs.size())
        return "unexpected argument '" + m_positionals[m_positionalSpecs.size()] + "'";
    return std::nullopt;
}

bool ArgParser::has(const std::string& name) const { return m_values.count(name) > 0; }

std::string ArgParser::value(const std::string& name, const std::string& fallback) const {
    const auto it = m_values.find(name);
    return it == m_values.end() || it->second.empty() ? fallback : it->second.back();
}

std::vector<std::string> ArgParser::values(const std::string& name) const {
    const auto it = m_values.find(name);
    return it == m_values.end() ? std::vector<std::string>{} : it->second;
}

std::string ArgParser::positional(size_t index) const {
    return index < m_positionals.size() ? m_positionals[index] : std::string();
}

std::string ArgParser::helpText() const {
    std::ostringstream out;
    out << "usage: " << m_usage << "\n\n" << m_description << "\n";
    if (!m_positionalSpecs.empty()) {
        out << "\narguments:\n";
        for (const auto& p : m_positionalSpecs) out << "  " << p.name << "\n      " << p.help << "\n";
    }
    out << "\noptions:\n";
    for (const auto& name : m_optionOrder) {
        const auto& spec = m_options.at(name);
        out << "  --" << name << (spec.valueName.empty() ? "" : " " + spec.valueName) << "\n      " << spec.help << "\n";
    }
    out << "  --help\n      show this help\n";
    return out.str();
}

}  // namespace hitome::app
