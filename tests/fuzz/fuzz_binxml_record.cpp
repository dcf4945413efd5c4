// SPDX-License-Identifier: GPL-3.0-or-later
// One record's BinXML of arbitrary bytes, without the chunk around it: the
// chunk target spends most of each run on headers, checksums and the slack
// scan, this one only on tokens, templates, substitutions and values. The
// bytes sit where a chunk's first record's BinXML does (after the 512-byte
// chunk header and the 24-byte record header, zeroed), so seeds cut from real
// first records keep their template and name offsets, and offsets can point
// anywhere in either.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "core/ingest/evtx/binxml_parser.h"
#include "core/ingest/evtx/binxml_walker.h"
#include "core/ingest/evtx/evtx_event_builder.h"
#include "core/ingest/evtx/evtx_xml_renderer.h"

using namespace hitome::core;
using namespace hitome::core::evtx;

namespace {

constexpr std::size_t kHeader = 512 + 24;
constexpr std::size_t kChunk = 65536;

// A problem is placed inside the chunk it was found in.
void checkPlaced(const Status& st, std::size_t chunkSize) {
    if (st || !st.error().offset || *st.error().offset <= chunkSize) return;
    std::fprintf(stderr, "problem placed outside its chunk: %s\n", st.error().message().c_str());
    __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<std::uint8_t> chunk(kHeader, 0);
    chunk.insert(chunk.end(), data, data + std::min(size, kChunk - kHeader));
    const auto begin = static_cast<std::uint32_t>(kHeader);
    const auto end = static_cast<std::uint32_t>(chunk.size());

    // Once into an event, once into XML, each with a fresh template cache as
    // a new chunk would have.
    {
        EvtxTemplateCache cache;
        BinXmlParser parser(chunk.data(), chunk.size(), cache);
        BinXmlFragment fragment;
        const Status parsed = parser.parse(begin, end, fragment);
        checkPlaced(parsed, chunk.size());
        if (parsed) {
            WinEvent event;
            EvtxEventBuilder builder;
            builder.begin(event);
            BinXmlWalker walker(parser, cache, chunk.data());
            checkPlaced(walker.walk(fragment, builder), chunk.size());
        }
    }
    {
        EvtxTemplateCache cache;
        BinXmlParser parser(chunk.data(), chunk.size(), cache);
        BinXmlFragment fragment;
        if (parser.parse(begin, end, fragment)) {
            std::string xml;
            EvtxXmlRenderer renderer(xml);
            BinXmlWalker walker(parser, cache, chunk.data());
            checkPlaced(walker.walk(fragment, renderer), chunk.size());
        }
    }
    return 0;
}
