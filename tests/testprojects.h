#pragma once

// Where a test's new project lives: a file, or a database on a PostgreSQL server.
//
// A test registered with SERVER (cmake/SourcelightTesting.cmake) runs twice: as itself, on project files, and as
// <name>_postgresql, under Debian's pg_virtualenv (a throwaway PostgreSQL cluster, its address in the libpq
// environment) with SOURCELIGHT_TEST_SERVER set. Then every project the test creates is a new, empty database on
// that server, opened by its address: the same test code checks both engines.

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>
#include <QTemporaryDir>

namespace Sourcelight::TestProjects {

/// Whether this run's projects are on a server.
inline bool onServer()
{
    return qEnvironmentVariableIsSet("SOURCELIGHT_TEST_SERVER");
}

/// Makes an empty database on the test server for a project called name; its address, or empty (and a warning).
inline QString newServerProject(const QString &name)
{
    static QAtomicInteger<int> counter;
    QString database = name.toLower();
    database.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    database = QStringLiteral("t%1_%2_%3")
                   .arg(QCoreApplication::applicationPid())
                   .arg(counter.fetchAndAddRelaxed(1))
                   .arg(database.left(40));
    const QString connection = QStringLiteral("test-server-admin");
    {
        QSqlDatabase admin = QSqlDatabase::contains(connection)
            ? QSqlDatabase::database(connection)
            : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        admin.setDatabaseName(QStringLiteral("postgres")); // host, port, user, password: the libpq environment
        if (!admin.isOpen() && !admin.open()) {
            qWarning() << "cannot reach the test server:" << admin.lastError().text();
            return {};
        }
        QSqlQuery create(admin);
        if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(database))) {
            qWarning() << "cannot create" << database << create.lastError().text();
            return {};
        }
    }
    return qEnvironmentVariable("SOURCELIGHT_TEST_SERVER") + database;
}

/// A plain connection of its own (named connection) to the project at location, file or server, for a test that
/// changes the database behind the store's back.
inline QSqlDatabase openBehindTheStore(const QString &location, const QString &connection)
{
    if (!location.startsWith(QLatin1String("postgresql://"))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(location);
        db.open();
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    db.setDatabaseName(location.mid(location.lastIndexOf(QLatin1Char('/')) + 1)); // as newServerProject() names it
    db.open();
    return db;
}

/// Ends every connection to the server project at location but the caller's own (pg_terminate_backend), as a server
/// restart or a network cut would; false (with a warning) when it cannot.
inline bool dropConnections(const QString &location)
{
    const QString connection = QStringLiteral("test-server-terminator");
    bool done = false;
    {
        QSqlDatabase admin = openBehindTheStore(location, connection);
        QSqlQuery kill(admin);
        done = kill.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"));
        if (!done) {
            qWarning() << "cannot end the connections to" << location << kill.lastError().text();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return done;
}

/// Stops the test server as a crash would (pg_ctlcluster … stop -m immediate: every connection cut, no clean
/// shutdown), or starts it again (with crash recovery); false, with a warning, when it cannot. pg_virtualenv names
/// the cluster "regress" and sets PGVERSION and PG_CLUSTER_CONF_ROOT for pg_ctlcluster.
inline bool setServerRunning(bool running)
{
    QStringList arguments {qEnvironmentVariable("PGVERSION"), QStringLiteral("regress")};
    arguments << (running ? QStringList {QStringLiteral("start")}
                          : QStringList {QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate")});
    QProcess control;
    control.start(QStringLiteral("pg_ctlcluster"), arguments);
    if (!control.waitForFinished(60000) || control.exitStatus() != QProcess::NormalExit || control.exitCode() != 0) {
        qWarning() << "pg_ctlcluster" << arguments << "failed:" << control.readAllStandardError();
        return false;
    }
    if (running) {
        // The tests' admin connection (newServerProject()) was cut with the rest: opened again.
        QSqlDatabase admin = QSqlDatabase::database(QStringLiteral("test-server-admin"), false);
        if (admin.isValid()) {
            admin.close();
            if (!admin.open()) {
                qWarning() << "cannot reach the test server again:" << admin.lastError().text();
                return false;
            }
        }
    }
    return true;
}

/// The server project at location (as newServerProject() names it) as login sees it: its address with that login
/// and password.
inline QString asLogin(QString location, const QString &login, const QString &password)
{
    return location.replace(
        QStringLiteral("postgresql:///"), QStringLiteral("postgresql://%1:%2@/").arg(login, password));
}

/// Makes login roles on the test server (they are the cluster's, for every project of the run), each with password;
/// false (with a warning) when it cannot. The server's admin connection must be open (newServerProject() opens it).
inline bool createLogins(const QStringList &logins, const QString &password)
{
    QSqlQuery create(QSqlDatabase::database(QStringLiteral("test-server-admin")));
    for (const QString &login : logins) {
        if (!create.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, password))) {
            qWarning() << "cannot make the login" << login << create.lastError().text();
            return false;
        }
    }
    return true;
}

/// Where a new project called name goes: the file name in dir, or a new database on the test server.
inline QString newProject(const QTemporaryDir &dir, const QString &name)
{
    return onServer() ? newServerProject(name) : dir.filePath(name);
}

} // namespace Sourcelight::TestProjects
