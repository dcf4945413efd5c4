// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads BinXML bytes of one chunk into BinXmlFragment tokens. Template
// definitions met on the way (inline or by offset) are compiled once into the
// chunk's EvtxTemplateCache. Every read is bounds-checked against the chunk;
// errors carry the chunk-relative offset where parsing broke.

#include <cstddef>
#include <cstdint>

#include "core/ingest/evtx/binxml_fragment.h"
#include "core/ingest/evtx/evtx_template_cache.h"
#include "core/util/result.h"

namespace hitome::core::evtx {

class BinXmlParser {
public:
    BinXmlParser(const std::uint8_t* chunk, std::size_t chunkSize, EvtxTemplateCache& cache)
        : m_chunk(chunk), m_size(chunkSize), m_cache(cache) {}

    // Parses the fragment in [begin, end) (chunk-relative) into `out`.
    // `nesting` counts fragments inside BinXML values, for the depth limit.
    Status parse(std::uint32_t begin, std::uint32_t end, BinXmlFragment& out, int nesting = 0);

private:
    struct Cursor {
        std::uint32_t pos;
        std::uint32_t end;
    };

    Status parseToken(Cursor& c, BinXmlFragment& out, int& depth, int nesting, bool& done);
    Status parseOpenElement(Cursor& c, std::uint8_t token, BinXmlFragment& out);
    bool hasDependencyId(const Cursor& c) const;
    Result<std::uint32_t> readName(Cursor& c, std::uint32_t nameOffset);
    Status parseValueToken(Cursor& c, BinXmlFragment& out);
    Status parseInstance(Cursor& c, BinXmlFragment& out, int nesting);
    Result<const BinXmlTemplate*> templateAt(std::uint32_t offset, std::uint32_t referencedAt, int nesting);
    Status readSubstitutions(Cursor& c, BinXmlFragment& out, BinXmlInstance& instance);
    Status need(const Cursor& c, std::uint32_t bytes) const;
    Error error(ErrorCode code, std::uint32_t offset, const char* what) const;

    const std::uint8_t* m_chunk;
    std::size_t m_size;
    EvtxTemplateCache& m_cache;
};

}  // namespace hitome::core::evtx
