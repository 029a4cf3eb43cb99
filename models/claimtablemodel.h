#pragma once

#include "projectqueries.h"

#include <QAbstractTableModel>

namespace Sourcelight {

class ProjectStore;

/// Every claim of the project in a table (the Claims dock). Filtering and sorting run in SQL behind the model
/// and rows arrive a page at a time (canFetchMore/fetchMore), so a project of 500,000 sentences stays responsive.
class ClaimTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimTableModel)

public:
    enum Column {
        DocumentColumn,
        SentenceColumn,
        SourceColumn,
        ViaColumn,
        CueColumn,
        VerdictColumn,
        TypeColumn,
        NoteColumn,
        ReviewerColumn,
        UpdatedColumn,
        ColumnCount
    };

    explicit ClaimTableModel(ProjectStore &store, QObject *parent = nullptr);
    ~ClaimTableModel() override;

    /// Rows per page.
    static constexpr int PageSize = 256;

    /// Applies a filter (and its order) and starts again from the first page.
    bool setQuery(const ClaimQuery &query);
    const ClaimQuery &query() const { return m_query; }
    /// Re-runs the current query (after claims were added or removed).
    bool reload();
    /// Re-reads the rows of one sentence's claims after an edit. Returns false when the set of rows must change
    /// (a claim was created or removed) — then call reload().
    bool refreshSentence(Id sentenceId);
    /// How many claims match the current query (counted on request; the model itself loads page by page).
    std::optional<qint64> countMatches() const;

    Id claimId(int row) const;
    const ClaimRow *claimRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    ProjectStore &m_store;
    ClaimQuery m_query;
    QList<ClaimRow> m_rows;
    bool m_hasMore = false;   ///< the last page read was followed by more rows
    bool m_resetting = false; ///< a reset or a page insertion is being announced
};

} // namespace Sourcelight
