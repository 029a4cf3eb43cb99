#include "projectstore.h"
#include "projectstore_p.h"

#include "attributiontable.h"
#include "claimtable.h"
#include "codebook.h"
#include "documenttable.h"
#include "historylog.h"
#include "schemamigrator.h"
#include "sourcetable.h"
#include "sqlitefulltextsearch.h"
#include "sqltransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <sqlite3.h>

// The store's lifetime, its prepared statements, error reporting and the one-field update. Opening and upgrading
// are in projectstore_open.cpp, bulk inserts in projectstore_bulkinsert.cpp, bulk-write bookkeeping in
// projectstore_bulkwrite.cpp and reviewers in projectstore_reviewers.cpp.

namespace Sourcelight {

namespace {

// SQLite primary result codes we tell the user about (extended codes carry these in their low byte).
enum SqliteCode {
    SqliteCorrupt = 11,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteNoMemory = 7,
    SqliteIoError = 10,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADatabase = 26,
};

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace

int ProjectStore::latestSchemaVersion()
{
    return SchemaMigrator::latestVersion();
}

ProjectStore::ProjectStore(QObject *parent)
    : QObject(parent)
    , m_documents(std::make_unique<DocumentTable>(*this))
    , m_sources(std::make_unique<SourceTable>(*this))
    , m_attributions(std::make_unique<AttributionTable>(*this))
    , m_claims(std::make_unique<ClaimTable>(*this))
    , m_codebook(std::make_unique<Codebook>(*this))
    , m_history(std::make_unique<HistoryLog>(*this))
    , m_fullText(std::make_unique<SqliteFullTextSearch>(*this))
{
}

ProjectStore::~ProjectStore()
{
    close();
}

void ProjectStore::setBusyTimeout(int milliseconds)
{
    m_busyTimeout = qMax(0, milliseconds);
}

bool ProjectStore::isOpen() const
{
    // A team project whose connection was lost is still the open project: it is reconnected, not closed.
    return m_db.isValid() && (m_db.isOpen() || m_connectionLost);
}

void ProjectStore::close()
{
    for (const auto &[key, statement] : m_nativeInserts) {
        sqlite3_finalize(statement); // before the driver closes the connection, which would fail with them open
    }
    m_nativeInserts.clear();
    m_native = nullptr;
    m_insertStatements.clear();
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    m_snapshot.reset();
    if (m_backend != Backend::Sqlite) {
        m_backend = Backend::Sqlite;
        m_fullText = std::make_unique<SqliteFullTextSearch>(*this);
    }
    m_readOnly = false;
    m_readOnlyReason.clear();
    m_schemaVersion = 0;
    m_transactionDepth = 0;
    m_transactionLost = false;
    m_connectionLost = false;
    m_bulkWriting = false;
    m_reviewerId.reset();
    m_reviewerName.clear();
    m_reviewerSince.clear();
}

void ProjectStore::fail(Error error, const QString &message)
{
    close();
    setError(error, message);
}

QSqlQuery &ProjectStore::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        // Rows are read once, front to back: without this SQLite's driver keeps a copy of every row it returned (half
        // a million QVariant rows for an export) to allow seeking back. PostgreSQL's driver would then fetch rows one
        // at a time and drop those not yet read when the connection runs another statement, which the store does
        // while it reads (a row's details, the next page); it receives each result whole instead.
        query->setForwardOnly(!onServer());
        if (!query->prepare(sql)) {
            // Keep the unprepared query: exec() on it fails and reports the error where it is used.
            setSqlError(query->lastError());
            QSqlQuery &broken = *query;
            m_statements.emplace(sql, std::move(query));
            return broken;
        }
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

bool ProjectStore::exec(QSqlQuery &query)
{
    if (!query.exec()) {
        setSqlError(query.lastError());
        query.finish();
        return false;
    }
    return true;
}

std::optional<QList<Id>> ProjectStore::selectIds(QSqlQuery &query)
{
    if (!exec(query)) {
        return std::nullopt;
    }
    return readIds(query);
}

bool ProjectStore::selectRow(QSqlQuery &query, const QString &missing)
{
    if (!exec(query)) {
        return false;
    }
    if (!query.next()) {
        query.finish();
        setError(Error::InvalidArgument, missing);
        return false;
    }
    return true;
}

QList<Id> ProjectStore::readIds(QSqlQuery &query)
{
    QList<Id> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    query.finish();
    return ids;
}

std::optional<Id> ProjectStore::readOptionalId(const QSqlQuery &query, int column)
{
    return query.isNull(column) ? std::nullopt : std::optional<Id>(query.value(column).toLongLong());
}

TextSpan ProjectStore::readSpan(const QSqlQuery &query, int startColumn)
{
    if (query.isNull(startColumn) || query.isNull(startColumn + 1)) {
        return {};
    }
    return {query.value(startColumn).toLongLong(), query.value(startColumn + 1).toLongLong()};
}

std::optional<QStringList> ProjectStore::selectStrings(QSqlQuery &query)
{
    if (!exec(query)) {
        return std::nullopt;
    }
    QStringList texts;
    while (query.next()) {
        texts.append(query.value(0).toString());
    }
    query.finish();
    return texts;
}

bool ProjectStore::execDirect(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        setSqlError(query.lastError());
        return false;
    }
    return true;
}

std::optional<int> ProjectStore::selectIntDirect(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next()) {
        setSqlError(query.lastError());
        return std::nullopt;
    }
    return query.value(0).toInt();
}

