// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Splits Windows command lines the way Windows does: CommandLineToArgvW for a
// process command line, and the cmd.exe layer (^ escapes, & && || | chains,
// redirections) for text that cmd.exe interprets. Linear in the input size.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hitome::core {

// One argument after CommandLineToArgvW, with the byte range it came from.
struct ArgToken {
    std::string value;
    size_t begin = 0;   // offset of the first byte in the command line
    size_t end = 0;     // one past the last byte
};

// CommandLineToArgvW rules: the first argument (program) ends at the first
// space/tab, or at the closing quote when it starts with a quote, with no
// backslash processing; later arguments use the 2n / 2n+1 backslash rules and
// "" inside quotes. An empty command line gives no arguments.
std::vector<ArgToken> splitCommandLine(std::string_view commandLine);

// Arguments only.
std::vector<std::string> commandLineArgs(std::string_view commandLine);

// Quotes one argument so that splitCommandLine gives it back unchanged
// (not for the first argument).
std::string quoteArgument(std::string_view arg);

enum class ChainOperator { None, Sequence, And, Or, Pipe };   // (end), &, &&, ||, |
std::string_view chainOperatorText(ChainOperator op);

struct Redirection {
    std::string op;       // ">", ">>", "<", "2>", "2>&1"...
    std::string target;   // file or handle; empty for "2>&1" style
};

// One command of a cmd.exe chain: its text with carets and redirections
// removed, the operator that follows it, and the redirections it had.
struct CmdSegment {
    std::string text;
    ChainOperator next = ChainOperator::None;
    std::vector<Redirection> redirections;
    size_t begin = 0;   // byte range in the original text
    size_t end = 0;
};

// cmd.exe layer: outside double quotes, ^ escapes the next character and
// & && || | separate commands; quotes are kept in the text.
std::vector<CmdSegment> splitCmdChain(std::string_view text);

// True when `text` has a chain operator outside quotes (unescaped).
bool hasCmdChain(std::string_view text);

}  // namespace hitome::core
