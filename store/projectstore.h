#pragma once

#include "storechange.h"
#include "storetypes.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

class QSqlError;
class QSqlQuery;
class QTemporaryDir;
struct sqlite3;
struct sqlite3_stmt;

namespace Sourcelight {

class AttributionTable;
class ClaimTable;
class Codebook;
class DocumentTable;
class FullTextSearch;
class HistoryLog;
class SourceTable;

/// One open Sourcelight project: a SQLite file, or a database on a PostgreSQL server (a team project, opened by its
/// address `postgresql://user@host/database`; ServerAddress), reached through its own named Qt SQL connection.
///
/// Every write is committed when the method returns (there is no Save): WAL journal, synchronous=FULL, foreign keys
/// on, writes inside `BEGIN IMMEDIATE` (SqlTransaction). The per-entity reads and writes live in the table objects
/// (documents(), sources(), attributions(), claims(), codebook(), history()); each write method returns the id or a
/// bool and, on failure, leaves a translated message in errorString(). A store belongs to the thread that opened it;
/// workers open their own store on the same file.
class ProjectStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectStore)

public:
    enum class OpenMode {
        OpenExisting,    ///< fail when the file does not exist
        CreateIfMissing, ///< create a new, empty project when it does not exist
        ReadOnly,        ///< open an existing project for reading only
    };

    enum class Error {
        None,
        NotFound,
        CannotCreate,
        CannotRead,
        NotSqlite,
        NotAProject,
        Corrupt,
        Locked,
        ReadOnly, ///< a write was attempted on a read-only project
        DiskFull,
        Migration,
        Query,           ///< any other database error
        InvalidArgument, ///< a write referred to something that does not exist or passed a bad value
        Conflict,        ///< a write made on a value someone else changed meanwhile (nothing was written)
    };

    /// Where a project lives.
    enum class Backend {
        Sqlite,     ///< a project file
        PostgreSql, ///< a database on a PostgreSQL server
    };

    /// The schema version this build writes (the number of migration steps).
    static int latestSchemaVersion();
    /// The first schema of team projects: reviewers are database logins with a part, codings carry their coder
    /// (migrations/0009_team_roles.sql, and its PostgreSQL twin with the rules the server enforces).
    static constexpr int TeamSchemaVersion = 9;

    explicit ProjectStore(QObject *parent = nullptr);
    ~ProjectStore() override;

    /// How long a statement waits for another writer before giving up (default 5 s). Set before open().
    void setBusyTimeout(int milliseconds);

    /// Files up to this size are read through (`PRAGMA quick_check`) when they open; see setDeferLargeFileCheck().
    static constexpr qint64 OpenCheckLimit = qint64(32) * 1024 * 1024;

    /// A file larger than `aboveBytes` (OpenCheckLimit for the GUI) then opens after only the cheap checks (header,
    /// size against the page count) and integrityCheckDeferred() is true: the caller runs the full read on a worker
    /// (a second store opened on the same file does it in its open()). By default (-1) every open reads the whole
    /// file. Set before open().
    void setDeferLargeFileCheck(qint64 aboveBytes) { m_deferCheckAbove = aboveBytes; }
    bool integrityCheckDeferred() const { return m_checkDeferred; }

    /// This connection serves a window: its statements read a page of rows or one row, and how soon each answers
    /// matters more than how fast the odd large read runs. On a server, parallel plans are then not used: their
    /// workers take 10–30 ms to start, longer than most of these statements run (on 5,000,000 sentences a claims
    /// filter by source took 42 ms with them and 12 ms without, a rare word 11 ms and 0.2 ms). Workers that count
    /// and the command line keep them. Set before open().
    void setInteractive(bool interactive) { m_interactive = interactive; }

    /// Opens (or creates) the project at path: a file, or a server address (postgresql://…; the database must
    /// exist, and CreateIfMissing makes the project in it when it is empty). Older schemas are upgraded, each step in
    /// one transaction; a newer schema, or a file or folder that cannot be written, opens read-only with
    /// readOnlyReason() saying why. schemaVersion stops creation/upgrades at an older version (tools and tests make
    /// old files this way).
    bool open(const QString &path, OpenMode mode = OpenMode::OpenExisting, int schemaVersion = -1);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    /// Why the project is read-only (translated), empty when it is writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// The file's absolute path, or the server address without its password.
    QString path() const { return m_path; }
    /// What opens a second connection to the project the way this one was opened: the path, or the server address
    /// with the password it was given, if any (for the workers of the window that opened it; never to be shown,
    /// printed or remembered).
    QString connectionAddress() const { return m_connectionAddress.isEmpty() ? m_path : m_connectionAddress; }
    Backend backend() const { return m_backend; }
    int schemaVersion() const { return m_schemaVersion; }

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

    /// Names the analyst whose edits follow (history "who", claim reviewer); creates the reviewer when new.
    std::optional<Id> setReviewer(const QString &name);
    std::optional<Id> reviewerId() const { return m_reviewerId; }
    QString reviewerName() const { return m_reviewerName; }
    /// When the reviewer's row was made (ISO 8601 UTC): with the project's location and reviewerId(), tells this
    /// project from another one made at the same address later (what the edits kept offline are checked against).
    QString reviewerSince() const { return m_reviewerSince; }

    DocumentTable &documents() { return *m_documents; }
    SourceTable &sources() { return *m_sources; }
    AttributionTable &attributions() { return *m_attributions; }
    ClaimTable &claims() { return *m_claims; }
    Codebook &codebook() { return *m_codebook; }
    HistoryLog &history() { return *m_history; }
    FullTextSearch &fullText() { return *m_fullText; }

    /// `PRAGMA integrity_check` (or the faster `quick_check`, which skips index contents); true when the file is
    /// sound, else the error is Corrupt with the first problems in errorString().
    bool checkIntegrity(bool quick = false);

    /// Fails (with a message) when the project cannot be written.
    bool ensureWritable();

    /// How many pages the write-ahead log may hold before a commit copies it into the file (SQLite's default is
    /// 1000); 0: commits never do, a worker checkpoints instead (StoreMaintenance). For this connection only.
    bool setAutoCheckpoint(int pages);

    /// Whether a commit waits for the disk (`synchronous = FULL`, the default) or only hands the write-ahead log to
    /// the operating system (`NORMAL`: still atomic, and it survives the application crashing, but not yet a power
    /// cut). The window turns it off and flushes durableFiles() on a worker instead (DurableSync), telling the
    /// analyst "saved" only then. For this connection only.
    bool setSyncOnCommit(bool sync);
    /// The files a flush must reach for the commits so far to be on disk: the project file and its write-ahead log.
    QStringList durableFiles() const;

    /// Starts a bulk write of new documents inside the current transaction (the importers call it; again in the
    /// same transaction it changes nothing). Until the transaction commits, what the store derives from new rows is
    /// left to the end: sentence text for the full-text index is staged, and the triggers that keep each new
    /// claim's source copy and full-text entry stand aside (schema 6, table bulk_import). The outermost commit
    /// fills them for all the new rows at once (finishBulkWrite()); a rollback drops them with the rows. A bulk write
    /// adds rows: deleting the newest sentences inside one and writing new ones in their place fails (a constraint
    /// error, nothing half-written). On a project older than schema 6 this does nothing.
    bool beginBulkWrite();
    bool isBulkWriting() const { return m_bulkWriting; }

    /// On a server: whether the connection to it was lost (a statement failed so). reconnect() tries again.
    bool isConnectionLost() const { return m_connectionLost; }
    /// On a server, outside a transaction: connects again with the same address, session settings and subscription
    /// (followChangesElsewhere()). False (the error says why) while the server cannot be reached.
    bool reconnect();

    /// On a server: from now on the edits other connections commit arrive as changedElsewhere() (the server's
    /// NOTIFY, schema 8), while this thread's event loop runs. False, changing nothing, on a file (its one window
    /// makes every edit) or when the server refused.
    bool followChangesElsewhere();

    /// Whether the table classes' SQL runs on PostgreSQL (where it says things its own way: listAggregate(), …).
    bool onServer() const { return m_backend == Backend::PostgreSql; }

    /// A text value to bind to a NOT NULL text column: a null QString binds as SQL NULL, this never does.
    static QVariant text(const QString &value)
    {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    }
    /// Current time as stored: ISO 8601 UTC with milliseconds.
    static QString timestamp();
    /// For the row readers of store/: an id column of a query's current row that may be NULL (nullopt then).
    static std::optional<Id> readOptionalId(const QSqlQuery &query, int column);
    /// For the row readers of store/: the span in two offset columns of a query's current row, from startColumn
    /// on; invalid when either is NULL.
    static TextSpan readSpan(const QSqlQuery &query, int startColumn);

