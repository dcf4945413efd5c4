// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One ImportJob::run(): the per-file steps (hash, dedupe, archive, detect,
// read, record the source) and progress accounting. Internal to ImportJob.

#include <chrono>
#include <optional>
#include <stop_token>

#include "core/ingest/import_job.h"
#include "core/ingest/input_collector.h"
#include "core/store/statement.h"

namespace hitome::core {

class Connection;
class EvtxPrefetcher;
class HashPrefetcher;

class ImportRun {
public:
    ImportRun(Connection& conn, CaseImportSink& sink, const FormatRegistry& registry, const ImportOptions& options,
              ProgressCallback progress, std::stop_token stop);

    void setTotals(std::uint64_t files, std::uint64_t bytes);
    // Where file hashes come from (computed ahead on another thread); null: here.
    void setHashes(HashPrefetcher* hashes) { m_hashes = hashes; }
    void setEvtxAhead(EvtxPrefetcher* evtx) { m_evtxAhead = evtx; }
    Status importFile(const InputFile& file, int archiveDepth);
    // Adds the processes derived once per import to their files' counts.
    Status addDerivedProcesses(const std::vector<std::pair<std::int64_t, std::uint64_t>>& bySource);
    ImportSummary takeSummary();

private:
    Result<bool> isKnownHash(const std::string& sha256);
    Result<bool> hasSourceOfSize(std::uint64_t size);
    Result<std::string> hashOf(const InputFile& file);
    Status importArchive(const InputFile& file, int archiveDepth);
    // `sha256` is filled in here when the file was read before its hash was known.
    Status readInto(const InputFile& file, FormatReader& reader, std::optional<std::string>& sha256);
    Result<std::int64_t> insertSource(const InputFile& file, std::string_view format, const std::string& sha256);
    Status finishSource(std::int64_t sourceId, const FileCounts& counts, const std::vector<Error>& warnings);
    void addOutcome(FileOutcome outcome);
    void skip(const InputFile& file, std::string reason);
    void report(const std::string& currentFile, std::uint64_t bytesInFile, bool force);

    Connection& m_conn;
    CaseImportSink& m_sink;
    const FormatRegistry& m_registry;
    ImportOptions m_options;
    ProgressCallback m_progress;
    std::stop_token m_stop;
    Statement m_findSource, m_findSourceOfSize, m_insertSource, m_setSourceHash, m_updateSource, m_addProcesses;
    HashPrefetcher* m_hashes = nullptr;
    EvtxPrefetcher* m_evtxAhead = nullptr;
    ImportSummary m_summary;
    ImportProgress m_state;
    std::chrono::steady_clock::time_point m_started, m_lastReport;
};

}  // namespace hitome::core
