#include "projectstore.h"

#include "postgresfulltextsearch.h"
#include "schemamigrator.h"
#include "serveraddress.h"
#include "storelogging.h"

#include <dlfcn.h>

#include <QAtomicInteger>
#include <QByteArray>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

// A project on a PostgreSQL server: the connection (Qt's QPSQL driver over libpq), what is ours in the database,
// the schema upgrade and what the server's errors mean to the user.

namespace Sourcelight {

namespace {

const QString PostgresDriver = QStringLiteral("QPSQL");
/// The channel the server announces edits on (migrations/postgresql/0008_live_updates.sql).
const QString ChangesChannel = QStringLiteral("sourcelight");
/// How long connecting may take before it fails, unless the address or PGCONNECT_TIMEOUT says otherwise: libpq would
/// wait for ever on a server that does not answer.
constexpr int ConnectTimeoutSeconds = 10;

/// The address's libpq options, with a connect timeout when it has none.
QString connectOptions(const ServerAddress &address)
{
    QString options = address.connectOptions();
    if (options.contains(QLatin1String("connect_timeout=")) || qEnvironmentVariableIsSet("PGCONNECT_TIMEOUT")) {
        return options;
    }
    if (!options.isEmpty()) {
        options += QLatin1Char(';');
    }
    return options + QStringLiteral("connect_timeout=%1").arg(ConnectTimeoutSeconds);
}

/// Whether libpq says the connection behind db is gone (CONNECTION_BAD). A server that ends the session while the
/// window is idle leaves no error code on the next statement ("no connection to the server"), only this status. libpq
/// is asked through the library the Qt driver already loaded (no build dependency on its headers); nullopt when it
/// cannot be asked.
std::optional<bool> connectionIsBad(const QSqlDatabase &db)
{
    using StatusFunction = int (*)(const void *);
    static const StatusFunction status = [] {
        void *library = dlopen("libpq.so.5", RTLD_LAZY | RTLD_NOLOAD);
        return library ? reinterpret_cast<StatusFunction>(dlsym(library, "PQstatus")) : nullptr;
    }();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!status || !handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)) {
        return std::nullopt;
    }
    const void *connection = *static_cast<void *const *>(handle.constData());
    constexpr int ConnectionBad = 1; // ConnStatusType in libpq-fe.h: CONNECTION_OK 0, CONNECTION_BAD 1
    return connection && status(connection) == ConnectionBad;
}

} // namespace

