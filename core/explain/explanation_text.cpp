// SPDX-License-Identifier: GPL-3.0-or-later
// explanationToText (declared in explanation_json.h).
#include <sstream>

#include "core/explain/explain_context.h"
#include "core/explain/explanation_json.h"
#include "core/explain/explanation_labels.h"
#include "core/explain/visible_text.h"

namespace hitome::core {
namespace {

struct Headings {
    const char *command, *binary, *unknown, *arguments, *entities, *findings, *techniques, *decoded, *nested, *noMeaning,
        *nextSteps;
};

const Headings& headings(Lang lang) {
    static const Headings en{"Command", "Program", "(not in the knowledge base)", "Arguments", "Names in the command",
                             "Findings", "ATT&CK techniques", "Decoded layers", "Runs", "-", "What to check next"};
    static const Headings ja{"コマンド", "プログラム", "（ナレッジベースにありません）", "引数", "コマンド内の名前",
                             "所見", "ATT&CK テクニック", "デコード結果", "実行される内容", "-", "次に確認すること"};
    return lang == Lang::Ja ? ja : en;
}

std::string indentLines(std::string_view text, const std::string& pad) {
    std::string out = pad;
    for (char c : text) {
        out += c;
        if (c == '\n') out += pad;
    }
    return out;
}

class TextWriter {
public:
    TextWriter(Lang lang, const TechniqueLookup& lookup) : m_lang(lang), m_h(headings(lang)), m_lookup(lookup) {}

    void write(const Explanation& ex, const std::string& pad) {
        m_out << pad << m_h.command << ": " << visibleText(ex.commandLine) << "\n";
        if (!ex.binary.isEmpty()) {
            m_out << pad << m_h.binary << ": " << visibleText(ex.binary.fileName) << " — "
                  << (ex.kbName.empty() ? m_h.unknown : visibleText(ex.binarySummary.in(m_lang))) << "\n";
        }
        writeArguments(ex, pad);
        if (!ex.entities.empty()) {
            m_out << pad << m_h.entities << ":\n";
            for (const auto& e : ex.entities)
                m_out << pad << "  " << entityLabel(e.kind).in(m_lang) << ": " << visibleText(entityValueLabel(e.kind, e.value).in(m_lang)) << "\n";
        }
        if (!ex.findings.empty()) {
            m_out << pad << m_h.findings << ":\n";
            for (const auto& f : ex.findings)
                m_out << pad << "  [" << severityLabel(f.severity).in(m_lang) << "] " << visibleText(f.text.in(m_lang)) << "\n";
        }
        writeTechniques(ex, pad);
        writeDecoded(ex, pad);
        if (!ex.nextSteps.in(m_lang).empty()) {
            m_out << pad << m_h.nextSteps << ":\n";
            for (const auto& step : ex.nextSteps.in(m_lang)) m_out << pad << "  - " << visibleText(step) << "\n";
        }
        for (const auto& n : ex.nested) {
            m_out << pad << m_h.nested << " (" << nestedRoleLabel(n.role).in(m_lang);
            if (!n.chainOperator.empty())
                m_out << (m_lang == Lang::Ja ? "、" : "; ") << chainOperatorLabel(n.chainOperator).in(m_lang);
            m_out << "):\n";
            write(n, pad + "    ");
        }
    }

    std::string take() { return m_out.str(); }

private:
    void writeArguments(const Explanation& ex, const std::string& pad) {
        if (ex.arguments.size() <= 1) return;
        m_out << pad << m_h.arguments << ":\n";
        for (size_t i = 1; i < ex.arguments.size(); ++i) {
            const auto& a = ex.arguments[i];
            const std::string& meaning = a.meaning.in(m_lang);
            m_out << pad << "  " << visibleText(a.text) << "  — " << (meaning.empty() ? m_h.noMeaning : visibleText(meaning)) << "\n";
        }
    }
    void writeTechniques(const Explanation& ex, const std::string& pad) {
        if (ex.techniques.empty()) return;
        m_out << pad << m_h.techniques << ":\n";
        for (const auto& id : ex.techniques) {
            m_out << pad << "  " << id;
            if (m_lookup) {
                const TechniqueInfo info = m_lookup(id);
                if (!info.name.empty()) m_out << " " << visibleText(info.name);
                if (!info.url.empty()) m_out << " <" << visibleText(info.url) << ">";
            }
            m_out << "\n";
        }
    }
    void writeDecoded(const Explanation& ex, const std::string& pad) {
        if (ex.decoded.empty()) return;
        m_out << pad << m_h.decoded << ":\n";
        for (size_t i = 0; i < ex.decoded.size(); ++i) {
            const auto& l = ex.decoded[i];
            m_out << pad << "  " << (i + 1) << ". " << decodedKindLabel(l.kind).in(m_lang)
                  << (l.isTruncated ? " " + truncatedLabel().in(m_lang) : "") << ":\n";
            m_out << indentLines(visibleText(l.text, {true}), pad + "     ") << "\n";
        }
    }

    Lang m_lang;
    const Headings& m_h;
    const TechniqueLookup& m_lookup;
    std::ostringstream m_out;
};

}  // namespace

std::string explanationToText(const Explanation& ex, Lang lang, const TechniqueLookup& lookup) {
    TextWriter w(lang, lookup);
    w.write(ex, "");
    return w.take();
}

}  // namespace hitome::core
