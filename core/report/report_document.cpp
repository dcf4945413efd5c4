// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/report_document.h"

namespace hitome::core {

bool isAllowedReportUrl(const std::string& url) {
    for (const char* prefix : {"https://attack.mitre.org/", "https://learn.microsoft.com/"})
        if (url.rfind(prefix, 0) == 0) {
            // No quotes, spaces, angle brackets or control characters: the
            // URL goes into an attribute.
            for (unsigned char c : url)
                if (c <= 0x20 || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c >= 0x7f) return false;
            return true;
        }
    return false;
}

}  // namespace hitome::core
