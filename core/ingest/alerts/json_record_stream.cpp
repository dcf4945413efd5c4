// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/alerts/json_record_stream.h"

#include <cstdio>
#include <iterator>
#include <memory>
#include <vector>

#include "core/ingest/alerts/json_sax_records.h"

namespace hitome::core {
namespace {

constexpr std::size_t kBufferBytes = 1 << 20;

// A read buffer over a FILE that knows its absolute offset and can keep the
// bytes of the record being parsed (so its raw JSON need not be re-serialised).
class BufferedInput : public RecordInput {
public:
    explicit BufferedInput(std::FILE* file) : m_file(file), m_buffer(kBufferBytes) {}

    bool atEnd() {
        if (m_pos < m_size) return false;
        if (m_isTokenTooLong) return true;
        if (m_base + m_size - m_lastToken > JsonRecordStream::kMaxTokenBytes) {
            m_isTokenTooLong = true;   // the parser sees an early end; read() reports why
            return true;
        }
        refill();
        return m_pos >= m_size;
    }
    const char& current() const { return m_buffer[m_pos]; }
    void advance() { ++m_pos; }
    std::uint64_t offset() const override { return m_base + m_pos; }
    void markToken() override { m_lastToken = m_base + m_pos; }
    bool isTokenTooLong() const { return m_isTokenTooLong; }
    void beginCapture() override {
        m_capture.clear();
        m_captureFrom = m_pos > 0 ? m_pos - 1 : 0;
        m_isCapturing = true;
    }
    void dropCapture() override {
        m_isCapturing = false;
        m_capture.clear();
    }
    std::string endCapture() override {
        if (!m_isCapturing) return {};
        m_capture.append(m_buffer.data() + m_captureFrom, m_pos - m_captureFrom);
        m_isCapturing = false;
        return std::move(m_capture);
    }
    bool hasReadError() const { return m_hasReadError; }
    std::function<void(std::uint64_t)> onRefill;

private:
    void refill() {
        if (m_isCapturing) keepCapturedTail();
        m_base += m_size;
        m_pos = 0;
        m_size = std::fread(m_buffer.data(), 1, m_buffer.size(), m_file);
        if (m_size == 0 && std::ferror(m_file)) m_hasReadError = true;
        if (onRefill) onRefill(m_base);
    }

    // The buffer is about to be overwritten: move the record's bytes out.
    void keepCapturedTail() {
        const std::size_t tail = m_size - m_captureFrom;
        if (m_capture.size() + tail > JsonRecordStream::kMaxTextBytes) {
            dropCapture();
            std::string().swap(m_capture);
            return;
        }
        m_capture.append(m_buffer.data() + m_captureFrom, tail);
        m_captureFrom = 0;
    }

    std::FILE* m_file;
    std::vector<char> m_buffer;
    std::string m_capture;
    std::size_t m_captureFrom = 0;
    bool m_isCapturing = false;
    std::uint64_t m_lastToken = 0;
    bool m_isTokenTooLong = false;
    std::size_t m_pos = 0, m_size = 0;
    std::uint64_t m_base = 0;
    bool m_hasReadError = false;
};

// The input iterator nlohmann's parser reads through; equal to any other
// iterator exactly when the input is exhausted.
struct InputIterator {
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    BufferedInput* input = nullptr;
    reference operator*() const { return input->current(); }
    InputIterator& operator++() {
        input->advance();
        return *this;
    }
    bool operator==(const InputIterator&) const { return input->atEnd(); }
    bool operator!=(const InputIterator& other) const { return !(*this == other); }
};

bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// Skips whitespace and a UTF-8 byte-order mark; false at end of input.
bool skipToNextValue(BufferedInput& in) {
    while (!in.atEnd()) {
        const auto c = static_cast<unsigned char>(in.current());
        if (isSpace(static_cast<char>(c)) || c == 0xEF || c == 0xBB || c == 0xBF) {
            if (c >= 0x80 && in.offset() > 2) return true;   // only a leading BOM is skipped
            in.advance();
            continue;
        }
        return true;
    }
    return false;
}

// 1-based line of `offset`, for messages about NDJSON files.
std::uint64_t lineAt(const std::filesystem::path& path, std::uint64_t offset) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!f) return 0;
    std::uint64_t line = 1, pos = 0;
    std::vector<char> buf(kBufferBytes);
    while (pos < offset) {
        const std::size_t n = std::fread(buf.data(), 1, buf.size(), f.get());
        if (n == 0) break;
        for (std::size_t i = 0; i < n && pos < offset; ++i, ++pos)
            if (buf[i] == '\n') ++line;
    }
    return line;
}

