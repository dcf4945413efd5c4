// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The SAX handler behind JsonRecordStream: builds one record DOM at a time
// (see json_record_stream.h for what a record is) and enforces the depth and
// size limits. Internal to core/ingest/alerts.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/util/result.h"

namespace hitome::core {

// What the handler needs from the input it is parsed from.
class RecordInput {
public:
    virtual ~RecordInput() = default;
    // Bytes consumed so far (for errors and record offsets).
    virtual std::uint64_t offset() const = 0;
    // A token ended here. The input refuses to run far past the last one, so
    // a single huge string or number cannot fill memory before it ends.
    virtual void markToken() = 0;
    // Starts keeping the input's bytes, from the byte just consumed.
    virtual void beginCapture() = 0;
    virtual void dropCapture() = 0;
    // The bytes kept, up to the byte just consumed; empty when there were
    // too many to keep.
    virtual std::string endCapture() = 0;
};

class JsonSaxRecords {
public:
    using Json = nlohmann::json;
    // Called with each finished record, its starting offset and its bytes as
    // written in the file (empty when too large to keep).
    using Emit = std::function<Status(Json&&, std::uint64_t offset, std::string&& text)>;

    JsonSaxRecords(Emit emit, RecordInput& input, int maxDepth, std::uint64_t maxNodes, std::uint64_t maxRecordBytes);

    // Prepares for the next top-level value.
    void startTopLevel();
    // Set when a handler returned false: why parsing stopped.
    const std::optional<Error>& failure() const { return m_failure; }

    bool null();
    bool boolean(bool v);
    bool number_integer(Json::number_integer_t v);
    bool number_unsigned(Json::number_unsigned_t v);
    bool number_float(Json::number_float_t v, const std::string&);
    bool string(std::string& v);
    bool binary(Json::binary_t&);
    bool start_object(std::size_t);
    bool key(std::string& k);
    bool end_object();
    bool start_array(std::size_t);
    bool end_array();
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex);

private:
    bool addValue(Json&& v);
    bool openContainer(Json&& container);
    bool closeContainer();
    bool fail(ErrorCode code, std::string detail);
    bool isRecordTooLarge() const;

    std::uint64_t offset() const { return m_input.offset(); }

    Emit m_emit;
    RecordInput& m_input;
    int m_maxDepth;
    std::uint64_t m_maxNodes;
    std::uint64_t m_maxRecordBytes;

    int m_depth = 0;                 // open containers in the document
    int m_recordLevel = 0;           // depth at which record objects start
    bool m_isTopObject = false;      // building the top-level object as a record
    bool m_isInRecordList = false;   // inside the array whose elements are records
    bool m_valueKeyPending = false;  // top object's last key was "value"
    std::vector<Json*> m_stack;      // DOM of the record being built
    Json m_record;
    std::string m_key;
    std::uint64_t m_nodes = 0;
    std::uint64_t m_recordOffset = 0;
    std::optional<Error> m_failure;
};

}  // namespace hitome::core
