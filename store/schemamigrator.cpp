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

QStringList migrationFiles()
{
    // Sorted by name, so "0002_…" follows "0001_…"; the version of a file is its position.
    QDir dir(QStringLiteral(":/migrations"));
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

QStringList SchemaMigrator::splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    static const QRegularExpression triggerStart(
        QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+)?TRIGGER\\b"), QRegularExpression::CaseInsensitiveOption);
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
        current += line + QLatin1Char('\n');
        const bool ends = inTrigger ? triggerEnd.match(line).hasMatch() : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
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
    const QStringList files = migrationFiles();
    const QString name = files.value(version - 1);
    QFile file(QStringLiteral(":/migrations/") + name);
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
    // Another process opening the same file may have made this step while this one waited for the write lock.
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
