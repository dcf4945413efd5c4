// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Result<T>: a value or an Error. No exception crosses the core API; callers
// check ok() and either use value() or report error().

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace hitome::core {

enum class ErrorCode {
    Io,           // file could not be opened or read
    Format,       // not a format we read, or shaped unlike one
    Truncated,    // input ended early
    Corrupt,      // structure present but inconsistent (checksums, sizes)
    TooLarge,     // a limit protecting memory or time was exceeded
    Unsupported,  // valid input using a feature we do not handle
    Cancelled,    // the stop token was triggered
    Database,     // SQLite reported an error
    Usage,        // the caller passed bad arguments
    NotFound,     // a requested thing does not exist
};

const char* errorCodeName(ErrorCode code);

// Where an error happened and why. `detail` is technical English for logs
// and the CLI; the GUI builds its own translated sentence from the fields.
struct Error {
    ErrorCode code = ErrorCode::Format;
    std::string file;                      // path of the input, may be empty
    std::optional<std::uint64_t> offset;   // byte offset in `file`
    std::optional<std::uint64_t> record;   // 1-based record / line number
    std::string detail;

    // "file: line 3: detail" / "file: byte 1234: detail" / "detail"
    std::string message() const;

    static Error make(ErrorCode code, std::string detail) { return Error{code, {}, {}, {}, std::move(detail)}; }
    Error& inFile(std::string path) { file = std::move(path); return *this; }
    Error& atOffset(std::uint64_t off) { offset = off; return *this; }
    Error& atRecord(std::uint64_t rec) { record = rec; return *this; }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}          // NOLINT(google-explicit-constructor)
    Result(Error error) : m_data(std::move(error)) {}      // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<T>(m_data); }
    const T& value() const& { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const Error& error() const { return std::get<Error>(m_data); }
    Error& error() { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}     // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    Error& error() { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

}  // namespace hitome::core
