#pragma once

#include <Qt>

namespace Sourcelight {

/// Every custom item-data role of Sourcelight's item models, in one place.
enum ItemRole {
    IdRole = Qt::UserRole + 1, ///< Id of the row's record (document, sentence, source, claim)
    KindRole,                  ///< SourceKind (int) for sources and kind groups
    SpanStartRole,             ///< sentence start, UTF-16 offset into the document
    SpanEndRole,
    SourceIdRole, ///< Id of the source the sentence rests on (effective attribution, hop 0), 0 if none
    SourceNameRole,
    SourceKindRole,   ///< SourceKind (int), -1 when none
    SourceColourRole, ///< QColor of that source
    AnonymousRole,    ///< bool: the source is anonymous
    ViaRole,          ///< QStringList: conduit names, nearest to the reader first
    CueTextRole,
    CueStartRole,             ///< qint64: the stored cue's start, UTF-16 offset into the sentence; -1 if none
    CueEndRole,               ///< qint64: its end (exclusive); -1 if none
    QuoteTypeRole,            ///< QuoteType (int)
    ScopeRole,                ///< AttributionScope (int)
    OriginRole,               ///< AttributionOrigin (int) of the effective attribution
    HasHumanAttributionRole,  ///< bool: confirmed or edited (the sentence is reviewed)
    ConfidenceRole,           ///< double 0–1
    ReasonRole,               ///< the suggester's one-line reason
    SuggestionSourceNameRole, ///< the suggestion's source, shown beside Accept
    SuggestionViaRole,        ///< QStringList
    HasClaimRole,             ///< bool
    ClaimIdRole,
    VerdictRole,   ///< Verdict (int)
    ClaimTypeRole, ///< ClaimType (int)
    NoteRole,
    TagIdsRole,         ///< QList<Id> as QVariantList
    ReviewerRole,       ///< reviewer name
    UpdatedAtRole,      ///< QDateTime of the last change
    ReviewedShareRole,  ///< double 0–1, documents
    SentenceCountRole,  ///< qint64, documents
    ClaimCountRole,     ///< qint64, sources
    DocumentIdRole,     ///< claims: the document of the claim's sentence
    SentenceIdRole,     ///< claims: the claim's sentence
    ToolTipTextRole,    ///< sentences: source, via chain, cue and verdict as the hover text
    ClaimSpanStartRole, ///< sentences: qint64, where the claim's own words start (document offset); -1: the sentence
    ClaimSpanEndRole,   ///< sentences: qint64, where they end (exclusive); -1: the sentence
    ClaimTextRole,      ///< sentences: the claim's own words (its span, or the whole sentence)
};

} // namespace Sourcelight
