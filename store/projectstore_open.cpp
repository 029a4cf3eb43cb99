#include "projectstore.h"

#include "schemamigrator.h"
#include "serveraddress.h"

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

#include <utility>

// Opening a project: the checks before the file is touched, the connection and its settings, a read-only medium,
// the write-ahead log, the integrity check and the schema upgrade.

namespace Sourcelight {

namespace {

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

bool ProjectStore::open(const QString &path, OpenMode mode, int schemaVersion)
{
    close();
    clearError();
    m_connectionAddress.clear();
    if (ServerAddress::isServerAddress(path)) {
        return openServer(path, mode, schemaVersion);
    }
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
    const std::optional<int> applicationId = selectIntDirect(QStringLiteral("PRAGMA application_id"));
    const std::optional<int> version = selectIntDirect(QStringLiteral("PRAGMA user_version"));
    const std::optional<int> tables = selectIntDirect(QStringLiteral("SELECT count(*) FROM sqlite_master"));
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
        return reopenReadOnly(newerVersionReason());
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

QString ProjectStore::newerVersionReason() const
{
    return tr("The project “%1” was saved by a newer version of Sourcelight (format %2; this version knows up to %3). "
              "It is open for reading only, so nothing in it is changed; update Sourcelight to edit it.")
        .arg(QDir::toNativeSeparators(m_path))
        .arg(m_schemaVersion)
        .arg(latestSchemaVersion());
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

bool ProjectStore::checkIntegrity(bool quick)
{
    m_integrityProblems.clear();
    if (onServer()) {
        return isOpen(); // the server keeps its own files sound (and checks its pages when told to)
    }
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
} // namespace Sourcelight
