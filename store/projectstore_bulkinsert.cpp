#include "projectstore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

// insertRows(): many rows per statement, bound through SQLite's own interface where it can be.

namespace Sourcelight {

namespace {

// What QSqlQuery binds as SQL NULL: an empty variant, a null string or byte array.
bool isNullValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    default:
        return value.isNull();
    }
}

// The values bindNative() binds exactly as the Qt driver does; rows holding anything else (dates, unsigned 64-bit
// numbers, floats, …) go through QSqlQuery.
bool isNativelyBindable(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Double:
    case QMetaType::QString:
    case QMetaType::QByteArray:
        return true;
    default:
        return value.isNull(); // a typed null (QVariant(QMetaType::fromType<qint64>())): SQL NULL either way
    }
}

// Binds value as the Qt driver does: NULL, integers, reals, text, blobs. The rows outlive the statement's step,
// so text and blobs are bound in place (SQLITE_STATIC).
int bindNative(sqlite3_stmt *statement, int position, const QVariant &value)
{
    if (isNullValue(value)) {
        return sqlite3_bind_null(statement, position);
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, position, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray &bytes = *static_cast<const QByteArray *>(value.constData());
        return sqlite3_bind_blob(statement, position, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
    }
    default: { // QString (isNativelyBindable() lets nothing else through)
        const QString &text = *static_cast<const QString *>(value.constData());
        return sqlite3_bind_text16(
            statement, position, text.utf16(), int(text.size() * qsizetype(sizeof(QChar))), SQLITE_STATIC);
    }
    }
}

} // namespace

std::optional<Id> ProjectStore::highestId(const QString &table)
{
    QSqlQuery &top = prepared(QStringLiteral("SELECT COALESCE(max(id), 0) FROM %1").arg(table));
    if (!exec(top) || !top.next()) {
        top.finish();
        return std::nullopt;
    }
    const Id highest = top.value(0).toLongLong();
    top.finish();
    return highest;
}

bool ProjectStore::takeIds(QList<Id> &ids, Id &highest, Id last, qsizetype count)
{
    if (last != highest + count) {
        setError(Error::Query, tr("Not every row was written to the project."));
        return false;
    }
    for (Id id = highest + 1; id <= last; ++id) {
        ids.append(id);
    }
    highest = last;
    return true;
}

qsizetype ProjectStore::statementRows(qsizetype remaining, qsizetype columns)
{
    qsizetype count = BulkRows;
    while (count > 1 && (count > remaining || count * columns > MaxBoundValues)) {
        count /= 4;
    }
    return count;
}

std::optional<QList<Id>> ProjectStore::insertInStatements(const QString &table, const QStringList &columns,
    const QList<QVariantList> &rows, bool returnIds,
    const std::function<std::optional<Id>(qsizetype, qsizetype)> &insert)
{
    QList<Id> ids;
    ids.reserve(returnIds ? rows.size() : 0);
    // A new row's id is one above the highest in the table, so a statement's rows get the ids after it, in row
    // order: the last one is checked against that, rather than every id read back (RETURNING costs about a tenth
    // of an import's writing).
    const std::optional<Id> top = returnIds && !rows.isEmpty() ? highestId(table) : std::optional<Id>(0);
    if (!top) {
        return std::nullopt;
    }
    Id highest = *top;
    qsizetype next = 0;
    while (next < rows.size()) {
        // Statements of 256, 64, 16, 4 or 1 rows: a handful of prepared statements, and few for the remainder. (What
        // a statement costs beyond its rows, e.g. its statement journal and trigger set-up, is paid once for all.)
        const qsizetype count = statementRows(rows.size() - next, columns.size());
        const std::optional<Id> last = insert(next, count);
        if (!last || (returnIds && !takeIds(ids, highest, *last, count))) {
            return std::nullopt;
        }
        next += count;
    }
    return ids;
}

std::optional<QList<Id>> ProjectStore::insertRows(
    const QString &table, const QStringList &columns, const QList<QVariantList> &rows, bool returnIds)
{
    if (onServer() && returnIds && !rows.isEmpty()) {
        return insertRowsWithNewIds(table, columns, rows);
    }
    if (usesNativeInserts() && std::all_of(rows.cbegin(), rows.cend(), [](const QVariantList &row) {
            return std::all_of(row.cbegin(), row.cend(), isNativelyBindable);
        })) {
        return insertRowsNative(table, columns, rows, returnIds);
    }
    // Named placeholders (:v0, :v1, …): Qt binds a value by name for about half of what it spends binding by
    // position (it formats a name for every positional value), and an import binds millions of them.
    static const QStringList names = [] {
        QStringList list;
        list.reserve(MaxBoundValues);
        for (int i = 0; i < MaxBoundValues; ++i) {
            list.append(QStringLiteral(":v%1").arg(i));
        }
        return list;
    }();
    const auto statement = [&](qsizetype count) -> QSqlQuery & {
        const QString key
            = table + QLatin1Char('(') + columns.join(QLatin1Char(',')) + QLatin1Char(')') + QString::number(count);
        QSqlQuery *&cached = m_insertStatements[key];
        if (!cached) {
            QStringList values;
            values.reserve(count);
            for (qsizetype r = 0; r < count; ++r) {
                const QStringList marks = names.mid(r * columns.size(), columns.size());
                values.append(QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')'));
            }
            // Table and column names are ours, never user data.
            cached
                = &prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QStringLiteral(", ")))
                    + values.join(QStringLiteral(", ")));
        }
        return *cached;
    };
    return insertInStatements(
        table, columns, rows, returnIds, [&](qsizetype next, qsizetype count) -> std::optional<Id> {
            QSqlQuery &insert = statement(count);
            qsizetype position = 0;
            for (qsizetype r = next; r < next + count; ++r) {
                const QVariantList &values = rows.at(r);
                Q_ASSERT(values.size() == columns.size());
                for (const QVariant &value : values) {
                    insert.bindValue(names.at(position++), value);
                }
            }
            if (!exec(insert)) {
                return std::nullopt;
            }
            const Id last = returnIds ? insert.lastInsertId().toLongLong() : 0;
            insert.finish();
            return last;
        });
}

