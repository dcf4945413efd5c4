// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The readers Hitome knows, asked in registration order: the first whose
// sniff() accepts a file's head reads it. Also holds the archive expander.
// Built-in readers are registered in builtin_readers.cpp (one line each).

#include <memory>
#include <string_view>
#include <vector>

#include "core/ingest/archive_expander.h"
#include "core/ingest/format_reader.h"

namespace hitome::core {

class FormatRegistry {
public:
    FormatRegistry() = default;
    FormatRegistry(FormatRegistry&&) = default;
    FormatRegistry& operator=(FormatRegistry&&) = default;

    // Every reader (and the archive expander) Hitome ships.
    static FormatRegistry withBuiltinReaders();

    void add(std::unique_ptr<FormatReader> reader);
    void setArchiveExpander(std::unique_ptr<ArchiveExpander> expander);

    // The reader for a file starting with `head`, or nullptr.
    FormatReader* detect(std::string_view head) const;
    FormatReader* byFormat(std::string_view format) const;
    ArchiveExpander* archiveExpander() const { return m_expander.get(); }
    const std::vector<std::unique_ptr<FormatReader>>& readers() const { return m_readers; }

private:
    std::vector<std::unique_ptr<FormatReader>> m_readers;
    std::unique_ptr<ArchiveExpander> m_expander;
};

// Defined in builtin_readers.cpp: adds every built-in reader and the archive expander.
void registerBuiltinReaders(FormatRegistry& registry);

}  // namespace hitome::core
