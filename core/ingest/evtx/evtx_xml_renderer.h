// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A BinXmlVisitor that writes the record as indented XML text (for display,
// debugging and comparison with other tools). Values use the same text as
// WinEvent fields; text and attributes are escaped.

#include <string>
#include <vector>

#include "core/ingest/evtx/binxml_walker.h"

namespace hitome::core::evtx {

class EvtxXmlRenderer final : public BinXmlVisitor {
public:
    explicit EvtxXmlRenderer(std::string& out) : m_out(out) {}

    void openElement(const EvtxName& name) override;
    void attribute(const EvtxName& name) override;
    void closeStartTag() override;
    void endElement(const EvtxName& name) override;
    void value(const BinXmlValue& value) override;
    void literalText(std::string_view utf8) override;

private:
    void closeAttribute();
    void openContent();
    void indent(std::size_t depth);
    void appendEscaped(std::string_view text, bool inAttribute);

    std::string& m_out;
    std::vector<bool> m_hasChildren;  // per open element
    bool m_inStartTag = false;
    bool m_inAttribute = false;
    std::string m_scratch;
};

}  // namespace hitome::core::evtx
