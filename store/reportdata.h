#pragma once

#include "agreement.h"
#include "claimfilter.h"
#include "storetypes.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Sourcelight {

/// Which documents a report covers.
struct ReportScope
{
    /// Empty: the whole project (every current document); otherwise these documents, in this order.
    QList<Id> documentIds;
    /// With the whole project, also the superseded versions of re-imported articles.
    bool includeSuperseded = false;
    /// At most this many documents (previews); 0: all of them.
    int limit = 0;
};

/// What to put in a report.
struct ReportRequest
{
    ReportScope scope;
    ClaimFilter filter; ///< which claims to list; articles are always shown whole
    /// Also every reviewer's own decisions (independent review of a team project): ReportDocument::codings. The
    /// reader gets those the server lets them read.
    bool codings = false;
    /// Also how far the reviewers agree (ReportData::agreement): the reports people read (HTML, PDF, Markdown).
    bool agreement = false;
};

struct ReportReviewer
{
    Id id = 0;
    QString name;
    QDateTime createdAt;
    /// With ReportRequest::codings (a team's backup): the database login mapped to them (empty: none) and their
    /// part ("reviewer", "curator", "admin").
    QString login;
    QString role;
};

/// A source with what the report needs beyond SourceRecord.
struct ReportSource : SourceRecord
{
    QDateTime createdAt;
};

struct ReportClaim
{
    ClaimRecord record;
    QList<EvidenceRecord> evidence;
};

/// One reviewer's own decisions on one document (independent review): their attributions and claims (the first on
/// each sentence, with its tags; evidence is not read).
struct ReportCoding
{
    Id reviewerId = 0;
    QString reviewer;
    bool done = false; ///< they marked the document done
    QList<AttributionRecord> attributions;
    QList<ClaimRecord> claims;
};

/// One article of a report with everything attached to it.
struct ReportDocument
{
    DocumentRecord record;
    QList<SentenceRecord> sentences;       ///< by ordinal
    QList<AttributionRecord> attributions; ///< every one (suggested and human), by sentence
    QList<ReportClaim> claims;             ///< those the filter lets through, by sentence
    QList<ReportCoding> codings;           ///< with ReportRequest::codings: each reviewer's, by name

    /// Builds the lookups below; call after filling the lists.
    void index();
    const SentenceRecord *sentence(Id sentenceId) const;
    /// The attribution that counts for a sentence (the human one if any, else the suggestion).
    const AttributionRecord *effectiveAttribution(Id sentenceId) const;
    QString text(const TextSpan &span) const;
    QString sentenceText(const SentenceRecord &sentence) const { return text(sentence.span); }
    /// The claim's own words: its span, or its whole sentence.
    QString claimText(const ClaimRecord &claim) const;
    /// The claims of one sentence (indexes into claims).
    QList<qsizetype> claimsOf(Id sentenceId) const { return m_claimsBySentence.value(sentenceId); }

private:
    QHash<Id, qsizetype> m_sentenceIndex;
    QHash<Id, qsizetype> m_effective;
    QHash<Id, QList<qsizetype>> m_claimsBySentence;
};

/// How far the reviewers of a team project agree on one field, over their independent codings (ProjectCodings).
struct ReportAgreement
{
    Id documentId = 0; ///< 0: over all the report's documents together
    /// "source", "anonymity", "quoteType", "verdict", "claimType" or "tag:NAME".
    QString field;
    AgreementReport figures;
};

/// The plain report model every export format is written from: no Qt SQL, no store, safe to hand to another
/// thread. ReportBuilder fills it from a ProjectStore.
struct ReportData
{
    QString projectPath;
    QString projectName; ///< the file's base name
    int schemaVersion = 0;
    /// With ReportRequest::codings: the review mode ("shared", "independent").
    QString reviewMode;
    /// When the report was made (injected by tests so the output is stable).
    QDateTime generatedAt;
    ReportRequest request;
    /// True when the report holds the whole project unfiltered (the JSON export is then a full backup).
    bool complete = false;

    QList<ReportDocument> documents;
    QList<ReportSource> sources; ///< every source the report refers to (with their affiliations), by id
    QList<TagRecord> tags;       ///< the whole codebook
    QList<ReportReviewer> reviewers;
    QList<HistoryEntry> history; ///< oldest first
    /// The reviewers' agreement, field by field: over the whole report first, then per document; empty when no
    /// reviewer coded the report's documents independently (or the reader may not see the codings).
    QList<ReportAgreement> agreement;

    void index();
    const ReportSource *source(Id sourceId) const;
    const TagRecord *tag(Id tagId) const;
    const ReportReviewer *reviewer(Id reviewerId) const;
    QString reviewerName(const std::optional<Id> &reviewerId) const;
    qsizetype claimCount() const;
    /// The agreement figures over the document (0: over the whole report), in field order (after index()).
    QList<ReportAgreement> agreementOf(Id documentId) const;

private:
    QHash<Id, qsizetype> m_sources;
    QHash<Id, qsizetype> m_tags;
    QHash<Id, qsizetype> m_reviewers;
    QHash<Id, QList<qsizetype>> m_agreementOf; ///< document (0: the report) → its entries in agreement
};

} // namespace Sourcelight
