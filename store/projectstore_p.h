#pragma once

// Store-private: included by store/ and its tests only, never by ingest/, models/, reports/, widgets/ or app/.

#include "projectstore.h"
#include "sqltransaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Sourcelight {

/// The store's internals (its connection, prepared statements, bulk inserts, error recording) for the code of
/// store/ that is not a class of its own (ProjectQueries, ProjectStats) and for tests that need raw SQL. Everything
/// here forwards to a private member of ProjectStore; see there for what each does.
class StoreAccess final
{
public:
    StoreAccess() = delete;

    static QSqlDatabase database(const ProjectStore &store) { return store.database(); }
    static QSqlQuery &prepared(ProjectStore &store, const QString &sql) { return store.prepared(sql); }
    static bool exec(ProjectStore &store, QSqlQuery &query) { return store.exec(query); }
    static std::optional<QList<Id>> selectIds(ProjectStore &store, QSqlQuery &query) { return store.selectIds(query); }
    static QList<Id> readIds(QSqlQuery &query) { return ProjectStore::readIds(query); }
    static std::optional<QStringList> selectStrings(ProjectStore &store, QSqlQuery &query)
    {
        return store.selectStrings(query);
    }
    static bool selectRow(ProjectStore &store, QSqlQuery &query, const QString &missing)
    {
        return store.selectRow(query, missing);
    }
    static bool execDirect(ProjectStore &store, const QString &sql) { return store.execDirect(sql); }
    static std::optional<Id> insertReturningId(ProjectStore &store, QSqlQuery &query)
    {
        return store.insertReturningId(query);
    }
    static QString listAggregate(const ProjectStore &store, const QString &expression, QChar separator)
    {
        return store.listAggregate(expression, separator);
    }
    static QString inJsonIds(const ProjectStore &store, const QString &column, const QString &placeholder)
    {
        return store.inJsonIds(column, placeholder);
    }
    static QString jsonIds(const QList<Id> &ids) { return ProjectStore::jsonIds(ids); }
    static bool lockRow(ProjectStore &store, const QString &table, Id id) { return store.lockRow(table, id); }
    static bool removeRecorded(ProjectStore &store, const QString &table, Id id, const QVariant &was)
    {
        return store.removeRecorded(table, id, was);
    }
    static std::optional<QList<Id>> insertRows(ProjectStore &store, const QString &table, const QStringList &columns,
        const QList<QVariantList> &rows, bool returnIds)
    {
        return store.insertRows(table, columns, rows, returnIds);
    }
    static bool usesNativeInserts(const ProjectStore &store) { return store.usesNativeInserts(); }
    static void setQtInsertsOnly(ProjectStore &store, bool only) { store.setQtInsertsOnly(only); }
    static void setSqlError(ProjectStore &store, const QSqlError &error) { store.setSqlError(error); }
    static void setError(ProjectStore &store, ProjectStore::Error error, const QString &message)
    {
        store.setError(error, message);
    }
};

/// Every row a query returns, with the column names as it returns them: what is read to put rows back verbatim.
struct RawRows
{
    QStringList columns;
    QList<QVariantList> rows;
};

/// Runs the (prepared, bound) query and reads all of it; nullopt on a database error (in the store's errorString()).
std::optional<RawRows> readRawRows(ProjectStore &store, QSqlQuery &query);

/// The row with this id that sql (a SELECT … WHERE id = :id) finds, read by read (a table's row reader); nullopt when
/// the query fails or finds no row, the latter recorded as InvalidArgument with the message missing.
template<typename Record>
std::optional<Record> selectById(
    ProjectStore &store, const QString &sql, Id id, const QString &missing, Record (*read)(const QSqlQuery &))
{
    QSqlQuery &select = StoreAccess::prepared(store, sql);
    select.bindValue(QStringLiteral(":id"), id);
    if (!StoreAccess::selectRow(store, select, missing)) {
        return std::nullopt;
    }
    Record record = read(select);
    select.finish();
    return record;
}

/// Removes the row of table (a code constant) with this id in a transaction of its own, recording in history what
/// it was: was(record) of the record read(id) finds. When read finds none (its error recorded) nothing changes.
template<typename Read, typename Was>
bool removeRecordedRow(ProjectStore &store, const QString &table, Id id, Read read, Was was)
{
    SqlTransaction transaction(store);
    if (!transaction.isActive()) {
        return false;
    }
    const auto old = read(id);
    return old && StoreAccess::removeRecorded(store, table, id, was(*old)) && transaction.commit();
}

} // namespace Sourcelight
