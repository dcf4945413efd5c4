// SPDX-License-Identifier: GPL-3.0-or-later
// The cmd.exe layer of command_line_tokenizer.h: chains and redirections.

#include "core/explain/command_line_tokenizer.h"
#include "core/util/text.h"

namespace hitome::core {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isCmdSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

class ChainSplitter {
public:
    explicit ChainSplitter(std::string_view s) : m_s(s) {}

    std::vector<CmdSegment> run() {
        while (m_i < m_s.size()) step();
        finish(ChainOperator::None, m_s.size());
        return std::move(m_segments);
    }

private:
    void step() {
        const char c = m_s[m_i];
        if (c == '"') {
            m_inQuotes = !m_inQuotes;
            m_current += c;
            ++m_i;
        } else if (m_inQuotes) {
            m_current += c;
            ++m_i;
        } else if (c == '^') {
            if (m_i + 1 < m_s.size()) m_current += m_s[m_i + 1];
            m_i += 2;
        } else if (c == '&' || c == '|') {
            readOperator(c);
        } else if (c == '>' || c == '<') {
            readRedirection(c);
        } else {
            m_current += c;
            ++m_i;
        }
    }

    void readOperator(char c) {
        const bool isDouble = m_i + 1 < m_s.size() && m_s[m_i + 1] == c;
        const ChainOperator op = c == '&' ? (isDouble ? ChainOperator::And : ChainOperator::Sequence)
                                          : (isDouble ? ChainOperator::Or : ChainOperator::Pipe);
        finish(op, m_i);
        m_i += isDouble ? 2 : 1;
        m_begin = m_i;
    }

    void readRedirection(char c) {
        Redirection r;
        const size_t n = m_current.size();
        if (n > 0 && isDigit(m_current.back()) && (n == 1 || isCmdSpace(m_current[n - 2]))) {
            r.op += m_current.back();
            m_current.pop_back();
        }
        r.op += c;
        ++m_i;
        if (c == '>' && m_i < m_s.size() && m_s[m_i] == '>') {
            r.op += '>';
            ++m_i;
        }
        if (m_i + 1 < m_s.size() && m_s[m_i] == '&' && isDigit(m_s[m_i + 1])) {
            r.op += m_s.substr(m_i, 2);
            m_i += 2;
        } else {
            r.target = readTarget();
        }
        m_redirections.push_back(std::move(r));
    }

    std::string readTarget() {
        while (m_i < m_s.size() && isCmdSpace(m_s[m_i])) ++m_i;
        std::string target;
        bool quoted = false;
        while (m_i < m_s.size()) {
            const char c = m_s[m_i];
            if (!quoted && (isCmdSpace(c) || c == '&' || c == '|' || c == '<' || c == '>')) break;
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '^' && !quoted && m_i + 1 < m_s.size()) {
                target += m_s[++m_i];
            } else {
                target += c;
            }
            ++m_i;
        }
        return target;
    }

    void finish(ChainOperator op, size_t end) {
        CmdSegment seg;
        seg.text = std::string(trim(m_current));
        seg.next = op;
        seg.redirections = std::move(m_redirections);
        seg.begin = m_begin;
        seg.end = end;
        if (!seg.text.empty() || !seg.redirections.empty()) {
            m_segments.push_back(std::move(seg));
        } else if (!m_segments.empty() && op != ChainOperator::None) {
            m_segments.back().next = op;
        }
        m_current.clear();
        m_redirections.clear();
    }

    std::string_view m_s;
    size_t m_i = 0;
    size_t m_begin = 0;
    bool m_inQuotes = false;
    std::string m_current;
    std::vector<Redirection> m_redirections;
    std::vector<CmdSegment> m_segments;
};

}  // namespace

std::vector<CmdSegment> splitCmdChain(std::string_view text) { return ChainSplitter(text).run(); }

bool hasCmdChain(std::string_view text) {
    bool inQuotes = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') inQuotes = !inQuotes;
        else if (!inQuotes && c == '^') ++i;
        else if (!inQuotes && (c == '&' || c == '|')) return true;
    }
    return false;
}

}  // namespace hitome::core
