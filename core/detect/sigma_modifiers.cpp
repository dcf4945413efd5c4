// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/sigma_modifiers.h"

#include <charconv>

#include "core/detect/sigma_value_transforms.h"
#include "core/util/text.h"

namespace hitome::core {

namespace {

Error unsupported(std::string detail) { return Error::make(ErrorCode::Unsupported, std::move(detail)); }

bool setMatch(SigmaModifiers::Match& slot, SigmaModifiers::Match value) {
    if (slot != SigmaModifiers::Match::Equals && slot != value) return false;
    slot = value;
    return true;
}

// %placeholder% → * : without a site configuration any value may fill it.
std::string expandPlaceholders(const std::string& value) {
    std::string out;
    for (size_t i = 0; i < value.size(); ++i) {
        const size_t end = value[i] == '%' ? value.find('%', i + 1) : std::string::npos;
        if (end != std::string::npos && end > i + 1) {
            out.push_back('*');
            i = end;
        } else {
            out.push_back(value[i]);
        }
    }
    return out;
}

}  // namespace

Result<SigmaModifiers> SigmaModifiers::parse(const std::vector<std::string_view>& names) {
    SigmaModifiers m;
    for (auto raw : names) {
        const std::string n = toLowerAscii(raw);
        bool ok = true;
        if (n == "contains") ok = setMatch(m.m_match, Match::Contains);
        else if (n == "startswith") ok = setMatch(m.m_match, Match::StartsWith);
        else if (n == "endswith") ok = setMatch(m.m_match, Match::EndsWith);
        else if (n == "re") ok = setMatch(m.m_match, Match::Regex);
        else if (n == "cidr") ok = setMatch(m.m_match, Match::Cidr);
        else if (n == "exists") ok = setMatch(m.m_match, Match::Exists);
        else if (n == "lt") ok = setMatch(m.m_match, Match::Lt);
        else if (n == "lte") ok = setMatch(m.m_match, Match::Lte);
        else if (n == "gt") ok = setMatch(m.m_match, Match::Gt);
        else if (n == "gte") ok = setMatch(m.m_match, Match::Gte);
        else if (n == "i" || n == "ignorecase") m.m_reCaseless = true;
        else if (n == "m" || n == "multiline") m.m_reMultiline = true;
        else if (n == "s" || n == "dotall") m.m_reDotAll = true;
        else if (n == "all") m.isAll = true;
        else if (n == "base64") m.m_isBase64 = true;
        else if (n == "base64offset") m.m_isBase64Offset = true;
        else if (n == "wide" || n == "utf16le") m.m_encoding = Encoding::Utf16le;
        else if (n == "utf16be") m.m_encoding = Encoding::Utf16be;
        else if (n == "utf16") m.m_encoding = Encoding::Utf16Bom;
        else if (n == "windash") m.m_isWindash = true;
        else if (n == "cased") m.m_isCased = true;
        else if (n == "fieldref") m.m_isFieldRef = true;
        else if (n == "expand") m.m_isExpand = true;
        else return unsupported("unsupported: unknown modifier '" + std::string(raw) + "'");
        if (!ok) return unsupported("unsupported: conflicting modifiers near '" + std::string(raw) + "'");
    }
    if ((m.m_reCaseless || m.m_reMultiline || m.m_reDotAll) && m.m_match != Match::Regex)
        return unsupported("unsupported: regex flag without 're'");
    return m;
}

void SigmaModifiers::applyMatchShape(SigmaPattern& pattern) const {
    if (m_match == Match::Contains) pattern.wrapContains();
    else if (m_match == Match::StartsWith) pattern.wrapStartsWith();
    else if (m_match == Match::EndsWith) pattern.wrapEndsWith();
}

std::vector<std::string> SigmaModifiers::expandText(const std::string& value) const {
    const std::string base = m_isExpand ? expandPlaceholders(value) : value;
    return m_isWindash ? windashVariants(base) : std::vector<std::string>{base};
}

Result<std::vector<SigmaValueTest>> SigmaModifiers::build(const std::optional<std::string>& value,
                                                         SigmaFieldTable& fields) const {
    if (!value) {
        if (m_match != Match::Equals) return unsupported("unsupported: null with a match modifier");
        SigmaValueTest t;
        t.kind = SigmaValueTest::Kind::Null;
        return std::vector<SigmaValueTest>{t};
    }
    if (m_match == Match::Regex) return buildRegex(*value);
    if (m_isFieldRef || m_match == Match::Exists || m_match == Match::Cidr || m_match >= Match::Lt)
        return buildSpecial(*value, fields);
    std::vector<SigmaValueTest> out;
    const bool isEncoded = m_isBase64 || m_isBase64Offset || m_encoding != Encoding::None;
    for (const auto& text : expandText(*value)) {
        std::vector<std::string> literals;
        if (isEncoded) {
            std::string bytes = text;
            if (m_encoding == Encoding::Utf16le) bytes = utf8ToUtf16le(text);
            else if (m_encoding == Encoding::Utf16be) bytes = utf8ToUtf16be(text);
            else if (m_encoding == Encoding::Utf16Bom) bytes = "\xFF\xFE" + utf8ToUtf16le(text);
            if (m_isBase64Offset) literals = base64OffsetVariants(bytes);
            else if (m_isBase64) literals = {base64Encode(bytes)};
            else literals = {bytes};
        }
        auto add = [&](SigmaPattern pattern) {
            applyMatchShape(pattern);
            SigmaValueTest t;
            t.pattern = std::move(pattern);
            out.push_back(std::move(t));
        };
        if (isEncoded)
            for (const auto& l : literals) add(SigmaPattern::literal(l, m_isCased));
        else
            add(SigmaPattern::fromSigma(text, m_isCased));
    }
    return out;
}

Result<std::vector<SigmaValueTest>> SigmaModifiers::buildRegex(const std::string& value) const {
    std::string error;
    SigmaValueTest t;
    t.kind = SigmaValueTest::Kind::Regex;
    t.regex = compileSigmaRegex(value, m_reCaseless, m_reMultiline, m_reDotAll, error);
    if (!t.regex) return unsupported("unsupported: regex rejected by RE2 (" + error + ")");
    return std::vector<SigmaValueTest>{t};
}

Result<std::vector<SigmaValueTest>> SigmaModifiers::buildSpecial(const std::string& value, SigmaFieldTable& fields) const {
    SigmaValueTest t;
    if (m_isFieldRef) {
        t.kind = SigmaValueTest::Kind::FieldRef;
        t.refField = fields.intern(value);
        t.isCased = m_isCased;
        t.pattern = SigmaPattern::literal("x", true);
        applyMatchShape(t.pattern);
    } else if (m_match == Match::Exists) {
        t.kind = SigmaValueTest::Kind::Exists;
        const std::string v = toLowerAscii(value);
        if (v != "true" && v != "false") return Error::make(ErrorCode::Format, "exists needs true or false");
        t.shouldExist = v == "true";
    } else if (m_match == Match::Cidr) {
        const auto cidr = SigmaCidr::parse(value);
        if (!cidr) return Error::make(ErrorCode::Format, "invalid CIDR '" + value + "'");
        t.kind = SigmaValueTest::Kind::Cidr;
        t.cidr = *cidr;
    } else {
        t.kind = SigmaValueTest::Kind::Number;
        auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), t.number);
        if (ec != std::errc() || p != value.data() + value.size())
            return Error::make(ErrorCode::Format, "'" + value + "' is not a number");
        t.compare = m_match == Match::Lt    ? SigmaValueTest::Compare::Lt
                    : m_match == Match::Lte ? SigmaValueTest::Compare::Lte
                    : m_match == Match::Gt  ? SigmaValueTest::Compare::Gt
                                            : SigmaValueTest::Compare::Gte;
    }
    return std::vector<SigmaValueTest>{t};
}

}  // namespace hitome::core
