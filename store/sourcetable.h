#pragma once

#include "storetypes.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <optional>

class QSqlQuery;

namespace Sourcelight {

class ProjectStore;

/// The sources of a project (outlets, people, official bodies, anonymous groups, documents, authors), their
/// aliases and affiliations. Writes commit at once and go into history.
class SourceTable final
{
    Q_DECLARE_TR_FUNCTIONS(SourceTable)
    Q_DISABLE_COPY_MOVE(SourceTable)

public:
    explicit SourceTable(ProjectStore &store);

    /// Creates a source; fails when one of that name and kind exists. A record with an id (a creation undone, then
    /// redone) gets that id back, or fails when another row has it.
    std::optional<Id> addSource(const SourceRecord &source);
    /// The source of that name (or alias) and kind, created when there is none.
    std::optional<Id> findOrCreate(const QString &name, SourceKind kind);
    /// 0 when there is no source with that name or alias and kind.
    std::optional<Id> find(const QString &name, SourceKind kind);
    /// The source a user names (command line, typed text): idOrName is a source id when it is a number, else a
    /// name or alias of any kind, compared case-insensitively (when several sources of different kinds share it,
    /// the last in sources() order). 0 when there is none; nullopt on a database error.
    std::optional<Id> lookup(const QString &idOrName);

    bool rename(Id sourceId, const QString &name);
    bool setDescription(Id sourceId, const QString &description);
    bool setColour(Id sourceId, const QString &colour);
    /// Affiliation (Kirby → the White House NSC); nullopt clears it. Cycles are refused.
    bool setParent(Id sourceId, std::optional<Id> parentId);
    bool addAlias(Id sourceId, const QString &alias);
    bool removeAlias(Id sourceId, const QString &alias);
    /// Moves every attribution hop, alias and affiliate of `from` to `into`, keeps from's name as an alias of into,
    /// then deletes `from`.
    bool merge(Id from, Id into);
    /// Deletes a source no attribution uses (affiliates lose their parent).
    bool removeSource(Id sourceId);

    std::optional<SourceRecord> source(Id sourceId);
    std::optional<QList<SourceRecord>> sources();
    /// The sources with these ids, in sources() order; ids of no source are left out. For a view of one document,
    /// which needs the few sources it names, not every source of the project.
    std::optional<QList<SourceRecord>> sources(const QList<Id> &ids);

private:
    std::optional<QStringList> aliases(Id sourceId);
    /// Runs a query of sourceColumns and reads its rows.
    std::optional<QList<SourceRecord>> readSources(QSqlQuery &select);

    ProjectStore &m_store;

public:
    // ---- Restoring a backup (JsonProjectImporter) ----
    // Each puts back rows exactly as a backup holds them: their own ids and every column, keyed by column name, with
    // the values as stored (text timestamps, enum names); a column left out is NULL. Nothing goes into history. Call
    // inside the restore's transaction.
    /// Columns: id, name, kind, description, colour, parent_id, created_at. A parent may be restored after its
    /// affiliates: restore them without parent_id, then restoreParent().
    bool restoreSource(const QVariantMap &row);
    bool restoreAlias(Id sourceId, const QString &alias);
    bool restoreParent(Id sourceId, Id parentId);
};

} // namespace Sourcelight
