#include "historylog.h"

#include "projectstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Sourcelight {

namespace {

QVariant nullable(const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return QVariant(QMetaType::fromType<QString>());
    }
    return value.toString();
}

/// Binds who changed what, and when, to an insert into history: :reviewer (the current one, if any), :at (now),
/// :entity and :field.
void bindChange(QSqlQuery &insert, const ProjectStore &store, const QString &entity, const QString &field)
{
    const std::optional<Id> reviewer = store.reviewerId();
    insert.bindValue(
        QStringLiteral(":reviewer"), reviewer ? QVariant(*reviewer) : QVariant(QMetaType::fromType<qint64>()));
    insert.bindValue(QStringLiteral(":at"), ProjectStore::timestamp());
    insert.bindValue(QStringLiteral(":entity"), entity);
    insert.bindValue(QStringLiteral(":field"), field);
}

} // namespace

HistoryLog::HistoryLog(ProjectStore &store)
    : m_store(store)
{
}

bool HistoryLog::record(
    const QString &entity, Id entityId, const QString &field, const QVariant &oldValue, const QVariant &newValue)
{
    QSqlQuery &insert = m_store.prepared(
        QStringLiteral("INSERT INTO history (reviewer_id, changed_at, entity, entity_id, field, old_value, new_value) "
                       "VALUES (:reviewer, :at, :entity, :entity_id, :field, :old, :new)"));
    bindChange(insert, m_store, entity, field);
    insert.bindValue(QStringLiteral(":entity_id"), entityId);
    insert.bindValue(QStringLiteral(":old"), nullable(oldValue));
    insert.bindValue(QStringLiteral(":new"), nullable(newValue));
    const bool ok = m_store.exec(insert);
    insert.finish();
    return ok;
}

bool HistoryLog::recordCreated(
    const QString &entity, Id firstId, Id lastId, const QString &field, const QString &valueColumn)
{
    if (lastId < firstId) {
        return true;
    }
    // The values come from the rows themselves: nothing to bind per row. (CAST: the value is stored as text, as
    // record() stores it.)
    QSqlQuery &insert = m_store.prepared(
        QStringLiteral("INSERT INTO history (reviewer_id, changed_at, entity, entity_id, field, old_value, new_value) "
                       "SELECT :reviewer, :at, :entity, id, :field, NULL, CAST(%2 AS TEXT) FROM %1 "
                       "WHERE id BETWEEN :first AND :last ORDER BY id")
            .arg(entity, valueColumn));
    bindChange(insert, m_store, entity, field);
    insert.bindValue(QStringLiteral(":first"), firstId);
    insert.bindValue(QStringLiteral(":last"), lastId);
    const bool ok = m_store.exec(insert);
    insert.finish();
    return ok;
}

// ---- Restoring a backup (JsonProjectImporter) ----

bool HistoryLog::restoreEntry(const QVariantMap &row)
{
    return m_store.insertRow(QStringLiteral("history"),
        {QStringLiteral("id"), QStringLiteral("reviewer_id"), QStringLiteral("changed_at"), QStringLiteral("entity"),
            QStringLiteral("entity_id"), QStringLiteral("field"), QStringLiteral("old_value"),
            QStringLiteral("new_value")},
        row);
}

} // namespace Sourcelight
