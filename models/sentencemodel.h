#pragma once

#include "storetypes.h"

#include <QAbstractListModel>

#include <functional>
#include <optional>
#include <QHash>

namespace Sourcelight {

class ProjectStore;

/// The sentences of the open document, one row each, with their effective attribution (the analyst's, else the
/// suggestion), the suggestion itself, and the sentence's claim (roles in itemroles.h). An edit reloads exactly
/// the rows it touched.
class SentenceModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SentenceModel)

public:
    explicit SentenceModel(ProjectStore &store, QObject *parent = nullptr);
    ~SentenceModel() override;

    /// Loads a document's sentences (0 clears). Returns false on a database error.
    bool setDocument(Id documentId);
    Id documentId() const { return m_documentId; }
    /// The whole article text.
    const QString &text() const { return m_text; }
    QString title() const { return m_title; }

    /// Re-reads one sentence (after an edit) and emits dataChanged for its row; false when it is not shown.
    bool refreshSentence(Id sentenceId);
    /// Re-reads every row's attributions, claim, source names and colours (after a rename or merge, or another
    /// reviewer's edit of rows that cannot be named) and emits dataChanged for them all: rows and the selection
    /// stay.
    void refreshRows();

    /// A sentence's decisions as its row shows them: as last read, or as edited while the connection to the
    /// server is lost (Project::SaveState::Offline).
    struct Shown
    {
        std::optional<AttributionRecord> suggestion;
        std::optional<AttributionRecord> human;
        std::optional<ClaimRecord> claim; ///< id 0: made while offline, not on the server yet
    };
    /// nullopt when the sentence is not in the open document.
    std::optional<Shown> shown(Id sentenceId) const;
    /// While offline: shows change made to the sentence's row (an edit waiting to be sent) without reading the
    /// store, and emits dataChanged for it.
    void showWhileOffline(Id sentenceId, const std::function<void(Shown &)> &change);

    int rowForSentence(Id sentenceId) const;
    /// The row of the sentence holding a document position, or -1 (between sentences, outside the text).
    int rowAt(qsizetype position) const;
    Id sentenceId(int row) const;
    /// The first row after `from` (wrapping around) without a human decision, or -1.
    int nextUnreviewed(int from) const;
    int reviewedCount() const;
    int attributedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        SentenceRecord sentence;
        std::optional<AttributionRecord> suggestion;
        std::optional<AttributionRecord> human;
        std::optional<ClaimRecord> claim;

        const std::optional<AttributionRecord> &effective() const { return human ? human : suggestion; }
    };

    /// Reads the open document's attributions, claims and the sources they name into its rows; false on an error.
    bool readDecisions();
    void assign(Row &row, const QList<AttributionRecord> &attributions, const QList<ClaimRecord> &claims);
    /// Every source the attributions name, as source or conduit.
    static QList<Id> sourceIds(const QList<AttributionRecord> &attributions);
    const SourceRecord *source(Id sourceId) const;
    QString toolTip(const Row &row) const;

    ProjectStore &m_store;
    Id m_documentId = 0;
    QString m_text;
    QString m_title;
    QList<Row> m_rows;
    QHash<Id, int> m_rowOfSentence;
    mutable QHash<Id, SourceRecord> m_sources;
};

} // namespace Sourcelight