std::optional<Id> ProjectStore::insertReturningId(QSqlQuery &query)
{
    if (!exec(query)) {
        return std::nullopt;
    }
    if (!query.next()) {
        query.finish();
        setError(Error::Query, tr("The new row's id did not come back from the database."));
        return std::nullopt;
    }
    const Id id = query.value(0).toLongLong();
    query.finish();
    return id;
}

QString ProjectStore::listAggregate(const QString &expression, QChar separator) const
{
    const QString code = QString::number(separator.unicode());
    return onServer() ? QStringLiteral("string_agg(CAST(%1 AS TEXT), chr(%2))").arg(expression, code)
                      : QStringLiteral("group_concat(%1, char(%2))").arg(expression, code);
}

QString ProjectStore::ownLayer(const QString &alias) const
{
    // Suggestions (attributions only) are no one's coding: coder_id is empty on them.
    if (m_backend == Backend::PostgreSql) {
        return QStringLiteral("%1.coder_id IS NOT DISTINCT FROM (SELECT sourcelight_layer())").arg(alias);
    }
    return QStringLiteral("%1.coder_id IS NULL").arg(alias);
}

QString ProjectStore::inJsonIds(const QString &column, const QString &placeholder) const
{
    return onServer() ? QStringLiteral("%1 IN (SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(%2 AS "
                                       "json)))")
                            .arg(column, placeholder)
                      : QStringLiteral("%1 IN (SELECT value FROM json_each(%2))").arg(column, placeholder);
}

QString ProjectStore::jsonIds(const QList<Id> &ids)
{
    QString json = QStringLiteral("[");
    for (const Id id : ids) {
        if (json.size() > 1) {
            json += QLatin1Char(',');
        }
        json += QString::number(id);
    }
    return json + QLatin1Char(']');
}

void ProjectStore::setSqlError(const QSqlError &error)
{
    if (onServer()) {
        setServerError(error);
        return;
    }
    const QString shown = QDir::toNativeSeparators(m_path);
    const int code = primaryCode(error);
    // After these SQLite may have rolled the whole transaction back by itself; the steps still to come must not
    // run outside it (a savepoint would then begin, and commit, a transaction of its own).
    if (m_transactionDepth > 0
        && (code == SqliteFull || code == SqliteIoError || code == SqliteBusy || code == SqliteNoMemory
            || code == SqliteCorrupt)) {
        m_transactionLost = true;
    }
    switch (code) {
    case SqliteFull:
        setError(Error::DiskFull,
            tr("The disk holding “%1” is full: the last change was not saved. Everything "
               "saved before it is intact; free some space and try again.")
                .arg(shown));
        return;
    case SqliteBusy:
    case SqliteLocked:
        setError(Error::Locked,
            tr("The project “%1” is locked by another program or another Sourcelight window; "
               "try again when it is closed.")
                .arg(shown));
        return;
    case SqliteReadOnly:
        setError(Error::ReadOnly, tr("The project “%1” cannot be written to.").arg(shown));
        return;
    case SqliteCorrupt:
        setError(Error::Corrupt,
            tr("The project “%1” is damaged. Open a backup copy, or ask for help recovering it.").arg(shown));
        return;
    case SqliteNotADatabase:
        setError(Error::NotSqlite,
            tr("“%1” is not a Sourcelight project (it is not an SQLite database, or it is "
               "damaged beyond reading).")
                .arg(shown));
        return;
    case SqliteIoError:
    case SqliteCantOpen:
        setError(Error::CannotRead, tr("Cannot read or write the project “%1”: %2").arg(shown, error.databaseText()));
        return;
    default:
        setError(Error::Query, tr("Database error in “%1”: %2").arg(shown, error.text()));
        return;
    }
}

void ProjectStore::setError(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
}

void ProjectStore::clearError()
{
    m_error = Error::None;
    m_errorString.clear();
}

bool ProjectStore::ensureWritable()
{
    if (!isOpen()) {
        setError(Error::Query, tr("No project is open."));
        return false;
    }
    if (m_readOnly) {
        setError(Error::ReadOnly,
            m_readOnlyReason.isEmpty() ? tr("The project is open for reading only.") : m_readOnlyReason);
        return false;
    }
    return true;
}

bool ProjectStore::setAutoCheckpoint(int pages)
{
    if (onServer()) {
        return true; // the server checkpoints its own log
    }
    return execDirect(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(qMax(0, pages)));
}

bool ProjectStore::setSyncOnCommit(bool sync)
{
    if (onServer()) {
        return true; // a commit the server confirmed is on its disk (synchronous_commit is the server's setting)
    }
    return execDirect(
        sync ? QStringLiteral("PRAGMA synchronous = FULL") : QStringLiteral("PRAGMA synchronous = NORMAL"));
}

