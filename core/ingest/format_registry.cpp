// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ingest/format_registry.h"

namespace hitome::core {

FormatRegistry FormatRegistry::withBuiltinReaders() {
    FormatRegistry registry;
    registerBuiltinReaders(registry);
    return registry;
}

void FormatRegistry::add(std::unique_ptr<FormatReader> reader) {
    if (reader) m_readers.push_back(std::move(reader));
}

void FormatRegistry::setArchiveExpander(std::unique_ptr<ArchiveExpander> expander) { m_expander = std::move(expander); }

FormatReader* FormatRegistry::detect(std::string_view head) const {
    for (const auto& reader : m_readers)
        if (reader->sniff(head)) return reader.get();
    return nullptr;
}

FormatReader* FormatRegistry::byFormat(std::string_view format) const {
    for (const auto& reader : m_readers)
        if (reader->format() == format) return reader.get();
    return nullptr;
}

}  // namespace hitome::core
