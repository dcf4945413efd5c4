// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/sigma_pattern.h"

#include "core/util/text.h"

namespace hitome::core {

SigmaPattern SigmaPattern::fromSigma(std::string_view raw, bool isCased) {
    SigmaPattern p;
    p.m_isCased = isCased;
    std::string current;
    auto flush = [&] {
        if (!current.empty()) p.m_tokens.push_back({Token::Text, std::move(current)});
        current.clear();
    };
    for (size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\\' && i + 1 < raw.size() && (raw[i + 1] == '*' || raw[i + 1] == '?' || raw[i + 1] == '\\')) {
            current.push_back(isCased ? raw[i + 1] : asciiLower(raw[i + 1]));
            ++i;
        } else if (c == '*' || c == '?') {
            flush();
            p.m_tokens.push_back({c == '*' ? Token::Star : Token::Question, {}});
        } else {
            current.push_back(isCased ? c : asciiLower(c));
        }
    }
    flush();
    p.classify();
    return p;
}

SigmaPattern SigmaPattern::literal(std::string_view text, bool isCased) {
    SigmaPattern p;
    p.m_isCased = isCased;
    if (!text.empty()) p.m_tokens.push_back({Token::Text, isCased ? std::string(text) : toLowerAscii(text)});
    p.classify();
    return p;
}

void SigmaPattern::wrapContains() {
    wrapStartsWith();
    wrapEndsWith();
}

void SigmaPattern::wrapStartsWith() {
    if (m_tokens.empty() || m_tokens.back().kind != Token::Star) m_tokens.push_back({Token::Star, {}});
    classify();
}

void SigmaPattern::wrapEndsWith() {
    if (m_tokens.empty() || m_tokens.front().kind != Token::Star) m_tokens.insert(m_tokens.begin(), {Token::Star, {}});
    classify();
}

void SigmaPattern::classify() {
    // Collapse runs of stars so the shape test below stays simple.
    std::vector<Token> tokens;
    for (auto& t : m_tokens)
        if (!(t.kind == Token::Star && !tokens.empty() && tokens.back().kind == Token::Star)) tokens.push_back(t);
    m_tokens = std::move(tokens);
    m_literal.clear();
    const size_t n = m_tokens.size();
    auto isStar = [&](size_t i) { return m_tokens[i].kind == Token::Star; };
    auto isText = [&](size_t i) { return m_tokens[i].kind == Token::Text; };
    if (n == 0) { m_shape = Shape::Equals; return; }
    if (n == 1 && isStar(0)) { m_shape = Shape::Any; return; }
    if (n == 1 && isText(0)) { m_shape = Shape::Equals; m_literal = m_tokens[0].text; return; }
    if (n == 2 && isText(0) && isStar(1)) { m_shape = Shape::StartsWith; m_literal = m_tokens[0].text; return; }
    if (n == 2 && isStar(0) && isText(1)) { m_shape = Shape::EndsWith; m_literal = m_tokens[1].text; return; }
    if (n == 3 && isStar(0) && isText(1) && isStar(2)) { m_shape = Shape::Contains; m_literal = m_tokens[1].text; return; }
    m_shape = Shape::Glob;
}

std::string SigmaPattern::longestText() const {
    std::string best;
    for (const auto& t : m_tokens)
        if (t.kind == Token::Text && t.text.size() > best.size()) best = t.text;
    return best;
}

bool SigmaPattern::matches(std::string_view text) const {
    switch (m_shape) {
    case Shape::Any: return true;
    case Shape::Equals: return text == m_literal;
    case Shape::StartsWith: return text.starts_with(m_literal);
    case Shape::EndsWith: return text.ends_with(m_literal);
    case Shape::Contains: return text.find(m_literal) != std::string_view::npos;
    case Shape::Glob: return globMatch(text);
    }
    return false;
}

// Classic greedy glob with one backtrack point per star: after a mismatch we
// retry from the last star one character further. Runs in O(text × pattern).
bool SigmaPattern::globMatch(std::string_view text) const {
    size_t ti = 0, tok = 0, off = 0;                       // position in text; token index; offset in text token
    size_t starTok = std::string::npos, starText = 0;
    while (ti < text.size()) {
        if (tok < m_tokens.size()) {
            const Token& t = m_tokens[tok];
            if (t.kind == Token::Star) { starTok = tok++; starText = ti; off = 0; continue; }
            if (t.kind == Token::Question) { ++ti; ++tok; continue; }
            if (text[ti] == t.text[off]) {
                ++ti;
                if (++off == t.text.size()) { off = 0; ++tok; }
                continue;
            }
        }
        if (starTok == std::string::npos) return false;
        tok = starTok + 1;
        off = 0;
        ti = ++starText;
    }
    // Text consumed: only a partially matched token or stars may remain.
    if (off != 0) return false;
    while (tok < m_tokens.size() && m_tokens[tok].kind == Token::Star) ++tok;
    return tok == m_tokens.size();
}

}  // namespace hitome::core
