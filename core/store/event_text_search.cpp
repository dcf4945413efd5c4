// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/event_text_search.h"

#include "core/store/event_search_index.h"

namespace hitome::core {
namespace {

constexpr const char* kSearchableConcat =
    "(coalesce(e.command_line,'') || char(10) || coalesce(e.parent_command_line,'') || char(10) || "
    "coalesce(e.image,'') || char(10) || coalesce(e.target_object,'') || char(10) || "
    "coalesce(e.details,'') || char(10) || coalesce(e.task_name,'') || char(10) || "
    "coalesce(e.service_name,'') || char(10) || coalesce(e.script_block_text,'') || char(10) || "
    "coalesce(e.query_name,'') || char(10) || coalesce(e.target_filename,''))";

std::size_t codepointCount(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

// An FTS5 string: operators and punctuation inside it are plain text.
std::string ftsString(const std::string& word) {
    std::string out = "\"";
    for (char c : word) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

std::string likePattern(const std::string& word) { return "%" + escapeLike(word) + "%"; }

// Words are separated by blanks; "double quotes" keep blanks inside one word.
std::vector<std::string> searchWords(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    bool inQuote = false;
    auto flush = [&] {
        if (!word.empty()) words.push_back(std::move(word));
        word.clear();
    };
    for (char c : text) {
        if (c == '"') {
            flush();
            inQuote = !inQuote;
        } else if ((c == ' ' || c == '\t' || c == '\n' || c == '\r') && !inQuote) {
            flush();
        } else {
            word.push_back(c);
        }
    }
    flush();
    return words;
}

}  // namespace

std::string escapeLike(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
        out.push_back(c);
    }
    return out;
}

std::optional<std::int64_t> unindexedAfter(Connection& conn) {
    auto state = readSearchIndexState(conn);
    if (!state) return 0;   // unknown: scan every event rather than miss one
    if (state->isComplete()) return std::nullopt;
    return state->indexedThrough;
}

TextSearchSql eventTextSearch(const std::string& text, std::optional<std::int64_t> unindexedAfter) {
    TextSearchSql out;
    std::string match;
    std::vector<std::string> longWords, shortWords;
    for (auto& word : searchWords(text)) {
        if (codepointCount(word) >= 3) {
            if (!match.empty()) match.push_back(' ');
            match += ftsString(word);
            longWords.push_back(std::move(word));
        } else {
            shortWords.push_back(std::move(word));
        }
    }
    std::vector<std::string> parts;
    if (!match.empty()) {
        std::string indexed = "e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)";
        out.ftsMatch = match;
        out.params.push_back(std::move(match));
        if (unindexedAfter) {
            // Events the index does not hold yet are scanned: same words, LIKE.
            std::string scanned = "e.id > CAST(? AS INTEGER)";
            out.params.push_back(std::to_string(*unindexedAfter));
            for (const auto& word : longWords) {
                scanned += std::string(" AND ") + kSearchableConcat + " LIKE ? ESCAPE '\\'";
                out.params.push_back(likePattern(word));
            }
            indexed = "(" + indexed + " OR (" + scanned + "))";
            out.isIndexComplete = false;
        }
        parts.push_back(std::move(indexed));
    }
    out.hasShortWords = !shortWords.empty();
    for (const auto& word : shortWords) {
        parts.push_back(std::string(kSearchableConcat) + " LIKE ? ESCAPE '\\'");
        out.params.push_back(likePattern(word));
    }
    for (std::size_t i = 0; i < parts.size(); ++i) out.clause += (i ? " AND " : "") + parts[i];
    return out;
}

}  // namespace hitome::core
