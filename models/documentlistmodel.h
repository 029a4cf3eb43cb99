#pragma once

#include "backgroundread.h"
#include "storetypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Sourcelight {

class ProjectStore;

/// The library: every current document with title, outlet, date, sentence count and reviewed share. A search
/// narrows it to documents whose title, outlet or text (full-text index) match.
///
/// The counts read every sentence of the project (1.3 s for 100,000 documents on a server). With
/// setCountInBackground() they are counted on a worker: the library shows its rows at once and the counts follow
/// (the count columns are empty until then).
class DocumentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentListModel)

public:
    enum Column { TitleColumn, OutletColumn, PublishedColumn, SentencesColumn, ReviewedColumn, ColumnCount };

    explicit DocumentListModel(ProjectStore &store, QObject *parent = nullptr);
    ~DocumentListModel() override;

    /// Re-reads the library. Returns false on a database error.
    bool reload();
    /// Narrows the list; empty shows everything.
    bool setSearchText(const QString &text);
    /// Re-reads one document's row and counts (after an edit) and emits dataChanged for its row.
    bool refreshDocument(Id documentId);
    /// Counts on a worker (see above); off by default, Project turns it on.
    void setCountInBackground(bool background) { m_background = background; }
    /// Takes a removed document's row out of the list (rows removed, not a reset: views keep their place).
    void removeDocumentRow(Id documentId);
    /// Rows for these documents where they are current and match the search (an older version back in the
    /// library once its newer one is removed); false on a database error.
    bool addDocumentRows(const QList<Id> &documentIds);

    int rowForDocument(Id documentId) const;
    Id documentId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    using Counts = QHash<Id, DocumentCounts>;

    std::optional<QList<DocumentSummary>> filtered();
    bool readRows();
    bool readCounts();
    bool countHere();
    void backgroundCountDone(const std::optional<Counts> &counts, const QString &path);
    void setCounts(Id documentId, const DocumentCounts &counts);

    ProjectStore &m_store;
    QList<DocumentSummary> m_rows;
    QString m_search;
    Counts m_counts;      ///< every document's, current or not; a document missing here shows no counts yet
    QString m_countsPath; ///< the project m_counts belong to
    bool m_background = false;
    BackgroundRead<Counts> m_counting;
};

} // namespace Sourcelight
