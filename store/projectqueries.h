#pragma once

#include "claimfilter.h"
#include "storetypes.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace Sourcelight {

class ProjectStore;

/// What the Claims dock lists: the claims its filter lets through, in an order.
struct ClaimQuery
{
    ClaimFilter filter;

    enum class Order { Document, Source, Verdict, Type, Reviewer, Updated };
    Order order = Order::Document;
    bool descending = false;

    friend bool operator==(const ClaimQuery &, const ClaimQuery &) = default;
};

/// One row of the Claims dock.
struct ClaimRow
{
    Id claimId = 0;
    Id sentenceId = 0;
    Id documentId = 0;
    QString documentTitle;
    TextSpan sentenceSpan; ///< the claim's own words: its span, or its whole sentence
    QString sentenceText;  ///< those words
    Id sourceId = 0;
    QString sourceName;
    std::optional<SourceKind> sourceKind;
    bool anonymous = false;
    QStringList via;
    QString cue;
    Verdict verdict = Verdict::Unverified;
    ClaimType type = ClaimType::Fact;
    QString note;
    QString reviewer;
    QDateTime updatedAt;
};

/// Read-side queries behind the item models and undo commands that go across tables (the per-table reads and
/// writes are in the table classes). Large results are paged, so a project of 500,000 sentences stays fast.
namespace ProjectQueries {

/// Number of sentences whose effective attribution (human, else suggested) rests on each source.
std::optional<QHash<Id, qint64>> effectiveSourceCounts(ProjectStore &store);

/// Every attribution (suggested or human) that names the source anywhere in its chain, with its sentence.
std::optional<QList<std::pair<Id, AttributionRecord>>> attributionsNamingSource(ProjectStore &store, Id sourceId);

/// Sources whose affiliation (parent) is sourceId.
std::optional<QList<Id>> affiliatesOf(ProjectStore &store, Id sourceId);

/// The ids of the claims filter lets through (what a report lists).
std::optional<QSet<Id>> claimIds(ProjectStore &store, const ClaimFilter &filter);
/// How many claims match.
std::optional<qint64> countClaims(ProjectStore &store, const ClaimFilter &filter);
/// One page of matching claims, in the query's order.
std::optional<QList<ClaimRow>> claimRows(ProjectStore &store, const ClaimQuery &query, qint64 offset, int limit);
/// The row of one claim (after an edit), or nullopt on error; a claim that no longer exists gives claimId 0.
std::optional<ClaimRow> claimRow(ProjectStore &store, Id claimId);

/// Every reviewer's name by id.
std::optional<QHash<Id, QString>> reviewerNames(ProjectStore &store);

/// Reviewer names that appear on claims, sorted.
std::optional<QStringList> claimReviewers(ProjectStore &store);

} // namespace ProjectQueries

} // namespace Sourcelight
