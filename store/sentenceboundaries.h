#pragma once

#include "storetypes.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Sourcelight {

class ProjectStore;

/// Where a claim stood before a boundary edit: its sentence and its span (invalid for the whole sentence).
struct ClaimPlacement
{
    Id claimId = 0;
    Id sentenceId = 0;
    TextSpan span;
};

/// What a split or a merge changed, and what undoing it puts back.
struct BoundaryEdit
{
    /// The rows of one table as they were (columns as the table has them).
    struct Rows
    {
        QStringList columns;
        QList<QVariantList> rows;
    };

    Id documentId = 0;
    QList<SentenceRecord> before;    ///< the sentences the edit replaced, by ordinal
    Rows attributions;               ///< their attributions (suggested and human), every column
    Rows hops;                       ///< the chains of those attributions
    QList<ClaimPlacement> claims;    ///< the claims on them
    QList<Id> after;                 ///< the sentences the edit left: the two parts of a split, the merged one
    std::optional<Id> droppedSource; ///< merge: the source the second sentence rested on, no longer counted
    QString droppedSourceName;       ///< its name
};

/// Fixes sentence boundaries the segmenter got wrong: splits a sentence in two at a position, merges a sentence
/// with the next one, and puts back what either changed. Each runs in one transaction with a history line; a
/// refusal (a split at the sentence's edge, a merge of the last sentence) fails with Error::InvalidArgument and
/// changes nothing.
///
/// The analyst's work is kept: a split copies the sentence's attributions (the suggestion and the analyst's
/// decision) to both parts and moves each span claim to the part holding it (whole-sentence claims stay on the
/// first part); a merge keeps the first sentence's attributions and moves the second's claims onto the merged
/// sentence (a whole-sentence claim of the second keeps its words as a span). Undo restores the sentences with
/// their ids, their attributions (with their ids where still free) and every claim where it stood.
class SentenceBoundaries final
{
    Q_DECLARE_TR_FUNCTIONS(SentenceBoundaries)
    Q_DISABLE_COPY_MOVE(SentenceBoundaries)

public:
    explicit SentenceBoundaries(ProjectStore &store);

    /// What the window showed of the sentences an edit cuts or joins: their spans, in order (empty: no check). An
    /// edit made on it is refused with Error::Conflict, and changes nothing, when the stored sentences differ by now
    /// (another reviewer split or merged them); they are locked while compared (on a server: SELECT … FOR UPDATE).
    using Shown = QList<TextSpan>;

    /// Splits the sentence at a document position (UTF-16); the whitespace around it goes to neither part. The
    /// second part gets secondId when that is given and free (a redo gives it the id it had), else a new one.
    std::optional<BoundaryEdit> split(Id sentenceId, qsizetype position, Id secondId = 0, const Shown &shown = {});
    /// Merges the sentence with the one after it.
    std::optional<BoundaryEdit> merge(Id sentenceId, const Shown &shown = {});
    /// Puts back the sentences, attributions and claims as they were before edit.
    bool restore(const BoundaryEdit &edit);

private:
    /// Locks the sentences (on a server: SELECT … FOR UPDATE) and reads them again, so that what another reviewer
    /// committed before is what the edit cuts; with shown, refuses (Error::Conflict) when they differ from it.
    std::optional<QList<SentenceRecord>> lockedAsShown(const QList<Id> &sentenceIds, const Shown &shown);
    /// Whether the sentences' boundaries may change: not once reviewers have coded one of them on their own
    /// (independent review, on a server), as their codings were made on those words (a merge would also drop the
    /// second sentence's). Refused with a message otherwise. A curator or an admin reads the codings to tell; for a
    /// login that may not read them, the server refuses a merge that would drop one (0011_keep_codings.sql).
    bool boundariesFree(const QList<Id> &sentenceIds);
    std::optional<SentenceRecord> sentenceAt(Id documentId, int ordinal);
    std::optional<QString> body(Id documentId);
    bool snapshot(BoundaryEdit &edit);
    std::optional<BoundaryEdit::Rows> readRows(const QString &sql, const QList<Id> &sentenceIds);
    bool exec(const QString &sql, const QList<std::pair<QString, QVariant>> &binds, int *rowsAffected = nullptr);
    /// Moves every sentence of the document after ordinal to a negative ordinal (-ordinal - 1), out of the way of
    /// the unique (document, ordinal) while sentences come and go; settleOrdinals() brings them back, shifted.
    bool parkOrdinals(Id documentId, int ordinal);
    bool settleOrdinals(Id documentId, int shift);
    bool reindex(Id documentId, const QList<Id> &sentenceIds, const QList<Id> &claimIds);

    ProjectStore &m_store;
};

} // namespace Sourcelight
