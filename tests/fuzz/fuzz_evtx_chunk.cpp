// SPDX-License-Identifier: GPL-3.0-or-later
// One EVTX chunk of arbitrary bytes, parsed to events and to XML (BinXML,
// templates, slack-space recovery): problems must become diagnostics.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "core/ingest/evtx/evtx_chunk_parser.h"

using namespace hitome::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string path = "fuzz.evtx";
    evtx::ChunkInput in;
    in.data = data;
    in.size = size < 65536 ? size : 65536;
    in.fileOffset = 4096;
    in.path = &path;
    for (const bool isCounted : {true, false}) {
        in.isCounted = isCounted;
        evtx::EvtxChunkParser parser;
        std::vector<WinEvent> events;
        evtx::ChunkDiagnostics diag;
        parser.parseEvents(in, events, diag);
        std::vector<evtx::EvtxRecordXml> xml;
        evtx::ChunkDiagnostics xmlDiag;
        parser.parseXml(in, xml, xmlDiag);
        // A problem is placed inside the chunk it was found in.
        for (const Error& e : diag.problems) {
            if (!e.offset || (*e.offset >= in.fileOffset && *e.offset <= in.fileOffset + in.size)) continue;
            std::fprintf(stderr, "problem placed outside its chunk: %s\n", e.message().c_str());
            __builtin_trap();
        }
    }
    return 0;
}