bool ProjectStore::openServer(const QString &text, OpenMode mode, int schemaVersion)
{
    QString problem;
    const std::optional<ServerAddress> address = ServerAddress::parse(text, &problem);
    if (!address) {
        fail(Error::CannotRead, problem);
        return false;
    }
    m_backend = Backend::PostgreSql;
    m_fullText = std::make_unique<PostgresFullTextSearch>(*this);
    m_path = address->shown();
    m_connectionAddress = text;
    if (!QSqlDatabase::isDriverAvailable(PostgresDriver)) {
        fail(Error::CannotRead,
            tr("Cannot open the team project “%1”: this installation of Sourcelight cannot reach PostgreSQL servers "
               "(the Qt PostgreSQL driver, package libqt6sql6-psql, is missing).")
                .arg(m_path));
        return false;
    }
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("sourcelight-server-%1").arg(counter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(PostgresDriver, m_connectionName);
    m_db.setHostName(address->host());
    if (address->port() >= 0) {
        m_db.setPort(address->port());
    }
    m_db.setDatabaseName(address->database());
    m_db.setUserName(address->user());
    m_db.setPassword(address->password()); // empty: libpq reads PGPASSWORD or ~/.pgpass
    m_db.setConnectOptions(connectOptions(*address));
    if (!m_db.open()) {
        fail(Error::CannotRead,
            tr("Cannot connect to the team project “%1”: %2").arg(m_path, m_db.lastError().databaseText().trimmed()));
        return false;
    }
    m_readOnly = false;
    m_connectionLost = false;
    if (!setServerSession()) {
        fail(m_error, m_errorString);
        return false;
    }
    if (!inspectServerAndUpgrade(mode, schemaVersion) || !checkTeamPart()) {
        return false;
    }
    if (mode == OpenMode::ReadOnly) {
        if (!execDirect(QStringLiteral("SET default_transaction_read_only = on"))) {
            fail(m_error, m_errorString);
            return false;
        }
        m_readOnly = true;
        if (m_readOnlyReason.isEmpty()) {
            m_readOnlyReason = tr("The project is open for reading only.");
        }
    }
    return m_readOnly || repairBulkWrite();
}

bool ProjectStore::inspectServerAndUpgrade(OpenMode mode, int schemaVersion)
{
    // Our tables live in the connection's current schema (public, unless the administrator set a search_path).
    const std::optional<int> tables = selectIntDirect(
        QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"));
    const std::optional<int> marked
        = selectIntDirect(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables "
                                         "WHERE schemaname = current_schema() AND tablename = 'sourcelight_schema'"));
    if (!tables || !marked) {
        fail(m_error, m_errorString);
        return false;
    }
    if (*tables > 0 && *marked == 0) {
        fail(Error::NotAProject,
            tr("The database of “%1” holds tables, but it is not a Sourcelight project.").arg(m_path));
        return false;
    }
    if (*tables == 0 && mode != OpenMode::CreateIfMissing) {
        fail(Error::NotAProject, tr("The database of “%1” is empty: it holds no Sourcelight project yet.").arg(m_path));
        return false;
    }
    SchemaMigrator migrator(*this);
    const int version = *tables == 0 ? 0 : migrator.currentVersion();
    if (version < 0) {
        fail(m_error, m_errorString);
        return false;
    }
    m_schemaVersion = version;
    const int latest = latestSchemaVersion();
    if (m_schemaVersion > latest) {
        m_readOnlyReason = newerVersionReason();
        if (!execDirect(QStringLiteral("SET default_transaction_read_only = on"))) {
            fail(m_error, m_errorString);
            return false;
        }
        m_readOnly = true;
        return true;
    }
    const int target = schemaVersion < 0 ? latest : qMin(schemaVersion, latest);
    if (m_schemaVersion < target) {
        // Each step is one transaction under an advisory lock: two reviewers opening an old project at once
        // upgrade it once.
        if (!migrator.migrate(target)) {
            fail(m_error == Error::None ? Error::Migration : m_error, m_errorString);
            return false;
        }
        m_schemaVersion = target;
    }
    return true;
}

bool ProjectStore::checkTeamPart()
{
    if (m_schemaVersion < TeamSchemaVersion) {
        return true;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT part, current_user FROM sourcelight_reviewer_of(current_user)"))
        || !query.next()) {
        setSqlError(query.lastError());
        fail(m_error, m_errorString);
        return false;
    }
    if (query.value(0).isNull()) {
        // The server would show such a login nothing and let it change nothing: say why instead of an empty project.
        fail(Error::CannotRead,
            tr("Your database role “%1” has no part in the team project “%2”. Ask one of its admins to add you "
               "(sourcelight team --project … --add %1 --role reviewer).")
                .arg(query.value(1).toString(), m_path));
        return false;
    }
    return true;
}

bool ProjectStore::setServerSession()
{
    // Notices (a table that did not exist, …) are not for the user; a statement waits for another reviewer's
    // write as long as SQLite's busy timeout would, then fails as Locked. A window's connection plans without
    // parallel workers (see setInteractive()).
    return execDirect(QStringLiteral("SET client_min_messages = warning"))
        && execDirect(QStringLiteral("SET lock_timeout = %1").arg(m_busyTimeout))
        && (!m_readOnly || execDirect(QStringLiteral("SET default_transaction_read_only = on")))
        && (!m_interactive || execDirect(QStringLiteral("SET max_parallel_workers_per_gather = 0")));
}

bool ProjectStore::reconnect()
{
    if (!onServer() || !m_db.isValid() || m_transactionDepth > 0) {
        return false;
    }
    const bool following = static_cast<bool>(m_changesConnection);
    QObject::disconnect(m_changesConnection);
    m_changesConnection = {};
    m_insertStatements.clear();
    m_statements.clear(); // prepared on the old connection
    m_db.close();
    if (!m_db.open()) {
        setServerError(m_db.lastError());
        return false;
    }
    // Lost until everything a connection starts with is back: a half-made one is tried again, not kept.
    if (!setServerSession() || (following && !followChangesElsewhere())) {
        m_connectionLost = true;
        return false;
    }
    m_connectionLost = false;
    clearError();
    qCInfo(lcStore) << "reconnected to" << m_path;
    return true;
}

void ProjectStore::setServerError(const QSqlError &error)
{
    // QPSQL gives the SQLSTATE as the native error code (PostgreSQL's Appendix A).
    const QString state = error.nativeErrorCode();
    // The server's own words: its first line, without the severity (what follows is where in a function it was
    // raised, and the SQLSTATE, for the log).
    QString detail = error.databaseText().trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    for (const QLatin1String severity : {QLatin1String("ERROR:"), QLatin1String("FATAL:")}) {
        if (detail.startsWith(severity)) {
            detail = detail.mid(severity.size()).trimmed();
        }
    }
    if (m_transactionDepth > 0) {
        m_transactionLost = true; // PostgreSQL refuses everything after an error until the transaction ends
    }
    if (state == QLatin1String("53100")) {
        setError(Error::DiskFull,
            tr("The server of “%1” has run out of disk space: the last change was not saved. Everything saved before "
               "it is intact; ask the server's administrator.")
                .arg(m_path));
    } else if (state == QLatin1String("55P03") || state == QLatin1String("40P01") || state == QLatin1String("40001")) {
        setError(Error::Locked,
            tr("Another reviewer is changing the same part of “%1”; try again in a moment.").arg(m_path));
    } else if (state == QLatin1String("25006") || state == QLatin1String("42501")) {
        setError(Error::ReadOnly, tr("The server does not let you make this change in “%1”: %2").arg(m_path, detail));
    } else if (m_connectionLost || state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))
        || error.type() == QSqlError::ConnectionError || connectionIsBad(m_db).value_or(false)) {
        // Once lost, whatever fails next (a statement on the closed connection says little) fails for that reason.
        m_connectionLost = true;
        setError(Error::CannotRead,
            tr("The connection to the server of “%1” was lost: %2")
                .arg(m_path, detail.isEmpty() ? tr("no answer from the server") : detail));
    } else if (state.startsWith(QLatin1String("XX"))) {
        setError(Error::Corrupt, tr("The server reports damaged data in “%1”: %2").arg(m_path, detail));
    } else {
        setError(Error::Query, tr("Database error in “%1”: %2").arg(m_path, error.text()));
    }
}

bool ProjectStore::followChangesElsewhere()
{
    if (!onServer() || !isOpen()) {
        return false;
    }
    QSqlDriver *driver = m_db.driver();
    if (driver->subscribedToNotifications().contains(ChangesChannel) && m_changesConnection) {
        return true;
    }
    if (!driver->subscribedToNotifications().contains(ChangesChannel)
        && !driver->subscribeToNotification(ChangesChannel)) {
        setServerError(driver->lastError());
        return false;
    }
    QObject::disconnect(m_changesConnection);
    m_changesConnection = connect(driver, &QSqlDriver::notification, this,
        [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
            if (name != ChangesChannel || source == QSqlDriver::SelfSource) {
                return; // this connection's own edits: the window already shows them
            }
            if (const std::optional<StoreChange> change = StoreChange::fromPayload(payload.toString())) {
                Q_EMIT changedElsewhere(*change);
            } else {
                qCWarning(lcStore) << "unreadable change announcement:" << payload.toString();
            }
        });
    return true;
}

} // namespace Sourcelight
