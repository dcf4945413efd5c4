// SPDX-License-Identifier: GPL-3.0-or-later
// SHA-256 (file identity for "already imported"): the FIPS 180 example
// vectors, and the same digest however the bytes are split across update()
// calls — whole blocks go through the CPU's SHA extensions when it has them,
// partial blocks through the buffer.

#include <QtTest>

#include "core/util/sha256.h"
#include "tests_support/test_paths.h"

using namespace hitome::core;

class TestSha256 : public QObject {
    Q_OBJECT
private slots:
    void knownVectors() {
        QCOMPARE(sha256Hex(""), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sha256Hex("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                 std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        QCOMPARE(sha256Hex(std::string(1000000, 'a')),
                 std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void splitUpdatesGiveTheSameDigest() {
        std::string bytes(5000, '\0');
        for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 131 + 7) % 251);
        for (std::size_t length : {0u, 1u, 55u, 56u, 63u, 64u, 65u, 127u, 128u, 1000u, 5000u}) {
            const std::string whole = sha256Hex(std::string_view(bytes).substr(0, length));
            for (std::size_t chunk : {1u, 3u, 63u, 64u, 100u}) {
                Sha256 h;
                for (std::size_t at = 0; at < length; at += chunk) h.update(std::string_view(bytes).substr(at, std::min(chunk, length - at)));
                QCOMPARE(h.hexDigest(), whole);
            }
        }
    }

    void fileDigestMatchesBytes() {
        std::string bytes(3 << 20, 'x');
        for (std::size_t i = 0; i < bytes.size(); i += 4099) bytes[i] = static_cast<char>(i % 256);
        const auto path = hitome::test::scratchDir("sha256") / "f.bin";
        hitome::test::writeFile(path, bytes);
        auto digest = sha256File(path);
        QVERIFY(digest.ok());
        QCOMPARE(*digest, sha256Hex(bytes));
    }
};

QTEST_APPLESS_MAIN(TestSha256)
#include "test_sha256.moc"
