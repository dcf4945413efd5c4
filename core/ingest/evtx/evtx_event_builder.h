// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A BinXmlVisitor that fills a WinEvent straight from the walked record: the
// System fields, EventData <Data Name=…> fields, and for UserData (and other
// event sections) the leaf elements by element name. Values are rendered as
// python-evtx renders them.

#include <string>
#include <vector>

#include "core/ingest/evtx/binxml_walker.h"
#include "core/model/win_event.h"

namespace hitome::core::evtx {

class EvtxEventBuilder final : public BinXmlVisitor {
public:
    // Starts a new event; `out` must outlive the walk.
    void begin(WinEvent& out);
    // Whether TimeCreated/EventRecordID were present (else the caller uses the
    // record header's values).
    bool hasTime() const { return m_hasTime; }
    bool hasRecordId() const { return m_hasRecordId; }

    void openElement(const EvtxName& name) override;
    void attribute(const EvtxName& name) override;
    void closeStartTag() override;
    void endElement(const EvtxName& name) override;
    void value(const BinXmlValue& value) override;
    void literalText(std::string_view utf8) override;

private:
    enum class Section { None, System, EventData, Leaves, Ignored };
    enum class Target {
        None, EventId, Level, Task, Opcode, Keywords, RecordId, Channel, Computer,
        Provider, SystemTime, ProcessId, ThreadId, UserId, FieldName,
    };

    void finishAttribute();
    void finishSystemText(Target target);
    std::string* textSink();
    Target systemElementTarget(NameRole role) const;

    WinEvent* m_event = nullptr;
    std::vector<NameRole> m_roles;  // open elements
    Section m_section = Section::None;
    Target m_elementTarget = Target::None;
    Target m_attrTarget = Target::None;
    bool m_inAttribute = false;
    bool m_fieldOpen = false;
    std::size_t m_fieldDepth = 0;
    bool m_hasTime = false;
    bool m_hasRecordId = false;
    std::string m_text;
    std::string m_attrText;
    std::uint64_t m_filetime = 0;
    bool m_hasFiletime = false;
};

}  // namespace hitome::core::evtx
