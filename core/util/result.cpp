// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/result.h"

namespace hitome::core {

const char* errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::Io: return "io";
    case ErrorCode::Format: return "format";
    case ErrorCode::Truncated: return "truncated";
    case ErrorCode::Corrupt: return "corrupt";
    case ErrorCode::TooLarge: return "too-large";
    case ErrorCode::Unsupported: return "unsupported";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::Database: return "database";
    case ErrorCode::Usage: return "usage";
    case ErrorCode::NotFound: return "not-found";
    }
    return "unknown";
}

std::string Error::message() const {
    std::string out;
    if (!file.empty()) out += file + ": ";
    if (record) out += "record " + std::to_string(*record) + ": ";
    if (offset) out += "byte " + std::to_string(*offset) + ": ";
    out += detail;
    return out;
}

}  // namespace hitome::core
