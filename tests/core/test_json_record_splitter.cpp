// SPDX-License-Identifier: GPL-3.0-or-later
// JsonRecordSplitter cuts alert files into record texts without parsing
// them: every file shape, strings that hide brackets and quotes (also across
// the reader's 1 MiB buffer), and every way a file can break. parseJsonRecord
// places syntax errors in the file. The alert pipeline parses records on
// several threads and must still deliver them, and the first error, in file
// order.
// (Plain string literals throughout: Qt 6.4's moc loses the test class
// after some of these JSON snippets written as raw strings.)

#include <QtTest>

#include <atomic>
#include <chrono>
#include <fstream>
#include <thread>

#include "core/ingest/alerts/alert_record_pipeline.h"
#include "core/ingest/alerts/json_record.h"
#include "core/ingest/alerts/json_record_splitter.h"
#include "core/ingest/alerts/mde_alert_mapper.h"
#include "tests_support/test_paths.h"

using namespace hitome::core;
namespace fs = std::filesystem;

namespace {

struct Split {
    Status status;
    std::vector<RecordText> records;
};

Split splitBytes(const std::string& name, const std::string& bytes, std::stop_token stop = {}) {
    const fs::path path = hitome::test::scratchDir("splitter-" + name) / "input.json";
    hitome::test::writeFile(path, bytes);
    ReadContext ctx;
    ctx.path = path;
    ctx.displayName = "input.json";
    ctx.size = bytes.size();
    ctx.stop = stop;
    Split out;
    out.status = JsonRecordSplitter::split(ctx, [&](RecordText&& r) -> Status {
        out.records.push_back(std::move(r));
        return {};
    });
    return out;
}

Error expectError(const std::string& name, const std::string& bytes, ErrorCode code) {
    const Split s = splitBytes(name, bytes);
    if (s.status.ok()) qFatal("%s: splitting succeeded", name.c_str());
    const Error err = s.status.error();
    if (err.code != code) qWarning("%s: %s", name.c_str(), err.message().c_str());
    QTest::qCompare(static_cast<int>(err.code), static_cast<int>(code), "code", "expected", __FILE__, __LINE__);
    return err;
}

std::vector<std::string> texts(const Split& s) {
    std::vector<std::string> out;
    for (const auto& r : s.records) out.push_back(r.text);
    return out;
}

struct CountingSink : ImportSink {
    std::vector<std::string> ids;
    Status addAlert(const Alert& a) override {
        ids.push_back(a.externalId);
        return {};
    }
    Status addEvent(WinEvent) override { return Error::make(ErrorCode::Unsupported, "no events here"); }
    void addWarning(Error) override {}
};

std::string mdeAlert(int i) {
    return "{\"id\":\"a" + std::to_string(i) +
           "\",\"title\":\"t\",\"alertCreationTime\":\"2024-01-01T00:00:00Z\",\"computerDnsName\":\"h\",\"evidence\":[]}";
}

}  // namespace

class TestJsonRecordSplitter : public QObject {
    Q_OBJECT
private slots:
    void topLevelArrayGivesItsElements() {
        const std::string bytes = "[ {\"a\":1} ,\n{\"b\":[2,{\"c\":3}]}]";
        const Split s = splitBytes("array", bytes);
        QVERIFY2(s.status.ok(), s.status.ok() ? "" : s.status.error().message().c_str());
        QCOMPARE(texts(s), (std::vector<std::string>{"{\"a\":1}", "{\"b\":[2,{\"c\":3}]}"}));
        QCOMPARE(s.records[0].offset, std::uint64_t(2));
        QCOMPARE(s.records[1].offset, bytes.find("{\"b\""));
        QCOMPARE(s.records[1].index, std::uint64_t(2));
    }

