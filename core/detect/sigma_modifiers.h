// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The modifier chain of one detection item ("CommandLine|contains|windash")
// and how it turns each value written in the rule into value tests.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/detect/sigma_field_table.h"
#include "core/detect/sigma_value_test.h"
#include "core/util/result.h"

namespace hitome::core {

class SigmaModifiers {
public:
    enum class Match { Equals, Contains, StartsWith, EndsWith, Regex, Cidr, Exists, Lt, Lte, Gt, Gte };
    enum class Encoding { None, Utf16le, Utf16be, Utf16Bom };

    // Unknown modifiers are an Unsupported error naming the modifier.
    static Result<SigmaModifiers> parse(const std::vector<std::string_view>& names);

    // The tests for one value (nullopt = YAML null). Variants are ORed.
    Result<std::vector<SigmaValueTest>> build(const std::optional<std::string>& value, SigmaFieldTable& fields) const;
    bool needsField() const { return m_isFieldRef || m_match == Match::Exists; }
    // Keyword searches match anywhere in a value unless a modifier says otherwise.
    void useContainsByDefault() {
        if (m_match == Match::Equals) m_match = Match::Contains;
    }

    bool isAll = false;

private:
    Result<std::vector<SigmaValueTest>> buildRegex(const std::string& value) const;
    Result<std::vector<SigmaValueTest>> buildSpecial(const std::string& value, SigmaFieldTable& fields) const;
    std::vector<std::string> expandText(const std::string& value) const;
    void applyMatchShape(SigmaPattern& pattern) const;

    Match m_match = Match::Equals;
    Encoding m_encoding = Encoding::None;
    bool m_isBase64 = false, m_isBase64Offset = false, m_isWindash = false, m_isCased = false;
    bool m_isFieldRef = false, m_isExpand = false;
    bool m_reCaseless = false, m_reMultiline = false, m_reDotAll = false;
};

}  // namespace hitome::core
