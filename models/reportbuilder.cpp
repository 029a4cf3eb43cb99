#include "reportbuilder.h"

#include "attributiontable.h"
#include "claimtable.h"
#include "codebook.h"
#include "documenttable.h"
#include "projectstore.h"
#include "sourcetable.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

namespace Sourcelight {

namespace {

QDateTime readTime(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

ReportBuilder::ReportBuilder(ProjectStore &store)
    : m_store(store)
{
}

bool ReportBuilder::fail()
{
    m_errorString = m_store.errorString();
    return false;
}

bool ReportBuilder::accepts(const ReportFilter &filter, const ClaimRecord &claim, const AttributionRecord *attribution,
    const QHash<Id, SourceKind> &sourceKinds)
{
    if (filter.onlyVerified && claim.verdict == Verdict::Unverified) {
        return false;
    }
    if (filter.verdict && claim.verdict != *filter.verdict) {
        return false;
    }
    if (filter.claimType && claim.type != *filter.claimType) {
        return false;
    }
    const AttributionHop *source = attribution && !attribution->hops.isEmpty() ? &attribution->hops.first() : nullptr;
    if (filter.sourceId && (!source || source->sourceId != *filter.sourceId)) {
        return false;
    }
    if (filter.onlyAnonymous) {
        const bool anonymous = source
            && (source->anonymous || sourceKinds.value(source->sourceId, SourceKind::Person) == SourceKind::Anonymous);
        if (!anonymous) {
            return false;
        }
    }
    return true;
}

std::optional<QList<Id>> ReportBuilder::documentIds(const ReportScope &scope)
{
    if (!scope.documentIds.isEmpty()) {
        return scope.documentIds;
    }
    QSqlQuery &select = m_store.prepared(scope.includeSuperseded
            ? QStringLiteral("SELECT id FROM documents ORDER BY id")
            : QStringLiteral("SELECT id FROM documents WHERE superseded_by IS NULL ORDER BY id"));
    if (!m_store.exec(select)) {
        return std::nullopt;
    }
    QList<Id> ids;
    while (select.next()) {
        ids.append(select.value(0).toLongLong());
    }
    select.finish();
    return ids;
}

bool ReportBuilder::loadEvidence(Id documentId, QHash<Id, QList<EvidenceRecord>> &evidence)
{
    // One query per document rather than one per claim: exports of large projects stay fast.
    QSqlQuery &select = m_store.prepared(QStringLiteral(
        "SELECT e.id, e.claim_id, e.url, e.note, e.retrieved_at, e.created_at FROM evidence e "
        "JOIN claims c ON c.id = e.claim_id JOIN sentences s ON s.id = c.sentence_id WHERE s.document_id = :d "
        "ORDER BY e.id"));
    select.bindValue(QStringLiteral(":d"), documentId);
    if (!m_store.exec(select)) {
        return false;
    }
    while (select.next()) {
        EvidenceRecord e;
        e.id = select.value(0).toLongLong();
        e.claimId = select.value(1).toLongLong();
        e.url = select.value(2).toString();
        e.note = select.value(3).toString();
        e.retrievedAt = select.value(4).toString();
        e.createdAt = readTime(select.value(5));
        evidence[e.claimId].append(e);
    }
    select.finish();
    return true;
}

bool ReportBuilder::loadReviewers(ReportData &data)
{
    QSqlQuery &select = m_store.prepared(QStringLiteral("SELECT id, name, created_at FROM reviewers ORDER BY id"));
    if (!m_store.exec(select)) {
        return false;
    }
    while (select.next()) {
        data.reviewers.append({select.value(0).toLongLong(), select.value(1).toString(), readTime(select.value(2))});
    }
    select.finish();
    return true;
}

bool ReportBuilder::loadHistory(ReportData &data)
{
    QSqlQuery &select = m_store.prepared(QStringLiteral(
        "SELECT h.id, h.reviewer_id, r.name, h.changed_at, h.entity, h.entity_id, h.field, h.old_value, h.new_value "
        "FROM history h LEFT JOIN reviewers r ON r.id = h.reviewer_id ORDER BY h.id"));
    if (!m_store.exec(select)) {
        return false;
    }
    // A partial report keeps only the lines about what it contains.
    QSet<Id> documents, sentences, claims, evidence, sources;
    if (!data.complete) {
        for (const ReportDocument &d : std::as_const(data.documents)) {
            documents.insert(d.record.id);
            for (const SentenceRecord &s : d.sentences) {
                sentences.insert(s.id);
            }
            for (const ReportClaim &c : d.claims) {
                claims.insert(c.record.id);
                for (const EvidenceRecord &e : c.evidence) {
                    evidence.insert(e.id);
                }
            }
        }
        for (const ReportSource &s : std::as_const(data.sources)) {
            sources.insert(s.id);
        }
    }
    const auto wanted = [&](const QString &entity, Id id) {
        if (data.complete || entity == QLatin1String("tags")) {
            return true;
        }
        if (entity == QLatin1String("documents")) {
            return documents.contains(id);
        }
        if (entity == QLatin1String("sentences")) {
            return sentences.contains(id);
        }
        if (entity == QLatin1String("claims")) {
            return claims.contains(id);
        }
        if (entity == QLatin1String("evidence")) {
            return evidence.contains(id);
        }
        if (entity == QLatin1String("sources")) {
            return sources.contains(id);
        }
        return false;
    };
    while (select.next()) {
        HistoryEntry entry;
        entry.id = select.value(0).toLongLong();
        if (!select.isNull(1)) {
            entry.reviewerId = select.value(1).toLongLong();
        }
        entry.reviewerName = select.value(2).toString();
        entry.changedAt = readTime(select.value(3));
        entry.entity = select.value(4).toString();
        entry.entityId = select.value(5).toLongLong();
        entry.field = select.value(6).toString();
        if (!select.isNull(7)) {
            entry.oldValue = select.value(7).toString();
        }
        if (!select.isNull(8)) {
            entry.newValue = select.value(8).toString();
        }
        if (wanted(entry.entity, entry.entityId)) {
            data.history.append(entry);
        }
    }
    select.finish();
    return true;
}

std::optional<ReportData> ReportBuilder::build(const ReportRequest &request, const Progress &progress)
{
    m_cancelled = false;
    m_errorString.clear();
    ReportData data;
    data.projectPath = m_store.path();
    data.projectName = QFileInfo(m_store.path()).completeBaseName();
    data.schemaVersion = m_store.schemaVersion();
    data.generatedAt = QDateTime::currentDateTimeUtc();
    data.request = request;
    data.complete = request.scope.documentIds.isEmpty() && request.scope.includeSuperseded && request.scope.limit <= 0
        && request.filter.isEmpty();

    std::optional<QList<Id>> ids = documentIds(request.scope);
    if (ids && request.scope.limit > 0 && ids->size() > request.scope.limit) {
        ids->resize(request.scope.limit);
    }
    const std::optional<QList<SourceRecord>> allSources = m_store.sources().sources();
    const std::optional<QList<TagRecord>> tags = m_store.codebook().tags();
    if (!ids || !allSources || !tags || !loadReviewers(data)) {
        fail();
        return std::nullopt;
    }
    data.tags = *tags;
    std::sort(data.tags.begin(), data.tags.end(), [](const TagRecord &a, const TagRecord &b) { return a.id < b.id; });

    QHash<Id, SourceKind> kinds;
    QHash<Id, qsizetype> sourceIndex;
    for (qsizetype i = 0; i < allSources->size(); ++i) {
        kinds.insert(allSources->at(i).id, allSources->at(i).kind);
        sourceIndex.insert(allSources->at(i).id, i);
    }

    QSet<Id> usedSources;
    data.documents.reserve(ids->size());
    for (qsizetype i = 0; i < ids->size(); ++i) {
        const Id id = ids->at(i);
        ReportDocument document;
        const std::optional<DocumentRecord> record = m_store.documents().document(id);
        if (!record) {
            if (m_store.error() == ProjectStore::Error::None
                || m_store.error() == ProjectStore::Error::InvalidArgument) {
                m_errorString = tr("There is no document %1 in the project.").arg(id);
            } else {
                fail();
            }
            return std::nullopt;
        }
        document.record = *record;
        const std::optional<QList<SentenceRecord>> sentences = m_store.documents().sentences(id);
        const std::optional<QList<AttributionRecord>> attributions = m_store.attributions().forDocument(id);
        const std::optional<QList<ClaimRecord>> claims = m_store.claims().forDocument(id);
        QHash<Id, QList<EvidenceRecord>> evidence;
        if (!sentences || !attributions || !claims || !loadEvidence(id, evidence)) {
            fail();
            return std::nullopt;
        }
        document.sentences = *sentences;
        document.attributions = *attributions;
        document.index();
        for (const ClaimRecord &claim : *claims) {
            if (accepts(request.filter, claim, document.effectiveAttribution(claim.sentenceId), kinds)) {
                document.claims.append({claim, evidence.value(claim.id)});
            }
        }
        document.index();
        for (const AttributionRecord &a : std::as_const(document.attributions)) {
            for (const AttributionHop &hop : a.hops) {
                usedSources.insert(hop.sourceId);
            }
        }
        data.documents.append(std::move(document));
        if (progress && !progress(i + 1, ids->size())) {
            m_cancelled = true;
            m_errorString = tr("The export was cancelled.");
            return std::nullopt;
        }
    }

    // Sources: all of them for a full export, else the ones referred to and their affiliations.
    QHash<Id, QDateTime> created;
    {
        QSqlQuery &select = m_store.prepared(QStringLiteral("SELECT id, created_at FROM sources"));
        if (!m_store.exec(select)) {
            fail();
            return std::nullopt;
        }
        while (select.next()) {
            created.insert(select.value(0).toLongLong(), readTime(select.value(1)));
        }
        select.finish();
    }
    if (request.filter.sourceId) {
        usedSources.insert(*request.filter.sourceId);
    }
    QList<Id> pending(usedSources.cbegin(), usedSources.cend());
    while (!pending.isEmpty()) {
        const Id id = pending.takeLast();
        const auto it = sourceIndex.constFind(id);
        if (it != sourceIndex.cend() && allSources->at(*it).parentId
            && !usedSources.contains(*allSources->at(*it).parentId)) {
            usedSources.insert(*allSources->at(*it).parentId);
            pending.append(*allSources->at(*it).parentId);
        }
    }
    const bool allOfThem = request.scope.documentIds.isEmpty() && request.filter.isEmpty();
    for (const SourceRecord &s : *allSources) {
        if (allOfThem || usedSources.contains(s.id)) {
            ReportSource source;
            static_cast<SourceRecord &>(source) = s;
            source.createdAt = created.value(s.id);
            data.sources.append(source);
        }
    }
    std::sort(data.sources.begin(), data.sources.end(),
        [](const ReportSource &a, const ReportSource &b) { return a.id < b.id; });

    if (!loadHistory(data)) {
        fail();
        return std::nullopt;
    }
    data.index();
    return data;
}

} // namespace Sourcelight
