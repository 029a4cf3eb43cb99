#pragma once

#include "storetypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariantMap>

#include <optional>

class QSqlQuery;

namespace Sourcelight {

class ProjectStore;

/// Sentence → source attributions. A sentence has at most one suggested attribution (the suggester's, replaced
/// whenever suggestions are re-run) and at most one human one (confirmed or edited), which suggestions never touch.
/// The human one, when present, is the one that counts (effective()).
class AttributionTable final
{
    Q_DECLARE_TR_FUNCTIONS(AttributionTable)
    Q_DISABLE_COPY_MOVE(AttributionTable)

public:
    explicit AttributionTable(ProjectStore &store);

    /// Whether the sentences may have suggestions already (Replace), or were just written (None: an import).
    enum class Previous { Replace, None };

    /// Replaces the suggestions of these sentences (suggestions[i] belongs to sentenceIds[i]), creating the sources
    /// they name. Human attributions are left as they are. firstHops, if given, receives each suggestion's first
    /// hop (the source the sentence rests on), or nothing for a suggestion that names no source.
    bool storeSuggestions(const QList<Id> &sentenceIds, const QList<AttributionSuggestion> &suggestions,
        Previous previous = Previous::Replace, QList<std::optional<AttributionHop>> *firstHops = nullptr);
    /// Replaces one sentence's suggestion with record (origin is forced to suggested).
    std::optional<Id> setSuggestion(Id sentenceId, const AttributionRecord &record);

    /// What an edit of the analyst's attribution was made on: none (std::nullopt inside) or that decision. When the
    /// sentence holds another by now (someone else changed it meanwhile), the edit writes nothing and the error is
    /// ProjectStore::Error::Conflict. Compared: origin, hops (sources and their profiles), cue, quote and scope.
    using Expected = std::optional<std::optional<AttributionRecord>>;

    /// Sets the analyst's attribution of a sentence (origin confirmed or edited), replacing an earlier one.
    std::optional<Id> setHumanAttribution(
        Id sentenceId, const AttributionRecord &record, const Expected &expected = {});
    /// Removes the analyst's attribution, so the suggestion counts again (undo of a confirmation or an edit).
    bool removeHumanAttribution(Id sentenceId, const Expected &expected = {});
    /// Whether two attributions are the same decision (what Expected compares), whoever made them and when.
    static bool sameDecision(const std::optional<AttributionRecord> &a, const std::optional<AttributionRecord> &b);

    std::optional<AttributionRecord> attribution(Id attributionId);
    /// The sentence's attributions: the suggestion and/or the human one.
    std::optional<QList<AttributionRecord>> forSentence(Id sentenceId, DecisionLayers layers = DecisionLayers::Visible);
    /// Every attribution of a document's sentences, by sentence ordinal (suggested before human).
    std::optional<QList<AttributionRecord>> forDocument(Id documentId, DecisionLayers layers = DecisionLayers::Visible);
    /// The condition (ProjectStore::ownLayer()) on alias `a` that keeps the suggestions and the session's own layer
    /// of decisions.
    static QString ownLayer(const ProjectStore &store);

    /// The one that counts among a sentence's attributions: the human one if any, else the suggestion.
    static std::optional<AttributionRecord> effective(const QList<AttributionRecord> &sentenceAttributions);
    /// A short text form of an attribution for the history ("hops=3,7 cue=said quote=direct scope=explicit").
    static QString describe(const AttributionRecord &record);

    /// Reads an attribution's own fields from a query whose first columns are, in this order, a.id, a.sentence_id,
    /// a.origin, a.cue_text, a.cue_start, a.cue_end, a.quote_type, a.scope, a.confidence, a.reason, a.reviewer_id
    /// (not the times or the hops).
    static void readFields(const QSqlQuery &query, AttributionRecord &record);
    /// Reads a hop from a query whose columns from first are source_id, mention_start, mention_end, anonymous,
    /// source_count, title, on_record (of attribution_hops).
    static AttributionHop readHop(const QSqlQuery &query, int first);

private:
    /// "AND <condition> " keeping the suggestions and the session's own layer, for DecisionLayers::Own; else nothing.
    QString inLayers(DecisionLayers layers) const;
    std::optional<Id> insert(Id sentenceId, const AttributionRecord &record, AttributionOrigin origin);
    std::optional<AttributionRecord> existing(Id sentenceId, bool human);
    /// The sentence's human attribution, its sentence locked for the transaction; with expected, a Conflict error when
    /// it is another decision than expected and than target (what the edit makes it). Check m_store.error() after.
    std::optional<AttributionRecord> lockedHuman(
        Id sentenceId, const Expected &expected, const std::optional<AttributionRecord> &target);
    /// The id of the source mention names, created if new; cached in m_sourceIds.
    std::optional<Id> cachedSourceId(const SourceMention &mention);
    /// The record storeSuggestions() stores for suggestion, its hops resolved (sources created as needed).
    std::optional<AttributionRecord> suggestedRecord(const AttributionSuggestion &suggestion);
    std::optional<QList<AttributionRecord>> read(QSqlQuery &query, Id documentId = 0);
    bool loadHops(QList<AttributionRecord> &records);
    bool loadDocumentHops(QList<AttributionRecord> &records, Id documentId);

    ProjectStore &m_store;
    /// Source ids by (name, kind) as storeSuggestions() resolved them, for the store's cache generation: an import
    /// stores one article's suggestions per call, and the same few sources recur across a group of articles.
    QHash<QPair<QString, int>, Id> m_sourceIds;
    quint64 m_sourceIdsGeneration = 0;

public:
    // ---- Restoring a backup (JsonProjectImporter) ----
    // Each puts back rows exactly as a backup holds them: their own ids and every column, keyed by column name, with
    // the values as stored (text timestamps, enum names); a column left out is NULL. Nothing goes into history. Call
    // inside the restore's transaction.
    /// Columns: id, sentence_id, origin, cue_text, cue_start, cue_end, quote_type, scope, confidence, reason,
    /// reviewer_id, created_at, updated_at.
    bool restoreAttribution(const QVariantMap &row);
    /// Columns: attribution_id, position, source_id, mention_start, mention_end, anonymous, source_count, title,
    /// on_record.
    bool restoreHop(const QVariantMap &row);
};

} // namespace Sourcelight