    void odataPageGivesItsValueElements() {
        const Split s = splitBytes("page", "{\"@odata.context\":\"x#Alerts\",\"@odata.count\":2,\"value\":[{\"id\":\"1\"},{\"id\":\"2\"}],\"@odata.nextLink\":\"n\"}");
        QVERIFY(s.status.ok());
        QCOMPARE(texts(s), (std::vector<std::string>{"{\"id\":\"1\"}", "{\"id\":\"2\"}"}));
    }

    void escapedValueNameStillMakesAPage() {
        const Split s = splitBytes("escaped", "{\"\\u0076alue\":[{\"id\":\"1\"}]}");
        QVERIFY(s.status.ok());
        QCOMPARE(texts(s), (std::vector<std::string>{"{\"id\":\"1\"}"}));
    }

    void objectWithoutValueArrayIsOneRecord() {
        const std::string record = "{\"value\":3,\"id\":\"x\",\"nested\":{\"value\":[1]}}";
        const Split s = splitBytes("object", "\xEF\xBB\xBF" + record + "\n");
        QVERIFY(s.status.ok());
        QCOMPARE(texts(s), std::vector<std::string>{record});
        QCOMPARE(s.records[0].offset, std::uint64_t(3));   // after the byte-order mark
    }

    void ndjsonGivesEveryLine() {
        const Split s = splitBytes("ndjson", "{\"id\":\"1\"}\n{\"id\":\"2\"}\r\n\n[{\"id\":\"3\"}]\n");
        QVERIFY(s.status.ok());
        QCOMPARE(texts(s), (std::vector<std::string>{"{\"id\":\"1\"}", "{\"id\":\"2\"}", "{\"id\":\"3\"}"}));
        QCOMPARE(s.records[2].index, std::uint64_t(3));
    }

    void stringsHidingBracketsAndQuotesDoNotEndARecord() {
        const std::string record = "{\"a\":\"}]\\\"{[\",\"b\":\"\\\\\",\"c\":\"\\\\\\\"}\"}";
        const Split s = splitBytes("strings", "[" + record + "," + record + "]");
        QVERIFY(s.status.ok());
        QCOMPARE(texts(s), (std::vector<std::string>{record, record}));
    }

    void escapesAcrossTheReadBufferAreFollowed() {
        // The reader fills 1 MiB at a time: put a backslash, a quote and a
        // brace of the record on each side of that edge in turn.
        for (int shift = -3; shift <= 3; ++shift) {
            const std::size_t edge = std::size_t(1) << 20;
            std::string record = "{\"pad\":\"";
            const std::string tail = "\\\"}\\\\\",\"z\":\"]\"}";
            record += std::string(edge - 1 - record.size() - 1 + shift, 'p');   // the record starts at offset 1
            record += tail;
            const Split s = splitBytes("edge", "[" + record + "]");
            QVERIFY2(s.status.ok(), s.status.ok() ? "" : s.status.error().message().c_str());
            QCOMPARE(s.records.size(), std::size_t(1));
            QVERIFY(s.records[0].text == record);
            QVERIFY(parseJsonRecord(RecordText{s.records[0].text, 1, 1}).ok());
        }
    }

    void truncatedRecordIsTruncated() {
        const std::string bytes = "[{\"id\":\"1\"},{\"id\":\"2\",\"title\":\"cut he";
        const Error err = expectError("truncated", bytes, ErrorCode::Truncated);
        QCOMPARE(*err.offset, std::uint64_t(bytes.size()));
    }

    void syntaxErrorBeforeTheCutIsWhereItBroke() {
        const std::string bytes = "[{\"id\":\"1\",\"bad\":nope,\"title\":\"cut he";
        const Error err = expectError("broken-then-cut", bytes, ErrorCode::Format);
        QVERIFY(*err.offset >= bytes.find("nope") && *err.offset <= bytes.find("nope") + 4);
    }

    void brokenWrapperFieldsAreRefused() {
        expectError("wrapper-before", "{\"@odata.count\":12x,\"value\":[{\"id\":\"1\"}]}", ErrorCode::Format);
        expectError("wrapper-after", "{\"value\":[{\"id\":\"1\"}],\"next\":tru}", ErrorCode::Format);
    }

