// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// English and Japanese labels for the stable codes an Explanation carries
// (nested roles, chain operators, decoded-layer kinds, severities), so that
// every output form can be fully in the analyst's language. Unknown codes
// come back as themselves in both languages.

#include <string_view>

#include "core/kb/localized_text.h"
#include "core/model/severity.h"

namespace hitome::core {

// Why an explanation is nested: "scheduled program", "chain segment"...
LocalizedText nestedRoleLabel(std::string_view role);

// What follows a chain segment: "&", "&&", "||", "|".
LocalizedText chainOperatorLabel(std::string_view op);

// "base64", "base64+utf16le", "gzip", "deflate", "char-codes", "concatenation", "format-string".
LocalizedText decodedKindLabel(std::string_view kind);

LocalizedText severityLabel(Severity severity);

// A knowledge-base entry kind: "system-binary", "lolbin", "admin-tool"...
LocalizedText binaryKindLabel(std::string_view kind);

// An entity's value as shown: the placeholder "(given)" of a masked password
// is worded in each language; every other value is returned as is.
LocalizedText entityValueLabel(std::string_view kind, std::string_view value);

// A knowledge-base phase (JPCERT/CC): "initial-recon", "exploration", "spread".
LocalizedText kbPhaseLabel(std::string_view phase);

// A KB switch risk: "info", "low", "medium", "high".
LocalizedText switchRiskLabel(std::string_view risk);

// Fixed words used by the text renderer ("(truncated)", "then"...).
LocalizedText truncatedLabel();

}  // namespace hitome::core
