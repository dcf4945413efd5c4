// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test support: builds one-chunk EVTX files byte by byte (template-less
// BinXML), for parser and import tests that must run without ../shared.

#include <zlib.h>

#include <cstdint>
#include <cstring>
#include <string>

namespace hitome::test {

// Builds a one-chunk EVTX file byte by byte, template-less BinXML.
class SyntheticEvtx {
public:
    SyntheticEvtx() : m_chunk(65536, '\0') {}

    void u8(unsigned v) { m_chunk[m_pos++] = static_cast<char>(v); }
    void u16(unsigned v) { u8(v & 0xFF); u8((v >> 8) & 0xFF); }
    void u32(std::uint32_t v) { u16(v & 0xFFFF); u16(v >> 16); }
    void u64(std::uint64_t v) { u32(static_cast<std::uint32_t>(v)); u32(static_cast<std::uint32_t>(v >> 32)); }
    std::size_t pos() const { return m_pos; }
    void seek(std::size_t p) { m_pos = p; }

    void name(const std::string& ascii) {  // inline name at the current offset
        u32(0); u16(0); u16(static_cast<unsigned>(ascii.size()));
        for (char c : ascii) u16(static_cast<unsigned char>(c));
        u16(0);
    }
    void open(const std::string& tag, bool hasAttributes = false) {
        u8(hasAttributes ? 0x41 : 0x01);
        u32(0);
        u32(static_cast<std::uint32_t>(m_pos + 4));
        name(tag);
        if (hasAttributes) u32(0);
    }
    void attribute(const std::string& attr, const std::string& value) {
        u8(0x06);
        u32(static_cast<std::uint32_t>(m_pos + 4));
        name(attr);
        text(value);
    }
    void text(const std::string& ascii) {
        u8(0x05); u8(0x01); u16(static_cast<unsigned>(ascii.size()));
        for (char c : ascii) u16(static_cast<unsigned char>(c));
    }
    void leaf(const std::string& tag, const std::string& value) { open(tag); u8(0x02); text(value); u8(0x04); }

    std::size_t beginRecord(std::uint64_t id) {
        std::size_t start = m_pos;
        m_chunk.replace(m_pos, 4, "**\0\0", 4);
        m_pos += 8;
        u64(id);
        u64(132000000000000000ULL);
        u8(0x0F); u8(1); u8(1); u8(0);
        return start;
    }
    void endRecord(std::size_t start, std::uint64_t id) {
        u8(0x00);
        while ((m_pos + 4 - start) % 8) u8(0);
        const auto size = static_cast<std::uint32_t>(m_pos + 4 - start);
        u32(size);
        std::size_t save = m_pos;
        m_pos = start + 4; u32(size); m_pos = save;
        m_lastRecord = start;
        if (m_firstId == 0) m_firstId = id;
        m_lastId = id;
    }
    // A complete small event: System fields and two named EventData fields.
    void simpleEvent(std::uint64_t id, const std::string& commandLine) {
        std::size_t start = beginRecord(id);
        open("Event"); u8(0x02);
        open("System"); u8(0x02);
        open("Provider", true); attribute("Name", "Microsoft-Windows-Security-Auditing"); u8(0x03);
        leaf("EventID", "4688");
        leaf("EventRecordID", std::to_string(id));
        leaf("Computer", "host1.example");
        u8(0x04);
        open("EventData"); u8(0x02);
        open("Data", true); attribute("Name", "NewProcessName"); u8(0x02); text("C:\\x.exe"); u8(0x04);
        open("Data", true); attribute("Name", "CommandLine"); u8(0x02); text(commandLine); u8(0x04);
        u8(0x04);
        u8(0x04);
        endRecord(start, id);
    }

    std::string file() {
        std::string c = m_chunk;
        auto put32 = [&](std::string& s, std::size_t at, std::uint32_t v) { std::memcpy(&s[at], &v, 4); };
        auto put64 = [&](std::string& s, std::size_t at, std::uint64_t v) { std::memcpy(&s[at], &v, 8); };
        std::memcpy(&c[0], "ElfChnk\0", 8);
        put64(c, 8, m_firstId); put64(c, 16, m_lastId); put64(c, 24, m_firstId); put64(c, 32, m_lastId);
        put32(c, 40, 128); put32(c, 44, static_cast<std::uint32_t>(m_lastRecord));
        put32(c, 48, static_cast<std::uint32_t>(m_pos));
        auto bytes = reinterpret_cast<const Bytef*>(c.data());
        put32(c, 52, static_cast<std::uint32_t>(crc32(0, bytes + 512, static_cast<uInt>(m_pos - 512))));
        uLong h = crc32(crc32(0, bytes, 120), bytes + 128, 512 - 128);
        put32(c, 124, static_cast<std::uint32_t>(h));
        std::string head(4096, '\0');
        std::memcpy(&head[0], "ElfFile\0", 8);
        put64(head, 24, m_lastId + 1); put32(head, 32, 128);
        head[36] = 1; head[38] = 3; head[40] = 0; head[41] = 0x10; head[42] = 1;
        put32(head, 124, static_cast<std::uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(head.data()), 120)));
        return head + c;
    }

private:
    std::string m_chunk;
    std::size_t m_pos = 512;
    std::size_t m_lastRecord = 512;
    std::uint64_t m_firstId = 0, m_lastId = 0;
};

}  // namespace hitome::test
