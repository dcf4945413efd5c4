// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/evtx/evtx_xml_renderer.h"

#include <cstdio>

namespace hitome::core::evtx {

void EvtxXmlRenderer::indent(std::size_t depth) { m_out.append(2 * depth, ' '); }

void EvtxXmlRenderer::closeAttribute() {
    if (!m_inAttribute) return;
    m_out += '"';
    m_inAttribute = false;
}

void EvtxXmlRenderer::openContent() {
    closeAttribute();
    if (m_inStartTag) {
        m_out += '>';
        m_inStartTag = false;
    }
}

void EvtxXmlRenderer::openElement(const EvtxName& name) {
    openContent();
    if (!m_hasChildren.empty() && !m_hasChildren.back()) {
        m_hasChildren.back() = true;
        m_out += '\n';
    }
    indent(m_hasChildren.size());
    m_out += '<';
    m_out += name.text;
    m_hasChildren.push_back(false);
    m_inStartTag = true;
}

void EvtxXmlRenderer::attribute(const EvtxName& name) {
    closeAttribute();
    m_out += ' ';
    m_out += name.text;
    m_out += "=\"";
    m_inAttribute = true;
}

void EvtxXmlRenderer::closeStartTag() { closeAttribute(); }

void EvtxXmlRenderer::endElement(const EvtxName& name) {
    closeAttribute();
    if (m_inStartTag) {
        m_out += "/>\n";
        m_inStartTag = false;
    } else {
        if (!m_hasChildren.empty() && m_hasChildren.back()) indent(m_hasChildren.size() - 1);
        m_out += "</";
        m_out += name.text;
        m_out += ">\n";
    }
    if (!m_hasChildren.empty()) m_hasChildren.pop_back();
}

void EvtxXmlRenderer::value(const BinXmlValue& v) {
    m_scratch.clear();
    appendValueText(m_scratch, v);
    literalText(m_scratch);
}

void EvtxXmlRenderer::literalText(std::string_view utf8) {
    if (!m_inAttribute) openContent();
    appendEscaped(utf8, m_inAttribute);
}

void EvtxXmlRenderer::appendEscaped(std::string_view text, bool inAttribute) {
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (ch) {
        case '&': m_out += "&amp;"; break;
        case '<': m_out += "&lt;"; break;
        case '>': m_out += "&gt;"; break;
        case '"':
            if (inAttribute) m_out += "&quot;"; else m_out += ch;
            break;
        default:
            if (c < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
                char buf[8];
                std::snprintf(buf, sizeof buf, "&#x%x;", c);
                m_out += buf;
            } else {
                m_out += ch;
            }
        }
    }
}

}  // namespace hitome::core::evtx
