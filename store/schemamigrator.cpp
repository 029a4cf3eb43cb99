#include "schemamigrator.h"

#include "fulltextsearch.h"
#include "projectstore.h"
#include "sqltransaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Sourcelight {

namespace {

// SQLite's steps in :/migrations, PostgreSQL's (the same versions in its own SQL) in :/migrations/postgresql.
QString migrationFolder(bool server)
{
    return server ? QStringLiteral(":/migrations/postgresql/") : QStringLiteral(":/migrations/");
}

QStringList migrationFiles(bool server = false)
{
    // Sorted by name, so "0002_…" follows "0001_…"; the version of a file is its position.
    QDir dir(migrationFolder(server));
    return dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

} // namespace

SchemaMigrator::SchemaMigrator(ProjectStore &store)
    : m_store(store)
{
}

int SchemaMigrator::latestVersion()
{
    return int(migrationFiles().size());
}

int SchemaMigrator::latestServerVersion()
{
    return int(migrationFiles(true).size());
}

QStringList SchemaMigrator::splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    bool triggerBody = false;
    bool inDollarQuote = false; // a PostgreSQL function body, $$ … $$, holds semicolons of its own
    static const QRegularExpression triggerStart(
        QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+)?TRIGGER\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerBodyStart(
        QStringLiteral("\\bBEGIN\\s*$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(
        QStringLiteral("^\\s*END\\s*;\\s*$"), QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))) {
            continue;
        }
        if (current.isEmpty() && triggerStart.match(line).hasMatch()) {
            inTrigger = true;
        }
        // A SQLite trigger's body runs from BEGIN to END; PostgreSQL's CREATE TRIGGER names a function and ends at
        // its semicolon.
        if (inTrigger && !triggerBody && triggerBodyStart.match(line).hasMatch()) {
            triggerBody = true;
        }
        current += line + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1) {
            inDollarQuote = !inDollarQuote;
        }
        const bool ends = inTrigger && triggerBody ? triggerEnd.match(line).hasMatch()
                                                   : !inDollarQuote && trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
            triggerBody = false;
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements.append(current.trimmed());
    }
    return statements;
}

int SchemaMigrator::currentVersion()
{
    QSqlQuery query(m_store.database());
    if (m_store.onServer()) {
        // sourcelight_schema is made by the first step; before it, the database holds no project (version 0).
        if (!query.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = "
                                       "current_schema() AND tablename = 'sourcelight_schema'"))
            || !query.next()) {
            m_store.setSqlError(query.lastError());
            return -1;
        }
        if (query.value(0).toInt() == 0) {
            return 0;
        }
        if (!query.exec(QStringLiteral("SELECT version FROM sourcelight_schema")) || !query.next()) {
            m_store.setSqlError(query.lastError());
            return -1;
        }
        return query.value(0).toInt();
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        m_store.setSqlError(query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

bool SchemaMigrator::migrate(int target)
{
    const int latest = latestVersion();
    if (target < 0 || target > latest) {
        target = latest;
    }
    int version = currentVersion();
    if (version < 0) {
        return false;
    }
    while (version < target) {
        if (!applyStep(version + 1)) {
            return false;
        }
        ++version;
    }
    return true;
}

bool SchemaMigrator::applyStep(int version)
{
    const bool server = m_store.onServer();
    const QStringList files = migrationFiles(server);
    const QString name = files.value(version - 1);
    QFile file(migrationFolder(server) + name);
    if (name.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        m_store.setError(ProjectStore::Error::Migration,
            tr("The upgrade of the project to version %1 is missing from this build.").arg(version));
        return false;
    }
    const QString sql = QString::fromUtf8(file.readAll());

    SqlTransaction transaction(m_store);
    if (!transaction.isActive()) {
        return false;
    }
    // Another process opening the same file may have made this step while this one waited for the write lock. (On
    // a server, whoever holds this lock upgrades; the others wait for it, then find the step made.)
    if (server && !m_store.execDirect(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(ApplicationId))) {
        return false;
    }
    const int now = currentVersion();
    if (now < 0) {
        return false;
    }
    if (now >= version) {
        return transaction.commit();
    }
    const QStringList statements = splitStatements(sql);
    for (const QString &statement : statements) {
        if (!m_store.execDirect(statement)) {
            m_store.setError(ProjectStore::Error::Migration,
                tr("Could not upgrade the project to version %1 (%2): %3")
                    .arg(QString::number(version), name, m_store.errorString()));
            return false;
        }
    }
    // Steps whose data cannot be computed in portable SQL have a C++ part, run in the same transaction.
    if (name.contains(QLatin1String("_fulltext")) && !m_store.fullText().rebuildSentenceIndex()) {
        return false;
    }
    if (server) {
        // The numbers are ours, not user data.
        if (version == 1
            && !m_store.execDirect(QStringLiteral("CREATE TABLE sourcelight_schema (application_id INTEGER NOT NULL, "
                                                  "version INTEGER NOT NULL)"))) {
            return false;
        }
        const QString mark = version == 1
            ? QStringLiteral("INSERT INTO sourcelight_schema VALUES (%1, %2)").arg(ApplicationId).arg(version)
            : QStringLiteral("UPDATE sourcelight_schema SET version = %1").arg(version);
        return m_store.execDirect(mark) && transaction.commit();
    }
    // PRAGMA takes no bound values; both numbers are ours, not user data.
    if (version == 1 && !m_store.execDirect(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))) {
        return false;
    }
    if (!m_store.execDirect(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
        return false;
    }
    return transaction.commit();
}

} // namespace Sourcelight
