// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Imports files and folders into a case. For each file: SHA-256 (the same
// bytes imported before are reported "already imported" and add nothing),
// archives expanded through the registry's ArchiveExpander, the format
// detected from content, then the reader streams into the case.
//
// All-or-nothing policy: the whole run happens inside one savepoint. If any
// input fails (unreadable, unrecognised when named explicitly, broken
// content, a database error) or the run is cancelled, everything this run
// added — from every input — is rolled back and the case is exactly as it was
// before. Files found inside folders or archives whose format is not
// recognised are skipped (reported), not errors. Records a reader skips are
// warnings: the file still imports and the warnings are stored in
// sources.errors.
//
// Single-threaded: call run() on the thread that owns the CaseFile's
// connection. Progress is reported on that thread.

#include <filesystem>
#include <stop_token>
#include <string>
#include <vector>

#include "core/ingest/case_import_sink.h"
#include "core/ingest/format_registry.h"
#include "core/ingest/import_progress.h"
#include "core/util/result.h"

namespace hitome::core {

class AttackCatalog;
class CaseFile;

struct ImportOptions {
    int maxArchiveDepth = 4;   // archives inside archives, deeper ones are skipped
};

enum class FileOutcomeKind { Imported, AlreadyImported, Skipped };

struct FileOutcome {
    std::string displayName;
    std::string format;            // reader format; empty when skipped
    FileOutcomeKind kind = FileOutcomeKind::Imported;
    std::string reason;            // why skipped
    FileCounts counts;
    std::vector<Error> warnings;   // the first few skipped records
    std::int64_t sourceId = 0;
};

struct ImportSummary {
    std::vector<FileOutcome> files;
    std::uint64_t alertsAdded = 0, alertsMerged = 0, events = 0, recoveredEvents = 0, processes = 0;
    std::uint64_t filesImported = 0, filesAlreadyImported = 0, filesSkipped = 0, warnings = 0;
    std::uint64_t bytes = 0;
    double seconds = 0;
};

class ImportJob {
public:
    // `catalog` may be null; `registry` null means FormatRegistry::withBuiltinReaders().
    ImportJob(CaseFile& caseFile, const AttackCatalog* catalog, const FormatRegistry* registry = nullptr);

    Result<ImportSummary> run(std::vector<std::filesystem::path> inputs, const ImportOptions& options,
                              ProgressCallback progress, std::stop_token stop);

private:
    const FormatRegistry& registry() const { return m_registry ? *m_registry : m_builtin; }

    CaseFile& m_caseFile;
    const AttackCatalog* m_catalog;
    const FormatRegistry* m_registry;
    FormatRegistry m_builtin;
};

}  // namespace hitome::core
