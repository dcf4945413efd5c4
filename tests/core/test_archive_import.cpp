// SPDX-License-Identifier: GPL-3.0-or-later
// Archives: a zip of event exports (nested folders, a zip inside a zip)
// imports every member; path traversal names and zip bombs are refused with
// the archive's name, leaving the case as it was.

#include <QtTest>

#include <fstream>

#include <archive.h>
#include <archive_entry.h>

#include "core/ingest/archive/libarchive_expander.h"
#include "core/ingest/import_job.h"
#include "core/store/case_file.h"
#include "core/store/statement.h"
#include "tests_support/test_paths.h"

using namespace hitome::core;

namespace {

const char* kLine =
    R"({"@timestamp":"2020-09-21T22:37:29.466Z","EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS5","ProcessGuid":"{1}","ProcessId":"1","Image":"C:\\a.exe","CommandLine":"a.exe"})"
    "\n";

// Writes a zip with the given (name, content) members.
void writeZip(const std::filesystem::path& path, const std::vector<std::pair<std::string, std::string>>& members) {
    archive* a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_open_filename(a, path.c_str());
    for (const auto& [name, content] : members) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, name.c_str());
        archive_entry_set_size(e, static_cast<la_int64_t>(content.size()));
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_write_header(a, e);
        archive_write_data(a, content.data(), content.size());
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
}

std::int64_t scalar(Connection& conn, const std::string& sql) {
    Statement st(conn, sql);
    auto r = st.step();
    return r && *r == Statement::Step::Row ? st.columnInt(0) : -1;
}

}  // namespace

class TestArchiveImport : public QObject {
    Q_OBJECT
private slots:
    void zipWithNestedFoldersAndZipImportsAll() {
        const auto dir = hitome::test::scratchDir("archive");
        writeZip(dir / "inner.zip", {{"deep/x.json", std::string(kLine) + kLine}});
        writeZip(dir / "case.zip", {{"logs/a.json", kLine},
                                    {"logs/more/b.json", std::string(kLine) + kLine + kLine},
                                    {"inner.zip", hitome::test::readFile(dir / "inner.zip")},
                                    {"readme.txt", "not an export"}});
        auto c = CaseFile::open(dir / "zip.hitome");
        QVERIFY(c.ok());
        ImportJob job(*c, nullptr);
        auto r = job.run({dir / "case.zip"}, ImportOptions{}, nullptr, {});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message().c_str());
        QCOMPARE(scalar(c->connection(), "SELECT count(*) FROM events"), 6);
        QCOMPARE(scalar(c->connection(), "SELECT count(*) FROM sources WHERE name LIKE '%case.zip!/%'"), 3);
    }

    void traversalNamesAreRefused() {
        QCOMPARE(safeMemberPath("../../etc/passwd"), std::string());
        QCOMPARE(safeMemberPath("/etc/passwd"), std::string());
        QCOMPARE(safeMemberPath("C:\\Windows\\x"), std::string());
        QCOMPARE(safeMemberPath("a\\..\\..\\b"), std::string());
        QCOMPARE(safeMemberPath("logs/./a.json"), std::string("logs/a.json"));
        const auto dir = hitome::test::scratchDir("archive");
        writeZip(dir / "evil.zip", {{"ok.json", kLine}, {"../../escape.json", kLine}});
        auto c = CaseFile::open(dir / "evil.hitome");
        QVERIFY(c.ok());
        ImportJob job(*c, nullptr);
        auto r = job.run({dir / "evil.zip"}, ImportOptions{}, nullptr, {});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message().find("evil.zip") != std::string::npos, r.error().message().c_str());
        QVERIFY(r.error().message().find("escape.json") != std::string::npos);
        QCOMPARE(scalar(c->connection(), "SELECT count(*) FROM events"), 0);
        QVERIFY(!std::filesystem::exists(dir.parent_path() / "escape.json"));
    }

    void zipBombIsCapped() {
        const auto dir = hitome::test::scratchDir("archive");
        // 64 MiB of zeros compresses to ~64 KiB: a 1000:1 ratio.
        writeZip(dir / "bomb.zip", {{"zeros.json", std::string(64u << 20, '\0')}});
        ArchiveLimits limits;
        limits.ratioFreeBytes = 1 << 20;
        limits.maxRatio = 100;
        LibarchiveExpander expander(limits);
        const auto out = dir / "out";
        std::filesystem::create_directories(out);
        auto r = expander.expand(dir / "bomb.zip", "bomb.zip", out, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::TooLarge);
        QVERIFY(r.error().message().find("bomb.zip") != std::string::npos);
        QVERIFY(r.error().message().find("zeros.json") != std::string::npos);
    }

    // Found by fuzz_archive: after a member whose data stops short, libarchive
    // fails on the next header without a message, and building ours from
    // that NULL crashed.
    void brokenMemberWithoutALibarchiveMessageIsAnError() {
        const auto dir = hitome::test::scratchDir("archive");
        const std::string bytes(
            "PK\x03\x04\x14\x00\x00\x00\x08\x00\xf8\x0e\x78\x5d\x0e\xc5\xcb\xd7\x08\x00\x00\x00\x16\x00"
            "\x00\x00\x09\x00\x00\x00inner.zip\x0b\xf0\x66\x65\x63\xc0\x00\x00\x50\x5a\x4b\x01\x00\x00"
            "\x00\x00\x00\x00\x01\x00\x01\x00\x37\x00\x00\x00\x2f\x00\x00\x00\x00\x00",
            71);
        {
            std::ofstream out(dir / "short.zip", std::ios::binary);
            out << bytes;
        }
        const auto out = dir / "out";
        std::filesystem::create_directories(out);
        LibarchiveExpander expander;
        auto r = expander.expand(dir / "short.zip", "short.zip", out, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Corrupt);
        QVERIFY2(r.error().message().find("short.zip") != std::string::npos, r.error().message().c_str());
        QVERIFY2(r.error().message().find("broken archive after 1 members") != std::string::npos,
                 r.error().message().c_str());
    }

    void sniffsArchivesOnly() {
        LibarchiveExpander e;
        QVERIFY(e.sniff(std::string_view("PK\x03\x04rest", 8)));
        QVERIFY(e.sniff("7z\xBC\xAF\x27\x1C"));
        QVERIFY(!e.sniff("{\"EventID\":1}"));
        QVERIFY(!e.sniff(std::string_view("ElfFile\0", 8)));
    }
};

QTEST_APPLESS_MAIN(TestArchiveImport)
#include "test_archive_import.moc"
