// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/evtx/binxml_parser.h"

#include <memory>

#include "core/ingest/evtx/evtx_bytes.h"

namespace hitome::core::evtx {

Error BinXmlParser::error(ErrorCode code, std::uint32_t offset, const char* what) const {
    return Error::make(code, std::string("BinXML: ") + what).atOffset(offset);
}

Status BinXmlParser::need(const Cursor& c, std::uint32_t bytes) const {
    if (static_cast<std::uint64_t>(c.pos) + bytes > c.end)
        return error(ErrorCode::Truncated, c.pos, "value runs past the end of its record");
    return {};
}

Status BinXmlParser::parse(std::uint32_t begin, std::uint32_t end, BinXmlFragment& out,
                           int nesting) {
    if (nesting > kMaxFragmentNesting)
        return error(ErrorCode::TooLarge, begin, "templates nested too deeply");
    if (end > m_size || begin > end) return error(ErrorCode::Corrupt, begin, "fragment outside chunk");
    Cursor c{begin, end};
    int depth = 0;
    bool done = false;
    while (!done) {
        if (c.pos >= c.end) {
            if (depth == 0 && !out.tokens.empty()) return {};
            return error(ErrorCode::Truncated, c.pos, "fragment ends inside an element");
        }
        if (out.tokens.size() > kMaxTokensPerRecord)
            return error(ErrorCode::TooLarge, c.pos, "too many tokens in one fragment");
        if (Status s = parseToken(c, out, depth, nesting, done); !s) return s;
    }
    return {};
}

Status BinXmlParser::parseToken(Cursor& c, BinXmlFragment& out, int& depth, int nesting,
                                bool& done) {
    const std::uint8_t raw = m_chunk[c.pos];
    if ((raw & ~0x4F) != 0) return error(ErrorCode::Corrupt, c.pos, "unknown token");
    const std::uint32_t at = c.pos;
    switch (raw & 0x0F) {
    case 0x00:
        if (depth != 0) return error(ErrorCode::Corrupt, at, "end of stream inside an element");
        ++c.pos;
        done = true;
        return {};
    case 0x01:
        if (++depth > kMaxElementDepth) return error(ErrorCode::TooLarge, at, "elements nested too deeply");
        return parseOpenElement(c, raw, out);
    case 0x02: case 0x03: case 0x04: {
        BxOp op = (raw & 0x0F) == 0x02 ? BxOp::CloseStart
                  : (raw & 0x0F) == 0x03 ? BxOp::CloseEmpty : BxOp::End;
        if (op != BxOp::CloseStart && --depth < 0)
            return error(ErrorCode::Corrupt, at, "element closed that was never opened");
        out.tokens.push_back(BxToken{op, false, 0, 0, {}});
        ++c.pos;
        return {};
    }
    case 0x05: return parseValueToken(c, out);
    case 0x06: case 0x09: case 0x0A: {
        if (Status s = need(c, 5); !s) return s;
        const std::uint32_t nameOffset = readU32(m_chunk + c.pos + 1);
        c.pos += 5;
        auto name = readName(c, nameOffset);
        if (!name) return name.error();
        BxOp op = (raw & 0x0F) == 0x06 ? BxOp::Attribute
                  : (raw & 0x0F) == 0x09 ? BxOp::EntityRef : BxOp::PiTarget;
        out.tokens.push_back(BxToken{op, false, 0, *name, {}});
        return {};
    }
    case 0x07: case 0x0B: {
        if (Status s = need(c, 3); !s) return s;
        const std::uint32_t bytes = 2u * readU16(m_chunk + c.pos + 1);
        c.pos += 3;
        if (Status s = need(c, bytes); !s) return s;
        BxOp op = (raw & 0x0F) == 0x07 ? BxOp::CData : BxOp::PiData;
        out.tokens.push_back(BxToken{op, false, 0, 0, {kTypeWString, bytes, m_chunk + c.pos}});
        c.pos += bytes;
        return {};
    }
    case 0x08: {
        if (Status s = need(c, 3); !s) return s;
        out.tokens.push_back(BxToken{BxOp::CharRef, false, readU16(m_chunk + c.pos + 1), 0, {}});
        c.pos += 3;
        return {};
    }
    case 0x0C: return parseInstance(c, out, nesting);
    case 0x0D: case 0x0E: {
        if (Status s = need(c, 4); !s) return s;
        BxToken t{BxOp::Substitution, (raw & 0x0F) == 0x0E, readU16(m_chunk + c.pos + 1), 0,
                  {m_chunk[c.pos + 3], 0, nullptr}};
        out.tokens.push_back(t);
        c.pos += 4;
        return {};
    }
    default:  // 0x0F: fragment header (major, minor, flags)
        if (Status s = need(c, 4); !s) return s;
        c.pos += 4;
        return {};
    }
}

bool BinXmlParser::hasDependencyId(const Cursor& c) const {
    // Elements inside templates carry a 2-byte dependency id; elements of
    // template-less BinXML (some exported logs) do not. The name offset tells
    // which layout this is: an inline name starts right after the header.
    const std::uint32_t withOffset = readU32(m_chunk + c.pos + 7);
    if (withOffset == c.pos + 11) return true;
    const std::uint32_t withoutOffset = readU32(m_chunk + c.pos + 5);
    if (withoutOffset == c.pos + 9) return false;
    if (m_cache.findName(withOffset) >= 0) return true;
    if (m_cache.findName(withoutOffset) >= 0) return false;
    return withOffset < c.pos;
}

Status BinXmlParser::parseOpenElement(Cursor& c, std::uint8_t token, BinXmlFragment& out) {
    // token, [dependency id], data size, name offset, [inline name], [attribute list size]
    if (Status s = need(c, 9); !s) return s;
    const bool withId = static_cast<std::uint64_t>(c.pos) + 11 <= c.end && hasDependencyId(c);
    const std::uint32_t nameOffset = readU32(m_chunk + c.pos + (withId ? 7 : 5));
    c.pos += withId ? 11 : 9;
    auto name = readName(c, nameOffset);
    if (!name) return name.error();
    if ((token & 0x40) != 0) {
        if (Status s = need(c, 4); !s) return s;
        c.pos += 4;
    }
    out.tokens.push_back(BxToken{BxOp::Open, false, 0, *name, {}});
    return {};
}

Result<std::uint32_t> BinXmlParser::readName(Cursor& c, std::uint32_t nameOffset) {
    if (static_cast<std::uint64_t>(nameOffset) + 8 > m_size)
        return error(ErrorCode::Corrupt, c.pos, "name offset outside chunk");
    const std::uint32_t units = readU16(m_chunk + nameOffset + 6);
    const std::uint64_t nameEnd = static_cast<std::uint64_t>(nameOffset) + 8 + 2 * units + 2;
    if (nameEnd > m_size) return error(ErrorCode::Corrupt, nameOffset, "name runs past chunk end");
    if (nameOffset == c.pos) {
        if (nameEnd > c.end) return error(ErrorCode::Truncated, c.pos, "inline name truncated");
        c.pos = static_cast<std::uint32_t>(nameEnd);
    }
    if (std::int64_t known = m_cache.findName(nameOffset); known >= 0)
        return static_cast<std::uint32_t>(known);
    std::string text;
    appendUtf16le(text, m_chunk + nameOffset + 8, units);
    return m_cache.addName(nameOffset, std::move(text));
}

Status BinXmlParser::parseValueToken(Cursor& c, BinXmlFragment& out) {
    if (Status s = need(c, 2); !s) return s;
    const std::uint8_t type = m_chunk[c.pos + 1];
    c.pos += 2;
    std::uint32_t prefix = 0, size = 0;
    const std::uint8_t* p = m_chunk + c.pos;
    const std::size_t left = c.end - c.pos;
    if (type == kTypeWString || type == kTypeString || (type & kTypeArrayFlag) != 0) {
        prefix = 2;
        if (left < 2) return error(ErrorCode::Truncated, c.pos, "value length truncated");
        size = readU16(p) * (type == kTypeWString ? 2u : 1u);
    } else if (type == kTypeBinary) {
        prefix = 4;
        if (left < 4) return error(ErrorCode::Truncated, c.pos, "value length truncated");
        size = readU32(p);
    } else if (type == kTypeSid) {
        size = left >= 2 ? 8 + 4u * p[1] : 8;
    } else if (type != kTypeNull) {
        size = static_cast<std::uint32_t>(fixedValueSize(type));
        if (size == 0) return error(ErrorCode::Unsupported, c.pos - 1, "value type without known size");
    }
    if (static_cast<std::uint64_t>(prefix) + size > left)
        return error(ErrorCode::Truncated, c.pos, "value runs past the end of its record");
    out.tokens.push_back(BxToken{BxOp::Value, false, 0, 0, {type, size, p + prefix}});
    c.pos += prefix + size;
    return {};
}

Result<const BinXmlTemplate*> BinXmlParser::templateAt(std::uint32_t offset, std::uint32_t referencedAt, int nesting) {
    if (const BinXmlTemplate* known = m_cache.findTemplate(offset)) return known;
    if (m_cache.isCompiling(offset)) return error(ErrorCode::Corrupt, offset, "template instantiates itself");
    // Placed where the bad reference was read: the offset itself points nowhere.
    if (static_cast<std::uint64_t>(offset) + 24 > m_size)
        return error(ErrorCode::Corrupt, referencedAt, "template offset outside chunk");
    const std::uint32_t size = readU32(m_chunk + offset + 20);
    if (static_cast<std::uint64_t>(offset) + 24 + size > m_size)
        return error(ErrorCode::Corrupt, offset, "template runs past chunk end");
    auto compiled = std::make_unique<BinXmlTemplate>();
    compiled->offset = offset;
    m_cache.setCompiling(offset, true);
    Status s = parse(offset + 24, offset + 24 + size, compiled->body, nesting + 1);
    m_cache.setCompiling(offset, false);
    if (!s) return s.error();
    return m_cache.addTemplate(std::move(compiled));
}

Status BinXmlParser::parseInstance(Cursor& c, BinXmlFragment& out, int nesting) {
    if (Status s = need(c, 10); !s) return s;
    const std::uint32_t defOffset = readU32(m_chunk + c.pos + 6);
    const std::uint32_t referencedAt = c.pos + 6;
    c.pos += 10;
    if (defOffset == c.pos) {  // definition follows inline
        if (Status s = need(c, 24); !s) return s;
        const std::uint32_t size = readU32(m_chunk + c.pos + 20);
        if (Status s = need(c, 24 + size); !s) return s;
        c.pos += 24 + size;
    }
    auto tmpl = templateAt(defOffset, referencedAt, nesting);
    if (!tmpl) return tmpl.error();
    BinXmlInstance instance{*tmpl, static_cast<std::uint32_t>(out.values.size()), 0};
    if (Status s = readSubstitutions(c, out, instance); !s) return s;
    out.tokens.push_back(BxToken{BxOp::Instance, false, 0,
                                 static_cast<std::uint32_t>(out.instances.size()), {}});
    out.instances.push_back(instance);
    return {};
}

Status BinXmlParser::readSubstitutions(Cursor& c, BinXmlFragment& out, BinXmlInstance& instance) {
    if (Status s = need(c, 4); !s) return s;
    const std::uint32_t count = readU32(m_chunk + c.pos);
    c.pos += 4;
    if (count > (c.end - c.pos) / 4)
        return error(ErrorCode::TooLarge, c.pos - 4, "substitution count larger than the record");
    std::uint32_t dataPos = c.pos + 4 * count;
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::uint8_t* decl = m_chunk + c.pos + 4 * i;
        const std::uint32_t size = readU16(decl);
        if (static_cast<std::uint64_t>(dataPos) + size > c.end)
            return error(ErrorCode::Truncated, dataPos, "substitution value runs past its record");
        out.values.push_back(BinXmlValue{decl[2], size, m_chunk + dataPos});
        dataPos += size;
    }
    instance.valueCount = count;
    c.pos = dataPos;
    return {};
}

}  // namespace hitome::core::evtx
