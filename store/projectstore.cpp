#include "projectstore.h"

#include "attributiontable.h"
#include "claimtable.h"
#include "codebook.h"
#include "documenttable.h"
#include "historylog.h"
#include "schemamigrator.h"
#include "sourcetable.h"
#include "sqlitefulltextsearch.h"
#include "sqltransaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>
#include <sys/statvfs.h>

#include <algorithm>

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

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("sourcelight-store-%1-%2")
        .arg(counter.fetchAndAddRelaxed(1))
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
}

// The database header records the file's size in pages (valid when the "version valid for" number matches the
// change counter). A file shorter than that lost its end — a cheap test that needs no read of the pages.
bool shorterThanHeaderSays(const QByteArray &header, qint64 fileSize)
{
    auto bigEndian = [&header](int offset, int bytes) {
        quint32 value = 0;
        for (int i = 0; i < bytes; ++i) {
            value = (value << 8) | quint8(header.at(offset + i));
        }
        return value;
    };
    const quint32 rawPageSize = bigEndian(16, 2);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 changeCounter = bigEndian(24, 4);
    const quint32 pages = bigEndian(28, 4);
    const quint32 validFor = bigEndian(92, 4);
    return pages > 0 && validFor == changeCounter && fileSize < pageSize * pages;
}

bool folderWritable(const QString &path)
{
    const QFileInfo folder(QFileInfo(path).absolutePath());
    return folder.isDir() && folder.isWritable();
}

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

// Whether the Qt driver's SQLite is the one this program links: compared without touching the handle (a copy of
// SQLite built into the driver would not know it). Asked once per process, on the first connection.
bool driverSharesOurSqlite(const QSqlDatabase &db)
{
    static const bool same = [&db] {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next()
            && query.value(0).toString() == QString::fromUtf8(sqlite3_sourceid());
    }();
    return same;
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
    return m_db.isValid() && m_db.isOpen();
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
    m_readOnly = false;
    m_readOnlyReason.clear();
    m_schemaVersion = 0;
    m_transactionDepth = 0;
    m_transactionLost = false;
    m_bulkWriting = false;
    m_reviewerId.reset();
    m_reviewerName.clear();
}

void ProjectStore::fail(Error error, const QString &message)
{
    close();
    setError(error, message);
}

bool ProjectStore::open(const QString &path, OpenMode mode, int schemaVersion)
{
    close();
    clearError();
    m_path = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(m_path);
    const QFileInfo info(m_path);

    if (info.exists() && !info.isFile()) {
        fail(Error::CannotRead, tr("“%1” is a folder, not a Sourcelight project.").arg(shown));
        return false;
    }
    bool readOnly = mode == OpenMode::ReadOnly;
    if (!info.exists()) {
        if (mode != OpenMode::CreateIfMissing) {
            fail(Error::NotFound, tr("The project “%1” does not exist.").arg(shown));
            return false;
        }
        if (!QDir().mkpath(info.absolutePath()) || !folderWritable(m_path)) {
            fail(
                Error::CannotCreate, tr("Cannot create the project “%1”: the folder cannot be written to.").arg(shown));
            return false;
        }
    } else {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(Error::CannotRead, tr("Cannot read the project “%1”: %2").arg(shown, file.errorString()));
            return false;
        }
        const QByteArray header = file.read(100);
        if (header.isEmpty() && mode != OpenMode::CreateIfMissing) {
            fail(Error::NotAProject, tr("“%1” is an empty file, not a Sourcelight project.").arg(shown));
            return false;
        }
        if (!header.isEmpty() && !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
            fail(Error::NotSqlite, tr("“%1” is not a Sourcelight project (it is not an SQLite database).").arg(shown));
            return false;
        }
        // A pending write-ahead log or rollback journal may legitimately hold the pages the file lacks (a checkpoint
        // cut short by a full disk), so the size test only applies to a file without one.
        const bool journalPending = QFileInfo(m_path + QStringLiteral("-wal")).size() > 0
            || QFileInfo(m_path + QStringLiteral("-journal")).size() > 0;
        if (!header.isEmpty()
            && (header.size() < 100 || file.size() < 512
                || (!journalPending && shorterThanHeaderSays(header, file.size())))) {
            fail(Error::Corrupt, tr("The project “%1” is damaged: the file is truncated.").arg(shown));
            return false;
        }
        if (!readOnly && (!info.isWritable() || !folderWritable(m_path))) {
            readOnly = true;
            m_readOnlyReason
                = tr("The project “%1” or its folder cannot be written to; it is open for reading only.").arg(shown);
        }
    }
    if (readOnly && m_readOnlyReason.isEmpty()) {
        m_readOnlyReason = tr("The project is open for reading only.");
    }
    const QString reason = m_readOnlyReason;
    m_checkDeferred = m_deferCheckAbove >= 0 && info.exists() && info.size() > m_deferCheckAbove;
    if (!openConnection(readOnly)) {
        return false;
    }
    m_readOnlyReason = reason;
    return inspectAndUpgrade(mode, schemaVersion) && (m_readOnly || repairBulkWrite());
}

