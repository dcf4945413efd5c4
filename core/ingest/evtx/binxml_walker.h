// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Walks a parsed record fragment as a document: template instances expand to
// their bodies with the record's substitution values, and BinXML values
// (type 0x21) are parsed and walked in place. A visitor receives the result
// as element/attribute/text events; it never sees templates.

#include <cstdint>
#include <memory>
#include <vector>

#include "core/ingest/evtx/binxml_parser.h"

namespace hitome::core::evtx {

class BinXmlVisitor {
public:
    virtual ~BinXmlVisitor() = default;
    virtual void openElement(const EvtxName& name) = 0;
    virtual void attribute(const EvtxName& name) = 0;
    // After the attributes of the current element.
    virtual void closeStartTag() = 0;
    virtual void endElement(const EvtxName& name) = 0;
    // Text content, or the value of the current attribute.
    virtual void value(const BinXmlValue& value) = 0;
    // Character data already decoded (char refs, entity refs, CDATA).
    virtual void literalText(std::string_view utf8) = 0;
};

class BinXmlWalker {
public:
    BinXmlWalker(BinXmlParser& parser, const EvtxTemplateCache& cache, const std::uint8_t* chunk)
        : m_parser(parser), m_cache(cache), m_chunk(chunk) {}

    // Walks `root` (a record's fragment). Errors carry chunk-relative offsets.
    Status walk(const BinXmlFragment& root, BinXmlVisitor& visitor);

private:
    Status walkFragment(const BinXmlFragment& fragment, const BinXmlValue* subs,
                        std::size_t subCount, int nesting);
    Status walkToken(const BinXmlFragment& fragment, const BxToken& token,
                     const BinXmlValue* subs, std::size_t subCount, int nesting);
    Status walkSubstitution(const BinXmlValue& value, int nesting);
    void endCurrent();

    BinXmlParser& m_parser;
    const EvtxTemplateCache& m_cache;
    const std::uint8_t* m_chunk;
    BinXmlVisitor* m_visitor = nullptr;
    std::vector<std::uint32_t> m_open;  // names of open elements
    std::vector<std::unique_ptr<BinXmlFragment>> m_scratch;  // one per nesting level
    std::size_t m_budget = 0;
};

}  // namespace hitome::core::evtx
