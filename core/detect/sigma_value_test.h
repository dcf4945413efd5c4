// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tests a Sigma detection item applies to one field value: a wildcard
// pattern, a regular expression (RE2: linear time), a CIDR range, a number
// comparison, a comparison with another field, null, or exists.

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/detect/sigma_pattern.h"

namespace re2 { class RE2; }

namespace hitome::core {

class SigmaEventView;

// An IPv4 or IPv6 network; addresses held as 16 bytes (IPv4 mapped).
struct SigmaCidr {
    std::array<std::uint8_t, 16> address{};
    int prefixBits = 0;
    static std::optional<SigmaCidr> parse(std::string_view text);
    bool contains(std::string_view ipText) const;
};

struct SigmaValueTest {
    enum class Kind { Pattern, Regex, Cidr, Number, FieldRef, Null, Exists };
    enum class Compare { Lt, Lte, Gt, Gte };

    Kind kind = Kind::Pattern;
    SigmaPattern pattern;                  // Pattern; for FieldRef its shape only
    std::shared_ptr<const re2::RE2> regex;
    SigmaCidr cidr;
    double number = 0;
    Compare compare = Compare::Gt;
    int refField = -1;                     // FieldRef: the other field
    bool isCased = false;                  // FieldRef
    bool shouldExist = true;               // Exists

    // Does the event's field `fieldId` pass? Absent fields pass only Null and exists:false.
    bool matches(SigmaEventView& view, int fieldId) const;
    // Keyword search: one value, already lowered.
    bool matchesText(std::string_view loweredText) const;
};

// Shared-ownership RE2 compile; nullptr with `error` set when RE2 rejects it.
std::shared_ptr<const re2::RE2> compileSigmaRegex(std::string_view pattern, bool isCaseless, bool isMultiline,
                                                  bool isDotAll, std::string& error);

}  // namespace hitome::core
