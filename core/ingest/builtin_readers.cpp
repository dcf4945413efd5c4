// SPDX-License-Identifier: GPL-3.0-or-later
// The one list of built-in readers. Order matters: the first reader whose
// sniff() accepts a file wins, so more specific shapes come first. Append a
// line (and its include) to add a reader.
#include "core/ingest/alerts/alert_json_readers.h"
#include "core/ingest/archive/libarchive_expander.h"
#include "core/ingest/events/event_json_lines_reader.h"
#include "core/ingest/evtx_format_reader.h"
#include "core/ingest/format_registry.h"
#include "core/ingest/hunting/hunting_readers.h"

namespace hitome::core {

void registerBuiltinReaders(FormatRegistry& registry) {
    registry.add(std::make_unique<GraphIncidentReader>());
    registry.add(std::make_unique<GraphAlertReader>());
    registry.add(std::make_unique<M365dIncidentReader>());
    registry.add(std::make_unique<MdeAlertReader>());
    registry.add(std::make_unique<EvtxFormatReader>());
    registry.add(std::make_unique<HuntingStreamReader>());
    registry.add(std::make_unique<HuntingResultsReader>());
    registry.add(std::make_unique<HuntingCsvReader>());
    registry.add(std::make_unique<EventJsonLinesReader>());
    registry.setArchiveExpander(std::make_unique<LibarchiveExpander>());
}

}  // namespace hitome::core
