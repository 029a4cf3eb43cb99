#pragma once

#include "reportdata.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>
#include <optional>

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
    std::optional<QList<Id>> documentIds(const ReportScope &scope);
    bool loadEvidence(Id documentId, QHash<Id, QList<EvidenceRecord>> &evidence);
    /// Sentences, attributions with their hops, claims with tags and evidence of every document at once: one
    /// pass over each table instead of one query per document (a whole-project export of 10,000 documents).
    bool loadEverything(QHash<Id, ReportDocument> &documents);
    bool loadReviewers(ReportData &data);
    bool loadHistory(ReportData &data);
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
