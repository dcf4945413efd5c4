// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/evtx/evtx_event_builder.h"

#include <charconv>

#include "core/util/time.h"

namespace hitome::core::evtx {
namespace {

std::uint64_t parseUnsigned(std::string_view text) {
    text = std::string_view(text.data(), text.size());
    while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.remove_prefix(1);
    int base = 10;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        base = 16;
        text.remove_prefix(2);
    }
    std::uint64_t v = 0;
    std::from_chars(text.data(), text.data() + text.size(), v, base);
    return v;
}

}  // namespace

void EvtxEventBuilder::begin(WinEvent& out) {
    m_event = &out;
    m_roles.clear();
    m_section = Section::None;
    m_elementTarget = m_attrTarget = Target::None;
    m_inAttribute = m_fieldOpen = m_hasTime = m_hasRecordId = m_hasFiletime = false;
    m_fieldDepth = 0;
    m_text.clear();
    m_attrText.clear();
}

EvtxEventBuilder::Target EvtxEventBuilder::systemElementTarget(NameRole role) const {
    switch (role) {
    case NameRole::EventId: return Target::EventId;
    case NameRole::Level: return Target::Level;
    case NameRole::Task: return Target::Task;
    case NameRole::Opcode: return Target::Opcode;
    case NameRole::Keywords: return Target::Keywords;
    case NameRole::EventRecordId: return Target::RecordId;
    case NameRole::Channel: return Target::Channel;
    case NameRole::Computer: return Target::Computer;
    default: return Target::None;
    }
}

void EvtxEventBuilder::openElement(const EvtxName& name) {
    finishAttribute();
    m_roles.push_back(name.role);
    const std::size_t depth = m_roles.size();
    if (depth == 2) {
        m_section = name.role == NameRole::System          ? Section::System
                    : name.role == NameRole::EventData     ? Section::EventData
                    : name.role == NameRole::RenderingInfo ? Section::Ignored
                                                           : Section::Leaves;
        return;
    }
    if (depth == 3 && m_section == Section::System) {
        m_elementTarget = systemElementTarget(name.role);
        m_text.clear();
    } else if (m_section == Section::EventData && depth == 3) {
        m_event->data.push_back(EventField{name.text, {}});
        m_fieldOpen = true;
        m_fieldDepth = depth;
    } else if (m_section == Section::Leaves && depth >= 3) {
        // A parent stops being a leaf when its first child element opens.
        if (m_fieldOpen && m_fieldDepth == depth - 1) m_event->data.pop_back();
        m_event->data.push_back(EventField{name.text, {}});
        m_fieldOpen = true;
        m_fieldDepth = depth;
    }
}

void EvtxEventBuilder::attribute(const EvtxName& name) {
    finishAttribute();
    m_inAttribute = true;
    m_attrText.clear();
    m_hasFiletime = false;
    m_attrTarget = Target::None;
    const NameRole element = m_roles.empty() ? NameRole::Other : m_roles.back();
    const std::size_t depth = m_roles.size();
    if (m_section == Section::System && depth == 3) {
        if (element == NameRole::Provider && name.role == NameRole::AttrName) m_attrTarget = Target::Provider;
        if (element == NameRole::TimeCreated && name.role == NameRole::AttrSystemTime) m_attrTarget = Target::SystemTime;
        if (element == NameRole::Execution && name.role == NameRole::AttrProcessId) m_attrTarget = Target::ProcessId;
        if (element == NameRole::Execution && name.role == NameRole::AttrThreadId) m_attrTarget = Target::ThreadId;
        if (element == NameRole::Security && name.role == NameRole::AttrUserId) m_attrTarget = Target::UserId;
    } else if (m_section == Section::EventData && depth == 3 && m_fieldOpen &&
               name.role == NameRole::AttrName) {
        m_attrTarget = Target::FieldName;
    }
}

void EvtxEventBuilder::finishAttribute() {
    if (!m_inAttribute) return;
    m_inAttribute = false;
    switch (m_attrTarget) {
    case Target::Provider: m_event->provider = m_attrText; break;
    case Target::UserId: m_event->userSid = m_attrText; break;
    case Target::ProcessId: m_event->processId = static_cast<std::uint32_t>(parseUnsigned(m_attrText)); break;
    case Target::ThreadId: m_event->threadId = static_cast<std::uint32_t>(parseUnsigned(m_attrText)); break;
    case Target::FieldName: m_event->data.back().name = m_attrText; break;
    case Target::SystemTime:
        if (m_hasFiletime) {
            m_event->time = ticksFromFiletime(m_filetime);
            m_hasTime = true;
        } else if (auto t = parseIsoTime(m_attrText)) {
            m_event->time = *t;
            m_hasTime = true;
        }
        break;
    default: break;
    }
    m_attrTarget = Target::None;
}

void EvtxEventBuilder::closeStartTag() { finishAttribute(); }

void EvtxEventBuilder::finishSystemText(Target target) {
    const std::uint64_t n = parseUnsigned(m_text);
    switch (target) {
    case Target::EventId: m_event->eventId = static_cast<std::uint32_t>(n); break;
    case Target::Level: m_event->level = static_cast<std::uint8_t>(n); break;
    case Target::Task: m_event->task = static_cast<std::uint16_t>(n); break;
    case Target::Opcode: m_event->opcode = static_cast<std::uint8_t>(n); break;
    case Target::Keywords: m_event->keywords = n; break;
    case Target::RecordId: m_event->recordId = n; m_hasRecordId = true; break;
    case Target::Channel: m_event->channel = m_text; break;
    case Target::Computer: m_event->computer = m_text; break;
    default: break;
    }
}

void EvtxEventBuilder::endElement(const EvtxName&) {
    finishAttribute();
    const std::size_t depth = m_roles.size();
    if (depth == 3 && m_section == Section::System && m_elementTarget != Target::None) {
        finishSystemText(m_elementTarget);
        m_elementTarget = Target::None;
    }
    if (m_fieldOpen && depth == m_fieldDepth) m_fieldOpen = false;
    if (depth == 2) m_section = Section::None;
    if (!m_roles.empty()) m_roles.pop_back();
}

std::string* EvtxEventBuilder::textSink() {
    if (m_inAttribute) return m_attrTarget == Target::None ? nullptr : &m_attrText;
    if (m_fieldOpen && m_roles.size() >= m_fieldDepth) return &m_event->data.back().value;
    if (m_elementTarget != Target::None && m_roles.size() == 3) return &m_text;
    return nullptr;
}

void EvtxEventBuilder::value(const BinXmlValue& v) {
    if (m_inAttribute && m_attrTarget == Target::SystemTime && v.type == kTypeFiletime && v.size >= 8) {
        m_filetime = *valueAsUnsigned(v);
        m_hasFiletime = true;
    }
    if (std::string* sink = textSink()) appendValueText(*sink, v);
}

void EvtxEventBuilder::literalText(std::string_view utf8) {
    if (std::string* sink = textSink()) sink->append(utf8);
}

}  // namespace hitome::core::evtx