bool ProjectStore::openConnection(bool readOnly)
{
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeout);
    if (readOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    if (readOnly && QFileInfo::exists(m_path)) {
        if (!openFromReadOnlyMedium(options)) {
            return false;
        }
    }
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        fail(Error::CannotRead,
            tr("Cannot open the project “%1”: %2").arg(QDir::toNativeSeparators(m_path), error.databaseText()));
        return false;
    }
    m_readOnly = readOnly;
    // Bulk inserts bind through SQLite's own interface (insertRows()). The driver hands out its handle as Qt
    // documents (QSqlDriver::handle()); it is only used when it is the SQLite this program is linked with, which
    // opened this very file.
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0 && driverSharesOurSqlite(m_db)) {
        sqlite3 *native = *static_cast<sqlite3 *const *>(handle.data());
        const char *file = native ? sqlite3_db_filename(native, "main") : nullptr;
        if (file && QFileInfo(QString::fromUtf8(file)) == QFileInfo(m_path)) {
            m_native = native;
        }
    }
    return configureConnection(!m_checkDeferred);
}

bool ProjectStore::openFromReadOnlyMedium(QString &options)
{
    // Where the bytes are: a project reached through a symbolic link lives in the link target's folder.
    const QString real
        = QFileInfo(m_path).canonicalFilePath().isEmpty() ? m_path : QFileInfo(m_path).canonicalFilePath();
    const QString folder = QFileInfo(real).absolutePath();
    struct statvfs medium = {};
    const bool readOnlyMedium
        = ::statvfs(QFile::encodeName(folder).constData(), &medium) == 0 && (medium.f_flag & ST_RDONLY);
    const bool sharedMemory = QFileInfo::exists(real + QStringLiteral("-shm"));
    // A folder that is only closed to us (a share another user writes to) with the log's shared memory present: a
    // writer may be at work, and SQLite reads such a project read-only as usual.
    if (!readOnlyMedium && (folderWritable(real) || sharedMemory)) {
        return true;
    }
    // Nothing can change the file now. SQLite cannot create the log's shared-memory file beside a WAL project here
    // and would refuse to open it: without a pending log or journal the file is complete and is read as immutable;
    // with one, a copy of the file and it is read instead, so the last commits are there (or a cut-off
    // transaction is rolled back, in the copy).
    const QString wal = real + QStringLiteral("-wal");
    const QString journal = real + QStringLiteral("-journal");
    if (QFileInfo(wal).size() > 0 || QFileInfo(journal).size() > 0) {
        m_snapshot = std::make_unique<QTemporaryDir>();
        const QString copy = m_snapshot->filePath(QFileInfo(real).fileName());
        bool copied = m_snapshot->isValid() && QFile::copy(real, copy);
        for (const QString &side : {wal, journal}) {
            if (copied && QFileInfo(side).size() > 0) {
                copied = QFile::copy(side, copy + side.mid(real.size()));
            }
        }
        if (!copied) {
            fail(Error::CannotRead,
                tr("Cannot read the project “%1”: it is on a medium that cannot be written to, and its recent "
                   "changes could not be copied to a temporary folder to be read.")
                    .arg(QDir::toNativeSeparators(m_path)));
            return false;
        }
        m_db.setDatabaseName(copy);
        // The copy is ours: SQLite may replay its log or roll back its journal there. The store stays read-only.
        options.remove(QStringLiteral(";QSQLITE_OPEN_READONLY"));
        return true;
    }
    m_db.setDatabaseName(QString::fromUtf8(QUrl::fromLocalFile(real).toEncoded()) + QStringLiteral("?immutable=1"));
    options += QStringLiteral(";QSQLITE_OPEN_URI");
    return true;
}

