// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A parsed BinXML fragment: a flat token list (elements, attributes, values,
// substitutions, template instances) whose values point into chunk bytes.
// Template bodies and record roots share this shape.

#include <cstdint>
#include <string>
#include <vector>

#include "core/ingest/evtx/binxml_value.h"

namespace hitome::core::evtx {

// What an element or attribute name means to the event builder, decided once
// when the name is read so walking a record compares no strings.
enum class NameRole : std::uint8_t {
    Other, Event, System, Provider, EventId, Level, Task, Opcode, Keywords, TimeCreated,
    EventRecordId, Execution, Channel, Computer, Security, EventData, UserData, RenderingInfo,
    // attributes
    AttrName, AttrSystemTime, AttrProcessId, AttrThreadId, AttrUserId,
};

struct EvtxName {
    std::string text;  // UTF-8
    NameRole role = NameRole::Other;
};

enum class BxOp : std::uint8_t {
    Open, Attribute, CloseStart, CloseEmpty, End, Value, Substitution, CharRef, EntityRef,
    CData, PiTarget, PiData, Instance,
};

struct BxToken {
    BxOp op = BxOp::Value;
    bool isOptional = false;   // Substitution: 0x0E (conditional)
    std::uint16_t index = 0;   // Substitution index or CharRef code unit
    std::uint32_t ref = 0;     // name index (Open/Attribute/EntityRef/PiTarget) or instance index
    BinXmlValue value;         // Value/CData/PiData; declared type for Substitution
};

struct BinXmlTemplate;

struct BinXmlInstance {
    const BinXmlTemplate* tmpl = nullptr;
    std::uint32_t firstValue = 0;
    std::uint32_t valueCount = 0;
};

struct BinXmlFragment {
    std::vector<BxToken> tokens;
    std::vector<BinXmlInstance> instances;
    std::vector<BinXmlValue> values;  // substitution values of `instances`

    void clear() {
        tokens.clear();
        instances.clear();
        values.clear();
    }
};

struct BinXmlTemplate {
    std::uint32_t offset = 0;  // chunk-relative offset of the definition
    BinXmlFragment body;
};

}  // namespace hitome::core::evtx