    void missingCommaBetweenRecordsIsRefused() {
        const std::string bytes = "[{\"id\":\"1\"} {\"id\":\"2\"}]";
        const Error err = expectError("comma", bytes, ErrorCode::Format);
        QCOMPARE(*err.offset, bytes.find(" {") + 1);
        QVERIFY(err.detail.find("',' or ']'") != std::string::npos);
    }

    void shapesThatHoldNoRecordsAreRefused() {
        QVERIFY(expectError("scalar", " 42", ErrorCode::Format).detail.find("not an object or an array") != std::string::npos);
        QVERIFY(expectError("nested-array", "[[1]]", ErrorCode::Format).detail.find("found an array") != std::string::npos);
        QVERIFY(expectError("spaces", " \n\t ", ErrorCode::Format).detail.find("empty") != std::string::npos);
        QVERIFY(expectError("zero", std::string("[\0]", 3), ErrorCode::Format).detail.find("zero byte") != std::string::npos);
    }

    void deepNestingStopsAtTheLimit() {
        const std::string bytes = "[{\"e\":" + std::string(600, '[') + std::string(600, ']') + "}]";
        const Error err = expectError("deep", bytes, ErrorCode::TooLarge);
        QVERIFY(err.detail.find("512") != std::string::npos);
        QCOMPARE(*err.offset, std::uint64_t(6 + 510));   // the bracket that is one level too deep
    }

    void overlongNumberIsRefused() {
        const std::string bytes = "{\"n\":" + std::string(JsonRecordSplitter::kMaxTokenBytes + 10, '1') + ",\"value\":[]}";
        QVERIFY(expectError("number", bytes, ErrorCode::TooLarge).detail.find("MiB") != std::string::npos);
    }