bool ProjectStore::configureConnection(bool readWholeFile)
{
    // Per-connection settings: none of these persist in the file except journal_mode.
    if (!execDirect(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeout))
        || !execDirect(QStringLiteral("PRAGMA foreign_keys = ON"))
        // A larger page cache (32 MB rather than 2 MB) keeps big imports from spilling pages mid-transaction.
        || !execDirect(QStringLiteral("PRAGMA cache_size = -32768"))
        // Statement journals (for savepoints and multi-row statements) in memory, not in temporary files.
        || !execDirect(QStringLiteral("PRAGMA temp_store = MEMORY"))) {
        fail(m_error, m_errorString);
        return false;
    }
    // Read the file before changing anything in it: a damaged or foreign file must stay as it is. (A large file is
    // read on a worker instead, when the caller asked for that; the header and size were checked already.)
    return !readWholeFile || readThrough();
}

bool ProjectStore::readThrough()
{
    if (checkIntegrity(true)) {
        return true;
    }
    if (m_integrityProblems.isEmpty()) { // the check could not run at all
        fail(m_error, m_errorString);
        return false;
    }
    fail(Error::Corrupt,
        tr("The project “%1” is damaged (%2). Open a backup copy, or ask for help recovering it.")
            .arg(QDir::toNativeSeparators(m_path), m_integrityProblems.mid(0, 3).join(QStringLiteral("; "))));
    return false;
}

bool ProjectStore::enableWriteAheadLog()
{
    {
        QSqlQuery journal(m_db);
        if (!journal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !journal.next()) {
            setSqlError(journal.lastError());
            fail(m_error, m_errorString);
            return false;
        }
        journal.finish();
        // FULL: a commit that returned is on disk, even if the power goes the next moment.
        if (!execDirect(QStringLiteral("PRAGMA synchronous = FULL"))) {
            fail(m_error, m_errorString);
            return false;
        }
    }
    return true;
}

bool ProjectStore::inspectAndUpgrade(OpenMode mode, int schemaVersion)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    QSqlQuery query(m_db);
    auto intPragma = [&](const QString &sql) -> std::optional<int> {
        if (!query.exec(sql) || !query.next()) {
            setSqlError(query.lastError());
            return std::nullopt;
        }
        const int value = query.value(0).toInt();
        query.finish();
        return value;
    };
    const std::optional<int> applicationId = intPragma(QStringLiteral("PRAGMA application_id"));
    const std::optional<int> version = intPragma(QStringLiteral("PRAGMA user_version"));
    const std::optional<int> tables = intPragma(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!applicationId || !version || !tables) {
        fail(m_error, m_errorString);
        return false;
    }
    const bool fresh = *applicationId == 0 && *version == 0 && *tables == 0;
    if (!fresh && *applicationId != SchemaMigrator::ApplicationId) {
        fail(Error::NotAProject, tr("“%1” is an SQLite database, but not a Sourcelight project.").arg(shown));
        return false;
    }
    if (fresh && mode != OpenMode::CreateIfMissing) {
        fail(Error::NotAProject, tr("“%1” is an empty database, not a Sourcelight project.").arg(shown));
        return false;
    }
    // Only now, with the file known to be ours (or new), is anything in it changed.
    if (!m_readOnly && !enableWriteAheadLog()) {
        return false;
    }
    m_schemaVersion = *version;
    const int latest = latestSchemaVersion();
    if (m_schemaVersion > latest) {
        return reopenReadOnly(tr("The project “%1” was saved by a newer version of Sourcelight (format %2; this "
                                 "version knows up to %3). It is open for reading only, so nothing in it is "
                                 "changed; update Sourcelight to edit it.")
                .arg(shown)
                .arg(m_schemaVersion)
                .arg(latest));
    }
    const int target = schemaVersion < 0 ? latest : qMin(schemaVersion, latest);
    if (m_schemaVersion < target && m_checkDeferred) {
        // An upgrade rewrites much of the file: it is read through first, even when large.
        m_checkDeferred = false;
        if (!readThrough()) {
            return false;
        }
    }
    if (m_schemaVersion < target) {
        if (m_readOnly && mode == OpenMode::ReadOnly && QFileInfo(m_path).isWritable() && folderWritable(m_path)) {
            // A reader that can write the file upgrades it first, as opening it in the window would (the command
            // line's stats and export on a project from an earlier version): this version reads only its own
            // format. Then it opens again, for reading.
            const QString path = m_path;
            const int from = m_schemaVersion;
            close();
            {
                ProjectStore writer;
                writer.setBusyTimeout(m_busyTimeout);
                if (!writer.open(path, OpenMode::OpenExisting, target) || writer.schemaVersion() <= from) {
                    fail(writer.error() == Error::None ? Error::Migration : writer.error(), writer.errorString());
                    return false;
                }
            }
            // The writer read the whole file before upgrading it: opening again for reading does not repeat that.
            const qint64 deferAbove = std::exchange(m_deferCheckAbove, 0);
            const bool opened = open(path, OpenMode::ReadOnly, schemaVersion);
            m_deferCheckAbove = deferAbove;
            m_checkDeferred = false;
            return opened;
        }
        if (m_readOnly) {
            fail(Error::ReadOnly,
                tr("The project “%1” is in an older format and must be upgraded, but it cannot be written to.")
                    .arg(shown));
            return false;
        }
        SchemaMigrator migrator(*this);
        if (!migrator.migrate(target)) {
            // Each step is one transaction: the file is still a valid project at the last completed version.
            fail(m_error == Error::None ? Error::Migration : m_error, m_errorString);
            return false;
        }
        m_schemaVersion = target;
    }
    return true;
}

