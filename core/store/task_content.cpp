// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/task_content.h"

#include <vector>

#include "core/util/text.h"

namespace hitome::core {
namespace {

struct Element {
    std::string_view name;
    std::string_view inner;   // between the start and end tags
};

// Finds the next element named `tag` (any namespace prefix ignored) from `pos`.
bool findElement(std::string_view xml, std::string_view tag, size_t& pos, std::string_view& inner) {
    while (pos < xml.size()) {
        const size_t open = xml.find('<', pos);
        if (open == std::string_view::npos || open + 1 + tag.size() > xml.size()) return false;
        pos = open + 1;
        if (xml.compare(open + 1, tag.size(), tag) != 0) continue;
        const size_t after = open + 1 + tag.size();
        if (after >= xml.size()) return false;
        const char c = xml[after];
        if (c != '>' && c != ' ' && c != '/' && c != '\t' && c != '\r' && c != '\n') continue;
        const size_t gt = xml.find('>', after);
        if (gt == std::string_view::npos) return false;
        if (xml[gt - 1] == '/') {
            inner = {};
            pos = gt + 1;
            return true;
        }
        const std::string close = "</" + std::string(tag) + ">";
        const size_t end = xml.find(close, gt + 1);
        if (end == std::string_view::npos) return false;
        inner = xml.substr(gt + 1, end - gt - 1);
        pos = end + close.size();
        return true;
    }
    return false;
}

// Direct child elements of `xml` (names only; nested content kept as inner).
std::vector<Element> childElements(std::string_view xml) {
    std::vector<Element> out;
    size_t pos = 0;
    while (out.size() < 64) {
        const size_t open = xml.find('<', pos);
        if (open == std::string_view::npos || open + 1 >= xml.size()) break;
        if (xml[open + 1] == '/' || xml[open + 1] == '!' || xml[open + 1] == '?') {
            pos = open + 2;
            continue;
        }
        size_t nameEnd = open + 1;
        while (nameEnd < xml.size() && xml[nameEnd] != '>' && xml[nameEnd] != ' ' && xml[nameEnd] != '/' &&
               xml[nameEnd] != '\r' && xml[nameEnd] != '\n' && xml[nameEnd] != '\t')
            ++nameEnd;
        const std::string_view name = xml.substr(open + 1, nameEnd - open - 1);
        size_t scan = open;
        std::string_view inner;
        if (!findElement(xml, name, scan, inner)) break;
        out.push_back({name, inner});
        pos = scan;
    }
    return out;
}

std::string describeTrigger(const Element& trigger) {
    std::string text(trigger.name);
    for (const char* part : {"StartBoundary", "Delay", "UserId", "Subscription"}) {
        const std::string value = xmlElementText(trigger.inner, part);
        if (!value.empty()) text += std::string(" ") + part + "=" + value;
    }
    for (const char* kind : {"ScheduleByDay", "ScheduleByWeek", "ScheduleByMonth"}) {
        std::string_view inner;
        size_t pos = 0;
        if (findElement(trigger.inner, kind, pos, inner)) text += std::string(" ") + kind;
    }
    const std::string interval = xmlElementText(trigger.inner, "Interval");
    if (!interval.empty()) text += " repeat=" + interval;
    return text;
}

void appendList(std::string& list, const std::string& item) {
    if (item.empty()) return;
    if (!list.empty()) list += "; ";
    list += item;
}

}  // namespace

std::string decodeXmlEntities(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '&') {
            out.push_back(text[i]);
            continue;
        }
        const size_t semi = text.find(';', i);
        if (semi == std::string_view::npos || semi - i > 10) {
            out.push_back('&');
            continue;
        }
        const std::string_view ent = text.substr(i + 1, semi - i - 1);
        if (ent == "lt") out.push_back('<');
        else if (ent == "gt") out.push_back('>');
        else if (ent == "amp") out.push_back('&');
        else if (ent == "quot") out.push_back('"');
        else if (ent == "apos") out.push_back('\'');
        else if (ent.size() > 1 && ent[0] == '#') {
            const bool hex = ent[1] == 'x' || ent[1] == 'X';
            const std::string digits(ent.substr(hex ? 2 : 1));
            char32_t cp = 0;
            try { cp = static_cast<char32_t>(std::stoul(digits, nullptr, hex ? 16 : 10)); } catch (...) { cp = 0xFFFD; }
            appendUtf8(out, cp);
        } else {
            out.append(text.substr(i, semi - i + 1));
        }
        i = semi;
    }
    return out;
}

std::string xmlElementText(std::string_view xml, std::string_view tag) {
    size_t pos = 0;
    std::string_view inner;
    if (!findElement(xml, tag, pos, inner)) return {};
    return std::string(trim(decodeXmlEntities(inner)));
}

TaskContent parseTaskContent(std::string_view xml) {
    TaskContent t;
    t.author = xmlElementText(xml, "Author");
    t.runAs = xmlElementText(xml, "UserId");
    if (t.runAs.empty()) t.runAs = xmlElementText(xml, "GroupId");
    t.runLevel = xmlElementText(xml, "RunLevel");
    t.isHidden = equalsNoCase(xmlElementText(xml, "Hidden"), "true");
    size_t pos = 0;
    std::string_view section;
    if (findElement(xml, "Actions", pos, section)) {
        for (const Element& a : childElements(section)) {
            std::string item = xmlElementText(a.inner, "Command");
            const std::string args = xmlElementText(a.inner, "Arguments");
            if (!args.empty()) item += " " + args;
            if (item.empty()) item = std::string(a.name) + " " + xmlElementText(a.inner, "ClassId");
            appendList(t.actions, std::string(trim(item)));
        }
    }
    pos = 0;
    if (findElement(xml, "Triggers", pos, section))
        for (const Element& trig : childElements(section)) appendList(t.triggers, describeTrigger(trig));
    return t;
}

}  // namespace hitome::core
