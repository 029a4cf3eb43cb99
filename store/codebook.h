#pragma once

#include "storetypes.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <optional>

namespace Sourcelight {

class ProjectStore;

/// The project's codebook: the tags analysts put on claims, with colour, shortcut and description.
class Codebook final
{
    Q_DECLARE_TR_FUNCTIONS(Codebook)
    Q_DISABLE_COPY_MOVE(Codebook)

public:
    explicit Codebook(ProjectStore &store);

    /// Creates a tag (names are unique); with tag.id set, puts back a removed tag under its old id.
    std::optional<Id> addTag(const TagRecord &tag);
    /// Removes the tag from the codebook and from every claim.
    bool removeTag(Id tagId);
    bool rename(Id tagId, const QString &name);
    bool setColour(Id tagId, const QString &colour);
    bool setShortcut(Id tagId, const QString &shortcut);
    bool setDescription(Id tagId, const QString &description);

    std::optional<TagRecord> tag(Id tagId);
    std::optional<QList<TagRecord>> tags();
    /// 0 when no tag has that name.
    std::optional<Id> find(const QString &name);

private:
    ProjectStore &m_store;

public:
    // ---- Restoring a backup (JsonProjectImporter) ----
    // Each puts back rows exactly as a backup holds them: their own ids and every column, keyed by column name, with
    // the values as stored (text timestamps, enum names); a column left out is NULL. Nothing goes into history. Call
    // inside the restore's transaction.
    /// Columns: id, name, colour, shortcut, description.
    bool restoreTag(const QVariantMap &row);
};

} // namespace Sourcelight
