#pragma once

#include "storetypes.h"

#include <QCoreApplication>
#include <QSet>
#include <QVariantMap>

#include <optional>

class QSqlQuery;

namespace Sourcelight {

class ProjectStore;

/// Claims (what an analyst reviews), their tags and evidence links. Writes commit at once and go into history.
class ClaimTable final
{
    Q_DECLARE_TR_FUNCTIONS(ClaimTable)
    Q_DISABLE_COPY_MOVE(ClaimTable)

public:
    explicit ClaimTable(ProjectStore &store);

    /// Creates a claim on a sentence (record.span invalid) or a span inside it; record.tagIds are attached too.
    std::optional<Id> addClaim(const ClaimRecord &record);
    /// Adds many claims in one transaction (what an import finds to review), each recorded in the history as
    /// addClaim() would; the ids come back in the order of records. All or none are added.
    std::optional<QList<Id>> addClaims(const QList<ClaimRecord> &records);
    /// Puts back a removed claim with its old id, tags and evidence (undo of removeClaim).
    std::optional<Id> restoreClaim(const ClaimRecord &record, const QList<EvidenceRecord> &evidence);
    bool removeClaim(Id claimId);

    // With expected, the value the edit was made on: when the claim holds another (someone changed it meanwhile),
    // nothing is written and the error is ProjectStore::Error::Conflict.
    bool setVerdict(Id claimId, Verdict verdict, std::optional<Verdict> expected = std::nullopt);
    bool setType(Id claimId, ClaimType type, std::optional<ClaimType> expected = std::nullopt);
    bool setNote(Id claimId, const QString &note, const std::optional<QString> &expected = std::nullopt);
    /// expected: std::nullopt compares nothing; an empty optional inside compares against "not set".
    bool setConfidence(Id claimId, std::optional<double> confidence,
        const std::optional<std::optional<double>> &expected = std::nullopt);
    /// Narrows the claim to a span of its sentence (document offsets, UTF-16), or widens it to the whole sentence
    /// (span invalid). A span outside the sentence, or empty, is refused.
    bool setSpan(Id claimId, const TextSpan &span);

    bool addTag(Id claimId, Id tagId);
    bool removeTag(Id claimId, Id tagId);

    /// Whose link addEvidence() stores: one typed in now (must be a web link, WebAddress::isWebUrl()), or one the
    /// project already held (carried over to a re-anchored claim: old projects may hold other links, which are kept).
    enum class LinkOrigin { New, Stored };
    /// Adds an evidence link; a new one that is not an http/https address is refused (errorString() says why).
    std::optional<Id> addEvidence(const EvidenceRecord &evidence, LinkOrigin origin = LinkOrigin::New);
    bool removeEvidence(Id evidenceId);
    std::optional<QList<EvidenceRecord>> evidence(Id claimId);

    std::optional<ClaimRecord> claim(Id claimId);
    std::optional<QList<ClaimRecord>> forSentence(Id sentenceId, DecisionLayers layers = DecisionLayers::Visible);
    std::optional<QList<ClaimRecord>> forDocument(Id documentId, DecisionLayers layers = DecisionLayers::Visible);
    /// The sentences of a document that carry at least one claim.
    std::optional<QSet<Id>> sentencesWithClaims(Id documentId);

    /// Reads a claim's own fields from a query whose first columns are, in this order, c.id, c.sentence_id,
    /// c.span_start, c.span_end, c.claim_type, c.verdict, c.confidence, c.note, c.reviewer_id (not the times, the
    /// tags or the source).
    static void readFields(const QSqlQuery &query, ClaimRecord &record);
    /// Reads an evidence row from a query whose first columns are, in this order, id, claim_id, url, note,
    /// retrieved_at (of the evidence table); createdAt is the row's created_at as the caller parsed it.
    static EvidenceRecord readEvidence(const QSqlQuery &query, const QDateTime &createdAt);

private:
    /// "AND <condition> " keeping the session's own layer of claims, for DecisionLayers::Own; else nothing.
    QString inLayers(DecisionLayers layers) const;
    std::optional<Id> insertClaim(const ClaimRecord &record, bool keepId);
    /// Writes an evidence link of claimId (not e.claimId) as it is, url included; with keepId, under e's own id and
    /// creation time when it has them (a restore), else as a new link created now.
    std::optional<Id> insertEvidence(Id claimId, const EvidenceRecord &e, bool keepId);
    bool setTags(Id claimId, const QList<Id> &tagIds);
    std::optional<QList<ClaimRecord>> read(QSqlQuery &query);
    bool touch(Id claimId);

    ProjectStore &m_store;

public:
    // ---- Restoring a backup (JsonProjectImporter) ----
    // Each puts back rows exactly as a backup holds them: their own ids and every column, keyed by column name, with
    // the values as stored (text timestamps, enum names); a column left out is NULL. Nothing goes into history. Call
    // inside the restore's transaction.
    /// Columns: id, sentence_id, span_start, span_end, claim_type, verdict, confidence, note, reviewer_id,
    /// created_at, updated_at.
    bool restoreClaimRow(const QVariantMap &row);
    bool restoreClaimTag(Id claimId, Id tagId);
    /// Columns: id, claim_id, url, note, retrieved_at, created_at.
    bool restoreEvidence(const QVariantMap &row);
};

} // namespace Sourcelight
