// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The structured result of explaining one command line: the binary, each
// argument with its meaning, the entities it names, analyst findings (code +
// parameters + rendered English/Japanese text), ATT&CK technique IDs,
// decoded layers and nested explanations (a scheduled program, cmd chains).

#include <string>
#include <utility>
#include <vector>

#include "core/explain/binary_identity.h"
#include "core/kb/localized_text.h"
#include "core/model/severity.h"

namespace hitome::core {

struct ExplainedArgument {
    std::string text;          // as Windows passes it; passwords are masked
    LocalizedText meaning;     // empty when nothing is known
    std::string role;          // "switch", "value", "subcommand", "argument", "program"
};

// Kinds: task_name, program, schedule, modifier, start_time, start_date,
// end_time, run_as_user, run_level, remote_host, user, password, registry_key,
// registry_value, registry_data, service_name, service_binary, url, file,
// command, script, group, share, domain, dll, export, port, rule_name.
struct Entity {
    std::string kind;
    std::string value;         // "(given)" for passwords: never the secret
};

using FindingParams = std::vector<std::pair<std::string, std::string>>;

struct Finding {
    std::string code;          // stable identifier, e.g. "schtasks.run_once"
    Severity severity = Severity::Informational;
    FindingParams params;      // values substituted into the text
    LocalizedText text;        // rendered sentence in both languages
};

struct DecodedLayer {
    std::string kind;          // base64, utf16le, gzip, deflate, char-codes, concatenation, format-string
    std::string text;          // decoded text (UTF-8, invalid bytes replaced)
    bool isTruncated = false;  // the output cap was reached
};

struct Explanation {
    std::string commandLine;   // as given, with password values masked
    std::string role;          // why this is nested: "scheduled program", "chain segment", "remote command"...
    std::string chainOperator; // for chain segments: the operator after this command
    BinaryIdentity binary;
    std::string kbName;        // knowledge-base entry name, empty when unknown
    LocalizedText binarySummary;
    LocalizedList nextSteps;   // the KB entry's "what to check next", empty when unknown
    std::vector<ExplainedArgument> arguments;
    std::vector<Entity> entities;
    std::vector<Finding> findings;
    std::vector<std::string> techniques;
    std::vector<DecodedLayer> decoded;
    std::vector<Explanation> nested;

    bool isChain() const { return binary.isEmpty() && !nested.empty(); }
    // Every technique here and in nested explanations, each once, in order.
    std::vector<std::string> allTechniques() const;
    // The first entity of `kind`, or empty.
    std::string entity(std::string_view kind) const;
    bool hasFinding(std::string_view code) const;   // here or nested
    Severity highestSeverity() const;               // here or nested
};

// "info", "low", "medium", "high".
std::string_view findingSeverityName(Severity s);

}  // namespace hitome::core
