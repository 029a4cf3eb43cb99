#pragma once

#include "storetypes.h"

#include <QVariant>
#include <QVariantMap>

#include <optional>

namespace Sourcelight {

class ProjectStore;

/// The audit trail: every change to the project, who made it, when, and the old and new value. The table classes
/// record into it inside their own transactions; the report read model (ReportBuilder) lists it.
class HistoryLog final
{
    Q_DISABLE_COPY_MOVE(HistoryLog)

public:
    explicit HistoryLog(ProjectStore &store);

    /// Adds a line for the current reviewer. A null old value means "created", a null new one "removed".
    bool record(
        const QString &entity, Id entityId, const QString &field, const QVariant &oldValue, const QVariant &newValue);
    /// record(entity, id, field, {}, <the row's valueColumn>) for every row of the table named entity whose id is
    /// firstId…lastId, in one statement that reads the rows just written (what an import adds: tens of thousands).
    /// entity and valueColumn are our own table and column names, never user data.
    bool recordCreated(const QString &entity, Id firstId, Id lastId, const QString &field, const QString &valueColumn);

private:
    ProjectStore &m_store;

public:
    // ---- Restoring a backup (JsonProjectImporter) ----
    // Each puts back rows exactly as a backup holds them: their own ids and every column, keyed by column name, with
    // the values as stored (text timestamps, enum names); a column left out is NULL. Nothing goes into history. Call
    // inside the restore's transaction.
    /// Columns: id, reviewer_id, changed_at, entity, entity_id, field, old_value, new_value.
    bool restoreEntry(const QVariantMap &row);
};

} // namespace Sourcelight