QStringList ProjectStore::durableFiles() const
{
    if (onServer()) {
        return {};
    }
    // SQLite keeps the log beside the file a link points to.
    const QString real = QFileInfo(m_path).canonicalFilePath();
    const QString file = real.isEmpty() ? m_path : real;
    return {file + QStringLiteral("-wal"), file};
}

bool ProjectStore::updateField(const QString &table, Id id, const QString &column, const QVariant &given,
    bool touchUpdated, const std::optional<QVariant> &expected)
{
    // A null QString (a cleared field) is empty text: every text column changed here is NOT NULL.
    const auto stored = [](const QVariant &v) { return v.typeId() == QMetaType::QString ? text(v.toString()) : v; };
    const auto same = [](const QVariant &a, const QVariant &b) {
        return a.isNull() || b.isNull() ? a.isNull() == b.isNull() : a.toString() == b.toString();
    };
    const QVariant value = stored(given);
    SqlTransaction transaction(*this);
    if (!transaction.isActive()) {
        return false;
    }
    // A file's writer holds the whole file (BEGIN IMMEDIATE); on a server the row is locked until the commit, so
    // what is compared and recorded as old is what the update replaces.
    QSqlQuery &select = prepared(QStringLiteral("SELECT %1 FROM %2 WHERE id = :id%3")
            .arg(column, table, onServer() ? QStringLiteral(" FOR UPDATE") : QString()));
    select.bindValue(QStringLiteral(":id"), id);
    if (!exec(select)) {
        return false;
    }
    if (!select.next()) {
        select.finish();
        return missingRow(table, id);
    }
    const QVariant old = select.value(0);
    select.finish();
    if (same(old, value)) {
        return true; // nothing changes, nothing to record
    }
    if (expected && !same(old, stored(*expected))) {
        setError(Error::Conflict, tr("It was changed by someone else meanwhile."));
        return false;
    }
    QSqlQuery &update = prepared(touchUpdated
            ? QStringLiteral("UPDATE %2 SET %1 = :value, updated_at = :updated WHERE id = :id").arg(column, table)
            : QStringLiteral("UPDATE %2 SET %1 = :value WHERE id = :id").arg(column, table));
    update.bindValue(QStringLiteral(":value"), value);
    if (touchUpdated) {
        update.bindValue(QStringLiteral(":updated"), timestamp());
    }
    update.bindValue(QStringLiteral(":id"), id);
    const bool ok = exec(update);
    update.finish();
    if (!ok || !m_history->record(table, id, column, old, value)) {
        return false;
    }
    return transaction.commit();
}

bool ProjectStore::lockRow(const QString &table, Id id)
{
    if (!onServer()) {
        return true;
    }
    QSqlQuery &lock = prepared(QStringLiteral("SELECT id FROM %1 WHERE id = :id FOR UPDATE").arg(table));
    lock.bindValue(QStringLiteral(":id"), id);
    if (!exec(lock)) {
        return false;
    }
    const bool found = lock.next();
    lock.finish();
    return found || missingRow(table, id);
}

bool ProjectStore::missingRow(const QString &table, Id id)
{
    // On a server, a row the login may read but not change is not offered for update (row-level security).
    if (onServer()) {
        QSqlQuery &seen = prepared(QStringLiteral("SELECT id FROM %1 WHERE id = :id").arg(table));
        seen.bindValue(QStringLiteral(":id"), id);
        const bool readable = exec(seen) && seen.next();
        seen.finish();
        if (readable) {
            setError(Error::ReadOnly,
                tr("The server does not let you change this (%1 %2) in “%3”: it is not yours to change, or no longer "
                   "is (a document you marked done).")
                    .arg(table)
                    .arg(id)
                    .arg(m_path));
            return false;
        }
    }
    setError(Error::InvalidArgument, tr("The item to change (%1 %2) no longer exists.").arg(table).arg(id));
    return false;
}

bool ProjectStore::deleteRow(const QString &table, Id id)
{
    QSqlQuery &remove = prepared(QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table));
    remove.bindValue(QStringLiteral(":id"), id);
    const bool ok = exec(remove);
    remove.finish();
    return ok;
}

bool ProjectStore::removeRecorded(const QString &table, Id id, const QVariant &was)
{
    return deleteRow(table, id) && m_history->record(table, id, QStringLiteral("removed"), was, {});
}

QString ProjectStore::timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
std::optional<RawRows> readRawRows(ProjectStore &store, QSqlQuery &query)
{
    if (!StoreAccess::exec(store, query)) {
        return std::nullopt;
    }
    RawRows raw;
    const QSqlRecord record = query.record();
    for (int c = 0; c < record.count(); ++c) {
        raw.columns.append(record.fieldName(c));
    }
    while (query.next()) {
        QVariantList values;
        values.reserve(record.count());
        for (int c = 0; c < record.count(); ++c) {
            values.append(query.value(c));
        }
        raw.rows.append(values);
    }
    query.finish();
    return raw;
}

} // namespace Sourcelight
