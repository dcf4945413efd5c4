// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/import_run.h"

#include <cstdio>
#include <cstdlib>
#include <memory>

#include <nlohmann/json.hpp>

#include "core/ingest/hash_prefetcher.h"
#include "core/store/connection.h"
#include "core/util/sha256.h"
#include "core/util/time.h"

namespace hitome::core {
namespace {

namespace fs = std::filesystem;

Result<std::string> readHead(const InputFile& file) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(file.path.c_str(), "rb"), &std::fclose);
    if (!f) return Error::make(ErrorCode::Io, "cannot open file").inFile(file.displayName);
    std::string head(kSniffBytes, '\0');
    head.resize(std::fread(head.data(), 1, head.size(), f.get()));
    if (std::ferror(f.get())) return Error::make(ErrorCode::Io, "read error").inFile(file.displayName).atOffset(0);
    return head;
}

// A fresh private folder for archive members, removed when this goes out of scope.
class TempFolder {
public:
    TempFolder() {
        std::string pattern = (fs::temp_directory_path() / "hitome-import-XXXXXX").string();
        if (mkdtemp(pattern.data())) m_path = pattern;
    }
    ~TempFolder() {
        std::error_code ec;
        if (!m_path.empty()) fs::remove_all(m_path, ec);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

Status runOnce(Statement& st) {
    if (!st.valid()) return st.prepareError();
    Status s = st.run();
    st.reset();
    return s;
}

}  // namespace

ImportRun::ImportRun(Connection& conn, CaseImportSink& sink, const FormatRegistry& registry,
                     const ImportOptions& options, ProgressCallback progress, std::stop_token stop)
    : m_conn(conn),
      m_sink(sink),
      m_registry(registry),
      m_options(options),
      m_progress(std::move(progress)),
      m_stop(std::move(stop)),
      m_findSource(conn, "SELECT id FROM sources WHERE sha256 = ?"),
      // Size 0: a source of unknown size, which may be any file.
      m_findSourceOfSize(conn, "SELECT 1 FROM sources WHERE size = ? OR size <= 0 LIMIT 1"),
      m_insertSource(conn, "INSERT INTO sources(name, path, sha256, format, size, imported_at) VALUES(?,?,?,?,?,?)"),
      m_setSourceHash(conn, "UPDATE sources SET sha256 = ? WHERE id = ?"),
      m_updateSource(conn,
                     "UPDATE sources SET alert_count = ?, event_count = ?, process_count = ?, skipped_count = ?, "
                     "errors = ? WHERE id = ?"),
      m_addProcesses(conn, "UPDATE sources SET process_count = process_count + ? WHERE id = ?"),
      m_started(std::chrono::steady_clock::now()) {}

void ImportRun::setTotals(std::uint64_t files, std::uint64_t bytes) {
    m_state.filesTotal = files;
    m_state.bytesTotal = bytes;
}

void ImportRun::report(const std::string& currentFile, std::uint64_t bytesInFile, bool force) {
    if (!m_progress) return;
    const auto now = std::chrono::steady_clock::now();
    if (!force && now - m_lastReport < std::chrono::milliseconds(100)) return;
    m_lastReport = now;
    ImportProgress p = m_state;
    p.currentFile = currentFile;
    p.bytesDone = m_state.bytesDone + bytesInFile;
    p.alerts = m_sink.totalAlerts();
    p.events = m_sink.totalEvents();
    const double seconds = std::chrono::duration<double>(now - m_started).count();
    p.eventsPerSecond = seconds > 0 ? static_cast<double>(p.alerts + p.events) / seconds : 0;
    m_progress(p);
}

Result<bool> ImportRun::hasSourceOfSize(std::uint64_t size) {
    if (!m_findSourceOfSize.valid()) return m_findSourceOfSize.prepareError();
    m_findSourceOfSize.bind(1, static_cast<std::int64_t>(size));
    auto step = m_findSourceOfSize.step();
    m_findSourceOfSize.reset();
    if (!step) return step.error();
    return *step == Statement::Step::Row;
}

Result<std::string> ImportRun::hashOf(const InputFile& file) {
    auto sha = m_hashes ? m_hashes->hashOf(file.path, m_stop) : sha256File(file.path, m_stop);
    if (!sha) {
        Error err = sha.error();
        err.file = file.displayName;
        return err;
    }
    return sha;
}

Result<bool> ImportRun::isKnownHash(const std::string& sha256) {
    if (!m_findSource.valid()) return m_findSource.prepareError();
    m_findSource.bind(1, sha256);
    auto step = m_findSource.step();
    m_findSource.reset();
    if (!step) return step.error();
    return *step == Statement::Step::Row;
}

void ImportRun::addOutcome(FileOutcome outcome) {
    switch (outcome.kind) {
    case FileOutcomeKind::Imported: ++m_summary.filesImported; break;
    case FileOutcomeKind::AlreadyImported: ++m_summary.filesAlreadyImported; break;
    case FileOutcomeKind::Skipped: ++m_summary.filesSkipped; break;
    }
    const FileCounts& c = outcome.counts;
    m_summary.alertsAdded += c.alertsAdded;
    m_summary.alertsMerged += c.alertsMerged;
    m_summary.events += c.events;
    m_summary.recoveredEvents += c.recoveredEvents;
    m_summary.processes += c.processes;
    m_summary.warnings += c.warnings;
    m_summary.files.push_back(std::move(outcome));
}

void ImportRun::skip(const InputFile& file, std::string reason) {
    FileOutcome o;
    o.displayName = file.displayName;
    o.kind = FileOutcomeKind::Skipped;
    o.reason = std::move(reason);
    addOutcome(std::move(o));
}

Status ImportRun::importFile(const InputFile& file, int archiveDepth) {
    if (m_stop.stop_requested()) return Error::make(ErrorCode::Cancelled, "import cancelled").inFile(file.displayName);
    report(file.displayName, 0, true);
    // Only a file the size of one the case already has can be one already
    // imported. Any other is read at once while its SHA-256 is computed on
    // the hash thread; the hash is recorded after (readInto).
    auto mayBeKnown = hasSourceOfSize(file.size);
    if (!mayBeKnown) return mayBeKnown.error();
    std::optional<std::string> sha;
    bool isKnown = false;
    if (*mayBeKnown) {
        auto hash = hashOf(file);
        if (!hash) return hash.error();
        auto known = isKnownHash(*hash);
        if (!known) return known.error();
        isKnown = *known;
        sha = std::move(*hash);
    }
    if (isKnown) {
        FileOutcome o;
        o.displayName = file.displayName;
        o.kind = FileOutcomeKind::AlreadyImported;
        addOutcome(std::move(o));
    } else if (auto st = [&]() -> Status {
                   auto head = readHead(file);
                   if (!head) return head.error();
                   if (head->empty()) {
                       if (file.isExplicit) return Error::make(ErrorCode::Format, "the file is empty").inFile(file.displayName);
                       skip(file, "empty file");
                       return {};
                   }
                   ArchiveExpander* expander = m_registry.archiveExpander();
                   if (expander && expander->sniff(*head)) return importArchive(file, archiveDepth);
                   FormatReader* reader = m_registry.detect(*head);
                   if (reader) return readInto(file, *reader, sha);
                   if (file.isExplicit)
                       return Error::make(ErrorCode::Format,
                                          "not a recognised incident file (Defender/Graph alert JSON, EVTX, event "
                                          "JSON lines, hunting results, zip)")
                           .inFile(file.displayName)
                           .atOffset(0);
                   skip(file, "format not recognised");
                   return {};
               }();
               !st) {
        return st;
    }
    if (!sha && m_hashes) m_hashes->skip(file.path);   // nothing was recorded: no hash needed
    m_state.bytesDone += file.size;
    ++m_state.filesDone;
    report(file.displayName, 0, true);
    return {};
}

Status ImportRun::importArchive(const InputFile& file, int archiveDepth) {
    if (archiveDepth >= m_options.maxArchiveDepth) {
        skip(file, "archive nested too deeply");
        return {};
    }
    TempFolder folder;
    if (folder.path().empty()) return Error::make(ErrorCode::Io, "cannot create a temporary folder").inFile(file.displayName);
    auto members = m_registry.archiveExpander()->expand(file.path, file.displayName, folder.path(), m_stop);
    if (!members) return members.error();
    for (const ArchiveMember& m : *members) {
        InputFile member;
        member.path = m.path;
        member.displayName = m.displayName;
        std::error_code ec;
        member.size = fs::file_size(m.path, ec);
        m_state.bytesTotal += member.size;
        ++m_state.filesTotal;
        if (auto st = importFile(member, archiveDepth + 1); !st) return st;
    }
    return {};
}

Result<std::int64_t> ImportRun::insertSource(const InputFile& file, std::string_view format, const std::string& sha256) {
    m_insertSource.bind(1, file.displayName).bind(2, file.path.string()).bind(3, sha256).bind(4, format);
    m_insertSource.bind(5, static_cast<std::int64_t>(file.size)).bind(6, nowTicks());
    if (auto st = runOnce(m_insertSource); !st) return st.error();
    return m_conn.lastInsertRowId();
}

Status ImportRun::finishSource(std::int64_t sourceId, const FileCounts& c, const std::vector<Error>& warnings) {
    auto messages = nlohmann::json::array();
    for (const auto& w : warnings) messages.push_back(w.message());
    m_updateSource.bind(1, static_cast<std::int64_t>(c.alertsAdded));
    m_updateSource.bind(2, static_cast<std::int64_t>(c.events + c.recoveredEvents));
    m_updateSource.bind(3, static_cast<std::int64_t>(c.processes)).bind(4, static_cast<std::int64_t>(c.warnings));
    if (warnings.empty()) m_updateSource.bindNull(5);
    else m_updateSource.bind(5, messages.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    m_updateSource.bind(6, sourceId);
    return runOnce(m_updateSource);
}

Status ImportRun::readInto(const InputFile& file, FormatReader& reader, std::optional<std::string>& sha256) {
    // Unique until the real hash replaces it below: one file is read at a time.
    auto sourceId = insertSource(file, reader.format(), sha256 ? *sha256 : std::string("(hash pending)"));
    if (!sourceId) return sourceId.error();
    m_sink.beginFile(*sourceId);
    ReadContext ctx;
    ctx.path = file.path;
    ctx.displayName = file.displayName;
    ctx.size = file.size;
    ctx.stop = m_stop;
    ctx.evtxAhead = m_evtxAhead;
    ctx.onBytes = [this, &file](std::uint64_t done) { report(file.displayName, done, false); };
    if (Status st = reader.read(ctx, m_sink); !st) {
        Error err = st.error();
        if (err.file.empty()) err.file = file.displayName;
        return err;
    }
    if (!sha256) {
        auto hash = hashOf(file);
        if (!hash) return hash.error();
        m_setSourceHash.bind(1, *hash).bind(2, *sourceId);
        if (auto st = runOnce(m_setSourceHash); !st) return st;
        sha256 = std::move(*hash);
    }
    auto counts = m_sink.finishFile();
    if (!counts) return counts.error();
    if (auto st = finishSource(*sourceId, *counts, m_sink.warnings()); !st) return st;
    FileOutcome o;
    o.displayName = file.displayName;
    o.format = std::string(reader.format());
    o.counts = *counts;
    o.warnings = m_sink.warnings();
    o.sourceId = *sourceId;
    addOutcome(std::move(o));
    return {};
}

Status ImportRun::addDerivedProcesses(const std::vector<std::pair<std::int64_t, std::uint64_t>>& bySource) {
    for (const auto& [sourceId, count] : bySource) {
        m_addProcesses.bind(1, static_cast<std::int64_t>(count)).bind(2, sourceId);
        if (auto st = runOnce(m_addProcesses); !st) return st;
        m_summary.processes += count;
        for (auto& f : m_summary.files)
            if (f.sourceId == sourceId) f.counts.processes += count;
    }
    return {};
}

ImportSummary ImportRun::takeSummary() {
    m_summary.bytes = m_state.bytesDone;
    m_summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
    return std::move(m_summary);
}

}  // namespace hitome::core
