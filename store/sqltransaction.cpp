#include "sqltransaction.h"

#include "projectstore.h"

namespace Sourcelight {

SqlTransaction::SqlTransaction(ProjectStore &store)
    : m_store(store)
{
    if (!m_store.isOpen() || !m_store.ensureWritable()) {
        return;
    }
    m_level = m_store.transactionDepth();
    if (m_level > 0 && m_store.transactionLost()) {
        return; // the error that lost the outer transaction stays the one reported
    }
    // SQLite: take the write lock at once, so a writer never finds itself unable to upgrade a read lock. PostgreSQL
    // locks rows as they are written.
    const QString begin = m_store.onServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    const bool started
        = m_level == 0 ? m_store.execDirect(begin) : m_store.execDirect(QStringLiteral("SAVEPOINT sp%1").arg(m_level));
    if (started) {
        m_active = true;
        m_store.setTransactionDepth(m_level + 1);
    }
}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

bool SqlTransaction::commit()
{
    if (!m_active) {
        return false;
    }
    if (m_store.transactionLost()) {
        rollback();
        return false;
    }
    // What a bulk write left to the end is filled inside the transaction, just before it commits.
    const bool ok = m_level == 0 ? m_store.finishBulkWrite() && m_store.execDirect(QStringLiteral("COMMIT"))
                                 : m_store.execDirect(QStringLiteral("RELEASE sp%1").arg(m_level));
    if (!ok) {
        // COMMIT can fail (disk full, busy); the error is recorded, and the transaction is rolled back below so
        // the connection is usable again and nothing half-written stays.
        rollback();
        return false;
    }
    m_active = false;
    m_store.setTransactionDepth(m_level);
    if (m_level == 0) {
        m_store.startNewCacheGeneration(); // other connections may write from now on
    }
    return true;
}

void SqlTransaction::rollback()
{
    if (!m_active) {
        return;
    }
    m_active = false;
    m_store.setTransactionDepth(m_level);
    m_store.startNewCacheGeneration();
    // Keep the error that made us roll back: the rollback's own outcome is not what the user needs to read.
    const ProjectStore::Error error = m_store.error();
    const QString message = m_store.errorString();
    if (m_level == 0) {
        m_store.execDirect(QStringLiteral("ROLLBACK"));
    } else {
        m_store.execDirect(QStringLiteral("ROLLBACK TO sp%1").arg(m_level));
        m_store.execDirect(QStringLiteral("RELEASE sp%1").arg(m_level));
    }
    m_store.bulkWriteRolledBack();
    if (error != ProjectStore::Error::None) {
        m_store.setError(error, message);
    }
}

} // namespace Sourcelight