    void spacesInATopObjectStopAtTheRecordLimit() {
        // A top-level object is kept while it is read (it may be the record):
        // a run of spaces in it must not grow that copy without end.
        const fs::path path = hitome::test::scratchDir("splitter-spaces") / "input.json";
        {
            std::ofstream out(path, std::ios::binary);
            out << "{\"id\":\"1\",";
            const std::string block(1 << 20, ' ');
            for (std::uint64_t written = 0; written <= JsonRecordSplitter::kMaxRecordBytes; written += block.size()) out << block;
            out << "\"title\":\"t\"}";
        }
        ReadContext ctx;
        ctx.path = path;
        ctx.displayName = "input.json";
        const Status st = JsonRecordSplitter::split(ctx, [](RecordText&&) -> Status { return {}; });
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::TooLarge);
        QVERIFY(st.error().detail.find("128 MiB") != std::string::npos);
        QVERIFY(*st.error().offset > JsonRecordSplitter::kMaxRecordBytes &&
                *st.error().offset < JsonRecordSplitter::kMaxRecordBytes + (1 << 20));
    }

    void sinkFailureCarriesTheRecord() {
        const fs::path path = hitome::test::scratchDir("splitter-sink") / "input.json";
        hitome::test::writeFile(path, "[{\"id\":\"1\"},{\"id\":\"2\"}]");
        ReadContext ctx;
        ctx.path = path;
        ctx.displayName = "input.json";
        int seen = 0;
        const Status st = JsonRecordSplitter::split(ctx, [&](RecordText&&) -> Status {
            return ++seen == 2 ? Status(Error::make(ErrorCode::Format, "refused")) : Status();
        });
        QVERIFY(!st.ok());
        QCOMPARE(*st.error().record, std::uint64_t(2));
        QCOMPARE(*st.error().offset, std::uint64_t(12));
    }

    void stopRequestCancels() {
        std::stop_source stop;
        stop.request_stop();
        const Split s = splitBytes("stop", "[{\"id\":\"1\"}]", stop.get_token());
        QVERIFY(!s.status.ok());
        QCOMPARE(s.status.error().code, ErrorCode::Cancelled);
        QVERIFY(s.records.empty());
    }

    void parseErrorIsPlacedInTheFile() {
        auto r = parseJsonRecord(RecordText{"{\"id\":\"1\",\"x\":[1,2}}", 1000, 7});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Format);
        QCOMPARE(*r.error().offset, std::uint64_t(1000 + 18));
        QVERIFY(r.error().detail.rfind("invalid JSON", 0) == 0);
    }

    void numberOutOfRangeIsAFormatError() {
        // Found by fuzzing: nlohmann throws out_of_range, not parse_error, for 1e999.
        auto r = parseJsonRecord(RecordText{"{\"id\":\"1\",\"n\":1e999}", 500, 3});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Format);
        QCOMPARE(*r.error().offset, std::uint64_t(500));
        QVERIFY(r.error().detail.rfind("invalid JSON", 0) == 0);
    }

    void hugeRecordsAreParsedOneAtATime() {
        // A DOM takes several times its record's text: four 9 MiB records
        // must not be parsed at once, however many workers there are.
        const fs::path path = hitome::test::scratchDir("splitter-huge") / "alerts.json";
        {
            std::ofstream out(path, std::ios::binary);
            out << "[";
            for (int i = 1; i <= 4; ++i)
                out << (i > 1 ? "," : "") << "{\"id\":\"h" << i << "\",\"title\":\"t\",\"description\":\""
                    << std::string(9u << 20, 'x') << "\"}";
            out << "]";
        }
        ReadContext ctx;
        ctx.path = path;
        ctx.displayName = "alerts.json";
        std::atomic<int> running{0}, mostAtOnce{0};
        CountingSink sink;
        const Status st = AlertRecordPipeline::read(
            ctx, sink,
            [&](JsonRecord& r, std::vector<Result<Alert>>& out) {
                const int now = ++running;
                for (int seen = mostAtOnce.load(); now > seen && !mostAtOnce.compare_exchange_weak(seen, now);) {}
                std::this_thread::sleep_for(std::chrono::milliseconds(50));   // room for another to start
                out.push_back(mdeAlertFromJson(r.value, std::move(r.text)));
                --running;
            },
            4);
        QVERIFY2(st.ok(), st.ok() ? "" : st.error().message().c_str());
        QCOMPARE(sink.ids, (std::vector<std::string>{"h1", "h2", "h3", "h4"}));
        QCOMPARE(mostAtOnce.load(), 1);
    }

    void pipelineDeliversInFileOrderUpToTheFirstError() {
        // 2,000 alerts parsed on four threads; record 1,500 is broken, and
        // so is record 1,800 (which a worker may well reach first).
        std::string bytes = "[";
        for (int i = 1; i <= 2000; ++i) {
            std::string alert = mdeAlert(i);
            if (i == 1500 || i == 1800) alert.replace(alert.find("\"title\":\"t\""), 11, "\"title\":t");
            bytes += alert + (i < 2000 ? ",\n" : "]");
        }
        const fs::path path = hitome::test::scratchDir("splitter-order") / "alerts.json";
        hitome::test::writeFile(path, bytes);
        ReadContext ctx;
        ctx.path = path;
        ctx.displayName = "alerts.json";
        ctx.size = bytes.size();
        CountingSink sink;
        const Status st = AlertRecordPipeline::read(
            ctx, sink,
            [](JsonRecord& r, std::vector<Result<Alert>>& out) { out.push_back(mdeAlertFromJson(r.value, std::move(r.text))); },
            4);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::Format);
        QCOMPARE(st.error().file, std::string("alerts.json"));
        QVERIFY(st.error().detail.find("(line 1500)") != std::string::npos);
        QCOMPARE(sink.ids.size(), std::size_t(1499));
        for (int i = 0; i < 1499; ++i) QCOMPARE(sink.ids[i], "a" + std::to_string(i + 1));
    }
};

QTEST_APPLESS_MAIN(TestJsonRecordSplitter)
#include "test_json_record_splitter.moc"
