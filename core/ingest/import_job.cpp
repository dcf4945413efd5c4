// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/import_job.h"

#include "core/ingest/evtx_prefetcher.h"
#include "core/ingest/hash_prefetcher.h"
#include "core/ingest/import_run.h"
#include "core/ingest/input_collector.h"
#include "core/store/case_file.h"
#include "core/store/connection.h"
#include "core/store/entity_ids.h"
#include "core/store/transaction.h"

namespace hitome::core {
namespace {

// SQLite copies the write-ahead log into the case file (a checkpoint) when a
// commit leaves the log over 1,000 pages: after a large import, that copy is
// as much writing again as the import itself. During the import it is off;
// the next commit on this connection (the search index build that follows an
// event import) or the connection's close does the copy, once for both.
class DeferredCheckpoint {
public:
    explicit DeferredCheckpoint(Connection& conn) : m_conn(conn) { (void)m_conn.exec("PRAGMA wal_autocheckpoint=0"); }
    ~DeferredCheckpoint() { (void)m_conn.exec("PRAGMA wal_autocheckpoint=1000"); }
    DeferredCheckpoint(const DeferredCheckpoint&) = delete;
    DeferredCheckpoint& operator=(const DeferredCheckpoint&) = delete;

private:
    Connection& m_conn;
};

}  // namespace

ImportJob::ImportJob(CaseFile& caseFile, const AttackCatalog* catalog, const FormatRegistry* registry)
    : m_caseFile(caseFile), m_catalog(catalog), m_registry(registry) {
    if (!m_registry) m_builtin = FormatRegistry::withBuiltinReaders();
}

Result<ImportSummary> ImportJob::run(std::vector<std::filesystem::path> inputs, const ImportOptions& options,
                                     ProgressCallback progress, std::stop_token stop) {
    auto files = collectInputFiles(inputs);
    if (!files) return files.error();
    Connection& conn = m_caseFile.connection();
    // A larger page cache for the bulk writes (per connection, 64 MiB).
    (void)conn.exec("PRAGMA cache_size=-65536");
    DeferredCheckpoint checkpointAfterwards(conn);
    // Everything below is one unit: leaving early rolls the whole run back.
    Savepoint run(conn, "import_job");
    if (!run.beginStatus()) return run.beginStatus().error();
    EntityIds ids(conn);
    CaseImportSink sink(conn, ids, m_catalog);
    ImportRun steps(conn, sink, registry(), options, std::move(progress), stop);
    std::uint64_t bytes = 0;
    for (const auto& f : *files) bytes += f.size;
    steps.setTotals(files->size(), bytes);
    std::vector<std::filesystem::path> paths;
    std::vector<std::pair<std::filesystem::path, std::uint64_t>> sizes;
    for (const auto& f : *files) {
        paths.push_back(f.path);
        sizes.emplace_back(f.path, f.size);
    }
    HashPrefetcher hashes(std::move(paths));
    steps.setHashes(&hashes);
    EvtxPrefetcher evtxAhead(sizes);
    steps.setEvtxAhead(&evtxAhead);
    for (const auto& f : *files)
        if (Status st = steps.importFile(f, 0); !st) {
            run.rollback();
            return st.error();
        }
    // Process trees, tasks and services, once over the whole import (the
    // full-text index is built after the commit: event_search_index.h).
    auto derived = sink.finishImport(stop);
    if (!derived) {
        run.rollback();
        return derived.error();
    }
    if (Status st = steps.addDerivedProcesses(*derived); !st) {
        run.rollback();
        return st.error();
    }
    if (Status st = run.commit(); !st) return st.error();
    return steps.takeSummary();
}

}  // namespace hitome::core
