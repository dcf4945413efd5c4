// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explain/powershell_invocation.h"

#include "core/util/text.h"

namespace hitome::core {
namespace {

bool isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           static_cast<unsigned char>(c) >= 0x80;
}

// Backticks escape nothing in a command name: I`E`X is IEX.
std::string withoutBackticks(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s)
        if (c != '`') out += c;
    return out;
}

// `word` at i as a whole command word: not part of a longer name, a
// variable ($iex), a member (.iex), a path (C:\iex\) or a file (iex.ps1).
bool isCommandWordAt(std::string_view s, size_t i, std::string_view word) {
    if (!startsWithNoCase(s.substr(i), word)) return false;
    if (i > 0) {
        const char before = s[i - 1];
        if (isWordChar(before) || before == '$' || before == '.' || before == ':' || before == '\\' || before == '/')
            return false;
    }
    const size_t after = i + word.size();
    if (after < s.size()) {
        const char next = s[after];
        if (isWordChar(next) || next == '.' || next == ':' || next == '\\' || next == '/') return false;
        // 'iex' on its own in quotes is a string, unless & or . invokes it (invocationAt).
        if ((next == '\'' || next == '"') && i > 0 && s[i - 1] == next) return false;
    }
    return true;
}

// The text inside the parentheses opening at `open`, at most `cap` bytes.
std::string_view parenthesised(std::string_view s, size_t open, size_t cap) {
    int depth = 0;
    for (size_t j = open; j < s.size() && j - open <= cap; ++j) {
        if (s[j] == '(') ++depth;
        if (s[j] == ')' && --depth == 0) return s.substr(open + 1, j - open - 1);
    }
    return {};
}

// Whether a computed command name spells IEX: quoted pieces joined with +,
// or one of the well-known tricks that pick letters out of variables.
bool spellsInvokeExpression(std::string_view expr) {
    std::string folded;
    for (char c : expr)
        if (c != '\'' && c != '"' && c != '+' && c != ' ' && c != '\t' && c != '(' && c != ')') folded += asciiLower(c);
    if (folded == "iex" || folded == "invoke-expression") return true;
    for (std::string_view trick : {"$pshome[", "$shellid[", "$env:comspec[", "$env:public[", "verbosepreference",
                                   "*mdr*", "maximumdrivecount"})
        if (containsNoCase(expr, trick)) return true;
    return false;
}

// "&(" / ".(" / "& 'iex'" at i. A "." counts only where it cannot be member access.
std::string invocationAt(std::string_view s, size_t i) {
    if (s[i] != '&' && s[i] != '.') return {};
    if (s[i] == '.' && i > 0) {
        const char before = s[i - 1];
        if (isWordChar(before) || before == ')' || before == ']' || before == '}' || before == '\'' || before == '"' ||
            before == '$' || before == '.')
            return {};
    }
    size_t j = i + 1;
    while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
    if (j >= s.size()) return {};
    const std::string op(1, s[i]);
    if (s[j] == '(') {
        const std::string_view inner = parenthesised(s, j, 512);
        if (startsWithNoCase(trim(inner), "[scriptblock]::create")) return op + "([scriptblock]::Create(...))";
        if (spellsInvokeExpression(inner)) return op + "(...) spelling IEX";
    } else if (s[j] == '\'' || s[j] == '"') {
        const size_t close = s.find(s[j], j + 1);
        if (close != std::string_view::npos && spellsInvokeExpression(s.substr(j, close - j + 1)))
            return op + " '" + std::string(s.substr(j + 1, close - j - 1)) + "'";
    }
    return {};
}

}  // namespace

std::string findExpressionInvocation(std::string_view script) {
    const std::string s = withoutBackticks(script);
    constexpr int kMaxOperatorChecks = 4096;   // bounds work on hostile "&(&(&(..." input
    int operatorChecks = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = asciiLower(s[i]);
        if (c == 'i') {
            if (isCommandWordAt(s, i, "invoke-expression")) return "Invoke-Expression";
            if (isCommandWordAt(s, i, "iex")) return "IEX";
        } else if (c == '[' && startsWithNoCase(std::string_view(s).substr(i), "[scriptblock]::create")) {
            return "[scriptblock]::Create";
        } else if ((c == '&' || c == '.') && operatorChecks++ < kMaxOperatorChecks) {
            std::string form = invocationAt(s, i);
            if (!form.empty()) return form;
        }
    }
    return {};
}

}  // namespace hitome::core