bool ProjectStore::reopenReadOnly(const QString &reason)
{
    const QString path = m_path;
    const int version = m_schemaVersion;
    close();
    m_path = path;
    if (!openConnection(true)) {
        return false;
    }
    m_schemaVersion = version;
    m_readOnlyReason = reason;
    return true;
}

std::optional<Id> ProjectStore::setReviewer(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        setError(Error::InvalidArgument, tr("A reviewer needs a name."));
        return std::nullopt;
    }
    QSqlQuery &find = prepared(QStringLiteral("SELECT id FROM reviewers WHERE name = :name"));
    find.bindValue(QStringLiteral(":name"), trimmed);
    if (!exec(find)) {
        return std::nullopt;
    }
    std::optional<Id> id;
    if (find.next()) {
        id = find.value(0).toLongLong();
    }
    find.finish();
    if (!id) {
        SqlTransaction transaction(*this);
        if (!transaction.isActive()) {
            return std::nullopt;
        }
        QSqlQuery &insert
            = prepared(QStringLiteral("INSERT INTO reviewers (name, created_at) VALUES (:name, :created)"));
        insert.bindValue(QStringLiteral(":name"), trimmed);
        insert.bindValue(QStringLiteral(":created"), timestamp());
        if (!exec(insert)) {
            return std::nullopt;
        }
        id = insert.lastInsertId().toLongLong();
        insert.finish();
        if (!transaction.commit()) {
            return std::nullopt;
        }
    }
    m_reviewerId = id;
    m_reviewerName = trimmed;
    return id;
}

