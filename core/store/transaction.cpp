// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/transaction.h"

#include "core/store/connection.h"

namespace hitome::core {

Transaction::Transaction(Connection& conn) : m_conn(conn), m_begin(conn.exec("BEGIN IMMEDIATE")) {
    m_isOpen = m_begin.ok();
}

Transaction::~Transaction() {
    if (m_isOpen) (void)m_conn.exec("ROLLBACK");
}

Status Transaction::commit() {
    if (!m_isOpen) return m_begin.ok() ? Error::make(ErrorCode::Usage, "transaction already ended") : m_begin;
    auto st = m_conn.exec("COMMIT");
    if (st) m_isOpen = false;
    return st;
}

Savepoint::Savepoint(Connection& conn, std::string name)
    : m_conn(conn), m_name(std::move(name)), m_begin(conn.exec("SAVEPOINT " + m_name)) {
    m_isOpen = m_begin.ok();
}

Savepoint::~Savepoint() {
    if (m_isOpen) rollback();
}

Status Savepoint::commit() {
    if (!m_isOpen) return m_begin.ok() ? Error::make(ErrorCode::Usage, "savepoint already ended") : m_begin;
    auto st = m_conn.exec("RELEASE " + m_name);
    if (st) m_isOpen = false;
    return st;
}

void Savepoint::rollback() {
    if (!m_isOpen) return;
    (void)m_conn.exec("ROLLBACK TO " + m_name);
    (void)m_conn.exec("RELEASE " + m_name);
    m_isOpen = false;
}

}  // namespace hitome::core
