// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One Sigma string value compiled for matching: literal pieces separated by
// `*` / `?` wildcards, already lowered unless the value is case-sensitive.
// Equality, prefix, suffix and substring tests take fast paths; anything
// else runs an iterative glob match (linear in text × pattern, no recursion).

#include <string>
#include <string_view>
#include <vector>

namespace hitome::core {

class SigmaPattern {
public:
    enum class Shape { Equals, StartsWith, EndsWith, Contains, Glob, Any };

    // `raw` is the value as written in the rule (with Sigma escapes \* \? \\).
    // `isCased` keeps case; otherwise the pattern is lowered (ASCII).
    static SigmaPattern fromSigma(std::string_view raw, bool isCased);
    // A value with no wildcard semantics at all (e.g. produced by base64).
    static SigmaPattern literal(std::string_view text, bool isCased);

    void wrapContains();     // *x*
    void wrapStartsWith();   // x*
    void wrapEndsWith();     // *x

    // `text` must already be lowered when !isCased().
    bool matches(std::string_view text) const;
    bool isCased() const { return m_isCased; }
    Shape shape() const { return m_shape; }
    // The literal text for Equals/StartsWith/EndsWith/Contains shapes.
    const std::string& literalText() const { return m_literal; }
    // The longest text between wildcards ("" when there is none).
    std::string longestText() const;

private:
    struct Token {
        enum Kind { Text, Star, Question } kind;
        std::string text;
    };
    void classify();
    bool globMatch(std::string_view text) const;

    std::vector<Token> m_tokens;
    std::string m_literal;
    Shape m_shape = Shape::Equals;
    bool m_isCased = false;
};

}  // namespace hitome::core
