#pragma once

#include <QtGlobal>

namespace Sourcelight {

class ProjectStore;

/// A write transaction that rolls back unless commit() was called (after Trojitá's SqlTransactionAutoAborter).
///
/// The outermost one runs `BEGIN IMMEDIATE`, so the write lock is taken up front and a busy project fails at the
/// start rather than half-way; nested ones are savepoints, so a failed inner step undoes only itself.
class SqlTransaction final
{
    Q_DISABLE_COPY_MOVE(SqlTransaction)

public:
    explicit SqlTransaction(ProjectStore &store);
    ~SqlTransaction();

    /// Whether the transaction started (false: the store is read-only, locked, or closed; see errorString()).
    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    ProjectStore &m_store;
    int m_level = 0;
    bool m_active = false;
};

} // namespace Sourcelight