bool ProjectStore::checkIntegrity(bool quick)
{
    m_integrityProblems.clear();
    QSqlQuery query(m_db);
    if (!query.exec(quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check"))) {
        setSqlError(query.lastError());
        return false;
    }
    while (query.next()) {
        m_integrityProblems.append(query.value(0).toString());
    }
    query.finish();
    if (m_integrityProblems != QStringList {QStringLiteral("ok")}) {
        setError(Error::Corrupt,
            tr("The project is damaged: %1").arg(m_integrityProblems.mid(0, 3).join(QStringLiteral("; "))));
        return false;
    }
    return true;
}

QSqlQuery &ProjectStore::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        // Rows are read once, front to back: without this the driver keeps a copy of every row it returned (half a
        // million QVariant rows for an export) to allow seeking back.
        query->setForwardOnly(true);
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

std::optional<QList<Id>> ProjectStore::insertRows(
    const QString &table, const QStringList &columns, const QList<QVariantList> &rows, bool returnIds)
{
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
    QList<Id> ids;
    ids.reserve(returnIds ? rows.size() : 0);
    // A new row's id is one above the highest in the table, so a statement's rows get the ids after it, in row
    // order: the last one is checked against that, rather than every id read back (RETURNING costs about a tenth
    // of an import's writing).
    Id highest = 0;
    if (returnIds && !rows.isEmpty()) {
        const std::optional<Id> top = highestId(table);
        if (!top) {
            return std::nullopt;
        }
        highest = *top;
    }
    qsizetype next = 0;
    while (next < rows.size()) {
        // Statements of 256, 64, 16, 4 or 1 rows: a handful of prepared statements, and few for the remainder. (What
        // a statement costs beyond its rows, e.g. its statement journal and trigger set-up, is paid once for all.)
        const qsizetype count = statementRows(rows.size() - next, columns.size());
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
        if (returnIds) {
            if (!takeIds(ids, highest, insert.lastInsertId().toLongLong(), count)) {
                insert.finish();
                return std::nullopt;
            }
        }
        insert.finish();
        next += count;
    }
    return ids;
}

// insertRows() on SQLite's own interface. An import binds millions of values; through QSqlQuery each one is stored
// by name as a QVariant, copied again when the statement runs and only then bound: about a fifth of an import's
// writing time. The statements, ids and errors are the same as the Qt path's.
std::optional<QList<Id>> ProjectStore::insertRowsNative(
    const QString &table, const QStringList &columns, const QList<QVariantList> &rows, bool returnIds)
{
    const auto fail = [this](int code) -> std::optional<QList<Id>> {
        setSqlError(QSqlError(
            QString(), QString::fromUtf8(sqlite3_errmsg(m_native)), QSqlError::StatementError, QString::number(code)));
        return std::nullopt;
    };
    QList<Id> ids;
    ids.reserve(returnIds ? rows.size() : 0);
    Id highest = 0;
    if (returnIds && !rows.isEmpty()) {
        const std::optional<Id> top = highestId(table);
        if (!top) {
            return std::nullopt;
        }
        highest = *top;
    }
    qsizetype next = 0;
    while (next < rows.size()) {
        const qsizetype count = statementRows(rows.size() - next, columns.size());
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
            const std::optional<QList<Id>> failure = fail(code); // the message, before reset clears it
            sqlite3_reset(statement);
            sqlite3_clear_bindings(statement);
            return failure;
        }
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement); // the bound text points into rows
        if (returnIds) {
            if (!takeIds(ids, highest, sqlite3_last_insert_rowid(m_native), count)) {
                return std::nullopt;
            }
        }
        next += count;
    }
    return ids;
}

namespace {

constexpr int BulkImportSchemaVersion = 6;

} // namespace

bool ProjectStore::beginBulkWrite()
{
    if (m_transactionDepth == 0) {
        setError(Error::InvalidArgument, tr("A bulk write needs a transaction."));
        return false;
    }
    if (m_schemaVersion < BulkImportSchemaVersion) {
        return true; // an older project (made by a tool or a test) keeps the row-by-row triggers
    }
    // Everything above today's highest ids is new. (Row ids are handed out above the highest one in use.)
    QSqlQuery &begin = prepared(QStringLiteral(
        "INSERT INTO bulk_import (sentence_mark, claim_mark) SELECT (SELECT COALESCE(max(id), 0) FROM sentences), "
        "(SELECT COALESCE(max(id), 0) FROM claims) WHERE NOT EXISTS (SELECT 1 FROM bulk_import)"));
    if (!exec(begin)) {
        return false;
    }
    begin.finish();
    if (!m_fullText->prepareBulkWrite()) {
        return false;
    }
    m_bulkWriting = true;
    return true;
}

bool ProjectStore::finishBulkWrite()
{
    if (!m_bulkWriting) {
        return true;
    }
    QSqlQuery &marks = prepared(QStringLiteral("SELECT sentence_mark, claim_mark FROM bulk_import"));
    if (!exec(marks)) {
        return false;
    }
    if (!marks.next()) {
        marks.finish();
        m_bulkWriting = false;
        return true;
    }
    const Id sentenceMark = marks.value(0).toLongLong();
    const Id claimMark = marks.value(1).toLongLong();
    marks.finish();
    // The same source copy as the claims' triggers (migration 5), for every claim the bulk write made or moved.
    // Only claims whose copy differs are written: an importer passes the copy with the claims it adds, so most
    // are right already, and reading them costs about half of rewriting them. (The view sentence_sources is
    // spelled out: joined as a view, SQLite would build it whole, for every sentence in the project, each time.)
    QSqlQuery &sources = prepared(QStringLiteral(
        "UPDATE claims SET source_id = v.source_id, source_anonymous = v.anonymous "
        "FROM (SELECT c.id, h.source_id, COALESCE(h.anonymous, 0) AS anonymous FROM claims c "
        "LEFT JOIN attributions a ON a.sentence_id = c.sentence_id AND (a.origin <> 'suggested' OR NOT EXISTS "
        "(SELECT 1 FROM attributions b WHERE b.sentence_id = a.sentence_id AND b.origin <> 'suggested')) "
        "LEFT JOIN attribution_hops h ON h.attribution_id = a.id AND h.position = 0 "
        "WHERE c.sentence_id > :sentences OR c.id > :claims) v "
        "WHERE claims.id = v.id "
        "AND (claims.source_id IS NOT v.source_id OR claims.source_anonymous IS NOT v.anonymous)"));
    sources.bindValue(QStringLiteral(":sentences"), sentenceMark);
    sources.bindValue(QStringLiteral(":claims"), claimMark);
    if (!exec(sources)) {
        return false;
    }
    sources.finish();
    if (!m_fullText->finishBulkWrite(sentenceMark, claimMark)
        || !execDirect(QStringLiteral("DELETE FROM bulk_import"))) {
        return false;
    }
    m_bulkWriting = false;
    return true;
}

