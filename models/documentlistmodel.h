#pragma once

#include "storetypes.h"

#include <QAbstractTableModel>

namespace Sourcelight {

class ProjectStore;

/// The library: every current document with title, outlet, date, sentence count and reviewed share. A search
/// narrows it to documents whose title, outlet or text (full-text index) match.
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
    /// Re-reads one document's counts (after an edit) and emits dataChanged for its row.
    bool refreshDocument(Id documentId);
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
    std::optional<QList<DocumentSummary>> filtered();

    ProjectStore &m_store;
    QList<DocumentSummary> m_rows;
    QString m_search;
};

} // namespace Sourcelight
