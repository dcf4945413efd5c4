// SPDX-License-Identifier: GPL-3.0-or-later
// HashPrefetcher: hashes computed ahead equal the direct SHA-256, files asked
// for out of order, skipped or not listed are still hashed, and a stop
// request ends a wait.

#include <QtTest>

#include <stop_token>

#include "core/ingest/hash_prefetcher.h"
#include "core/util/sha256.h"
#include "tests_support/test_paths.h"

using namespace hitome::core;
namespace fs = std::filesystem;

namespace {

// The hash, or the error's message (so a comparison shows what went wrong).
std::string text(Result<std::string> r) {
    if (r.ok()) return std::move(r).value();
    std::string out = "error: ";
    out += r.error().message();
    return out;
}

// A file holding `bytes` in a fresh scratch folder `dir`.
fs::path fileWith(const std::string& dir, const std::string& name, const std::string& bytes) {
    const fs::path path = hitome::test::scratchDir(dir) / name;
    hitome::test::writeFile(path, bytes);
    return path;
}

}  // namespace

class TestHashPrefetcher : public QObject {
    Q_OBJECT
private slots:
    void hashesInOrderMatchDirectHashes() {
        const fs::path dir = hitome::test::scratchDir("hashprefetch");
        std::vector<fs::path> files;
        for (int i = 0; i < 7; ++i) {
            files.push_back(dir / std::to_string(i));
            hitome::test::writeFile(files.back(), std::string(static_cast<std::size_t>(1000 * i + 1), char('a' + i)));
        }
        HashPrefetcher hashes(files, 2);
        for (const auto& f : files) {
            QCOMPARE(text(hashes.hashOf(f, {})), text(sha256File(f)));
        }
    }

    void outOfOrderAndUnlistedFilesAreHashedToo() {
        const fs::path a = fileWith("hashprefetch2", "a", "first"), b = fileWith("hashprefetch2", "b", "second");
        const fs::path other = fileWith("hashprefetch2", "other", "not listed");
        HashPrefetcher hashes({a, b});
        QCOMPARE(text(hashes.hashOf(b, {})), sha256Hex("second"));
        QCOMPARE(text(hashes.hashOf(other, {})), sha256Hex("not listed"));
        QCOMPARE(text(hashes.hashOf(a, {})), sha256Hex("first"));
        QCOMPARE(text(hashes.hashOf(b, {})), sha256Hex("second"));
    }

    void skippedFilesLetTheRestFollow() {
        const fs::path a = fileWith("hashprefetch-skip", "a", "first"), b = fileWith("hashprefetch-skip", "b", "second");
        const fs::path c = fileWith("hashprefetch-skip", "c", "third");
        HashPrefetcher hashes({a, b, c}, 1);
        hashes.skip(b);   // not the next file: nothing happens
        hashes.skip(a);
        QCOMPARE(text(hashes.hashOf(b, {})), sha256Hex("second"));
        hashes.skip(c);
        QCOMPARE(text(hashes.hashOf(a, {})), sha256Hex("first"));   // asked for after all: hashed here
    }

    void missingFileIsAnError() {
        const fs::path missing = hitome::test::scratchDir("hashprefetch3") / "missing";
        HashPrefetcher hashes({missing});
        QVERIFY(!hashes.hashOf(missing, {}).ok());
    }

    void stoppedRequestIsCancelled() {
        const fs::path dir = hitome::test::scratchDir("hashprefetch4");
        const fs::path a = dir / "a";
        hitome::test::writeFile(a, std::string(1 << 20, 'x'));
        std::stop_source stop;
        stop.request_stop();
        HashPrefetcher hashes({a});
        auto r = hashes.hashOf(a, stop.get_token());
        // Either the hash was already there, or the wait ended as cancelled.
        QVERIFY(r.ok() ? r.value() == text(sha256File(a)) : r.error().code == ErrorCode::Cancelled);
    }
};

QTEST_APPLESS_MAIN(TestHashPrefetcher)
#include "test_hash_prefetcher.moc"
