// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/service_extractor.h"

#include <optional>

#include "core/store/admin_command.h"
#include "core/store/connection.h"
#include "core/store/statement.h"
#include "core/store/stored_event.h"

namespace hitome::core {
namespace {

constexpr const char* kCandidates = R"SQL(
SELECT id, host_id, time, event_id, service_name, command_line, data, source_id
FROM events
WHERE id > ?1 AND (
  (event_id = 7045 AND service_name IS NOT NULL) OR (event_id = 4697 AND service_name IS NOT NULL)
  OR (event_id IN (1, 4688) AND command_line IS NOT NULL AND (image LIKE '%\sc.exe' OR command_line LIKE '%sc%create%')))
ORDER BY id)SQL";

struct ServiceRow {
    std::string name, imagePath, startType, account, origin;
};

std::string fieldOr(const std::vector<EventField>& fields, std::string_view name) {
    for (const auto& f : fields)
        if (f.name == name) return f.value;
    return {};
}

std::optional<ServiceRow> toService(std::int64_t eventId, const std::string& serviceName,
                                    const std::string& commandLine, const std::vector<EventField>& fields) {
    if (eventId == 7045)
        return ServiceRow{serviceName, fieldOr(fields, "ImagePath"), fieldOr(fields, "StartType"),
                          fieldOr(fields, "AccountName"), "system-7045"};
    if (eventId == 4697)
        return ServiceRow{serviceName, fieldOr(fields, "ServiceFileName"), fieldOr(fields, "ServiceStartType"),
                          fieldOr(fields, "ServiceAccount"), "security-4697"};
    const auto s = parseServiceCreateCommand(commandLine);
    if (!s) return std::nullopt;
    return ServiceRow{s->name, s->imagePath, s->startType, s->account, "command-line"};
}

}  // namespace

Status extractServices(Connection& conn, std::int64_t afterId) {
    Statement select(conn, kCandidates);
    select.bind(1, afterId);
    Statement insert(conn,
                     "INSERT INTO services(host_id, name, image_path, start_type, account, time, origin, event_id, "
                     "source_id) VALUES(?,?,?,?,?,?,?,?,?)");
    std::vector<EventField> fields;
    while (true) {
        auto r = select.step();
        if (!r) return r.error();
        if (*r == Statement::Step::Done) return {};
        parseFieldsJson(select.columnText(6), fields);
        const auto svc = toService(select.columnInt(3), select.columnText(4), select.columnText(5), fields);
        if (!svc || svc->name.empty()) continue;
        insert.bindOptional(1, select.columnOptionalInt(1)).bind(2, svc->name).bindTextOrNull(3, svc->imagePath);
        insert.bindTextOrNull(4, svc->startType).bindTextOrNull(5, svc->account).bind(6, select.columnInt(2));
        insert.bind(7, svc->origin).bind(8, select.columnInt(0)).bind(9, select.columnInt(7));
        auto st = insert.run();
        insert.reset();
        if (!st) return st;
    }
}

}  // namespace hitome::core
