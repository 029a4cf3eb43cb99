#pragma once

#include "reportdata.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>
#include <optional>

class QSqlQuery;

namespace Sourcelight {

class ProjectStore;

/// Reads what a report covers out of a ProjectStore into a ReportData (plain structs the writers in reports/
/// format). Runs in the thread that owns the store; an exporter on a worker opens its own store for it.
class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
    Q_DISABLE_COPY_MOVE(ReportBuilder)

public:
    /// Called after each document with (documents done, documents in all); returning false cancels.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    explicit ReportBuilder(ProjectStore &store);

    /// The report for request, or nullopt on a database error, an unknown document id or cancellation
    /// (errorString() says which).
    std::optional<ReportData> build(const ReportRequest &request, const Progress &progress = {});

    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_errorString; }

private:
    class TimeParser;

    std::optional<QList<Id>> documentIds(const ReportScope &scope);
    bool loadEvidence(Id documentId, QHash<Id, QList<EvidenceRecord>> &evidence);
    /// Sentences, attributions with their hops, claims with tags and evidence of every document at once: one
    /// pass over each table instead of one query per document (a whole-project export of 10,000 documents).
    bool loadEverything(QHash<Id, ReportDocument> &documents);
    // The steps of loadEverything(), one table each.
    bool loadAllSentences(QHash<Id, ReportDocument> &documents);
    std::optional<QHash<Id, QList<AttributionHop>>> loadAllHops();
    bool loadAllAttributions(
        QHash<Id, ReportDocument> &documents, const QHash<Id, QList<AttributionHop>> &hopsOf, TimeParser &parseTime);
    std::optional<QHash<Id, QList<Id>>> loadAllClaimTags();
    std::optional<QHash<Id, QList<EvidenceRecord>>> loadAllEvidence(TimeParser &parseTime);
    bool loadAllClaims(QHash<Id, ReportDocument> &documents, const QHash<Id, QList<Id>> &tagsOf,
        const QHash<Id, QList<EvidenceRecord>> &evidenceOf, TimeParser &parseTime);
    /// Runs query and calls add(document) on each row whose document (the id in column documentColumn) is one of
    /// documents; rows of other documents are passed over.
    bool addToDocuments(QSqlQuery &query, int documentColumn, QHash<Id, ReportDocument> &documents,
        const std::function<void(ReportDocument &document)> &add);
    /// Fills document.record; false (errorString() set) when there is no such document or the read fails.
    bool loadDocumentRecord(Id id, ReportDocument &document);
    /// One document's sentences, attributions and claims with their evidence, read document by document.
    bool loadDocumentContents(Id id, ReportDocument &document, QList<ReportClaim> &claims);
    /// Appends the documents ids names to data with the claims the loaded filter lets through (passes()),
    /// reporting progress; adds the sources their attributions refer to to usedSources. False (errorString()
    /// set) on error or cancellation.
    bool loadDocuments(const QList<Id> &ids, const Progress &progress, ReportData &data, QSet<Id> &usedSources);
    /// Appends the report's sources to data: all of them for a full export, else the used ones and their
    /// affiliations.
    bool loadSources(
        const ReportRequest &request, const QList<SourceRecord> &allSources, QSet<Id> usedSources, ReportData &data);
    bool loadReviewers(ReportData &data);
    bool loadHistory(ReportData &data);
    /// The report's documents someone coded independently (or marked done), of those the reader may read codings
    /// of; nullopt on a database error.
    std::optional<QList<Id>> codedDocuments(const ReportData &data);
    /// The reviewers' agreement over the report's documents, and per document (ProjectCodings).
    bool loadAgreement(ReportData &data);
    /// Each reviewer's own decisions on each of the report's documents (ReportRequest::codings).
    bool loadCodings(ReportData &data);
    /// Reads which claims filter lets through (ProjectQueries, as the Claims dock); passes() then answers.
    bool loadFilter(const ClaimFilter &filter);
    bool passes(Id claimId) const { return !m_filtered || m_passing.contains(claimId); }
    bool fail();

    ProjectStore &m_store;
    bool m_cancelled = false;
    bool m_filtered = false;
    QSet<Id> m_passing;
    QString m_errorString;
};

} // namespace Sourcelight
