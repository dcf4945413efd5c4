// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/events/event_xml_parser.h"

#include <optional>

#include "core/store/event_columns.h"
#include "core/store/task_content.h"
#include "core/util/time.h"

namespace hitome::core {
namespace {

struct Tag {
    std::string_view name;    // without namespace prefix
    std::string_view attrs;   // raw attribute text
    std::string_view inner;   // content ("" for <x/>)
    std::size_t end = 0;      // offset after the element
};

// The next element at or after `pos` (any name), skipping <? and <!.
std::optional<Tag> nextTag(std::string_view xml, std::size_t pos) {
    while (true) {
        const std::size_t open = xml.find('<', pos);
        if (open == std::string_view::npos || open + 1 >= xml.size()) return std::nullopt;
        const char c = xml[open + 1];
        if (c == '?' || c == '!' || c == '/') {
            pos = open + 2;
            continue;
        }
        const std::size_t gt = xml.find('>', open);
        if (gt == std::string_view::npos) return std::nullopt;
        std::size_t nameEnd = open + 1;
        while (nameEnd < gt && xml[nameEnd] != ' ' && xml[nameEnd] != '/' && xml[nameEnd] != '\t' &&
               xml[nameEnd] != '\r' && xml[nameEnd] != '\n')
            ++nameEnd;
        Tag t;
        const std::string_view qname = xml.substr(open + 1, nameEnd - open - 1);
        const std::size_t colon = qname.find(':');
        t.name = colon == std::string_view::npos ? qname : qname.substr(colon + 1);
        const bool selfClosing = xml[gt - 1] == '/';
        t.attrs = xml.substr(nameEnd, gt - nameEnd - (selfClosing ? 1 : 0));
        if (selfClosing) {
            t.end = gt + 1;
            return t;
        }
        const std::string close = "</" + std::string(qname) + ">";
        const std::size_t closeAt = xml.find(close, gt + 1);
        if (closeAt == std::string_view::npos) return std::nullopt;
        t.inner = xml.substr(gt + 1, closeAt - gt - 1);
        t.end = closeAt + close.size();
        return t;
    }
}

std::string attribute(std::string_view attrs, std::string_view name) {
    std::size_t pos = 0;
    while ((pos = attrs.find(name, pos)) != std::string_view::npos) {
        const bool boundary = pos == 0 || attrs[pos - 1] == ' ' || attrs[pos - 1] == '\t' || attrs[pos - 1] == '\n';
        std::size_t p = pos + name.size();
        pos = p;
        if (!boundary || p >= attrs.size() || attrs[p] != '=') continue;
        if (++p >= attrs.size()) return {};
        const char q = attrs[p];
        if (q != '"' && q != '\'') continue;
        const std::size_t end = attrs.find(q, p + 1);
        if (end == std::string_view::npos) return {};
        return decodeXmlEntities(attrs.substr(p + 1, end - p - 1));
    }
    return {};
}

std::uint64_t toNumber(std::string_view text) {
    const auto v = parseWindowsNumber(text);
    return v && *v >= 0 ? static_cast<std::uint64_t>(*v) : 0;
}

void readSystem(std::string_view system, WinEvent& e) {
    for (std::size_t pos = 0;;) {
        const auto t = nextTag(system, pos);
        if (!t) break;
        pos = t->end;
        const std::string text = decodeXmlEntities(t->inner);
        if (t->name == "Provider") e.provider = attribute(t->attrs, "Name");
        else if (t->name == "EventID") e.eventId = static_cast<std::uint32_t>(toNumber(text));
        else if (t->name == "Level") e.level = static_cast<std::uint8_t>(toNumber(text));
        else if (t->name == "Task") e.task = static_cast<std::uint16_t>(toNumber(text));
        else if (t->name == "Opcode") e.opcode = static_cast<std::uint8_t>(toNumber(text));
        else if (t->name == "Keywords") e.keywords = toNumber(text);
        else if (t->name == "EventRecordID") e.recordId = toNumber(text);
        else if (t->name == "Channel") e.channel = text;
        else if (t->name == "Computer") e.computer = text;
        else if (t->name == "Security") e.userSid = attribute(t->attrs, "UserID");
        else if (t->name == "Execution") {
            e.processId = static_cast<std::uint32_t>(toNumber(attribute(t->attrs, "ProcessID")));
            e.threadId = static_cast<std::uint32_t>(toNumber(attribute(t->attrs, "ThreadID")));
        } else if (t->name == "TimeCreated") {
            if (auto ticks = parseIsoTime(attribute(t->attrs, "SystemTime"))) e.time = *ticks;
        }
    }
}

// EventData <Data Name="x">v</Data>; UserData: the leaf elements of its one child.
void readData(std::string_view data, bool isUserData, WinEvent& e) {
    if (isUserData) {
        const auto wrapper = nextTag(data, 0);
        if (!wrapper) return;
        data = wrapper->inner;
    }
    for (std::size_t pos = 0; e.data.size() < 4096;) {
        const auto t = nextTag(data, pos);
        if (!t) break;
        pos = t->end;
        std::string name = isUserData ? std::string(t->name) : attribute(t->attrs, "Name");
        if (name.empty()) name = std::string(t->name);
        e.data.push_back({std::move(name), decodeXmlEntities(t->inner)});
    }
}

}  // namespace

bool parseEventXml(std::string_view xml, WinEvent& out) {
    bool sawSystem = false;
    std::size_t pos = 0;
    auto event = nextTag(xml, 0);
    if (!event || event->name != "Event") return false;
    const std::string_view body = event->inner;
    while (true) {
        const auto t = nextTag(body, pos);
        if (!t) break;
        pos = t->end;
        if (t->name == "System") {
            readSystem(t->inner, out);
            sawSystem = true;
        } else if (t->name == "EventData" || t->name == "UserData") {
            readData(t->inner, t->name == "UserData", out);
        }
    }
    return sawSystem && out.eventId != 0;
}

}  // namespace hitome::core
