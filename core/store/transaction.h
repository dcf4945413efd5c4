// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RAII transactions. Transaction begins IMMEDIATE (takes the write lock up
// front); Savepoint nests. Both roll back in the destructor unless commit()
// succeeded, so an early return or error leaves the case untouched.

#include <string>

#include "core/util/result.h"

namespace hitome::core {

class Connection;

class Transaction {
public:
    explicit Transaction(Connection& conn);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    const Status& beginStatus() const { return m_begin; }
    Status commit();

private:
    Connection& m_conn;
    Status m_begin;
    bool m_isOpen = false;
};

class Savepoint {
public:
    // `name` must be an identifier from our code, never from input.
    Savepoint(Connection& conn, std::string name);
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    ~Savepoint();

    const Status& beginStatus() const { return m_begin; }
    Status commit();   // RELEASE
    void rollback();   // ROLLBACK TO + RELEASE

private:
    Connection& m_conn;
    std::string m_name;
    Status m_begin;
    bool m_isOpen = false;
};

}  // namespace hitome::core
