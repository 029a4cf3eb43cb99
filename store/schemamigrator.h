#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Sourcelight {

class ProjectStore;

/// Brings a project's schema up to date, one version at a time, from the SQL files in resources/migrations
/// (":/migrations/NNNN_name.sql"). Each step, its C++ part (if any) and its `PRAGMA user_version` bump run in one
/// transaction, so a failed or interrupted upgrade leaves the file at the previous version, untouched.
class SchemaMigrator final
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)
    Q_DISABLE_COPY_MOVE(SchemaMigrator)

public:
    /// Written to `PRAGMA application_id` so a Sourcelight project is told apart from any other SQLite file.
    static constexpr int ApplicationId = 0x534c4748;

    explicit SchemaMigrator(ProjectStore &store);

    /// The newest schema version this build knows.
    static int latestVersion();
    /// The same for PostgreSQL's migrations (resources/migrations/postgresql): always latestVersion(), which a test
    /// checks, since both engines must open every version.
    static int latestServerVersion();
    /// Splits a migration file into statements (a trigger's body stays one statement with its END).
    static QStringList splitStatements(const QString &sql);

    /// The file's `PRAGMA user_version` (on a server, sourcelight_schema's version), or -1 when it cannot be read.
    int currentVersion();
    /// Upgrades from the current version to target (latestVersion() by default).
    bool migrate(int target = -1);

private:
    bool applyStep(int version);

    ProjectStore &m_store;
};

} // namespace Sourcelight
