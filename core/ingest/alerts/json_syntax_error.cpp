// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/alerts/json_syntax_error.h"

#include <string>

namespace hitome::core {
namespace {

// Accepts every value and keeps the first parse error: a syntax check
// without building a document.
struct SyntaxCheck {
    using Json = nlohmann::json;
    std::optional<Error> error;
    std::uint64_t textOffset = 0;

    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(Json::number_integer_t) { return true; }
    bool number_unsigned(Json::number_unsigned_t) { return true; }
    bool number_float(Json::number_float_t, const std::string&) { return true; }
    bool string(std::string&) { return true; }
    bool binary(Json::binary_t&) { return true; }
    bool start_object(std::size_t) { return true; }
    bool key(std::string&) { return true; }
    bool end_object() { return true; }
    bool start_array(std::size_t) { return true; }
    bool end_array() { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) {
        if (const auto* parse = dynamic_cast<const Json::parse_error*>(&ex)) error = jsonParseError(*parse, textOffset);
        else error = Error::make(ErrorCode::Format, "invalid JSON").atOffset(textOffset);
        return false;
    }
};

}  // namespace

Error jsonParseError(const nlohmann::json::parse_error& ex, std::uint64_t textOffset) {
    std::string what = ex.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error ..." → the reason.
    if (const auto colon = what.find(": ", what.find("column")); colon != std::string::npos) what = what.substr(colon + 2);
    return Error::make(ErrorCode::Format, "invalid JSON: " + what).atOffset(textOffset + (ex.byte > 0 ? ex.byte - 1 : 0));
}

std::optional<Error> jsonSyntaxError(std::string_view text, std::uint64_t textOffset) {
    SyntaxCheck check;
    check.textOffset = textOffset;
    nlohmann::json::sax_parse(text.data(), text.data() + text.size(), &check);
    return check.error;
}

}  // namespace hitome::core
