#pragma once

#include "storetypes.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Sourcelight {

class ProjectStore;

/// The project's sources as a tree: kind → source, with the number of sentences resting on each and its colour
/// (DecorationRole) — the Sources dock. Renames and merges go through Project's undo commands.
class SourceModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceModel)

public:
    enum Column { NameColumn, CountColumn, ColumnCount };

    explicit SourceModel(ProjectStore &store, QObject *parent = nullptr);
    ~SourceModel() override;

    /// Re-reads sources and counts; the tree is reset only when the set of sources changed.
    bool reload();
    /// Re-reads the counts and emits dataChanged for the rows whose count changed.
    bool refreshCounts();

    QModelIndex indexForSource(Id sourceId) const;
    Id sourceId(const QModelIndex &index) const;
    /// Every source (for pickers), sorted by name.
    QList<SourceRecord> allSources() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        SourceKind kind;
        QList<SourceRecord> sources;
    };

    static QList<Group> group(const QList<SourceRecord> &sources);

    ProjectStore &m_store;
    QList<Group> m_groups;
    QHash<Id, qint64> m_counts;
};

} // namespace Sourcelight