Q_SIGNALS:
    /// Another connection committed an edit (see followChangesElsewhere()).
    void changedElsewhere(const Sourcelight::StoreChange &change);

private:
    // ---- Store internals: the SQL of store/ runs through these. The classes below are the store's own (they are
    // friends, so their code reads as before); free functions and tests in store/ reach them through StoreAccess
    // (projectstore_p.h). Nothing outside store/ does. ----
    friend class StoreAccess;
    friend class SqlTransaction;
    friend class SchemaMigrator;
    friend class HistoryLog;
    friend class DocumentTable;
    friend class SourceTable;
    friend class AttributionTable;
    friend class ClaimTable;
    friend class Codebook;
    friend class SqliteFullTextSearch;
    friend class PostgresFullTextSearch;
    friend class ReportBuilder;

    QSqlDatabase database() const { return m_db; }
    /// A statement prepared once per store and reused; bind values, exec(), read, then finish() it.
    QSqlQuery &prepared(const QString &sql);
    /// Runs a prepared statement; on failure records the error (classified: locked, disk full, …).
    bool exec(QSqlQuery &query);
    /// Runs a prepared SELECT whose first column is an id; the ids in row order, or nullopt (error recorded).
    std::optional<QList<Id>> selectIds(QSqlQuery &query);
    /// The first column of an executed query's remaining rows as ids, in row order; finishes the query.
    static QList<Id> readIds(QSqlQuery &query);
    /// Runs a prepared SELECT whose first column is text; the texts in row order, or nullopt (error recorded).
    std::optional<QStringList> selectStrings(QSqlQuery &query);
    /// Runs a prepared SELECT and moves to its first row; false when it fails or has no row, the latter recorded
    /// as InvalidArgument with the message missing. Read the row, then finish() the query.
    bool selectRow(QSqlQuery &query, const QString &missing);
    /// Runs a statement without parameters (pragmas, DDL, transaction control).
    bool execDirect(const QString &sql);
    /// Runs a statement without parameters whose first row's first column is a number (a pragma, a count); nullopt
    /// (error recorded) when it fails or gives no row.
    std::optional<int> selectIntDirect(const QString &sql);
    /// Inside a transaction: holds the row of table (a code constant) with this id until the commit, so that what a
    /// write compares it with stays as read (on a server: SELECT … FOR UPDATE; a file's writer holds the whole file
    /// already). False (recorded) when the row is missing or the lock fails.
    bool lockRow(const QString &table, Id id);
    /// Runs a prepared INSERT … RETURNING id and reads the new row's id; nullopt on failure (error recorded).
    std::optional<Id> insertReturningId(QSqlQuery &query);
    /// The engine's SQL for the values of expression (text) of a group joined by separator, a code constant (a
    /// plain character): group_concat on SQLite, string_agg on PostgreSQL.
    QString listAggregate(const QString &expression, QChar separator) const;
    /// The engine's SQL for "column is one of the ids in the JSON array bound to placeholder" (see jsonIds()).
    QString inJsonIds(const QString &column, const QString &placeholder) const;
    /// The JSON array of ids, to bind to inJsonIds()'s placeholder: one statement for a list of any length.
    static QString jsonIds(const QList<Id> &ids);
    /// The SQL condition that keeps, of the decisions in table alias (attributions or claims), those of the
    /// session's own layer: the shared (final) decisions, or an independent reviewer's own codings; the suggestions
    /// too. It is what the server's row-level security keeps for every login it binds, written out for one it does
    /// not (a database superuser), whose reads would otherwise mix every reviewer's codings into the final decisions.
    /// A project file has one layer.
    QString ownLayer(const QString &alias) const;
    /// Inserts rows (each holding one value per column) with up to BulkRows rows per statement: an import writes
    /// tens of thousands of rows, and one statement per row costs several times more. With `returnIds` the new
    /// rows' `id`s come back in row order. Call inside a transaction. Values are bound through SQLite's own
    /// interface when the driver's handle is the SQLite this program links (usesNativeInserts()), else through
    /// QSqlQuery; both bind alike (a null string is SQL NULL).
    std::optional<QList<Id>> insertRows(
        const QString &table, const QStringList &columns, const QList<QVariantList> &rows, bool returnIds);
    bool usesNativeInserts() const { return m_native != nullptr && !m_qtInsertsOnly; }
    /// For tests: insertRows() through QSqlQuery only, as with a driver whose handle cannot be used.
    void setQtInsertsOnly(bool only) { m_qtInsertsOnly = only; }
    /// Inserts one row of a backup (the gateways' restore methods): columns are code constants, values by column
    /// name (a missing one is NULL), bound.
    bool insertRow(const QString &table, const QStringList &columns, const QVariantMap &row);
    /// Sets one column of one row of a backup being put back (a link to a row restored after it), as insertRow()
    /// writes: nothing recorded in history. table and column are code constants, the value is bound.
    bool restoreField(const QString &table, Id id, const QString &column, const QVariant &value);
    static constexpr int BulkRows = 256;
    static constexpr int MaxBoundValues = 32766; ///< SQLite's limit on the values one statement binds
    /// Records a failed database operation as the current error.
    void setSqlError(const QSqlError &error);
    void setError(Error error, const QString &message);
    void clearError();
    /// Sets one column of one row and records old → new in history, in its own transaction. table and column are
    /// code constants, never user data (the value is bound). touchUpdated also sets updated_at. A null QString is
    /// written as empty text. With expected, the value the edit was made on: when the row holds something else (and
    /// not already value), another connection changed it meanwhile and nothing is written (Error::Conflict). The
    /// row is locked while it is compared (on a server: SELECT … FOR UPDATE).
    bool updateField(const QString &table, Id id, const QString &column, const QVariant &value,
        bool touchUpdated = false, const std::optional<QVariant> &expected = std::nullopt);

    /// Deletes the row of table (a code constant) with this id; what refers to it goes as the schema says.
    bool deleteRow(const QString &table, Id id);
    /// deleteRow(), and records in history that the row was removed; was says what it was (its name, its note).
    /// Call inside a transaction.
    bool removeRecorded(const QString &table, Id id, const QVariant &was);

    /// Transaction nesting, used by SqlTransaction.
    int transactionDepth() const { return m_transactionDepth; }
    void setTransactionDepth(int depth)
    {
        m_transactionDepth = depth;
        m_transactionLost = m_transactionLost && depth > 0;
    }
    /// Whether an error inside the current transaction (disk full, I/O, out of memory) may have made SQLite roll it
    /// back: what is left of it then only fails, until the outermost SqlTransaction ends.
    bool transactionLost() const { return m_transactionLost; }

    /// Fills what the bulk write left to the end and ends it; SqlTransaction calls it just before COMMIT.
    bool finishBulkWrite();
    /// On a server, gathers the planner's statistics when a bulk write grew the project by a tenth or more.
    bool refreshPlannerStatistics(Id sentenceMark);
    /// After a rollback (of the transaction or of a savepoint in it): whether a bulk write is still under way.
    void bulkWriteRolledBack();
    /// What a table class remembers of rows it read or wrote (e.g. source ids by name) holds while this number is
    /// unchanged: it moves on when the outermost transaction ends, when anything is rolled back, and when a change
    /// could make the remembered answers wrong (SqlTransaction and the table classes call startNewCacheGeneration()).
    quint64 cacheGeneration() const { return m_cacheGeneration; }
    void startNewCacheGeneration() { ++m_cacheGeneration; }

    bool openConnection(bool readOnly);
    // A project on a PostgreSQL server (projectstore_server.cpp).
    bool openServer(const QString &address, OpenMode mode, int schemaVersion);
    bool inspectServerAndUpgrade(OpenMode mode, int schemaVersion);
    void setServerError(const QSqlError &error);
    /// The session settings every connection to a server starts with (notices, lock timeout, read-only).
    bool setServerSession();
    /// Fails (with a message) when the login has no part in the team project (schema 9 and later).
    bool checkTeamPart();
    /// Records why the row of table with this id was not found for a change: gone, or (on a server) not the
    /// login's to change; returns false.
    bool missingRow(const QString &table, Id id);

    std::optional<QList<Id>> insertRowsWithNewIds(
        const QString &table, const QStringList &columns, const QList<QVariantList> &rows);
    std::optional<QList<Id>> insertRowsNative(
        const QString &table, const QStringList &columns, const QList<QVariantList> &rows, bool returnIds);
    /// What insertRows() and insertRowsNative() share: cuts rows into statements (statementRows()), runs each through
    /// insert(first row, row count), which answers the last id it inserted or nullopt (error recorded), and, with
    /// returnIds, checks and collects the new ids.
    std::optional<QList<Id>> insertInStatements(const QString &table, const QStringList &columns,
        const QList<QVariantList> &rows, bool returnIds,
        const std::function<std::optional<Id>(qsizetype, qsizetype)> &insert);
    /// The table's highest id (0 when empty): insertRows()' new rows get the ids after it.
    std::optional<Id> highestId(const QString &table);
    /// After a statement of count rows whose last id is last: appends its ids (highest + 1 … last) and moves
    /// highest on, or records that rows are missing.
    bool takeIds(QList<Id> &ids, Id &highest, Id last, qsizetype count);
    /// How many rows insertRows() puts in its next statement: 256, 64, 16, 4 or 1.
    static qsizetype statementRows(qsizetype remaining, qsizetype columns);
    bool configureConnection(bool readWholeFile);
    /// For a read-only connection to a project whose folder cannot be written: reads it as immutable, or from a
    /// copy when a log or journal holds changes. False (with the error set) when the copy cannot be made.
    bool openFromReadOnlyMedium(QString &options);
    /// PRAGMA quick_check before anything is written; fails (Corrupt, with the problems) on a damaged file.
    bool readThrough();
    bool enableWriteAheadLog();
    bool inspectAndUpgrade(OpenMode mode, int schemaVersion);
    /// Completes a bulk write whose marker was committed (defence in depth: see SqlTransaction).
    bool repairBulkWrite();
    bool reopenReadOnly(const QString &reason);
    /// Why a project of a newer schema (m_schemaVersion) is open for reading only.
    QString newerVersionReason() const;
    void fail(Error error, const QString &message);

    QString m_connectionName;
    Backend m_backend = Backend::Sqlite;
    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionAddress; ///< a server address as given to open(), password included
    int m_busyTimeout = 5000;
    bool m_interactive = false;
    bool m_readOnly = false;
    qint64 m_deferCheckAbove = -1;
    bool m_checkDeferred = false;
    QStringList m_integrityProblems; ///< what the last integrity check reported
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
    Error m_error = Error::None;
    QString m_errorString;
    int m_transactionDepth = 0;
    bool m_transactionLost = false;
    bool m_connectionLost = false;               ///< on a server: a statement failed because the connection is gone
    QMetaObject::Connection m_changesConnection; ///< the driver's notifications, while followChangesElsewhere()
    bool m_bulkWriting = false;
    quint64 m_cacheGeneration = 1;
    std::optional<Id> m_reviewerId;
    QString m_reviewerName;
    QString m_reviewerSince;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    /// insertRows()' statements (kept in m_statements) by table, columns and row count: the SQL text of a 256-row
    /// statement is long, so it is built and looked up once.
    std::unordered_map<QString, QSqlQuery *> m_insertStatements;
    /// The same statements prepared on SQLite's own handle (see insertRows()), finalized before the connection
    /// closes.
    std::unordered_map<QString, sqlite3_stmt *> m_nativeInserts;
    sqlite3 *m_native = nullptr; ///< the connection's SQLite handle, owned by the Qt driver
    /// A project in a folder that cannot be written (a read-only medium) whose write-ahead log holds commits is
    /// read from a copy here: SQLite cannot read that log without creating its shared-memory file beside it.
    std::unique_ptr<QTemporaryDir> m_snapshot;
    bool m_qtInsertsOnly = false;

    std::unique_ptr<DocumentTable> m_documents;
    std::unique_ptr<SourceTable> m_sources;
    std::unique_ptr<AttributionTable> m_attributions;
    std::unique_ptr<ClaimTable> m_claims;
    std::unique_ptr<Codebook> m_codebook;
    std::unique_ptr<HistoryLog> m_history;
    std::unique_ptr<FullTextSearch> m_fullText;

public:
    // ---- Restoring a backup (JsonProjectImporter) ----
    /// Deletes what a project without documents may hold (history, tags, sources and their aliases, reviewers), so a
    /// backup's rows can take their own ids. Call inside the restore's transaction. On a server it also marks the
    /// transaction as a restore: the rows an admin writes in it keep the authors the backup gives them.
    bool clearForRestore();
    /// Puts back a reviewer with its own id, as the backup holds it.
    /// login: the database login mapped to the reviewer (empty: none); role: their part.
    bool restoreReviewer(
        Id id, const QString &name, const QString &createdAt, const QString &login, const QString &role);
    /// A done mark of a team's backup: the reviewer marked the document done (by doneAt).
    bool restoreDocumentReview(Id documentId, Id reviewerId, const QString &doneAt);
    /// A team's backup's review mode ("shared", "independent"), without a history line (the backup's history is
    /// restored as it was).
    bool restoreReviewMode(const QString &mode);
};

} // namespace Sourcelight