bool ProjectStore::repairBulkWrite()
{
    if (m_schemaVersion < BulkImportSchemaVersion) {
        return true;
    }
    QSqlQuery &marks = prepared(QStringLiteral("SELECT sentence_mark FROM bulk_import"));
    if (!exec(marks)) {
        fail(m_error, m_errorString);
        return false;
    }
    const bool left = marks.next();
    const Id sentenceMark = left ? marks.value(0).toLongLong() : 0;
    marks.finish();
    if (!left) {
        return true;
    }
    // A bulk write's marker was committed (it never should be: SqlTransaction finishes every bulk write before its
    // COMMIT). Since then the triggers have stood aside for every new row: finish that write now, indexing first the
    // new sentences whose staged text was lost with its connection.
    qWarning("Sourcelight: %s: completing an unfinished bulk import", qPrintable(m_path));
    SqlTransaction transaction(*this);
    QSqlQuery &missing = prepared(QStringLiteral(
        "SELECT s.id, s.start_offset, s.end_offset, d.body FROM sentences s JOIN documents d ON d.id = s.document_id "
        "WHERE s.id > :mark AND NOT EXISTS (SELECT 1 FROM sentence_fts f WHERE f.rowid = s.id) ORDER BY s.id"));
    missing.bindValue(QStringLiteral(":mark"), sentenceMark);
    if (!transaction.isActive() || !exec(missing)) {
        fail(m_error, m_errorString);
        return false;
    }
    QList<Id> ids;
    QStringList texts;
    while (missing.next()) {
        const QString body = missing.value(3).toString();
        const qsizetype start = missing.value(1).toLongLong();
        const qsizetype end = missing.value(2).toLongLong();
        ids.append(missing.value(0).toLongLong());
        texts.append(body.mid(start, end - start));
    }
    missing.finish();
    if (!m_fullText->indexSentences(ids, texts) || !m_fullText->prepareBulkWrite()) {
        fail(m_error, m_errorString);
        return false;
    }
    m_bulkWriting = true; // finished by the commit
    if (!transaction.commit()) {
        fail(m_error, m_errorString);
        return false;
    }
    return true;
}

void ProjectStore::bulkWriteRolledBack()
{
    if (!m_bulkWriting) {
        return;
    }
    if (m_transactionDepth == 0) {
        m_bulkWriting = false;
        return;
    }
    // A savepoint's rollback takes the bulk_import row away when the bulk write began inside it.
    QSqlQuery &marks = prepared(QStringLiteral("SELECT 1 FROM bulk_import"));
    m_bulkWriting = exec(marks) && marks.next();
    marks.finish();
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

void ProjectStore::setSqlError(const QSqlError &error)
{
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

bool ProjectStore::updateField(
    const QString &table, Id id, const QString &column, const QVariant &given, bool touchUpdated)
{
    // A null QString (a cleared field) is empty text: every text column changed here is NOT NULL.
    const QVariant value = given.typeId() == QMetaType::QString ? text(given.toString()) : given;
    SqlTransaction transaction(*this);
    if (!transaction.isActive()) {
        return false;
    }
    QSqlQuery &select = prepared(QStringLiteral("SELECT %1 FROM %2 WHERE id = :id").arg(column, table));
    select.bindValue(QStringLiteral(":id"), id);
    if (!exec(select)) {
        return false;
    }
    if (!select.next()) {
        select.finish();
        setError(Error::InvalidArgument, tr("The item to change (%1 %2) no longer exists.").arg(table).arg(id));
        return false;
    }
    const QVariant old = select.value(0);
    select.finish();
    if (old.isNull() == value.isNull() && old.toString() == value.toString()) {
        return true; // nothing changes, nothing to record
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

QString ProjectStore::timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace Sourcelight
