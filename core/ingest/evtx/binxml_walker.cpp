// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/evtx/binxml_walker.h"

#include "core/ingest/evtx/evtx_bytes.h"
#include "core/util/text.h"

namespace hitome::core::evtx {
namespace {

std::string_view entityText(const std::string& name) {
    if (name == "amp") return "&";
    if (name == "lt") return "<";
    if (name == "gt") return ">";
    if (name == "quot") return "\"";
    if (name == "apos") return "'";
    return {};
}

}  // namespace

Status BinXmlWalker::walk(const BinXmlFragment& root, BinXmlVisitor& visitor) {
    m_visitor = &visitor;
    m_open.clear();
    m_budget = kMaxTokensPerRecord;
    return walkFragment(root, nullptr, 0, 0);
}

Status BinXmlWalker::walkFragment(const BinXmlFragment& fragment, const BinXmlValue* subs,
                                  std::size_t subCount, int nesting) {
    if (nesting > 2 * kMaxFragmentNesting)
        return Error::make(ErrorCode::TooLarge, "BinXML: templates nested too deeply");
    for (const BxToken& token : fragment.tokens) {
        if (m_budget-- == 0)
            return Error::make(ErrorCode::TooLarge, "BinXML: record expands to too many nodes");
        if (Status s = walkToken(fragment, token, subs, subCount, nesting); !s) return s;
    }
    return {};
}

void BinXmlWalker::endCurrent() {
    if (m_open.empty()) return;
    m_visitor->endElement(m_cache.name(m_open.back()));
    m_open.pop_back();
}

Status BinXmlWalker::walkToken(const BinXmlFragment& fragment, const BxToken& token,
                               const BinXmlValue* subs, std::size_t subCount, int nesting) {
    switch (token.op) {
    case BxOp::Open:
        if (m_open.size() >= static_cast<std::size_t>(kMaxElementDepth))
            return Error::make(ErrorCode::TooLarge, "BinXML: elements nested too deeply");
        m_open.push_back(token.ref);
        m_visitor->openElement(m_cache.name(token.ref));
        return {};
    case BxOp::Attribute: m_visitor->attribute(m_cache.name(token.ref)); return {};
    case BxOp::CloseStart: m_visitor->closeStartTag(); return {};
    case BxOp::CloseEmpty: m_visitor->closeStartTag(); endCurrent(); return {};
    case BxOp::End: endCurrent(); return {};
    case BxOp::Value: m_visitor->value(token.value); return {};
    case BxOp::CData: {
        std::string text;
        appendValueText(text, token.value);
        m_visitor->literalText(text);
        return {};
    }
    case BxOp::CharRef: {
        std::string text;
        appendUtf8(text, token.index);
        m_visitor->literalText(text);
        return {};
    }
    case BxOp::EntityRef: m_visitor->literalText(entityText(m_cache.name(token.ref).text)); return {};
    case BxOp::PiTarget: case BxOp::PiData: return {};
    case BxOp::Substitution: {
        if (token.index >= subCount) return {};  // missing value renders empty
        return walkSubstitution(subs[token.index], nesting);
    }
    case BxOp::Instance: {
        const BinXmlInstance& inst = fragment.instances[token.ref];
        return walkFragment(inst.tmpl->body, fragment.values.data() + inst.firstValue,
                            inst.valueCount, nesting + 1);
    }
    }
    return {};
}

Status BinXmlWalker::walkSubstitution(const BinXmlValue& value, int nesting) {
    if (value.type != kTypeBinXml) {
        m_visitor->value(value);
        return {};
    }
    if (value.size == 0) return {};
    const auto level = static_cast<std::size_t>(nesting);
    if (level > static_cast<std::size_t>(kMaxFragmentNesting))
        return Error::make(ErrorCode::TooLarge, "BinXML: values nested too deeply");
    while (m_scratch.size() <= level) m_scratch.push_back(std::make_unique<BinXmlFragment>());
    BinXmlFragment& nested = *m_scratch[level];
    nested.clear();
    const auto begin = static_cast<std::uint32_t>(value.data - m_chunk);
    if (Status s = m_parser.parse(begin, begin + value.size, nested, nesting + 1); !s) return s;
    return walkFragment(nested, nullptr, 0, nesting + 1);
}

}  // namespace hitome::core::evtx
