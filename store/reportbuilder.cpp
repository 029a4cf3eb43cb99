#include "reportbuilder.h"

#include "projectcodings.h"
#include "reviewteam.h"

#include "attributiontable.h"
#include "claimtable.h"
#include "codebook.h"
#include "documenttable.h"
#include "projectqueries.h"
#include "projectstore.h"
#include "serveraddress.h"
#include "sourcetable.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>

namespace Sourcelight {

namespace {

QDateTime readTime(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

/// Documents with more than this many in the report are read table by table rather than document by document.
constexpr qsizetype BulkThreshold = 50;

/// Adds to used the affiliations (parents, their parents and so on) of the sources already in it.
void addAffiliations(const QList<SourceRecord> &allSources, QSet<Id> &used)
{
    QHash<Id, qsizetype> sourceIndex;
    for (qsizetype i = 0; i < allSources.size(); ++i) {
        sourceIndex.insert(allSources.at(i).id, i);
    }
    QList<Id> pending(used.cbegin(), used.cend());
    while (!pending.isEmpty()) {
        const Id id = pending.takeLast();
        const auto it = sourceIndex.constFind(id);
        if (it != sourceIndex.cend() && allSources.at(*it).parentId && !used.contains(*allSources.at(*it).parentId)) {
            used.insert(*allSources.at(*it).parentId);
            pending.append(*allSources.at(*it).parentId);
        }
    }
}

} // namespace

/// Parses stored times, remembering the last few: rows written together (an import's suggestions) share their
/// timestamps, and parsing is most of the cost of reading a large project.
class ReportBuilder::TimeParser
{
public:
    QDateTime operator()(const QVariant &value)
    {
        const QString text = value.toString();
        const auto it = m_cache.constFind(text);
        if (it != m_cache.cend()) {
            return *it;
        }
        if (m_cache.size() > 4096) {
            m_cache.clear();
        }
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        m_cache.insert(text, time);
        return time;
    }

private:
    QHash<QString, QDateTime> m_cache;
};

ReportBuilder::ReportBuilder(ProjectStore &store)
    : m_store(store)
{
}

bool ReportBuilder::fail()
{
    m_errorString = m_store.errorString();
    return false;
}

bool ReportBuilder::loadFilter(const ClaimFilter &filter)
{
    m_filtered = !filter.isEmpty();
    m_passing.clear();
    if (!m_filtered) {
        return true;
    }
    std::optional<QSet<Id>> ids = ProjectQueries::claimIds(m_store, filter);
    if (!ids) {
        return false;
    }
    m_passing = std::move(*ids);
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
    return m_store.selectIds(select);
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
        const EvidenceRecord e = ClaimTable::readEvidence(select, readTime(select.value(5)));
        evidence[e.claimId].append(e);
    }
    select.finish();
    return true;
}

bool ReportBuilder::loadReviewers(ReportData &data)
{
    // A team's backup (codings asked for) also says who logs in as whom, with which part, and the review mode: a
    // report for anyone else does not name the database's logins.
    const bool team = data.request.codings && m_store.schemaVersion() >= ProjectStore::TeamSchemaVersion;
    QSqlQuery &select
        = m_store.prepared(team ? QStringLiteral("SELECT id, name, created_at, login, role FROM reviewers ORDER BY id")
                                : QStringLiteral("SELECT id, name, created_at FROM reviewers ORDER BY id"));
    if (!m_store.exec(select)) {
        return false;
    }
    while (select.next()) {
        ReportReviewer reviewer;
        reviewer.id = select.value(0).toLongLong();
        reviewer.name = select.value(1).toString();
        reviewer.createdAt = readTime(select.value(2));
        if (team) {
            reviewer.login = select.value(3).toString();
            reviewer.role = select.value(4).toString();
        }
        data.reviewers.append(reviewer);
    }
    select.finish();
    if (team) {
        const std::optional<ReviewTeam::Mode> mode = ReviewTeam::mode(m_store);
        if (!mode) {
            return false;
        }
        data.reviewMode = ReviewTeam::toString(*mode);
    }
    return true;
}

bool ReportBuilder::loadHistory(ReportData &data)
{
    // The shared lines and the session's own layer's, as for the decisions (ProjectStore::ownLayer()).
    QSqlQuery &select = m_store.prepared(
        QStringLiteral("SELECT h.id, h.reviewer_id, r.name, h.changed_at, h.entity, h.entity_id, h.field, h.old_value, "
                       "h.new_value "
                       "FROM history h LEFT JOIN reviewers r ON r.id = h.reviewer_id WHERE (h.coder_id IS NULL OR ")
        + m_store.ownLayer(QStringLiteral("h")) + QStringLiteral(") ORDER BY h.id"));
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
        entry.reviewerId = ProjectStore::readOptionalId(select, 1);
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

bool ReportBuilder::loadAllSentences(QHash<Id, ReportDocument> &documents)
{
    QSqlQuery &sentences = m_store.prepared(QStringLiteral(
        "SELECT id, document_id, ordinal, start_offset, end_offset FROM sentences ORDER BY document_id, ordinal"));
    if (!m_store.exec(sentences)) {
        return false;
    }
    QHash<Id, Id> documentOf;
    while (sentences.next()) {
        const SentenceRecord s = DocumentTable::readSentence(sentences);
        documentOf.insert(s.id, s.documentId);
        const auto it = documents.find(s.documentId);
        if (it != documents.end()) {
            it->sentences.append(s);
        }
    }
    sentences.finish();
    return true;
}

std::optional<QHash<Id, QList<AttributionHop>>> ReportBuilder::loadAllHops()
{
    QSqlQuery &hops = m_store.prepared(QStringLiteral(
        "SELECT attribution_id, source_id, mention_start, mention_end, anonymous, source_count, title, on_record "
        "FROM attribution_hops ORDER BY attribution_id, position"));
    if (!m_store.exec(hops)) {
        return std::nullopt;
    }
    QHash<Id, QList<AttributionHop>> hopsOf;
    while (hops.next()) {
        hopsOf[hops.value(0).toLongLong()].append(AttributionTable::readHop(hops, 1));
    }
    hops.finish();
    return hopsOf;
}

bool ReportBuilder::loadAllAttributions(
    QHash<Id, ReportDocument> &documents, const QHash<Id, QList<AttributionHop>> &hopsOf, TimeParser &parseTime)
{
    // Ordered as AttributionTable::forDocument orders them: by sentence, the suggestion before the human one.
    QSqlQuery &attributions = m_store.prepared(
        QStringLiteral(
            "SELECT a.id, a.sentence_id, a.origin, a.cue_text, a.cue_start, a.cue_end, a.quote_type, a.scope, "
            "a.confidence, a.reason, a.reviewer_id, a.created_at, a.updated_at, s.document_id FROM attributions a "
            "JOIN sentences s ON s.id = a.sentence_id WHERE ")
        + AttributionTable::ownLayer(m_store)
        + QStringLiteral(" ORDER BY s.document_id, s.ordinal, a.origin <> 'suggested', a.id"));
    return addToDocuments(attributions, 13, documents, [&](ReportDocument &document) {
        AttributionRecord r;
        AttributionTable::readFields(attributions, r);
        r.createdAt = parseTime(attributions.value(11));
        r.updatedAt = parseTime(attributions.value(12));
        r.hops = hopsOf.value(r.id);
        document.attributions.append(r);
    });
}

std::optional<QHash<Id, QList<Id>>> ReportBuilder::loadAllClaimTags()
{
    QSqlQuery &tags
        = m_store.prepared(QStringLiteral("SELECT claim_id, tag_id FROM claim_tags ORDER BY claim_id, tag_id"));
    if (!m_store.exec(tags)) {
        return std::nullopt;
    }
    QHash<Id, QList<Id>> tagsOf;
    while (tags.next()) {
        tagsOf[tags.value(0).toLongLong()].append(tags.value(1).toLongLong());
    }
    tags.finish();
    return tagsOf;
}

std::optional<QHash<Id, QList<EvidenceRecord>>> ReportBuilder::loadAllEvidence(TimeParser &parseTime)
{
    QSqlQuery &evidence = m_store.prepared(
        QStringLiteral("SELECT id, claim_id, url, note, retrieved_at, created_at FROM evidence ORDER BY id"));
    if (!m_store.exec(evidence)) {
        return std::nullopt;
    }
    QHash<Id, QList<EvidenceRecord>> evidenceOf;
    while (evidence.next()) {
        const EvidenceRecord e = ClaimTable::readEvidence(evidence, parseTime(evidence.value(5)));
        evidenceOf[e.claimId].append(e);
    }
    evidence.finish();
    return evidenceOf;
}

bool ReportBuilder::loadAllClaims(QHash<Id, ReportDocument> &documents, const QHash<Id, QList<Id>> &tagsOf,
    const QHash<Id, QList<EvidenceRecord>> &evidenceOf, TimeParser &parseTime)
{
    // Ordered as ClaimTable::forDocument orders them: by sentence, then id.
    QSqlQuery &claims = m_store.prepared(
        QStringLiteral(
            "SELECT c.id, c.sentence_id, c.span_start, c.span_end, c.claim_type, c.verdict, c.confidence, c.note, "
            "c.reviewer_id, c.created_at, c.updated_at, s.document_id FROM claims c JOIN sentences s ON s.id = "
            "c.sentence_id WHERE ")
        + m_store.ownLayer(QStringLiteral("c")) + QStringLiteral(" ORDER BY s.document_id, s.ordinal, c.id"));
    return addToDocuments(claims, 11, documents, [&](ReportDocument &document) {
        ClaimRecord c;
        ClaimTable::readFields(claims, c);
        c.createdAt = parseTime(claims.value(9));
        c.updatedAt = parseTime(claims.value(10));
        c.tagIds = tagsOf.value(c.id);
        document.claims.append({c, evidenceOf.value(c.id)});
    });
}

bool ReportBuilder::addToDocuments(QSqlQuery &query, int documentColumn, QHash<Id, ReportDocument> &documents,
    const std::function<void(ReportDocument &document)> &add)
{
    if (!m_store.exec(query)) {
        return false;
    }
    while (query.next()) {
        const auto it = documents.find(query.value(documentColumn).toLongLong());
        if (it != documents.end()) {
            add(*it);
        }
    }
    query.finish();
    return true;
}

bool ReportBuilder::loadEverything(QHash<Id, ReportDocument> &documents)
{
    TimeParser parseTime;
    if (!loadAllSentences(documents)) {
        return false;
    }
    const std::optional<QHash<Id, QList<AttributionHop>>> hopsOf = loadAllHops();
    if (!hopsOf || !loadAllAttributions(documents, *hopsOf, parseTime)) {
        return false;
    }
    const std::optional<QHash<Id, QList<Id>>> tagsOf = loadAllClaimTags();
    if (!tagsOf) {
        return false;
    }
    const std::optional<QHash<Id, QList<EvidenceRecord>>> evidenceOf = loadAllEvidence(parseTime);
    return evidenceOf && loadAllClaims(documents, *tagsOf, *evidenceOf, parseTime);
}

bool ReportBuilder::loadDocumentRecord(Id id, ReportDocument &document)
{
    const std::optional<DocumentRecord> record = m_store.documents().document(id);
    if (!record) {
        if (m_store.error() == ProjectStore::Error::None || m_store.error() == ProjectStore::Error::InvalidArgument) {
            m_errorString = tr("There is no document %1 in the project.").arg(id);
        } else {
            fail();
        }
        return false;
    }
    document.record = *record;
    return true;
}

bool ReportBuilder::loadDocumentContents(Id id, ReportDocument &document, QList<ReportClaim> &claims)
{
    const std::optional<QList<SentenceRecord>> sentences = m_store.documents().sentences(id);
    // The final decisions (or an independent reviewer's own), also for a login row-level security does not bind.
    const std::optional<QList<AttributionRecord>> attributions
        = m_store.attributions().forDocument(id, DecisionLayers::Own);
    const std::optional<QList<ClaimRecord>> records = m_store.claims().forDocument(id, DecisionLayers::Own);
    QHash<Id, QList<EvidenceRecord>> evidence;
    if (!sentences || !attributions || !records || !loadEvidence(id, evidence)) {
        return fail();
    }
    document.sentences = *sentences;
    document.attributions = *attributions;
    for (const ClaimRecord &claim : *records) {
        claims.append({claim, evidence.value(claim.id)});
    }
    return true;
}

bool ReportBuilder::loadDocuments(
    const QList<Id> &ids, const Progress &progress, ReportData &data, QSet<Id> &usedSources)
{
    data.documents.reserve(ids.size());
    const bool bulk = ids.size() > BulkThreshold;
    QHash<Id, ReportDocument> loaded;
    for (const Id id : ids) {
        loaded.insert(id, {});
    }
    if (bulk && !loadEverything(loaded)) {
        return fail();
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Id id = ids.at(i);
        ReportDocument document = std::move(loaded[id]);
        if (!loadDocumentRecord(id, document)) {
            return false;
        }
        QList<ReportClaim> claims;
        if (bulk) {
            claims = std::move(document.claims);
            document.claims.clear();
        } else if (!loadDocumentContents(id, document, claims)) {
            return false;
        }
        document.index();
        for (ReportClaim &claim : claims) {
            if (passes(claim.record.id)) {
                document.claims.append(std::move(claim));
            }
        }
        document.index();
        for (const AttributionRecord &a : std::as_const(document.attributions)) {
            for (const AttributionHop &hop : a.hops) {
                usedSources.insert(hop.sourceId);
            }
        }
        data.documents.append(std::move(document));
        if (progress && !progress(i + 1, ids.size())) {
            m_cancelled = true;
            m_errorString = tr("The export was cancelled.");
            return false;
        }
    }
    return true;
}

bool ReportBuilder::loadSources(
    const ReportRequest &request, const QList<SourceRecord> &allSources, QSet<Id> usedSources, ReportData &data)
{
    // Sources: all of them for a full export, else the ones referred to and their affiliations.
    QHash<Id, QDateTime> created;
    QSqlQuery &select = m_store.prepared(QStringLiteral("SELECT id, created_at FROM sources"));
    if (!m_store.exec(select)) {
        return fail();
    }
    while (select.next()) {
        created.insert(select.value(0).toLongLong(), readTime(select.value(1)));
    }
    select.finish();
    if (request.filter.sourceId) {
        usedSources.insert(*request.filter.sourceId);
    }
    addAffiliations(allSources, usedSources);
    const bool allOfThem = request.scope.documentIds.isEmpty() && request.filter.isEmpty();
    for (const SourceRecord &s : allSources) {
        if (allOfThem || usedSources.contains(s.id)) {
            ReportSource source;
            static_cast<SourceRecord &>(source) = s;
            source.createdAt = created.value(s.id);
            data.sources.append(source);
        }
    }
    std::sort(data.sources.begin(), data.sources.end(),
        [](const ReportSource &a, const ReportSource &b) { return a.id < b.id; });
    return true;
}

std::optional<QList<Id>> ReportBuilder::codedDocuments(const ReportData &data)
{
    const std::optional<QList<Id>> coded = ProjectCodings::codedDocuments(m_store);
    if (!coded) {
        return std::nullopt;
    }
    const QSet<Id> codedSet(coded->cbegin(), coded->cend());
    QList<Id> covered;
    for (const ReportDocument &document : data.documents) {
        if (codedSet.contains(document.record.id)) {
            covered.append(document.record.id);
        }
    }
    return covered;
}

bool ReportBuilder::loadAgreement(ReportData &data)
{
    const std::optional<QList<Id>> coded = codedDocuments(data);
    if (!coded) {
        return false;
    }
    const QList<Id> &covered = *coded;
    if (covered.isEmpty()) {
        return true;
    }
    const std::optional<QList<ProjectCodings::Field>> fields = ProjectCodings::read(m_store, covered);
    if (!fields) {
        return false;
    }
    for (const ProjectCodings::Field &field : *fields) {
        data.agreement.append({0, field.field, AgreementReport::nominal(field.data)});
    }
    // Each document's share of the same data (the units grouped by document once, not searched per document).
    for (const ProjectCodings::Field &field : *fields) {
        QHash<Id, QList<qsizetype>> unitsOf;
        for (qsizetype unit = 0; unit < field.data.units.size(); ++unit) {
            unitsOf[field.documents.at(unit)].append(unit);
        }
        for (const Id document : covered) {
            const QList<qsizetype> units = unitsOf.value(document);
            // The coders with a value in one of the document's units.
            QList<qsizetype> coders;
            for (qsizetype coder = 0; coder < field.data.coders.size(); ++coder) {
                for (const qsizetype unit : units) {
                    if (field.data.values.at(unit).at(coder)) {
                        coders.append(coder);
                        break;
                    }
                }
            }
            if (coders.isEmpty()) {
                continue;
            }
            ReliabilityData part;
            for (const qsizetype coder : std::as_const(coders)) {
                part.coders.append(field.data.coders.at(coder));
            }
            for (const qsizetype unit : units) {
                part.units.append(field.data.units.at(unit));
                QList<std::optional<QString>> row;
                for (const qsizetype coder : std::as_const(coders)) {
                    row.append(field.data.values.at(unit).at(coder));
                }
                part.values.append(row);
            }
            data.agreement.append({document, field.field, AgreementReport::nominal(part)});
        }
    }
    return true;
}

bool ReportBuilder::loadCodings(ReportData &data)
{
    const std::optional<QList<Id>> coded = codedDocuments(data);
    if (!coded) {
        return false;
    }
    const QSet<Id> codedSet(coded->cbegin(), coded->cend());
    for (ReportDocument &document : data.documents) {
        if (!codedSet.contains(document.record.id)) {
            continue;
        }
        const std::optional<QList<ProjectCodings::SentenceCodings>> sentences
            = ProjectCodings::sentences(m_store, document.record.id);
        if (!sentences) {
            return false;
        }
        QMap<QString, ReportCoding> byReviewer;
        for (const ProjectCodings::SentenceCodings &sentence : *sentences) {
            for (const ProjectCodings::Coding &coding : sentence.codings) {
                ReportCoding &entry = byReviewer[coding.reviewer];
                entry.reviewerId = coding.reviewerId;
                entry.reviewer = coding.reviewer;
                entry.done = coding.done;
                if (coding.attribution) {
                    entry.attributions.append(*coding.attribution);
                }
                if (coding.claim) {
                    entry.claims.append(*coding.claim);
                }
            }
        }
        document.codings = byReviewer.values();
    }
    return true;
}

std::optional<ReportData> ReportBuilder::build(const ReportRequest &request, const Progress &progress)
{
    m_cancelled = false;
    m_errorString.clear();
    ReportData data;
    data.projectPath = m_store.path();
    data.projectName = ServerAddress::projectName(m_store.path());
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
    if (!ids || !allSources || !tags || !loadReviewers(data) || !loadFilter(request.filter)) {
        fail();
        return std::nullopt;
    }
    data.tags = *tags;
    std::sort(data.tags.begin(), data.tags.end(), [](const TagRecord &a, const TagRecord &b) { return a.id < b.id; });

    QSet<Id> usedSources;
    if (!loadDocuments(*ids, progress, data, usedSources) || !loadSources(request, *allSources, usedSources, data)) {
        return std::nullopt;
    }
    if (!loadHistory(data) || (request.agreement && !loadAgreement(data)) || (request.codings && !loadCodings(data))) {
        fail();
        return std::nullopt;
    }
    data.index();
    return data;
}

} // namespace Sourcelight