// insertRows() on SQLite's own interface. An import binds millions of values; through QSqlQuery each one is stored
// by name as a QVariant, copied again when the statement runs and only then bound: about a fifth of an import's
// writing time. The statements, ids and errors are the same as the Qt path's.
std::optional<QList<Id>> ProjectStore::insertRowsNative(
    const QString &table, const QStringList &columns, const QList<QVariantList> &rows, bool returnIds)
{
    const auto fail = [this](int code) -> std::optional<Id> {
        setSqlError(QSqlError(
            QString(), QString::fromUtf8(sqlite3_errmsg(m_native)), QSqlError::StatementError, QString::number(code)));
        return std::nullopt;
    };
    return insertInStatements(
        table, columns, rows, returnIds, [&](qsizetype next, qsizetype count) -> std::optional<Id> {
            const QString key
                = table + QLatin1Char('(') + columns.join(QLatin1Char(',')) + QLatin1Char(')') + QString::number(count);
            sqlite3_stmt *&statement = m_nativeInserts[key];
            if (!statement) {
                const QString row = QLatin1Char('(')
                    + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
                // Table and column names are ours, never user data.
                const QByteArray sql
                    = (QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QLatin1Char(',')))
                        + QStringList(count, row).join(QLatin1Char(',')))
                          .toUtf8();
                const int prepared = sqlite3_prepare_v3(
                    m_native, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
                if (prepared != SQLITE_OK) {
                    m_nativeInserts.erase(key);
                    return fail(sqlite3_extended_errcode(m_native));
                }
            }
            int position = 0;
            for (qsizetype r = next; r < next + count; ++r) {
                const QVariantList &values = rows.at(r);
                Q_ASSERT(values.size() == columns.size());
                for (const QVariant &value : values) {
                    const int bound = bindNative(statement, ++position, value);
                    if (bound != SQLITE_OK) {
                        sqlite3_clear_bindings(statement);
                        return fail(bound);
                    }
                }
            }
            const int stepped = sqlite3_step(statement);
            const int code = stepped == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(m_native);
            if (stepped != SQLITE_DONE) {
                const std::optional<Id> failure = fail(code); // the message, before reset clears it
                sqlite3_reset(statement);
                sqlite3_clear_bindings(statement);
                return failure;
            }
            sqlite3_reset(statement);
            sqlite3_clear_bindings(statement); // the bound text points into rows
            return sqlite3_last_insert_rowid(m_native);
        });
}

// On PostgreSQL the new rows' ids are taken from the table's sequence first and written with the rows: other
// reviewers' sessions take ids from it at the same time, so "the ids after the highest" would not hold.
std::optional<QList<Id>> ProjectStore::insertRowsWithNewIds(
    const QString &table, const QStringList &columns, const QList<QVariantList> &rows)
{
    // The table name is a code constant.
    QSqlQuery &take = prepared(
        QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, :n)").arg(table));
    take.bindValue(QStringLiteral(":n"), qint64(rows.size()));
    std::optional<QList<Id>> ids = selectIds(take);
    if (!ids) {
        return std::nullopt;
    }
    if (ids->size() != rows.size()) {
        setError(Error::Query, tr("Not every row was written to the project."));
        return std::nullopt;
    }
    QList<QVariantList> withIds;
    withIds.reserve(rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QVariantList row = rows.at(r);
        row.prepend(ids->at(r));
        withIds.append(row);
    }
    if (!insertRows(table, QStringList {QStringLiteral("id")} + columns, withIds, false)) {
        return std::nullopt;
    }
    return ids;
}

bool ProjectStore::insertRow(const QString &table, const QStringList &columns, const QVariantMap &row)
{
    QStringList marks;
    marks.reserve(columns.size());
    for (const QString &column : columns) {
        marks.append(QLatin1Char(':') + column);
    }
    QSqlQuery &insert = prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < columns.size(); ++i) {
        insert.bindValue(marks.at(i), row.value(columns.at(i)));
    }
    const bool ok = exec(insert);
    insert.finish();
    return ok;
}

bool ProjectStore::restoreField(const QString &table, Id id, const QString &column, const QVariant &value)
{
    QSqlQuery &update = prepared(QStringLiteral("UPDATE %1 SET %2 = :value WHERE id = :id").arg(table, column));
    update.bindValue(QStringLiteral(":value"), value);
    update.bindValue(QStringLiteral(":id"), id);
    const bool ok = exec(update);
    update.finish();
    return ok;
}

} // namespace Sourcelight
