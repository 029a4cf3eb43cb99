#pragma once

#include "backgroundread.h"
#include "storetypes.h"

#include <QAbstractItemModel>
#include <QHash>

#include <optional>

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
    /// Counting reads every attribution (0.7 s on a project of 500,000 sentences). With this on, reload() and
    /// refreshCounts() count on a worker, with a connection of its own, and the counts follow when it is done (the
    /// tree shows the previous ones meanwhile; requests made while it counts are served by one more count). Project
    /// turns it on, so neither opening a project nor an edit waits for the count.
    void setCountInBackground(bool background) { m_background = background; }

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

    using Counts = QHash<Id, qint64>;

    static QList<Group> group(const QList<SourceRecord> &sources);
    void applyCounts(const Counts &counts);
    void countInBackground();
    void backgroundCountDone(const std::optional<Counts> &counts, const QString &path);

    ProjectStore &m_store;
    QList<Group> m_groups;
    Counts m_counts;
    bool m_countsKnown = true; ///< false from opening a project until its first count (the dock shows no numbers)
    QString m_countsPath;      ///< the project m_counts belong to
    bool m_background = false;
    BackgroundRead<Counts> m_counting;
};

} // namespace Sourcelight
