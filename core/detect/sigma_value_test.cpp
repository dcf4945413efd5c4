// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/sigma_value_test.h"

#include <re2/re2.h>

#include <charconv>
#include <cstring>

#include "core/detect/sigma_event_view.h"
#include "core/util/text.h"

namespace hitome::core {

namespace {

std::optional<std::array<std::uint8_t, 16>> parseIp(std::string_view text) {
    std::array<std::uint8_t, 16> out{};
    text = trim(text);
    if (text.find(':') == std::string_view::npos) {
        const auto parts = split(text, '.');
        if (parts.size() != 4) return std::nullopt;
        out[10] = out[11] = 0xff;
        for (size_t i = 0; i < 4; ++i) {
            unsigned v = 256;
            auto [p, ec] = std::from_chars(parts[i].data(), parts[i].data() + parts[i].size(), v);
            if (ec != std::errc() || p != parts[i].data() + parts[i].size() || v > 255) return std::nullopt;
            out[12 + i] = static_cast<std::uint8_t>(v);
        }
        return out;
    }
    // IPv6: groups with at most one "::".
    if (auto pct = text.find('%'); pct != std::string_view::npos) text = text.substr(0, pct);
    std::array<std::uint16_t, 8> head{}, tail{};
    size_t nHead = 0, nTail = 0;
    bool seenGap = false;
    const size_t gap = text.find("::");
    auto parseGroups = [](std::string_view s, std::array<std::uint16_t, 8>& g, size_t& n) {
        if (s.empty()) return true;
        for (auto part : split(s, ':')) {
            unsigned v = 0x10000;
            auto [p, ec] = std::from_chars(part.data(), part.data() + part.size(), v, 16);
            if (ec != std::errc() || p != part.data() + part.size() || v > 0xffff || n >= 8) return false;
            g[n++] = static_cast<std::uint16_t>(v);
        }
        return true;
    };
    if (gap != std::string_view::npos) {
        seenGap = true;
        if (!parseGroups(text.substr(0, gap), head, nHead) || !parseGroups(text.substr(gap + 2), tail, nTail))
            return std::nullopt;
    } else if (!parseGroups(text, head, nHead)) {
        return std::nullopt;
    }
    if ((seenGap && nHead + nTail > 7) || (!seenGap && nHead != 8)) return std::nullopt;
    std::array<std::uint16_t, 8> groups{};
    for (size_t i = 0; i < nHead; ++i) groups[i] = head[i];
    for (size_t i = 0; i < nTail; ++i) groups[8 - nTail + i] = tail[i];
    for (size_t i = 0; i < 8; ++i) {
        out[2 * i] = static_cast<std::uint8_t>(groups[i] >> 8);
        out[2 * i + 1] = static_cast<std::uint8_t>(groups[i] & 0xff);
    }
    return out;
}

std::optional<double> parseNumber(std::string_view text) {
    text = trim(text);
    double v = 0;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || p != text.data() + text.size()) return std::nullopt;
    return v;
}

}  // namespace

std::optional<SigmaCidr> SigmaCidr::parse(std::string_view text) {
    const size_t slash = text.find('/');
    const auto ip = parseIp(text.substr(0, slash));
    if (!ip) return std::nullopt;
    const bool isV4 = text.substr(0, slash).find(':') == std::string_view::npos;
    int bits = isV4 ? 32 : 128;
    if (slash != std::string_view::npos) {
        const auto b = text.substr(slash + 1);
        auto [p, ec] = std::from_chars(b.data(), b.data() + b.size(), bits);
        if (ec != std::errc() || p != b.data() + b.size() || bits < 0 || bits > (isV4 ? 32 : 128))
            return std::nullopt;
    }
    SigmaCidr c;
    c.address = *ip;
    c.prefixBits = isV4 ? bits + 96 : bits;
    return c;
}

bool SigmaCidr::contains(std::string_view ipText) const {
    const auto ip = parseIp(ipText);
    if (!ip) return false;
    for (int bit = 0; bit < prefixBits; ++bit) {
        const int byte = bit / 8, mask = 0x80 >> (bit % 8);
        if (((*ip)[static_cast<size_t>(byte)] & mask) != (address[static_cast<size_t>(byte)] & mask)) return false;
    }
    return true;
}

bool SigmaValueTest::matches(SigmaEventView& view, int fieldId) const {
    switch (kind) {
    case Kind::Pattern: {
        const std::string* v = pattern.isCased() ? view.raw(fieldId) : view.lowered(fieldId);
        return v && pattern.matches(*v);
    }
    case Kind::Regex: {
        const std::string* v = view.raw(fieldId);
        return v && RE2::PartialMatch(*v, *regex);
    }
    case Kind::Cidr: {
        const std::string* v = view.raw(fieldId);
        return v && cidr.contains(*v);
    }
    case Kind::Number: {
        const std::string* v = view.raw(fieldId);
        const auto n = v ? parseNumber(*v) : std::nullopt;
        if (!n) return false;
        switch (compare) {
        case Compare::Lt: return *n < number;
        case Compare::Lte: return *n <= number;
        case Compare::Gt: return *n > number;
        case Compare::Gte: return *n >= number;
        }
        return false;
    }
    case Kind::FieldRef: {
        const std::string* a = isCased ? view.raw(fieldId) : view.lowered(fieldId);
        const std::string* b = isCased ? view.raw(refField) : view.lowered(refField);
        if (!a || !b) return false;
        switch (pattern.shape()) {
        case SigmaPattern::Shape::StartsWith: return a->starts_with(*b);
        case SigmaPattern::Shape::EndsWith: return a->ends_with(*b);
        case SigmaPattern::Shape::Contains: return a->find(*b) != std::string::npos;
        default: return *a == *b;
        }
    }
    case Kind::Null: {
        const std::string* v = view.raw(fieldId);
        return !v || v->empty();
    }
    case Kind::Exists: return (view.raw(fieldId) != nullptr) == shouldExist;
    }
    return false;
}

bool SigmaValueTest::matchesText(std::string_view loweredText) const {
    if (kind == Kind::Pattern) return pattern.matches(loweredText);
    if (kind == Kind::Regex) return RE2::PartialMatch(loweredText, *regex);
    return false;
}

std::shared_ptr<const re2::RE2> compileSigmaRegex(std::string_view pattern, bool isCaseless, bool isMultiline,
                                                  bool isDotAll, std::string& error) {
    RE2::Options options;
    options.set_log_errors(false);
    options.set_case_sensitive(!isCaseless);
    options.set_dot_nl(isDotAll);
    options.set_never_capture(true);
    options.set_max_mem(8 << 20);   // bounds the automaton a hostile pattern can build
    std::string text(pattern);
    if (isMultiline) text = "(?m)" + text;
    auto re = std::make_shared<const RE2>(text, options);
    if (!re->ok()) {
        error = re->error();
        return nullptr;
    }
    return re;
}

}  // namespace hitome::core
