#pragma once

#include "attributiontypes.h"
#include "documentmetadata.h"
#include "language.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Sourcelight {

/// Database id of a stored row (documents, sentences, sources, attributions, claims, tags, evidence, history).
using Id = qint64;

/// Who made an attribution: the suggester, or an analyst who accepted (confirmed) or changed (edited) it.
enum class AttributionOrigin {
    Suggested,
    Confirmed,
    Edited,
};

/// Which of a document's decisions a read returns (AttributionTable::forDocument(), ClaimTable::forDocument()).
enum class DecisionLayers {
    Visible, ///< every one the session may see: all layers while reading codings, or for a superuser
    Own,     ///< the session's own layer only (ProjectStore::ownLayer()): what a report of the decisions shows
};

/// What kind of statement a claim is.
enum class ClaimType {
    Fact,
    Statistic,
    Forecast,
    Opinion,
    Quote,
    Other,
};

/// The analyst's finding about a claim.
enum class Verdict {
    Unverified,
    Supported,
    Disputed,
    Misleading,
    False,
    Unverifiable,
};

/// Parses a stored timestamp ("2026-11-25T18:57:27.123Z", as ProjectStore::timestamp() writes them) without the
/// general ISO 8601 parser, which dominated reading long documents; other forms fall back to it.
QDateTime timestampFromString(const QString &text);

/// Stable lower-case names, as stored in the project and used by the CLI and exports.
QString toString(AttributionOrigin origin);
QString toString(ClaimType type);
QString toString(Verdict verdict);
std::optional<AttributionOrigin> originFromString(const QString &name);
std::optional<ClaimType> claimTypeFromString(const QString &name);
std::optional<Verdict> verdictFromString(const QString &name);

/// A stored document (article).
struct DocumentRecord
{
    Id id = 0;
    DocumentMetadata metadata;
    QString body;
    QString contentHash;
    QString sourceFile; ///< the file it was imported from; empty for pasted text
    QString encoding;   ///< how the file was decoded ("UTF-8", "windows-1251"…)
    QDateTime importedAt;
    std::optional<Id> supersededBy; ///< set when an edited version was imported after it
};

/// One row of the library: a document without its text.
/// How far a document is reviewed: its sentences, and those with a confirmed or edited attribution.
struct DocumentCounts
{
    qint64 sentences = 0;
    qint64 reviewed = 0;

    friend bool operator==(const DocumentCounts &, const DocumentCounts &) = default;
};

/// A library row.
struct DocumentSummary
{
    Id id = 0;
    DocumentMetadata metadata;
    QDateTime importedAt;
};

struct SentenceRecord
{
    Id id = 0;
    Id documentId = 0;
    int ordinal = 0;
    TextSpan span;
};

struct SourceRecord
{
    Id id = 0;
    QString name;
    SourceKind kind = SourceKind::Person;
    QString description;
    QString colour;             ///< "#rrggbb" or empty for the palette's choice
    std::optional<Id> parentId; ///< affiliation: Kirby → the White House NSC
    QStringList aliases;
};

/// One link of an attribution chain with the profile of that mention.
struct AttributionHop
{
    Id sourceId = 0;
    TextSpan mention; ///< where the sentence names it (document offsets); invalid if it does not
    bool anonymous = false;
    SourceCount count = SourceCount::Unspecified;
    QString title;
    bool onRecord = true;

    friend bool operator==(const AttributionHop &, const AttributionHop &) = default;
};

/// A sentence → source link. hops[0] is the source the claim rests on, hops[1…] the conduits nearest to the
/// reader first; no hops means the article's own voice with no known author.
struct AttributionRecord
{
    Id id = 0;
    Id sentenceId = 0;
    AttributionOrigin origin = AttributionOrigin::Suggested;
    QList<AttributionHop> hops;
    QString cueText;
    TextSpan cue;
    QuoteType quote = QuoteType::None;
    AttributionScope scope = AttributionScope::Author;
    double confidence = 0.0;
    QString reason;
    std::optional<Id> reviewerId;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// A reviewed statement: a whole sentence (span invalid) or a span of it.
struct ClaimRecord
{
    Id id = 0;
    Id sentenceId = 0;
    TextSpan span;
    ClaimType type = ClaimType::Fact;
    Verdict verdict = Verdict::Unverified;
    std::optional<double> confidence;
    QString note;
    std::optional<Id> reviewerId;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<Id> tagIds;
    /// The source the sentence rests on (the first hop of its effective attribution) and whether that mention is
    /// anonymous: the copy the store keeps in claims.source_id for the Claims filter. Written by addClaims() when
    /// the caller knows it (an import, from the suggestions it has just stored); the store works it out otherwise,
    /// and checks a given one before the write commits.
    std::optional<Id> sourceId;
    bool sourceAnonymous = false;
};

/// A codebook entry.
struct TagRecord
{
    Id id = 0;
    QString name;
    QString colour;
    QString shortcut; ///< QKeySequence::toString(PortableText) form
    QString description;

    friend bool operator==(const TagRecord &, const TagRecord &) = default;
};

struct EvidenceRecord
{
    Id id = 0;
    Id claimId = 0;
    QString url;
    QString note;
    QString retrievedAt; ///< as the analyst gave it, ideally ISO 8601
    QDateTime createdAt;
};

/// One line of the audit trail. Old is empty for creations, new for removals.
struct HistoryEntry
{
    Id id = 0;
    std::optional<Id> reviewerId;
    QString reviewerName;
    QDateTime changedAt;
    QString entity; ///< table name: "claims", "sources", …
    Id entityId = 0;
    QString field;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
};

} // namespace Sourcelight
