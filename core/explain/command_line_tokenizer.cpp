// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explain/command_line_tokenizer.h"

namespace hitome::core {
namespace {

bool isArgSpace(char c) { return c == ' ' || c == '\t'; }

size_t skipSpaces(std::string_view s, size_t i) {
    while (i < s.size() && isArgSpace(s[i])) ++i;
    return i;
}

// The program name: no escapes, quotes only delimit.
ArgToken readProgram(std::string_view s, size_t& i) {
    ArgToken tok;
    tok.begin = i;
    if (s[i] == '"') {
        ++i;
        while (i < s.size() && s[i] != '"') tok.value += s[i++];
        if (i < s.size()) ++i;
    } else {
        while (i < s.size() && !isArgSpace(s[i])) tok.value += s[i++];
    }
    tok.end = i;
    return tok;
}

// One later argument, following the shell32 algorithm: `quotes` counts the
// quote state; three quotes in a row while counting give a literal quote.
ArgToken readArgument(std::string_view s, size_t& i) {
    ArgToken tok;
    tok.begin = i;
    int quotes = 0;
    size_t backslashes = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (isArgSpace(c) && quotes == 0) break;
        if (c == '\\') {
            tok.value += c;
            ++backslashes;
            ++i;
            continue;
        }
        if (c != '"') {
            tok.value += c;
            backslashes = 0;
            ++i;
            continue;
        }
        tok.value.resize(tok.value.size() - backslashes / 2);
        if (backslashes % 2 == 1) {
            tok.value.back() = '"';   // the odd backslash becomes the quote
        } else {
            ++quotes;
        }
        backslashes = 0;
        ++i;
        while (i < s.size() && s[i] == '"') {
            if (++quotes == 3) {
                tok.value += '"';
                quotes = 0;
            }
            ++i;
        }
        if (quotes == 2) quotes = 0;
    }
    tok.end = i;
    return tok;
}

}  // namespace

std::vector<ArgToken> splitCommandLine(std::string_view s) {
    std::vector<ArgToken> out;
    size_t i = skipSpaces(s, 0);
    if (i >= s.size()) return out;
    out.push_back(readProgram(s, i));
    i = skipSpaces(s, i);
    while (i < s.size()) {
        out.push_back(readArgument(s, i));
        i = skipSpaces(s, i);
    }
    return out;
}

std::vector<std::string> commandLineArgs(std::string_view commandLine) {
    std::vector<std::string> out;
    for (auto& t : splitCommandLine(commandLine)) out.push_back(std::move(t.value));
    return out;
}

std::string quoteArgument(std::string_view arg) {
    if (!arg.empty() && arg.find_first_of(" \t\"") == std::string_view::npos) return std::string(arg);
    std::string out = "\"";
    size_t backslashes = 0;
    for (char c : arg) {
        if (c == '\\') {
            ++backslashes;
            continue;
        }
        out.append(c == '"' ? backslashes * 2 + 1 : backslashes, '\\');
        backslashes = 0;
        out += c;
    }
    out.append(backslashes * 2, '\\');
    out += '"';
    return out;
}

std::string_view chainOperatorText(ChainOperator op) {
    switch (op) {
        case ChainOperator::Sequence: return "&";
        case ChainOperator::And: return "&&";
        case ChainOperator::Or: return "||";
        case ChainOperator::Pipe: return "|";
        case ChainOperator::None: break;
    }
    return "";
}

}  // namespace hitome::core