Error located(Error err, const ReadContext& ctx) {
    if (err.file.empty()) err.file = ctx.displayName;
    if (err.offset && !err.record && err.code != ErrorCode::Cancelled)
        err.detail += " (line " + std::to_string(lineAt(ctx.path, *err.offset)) + ")";
    return err;
}

Error tokenTooLong(const BufferedInput& input, const ReadContext& ctx) {
    const auto mib = std::to_string(JsonRecordStream::kMaxTokenBytes >> 20);
    return located(Error::make(ErrorCode::TooLarge, "a single JSON value is longer than " + mib + " MiB")
                       .atOffset(input.offset()),
                   ctx);
}

}  // namespace

Status JsonRecordStream::read(const ReadContext& ctx, const RecordFunction& onRecord) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(ctx.path.c_str(), "rb"), &std::fclose);
    if (!file) return Error::make(ErrorCode::Io, "cannot open file").inFile(ctx.displayName);
    BufferedInput input(file.get());
    input.onRefill = ctx.onBytes;
    std::uint64_t records = 0;
    auto emit = [&](nlohmann::json&& value, std::uint64_t offset, std::string&& text) -> Status {
        if (ctx.stop.stop_requested()) return Error::make(ErrorCode::Cancelled, "import cancelled");
        ++records;
        Status st = onRecord(JsonRecord{std::move(value), offset, records, std::move(text)});
        if (!st && st.error().code != ErrorCode::Cancelled && !st.error().offset && !st.error().record) {
            Error err = st.error();
            err.atRecord(records).atOffset(offset);
            return err;
        }
        return st;
    };
    JsonSaxRecords sax(emit, input, kMaxDepth, kMaxRecordNodes, kMaxRecordBytes);
    bool sawValue = false;
    while (skipToNextValue(input)) {
        sawValue = true;
        sax.startTopLevel();
        const bool ok = nlohmann::json::sax_parse(InputIterator{&input}, InputIterator{&input}, &sax,
                                                  nlohmann::json::input_format_t::json, false);
        if (!ok) {
            if (input.isTokenTooLong()) return tokenTooLong(input, ctx);
            if (sax.failure()) {
                Error err = *sax.failure();
                // A syntax error at the very end means the file was cut short.
                if (err.code == ErrorCode::Format && err.detail.rfind("invalid JSON", 0) == 0 && input.atEnd() &&
                    !input.hasReadError()) {
                    err.code = ErrorCode::Truncated;
                    err.detail = "the file ends inside a JSON value (" + err.detail + ")";
                }
                // The lexer takes a zero byte for the end: with bytes left, it is garbage.
                if (err.code == ErrorCode::Truncated && !input.atEnd()) {
                    err.code = ErrorCode::Format;
                    err.detail = "invalid JSON: a zero byte where JSON text was expected";
                }
                return located(std::move(err), ctx);
            }
            return Error::make(ErrorCode::Format, "invalid JSON").inFile(ctx.displayName).atOffset(input.offset());
        }
    }
    if (input.isTokenTooLong()) return tokenTooLong(input, ctx);   // a run of spaces
    if (input.hasReadError()) return Error::make(ErrorCode::Io, "read error").inFile(ctx.displayName).atOffset(input.offset());
    if (!sawValue) return Error::make(ErrorCode::Format, "the file is empty").inFile(ctx.displayName);
    return {};
}

}  // namespace hitome::core
