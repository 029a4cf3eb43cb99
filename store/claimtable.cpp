#include "claimtable.h"

#include "documenttable.h"
#include "historylog.h"
#include "projectstore_p.h"
#include "sqltransaction.h"
#include "webaddress.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Sourcelight {

namespace {

const QString Table = QStringLiteral("claims");
const QString ColumnsTemplate = QStringLiteral(
    "c.id, c.sentence_id, c.span_start, c.span_end, c.claim_type, c.verdict, c.confidence, c.note, c.reviewer_id, "
    "c.created_at, c.updated_at, (SELECT %1 FROM claim_tags t WHERE t.claim_id = c.id), "
    "c.source_id, c.source_anonymous");

// A claim's columns, its tag ids joined by commas among them.
QString columns(const ProjectStore &store)
{
    return ColumnsTemplate.arg(StoreAccess::listAggregate(store, QStringLiteral("tag_id"), QLatin1Char(',')));
}

QVariant nullId(const std::optional<Id> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

ClaimTable::ClaimTable(ProjectStore &store)
    : m_store(store)
{
}

std::optional<Id> ClaimTable::insertClaim(const ClaimRecord &record, bool keepId)
{
    // The foreign key checks that the sentence exists; a span is checked against it here.
    if (record.span.isValid()) {
        const std::optional<SentenceRecord> sentence = m_store.documents().sentence(record.sentenceId);
        if (!sentence) {
            return std::nullopt;
        }
        if (record.span.start < sentence->span.start || record.span.end > sentence->span.end
            || record.span.length() == 0) {
            m_store.setError(ProjectStore::Error::InvalidArgument,
                tr("A claim's span must lie inside its sentence.", "claim: a reviewed statement"));
            return std::nullopt;
        }
    }
    QSqlQuery &insert = m_store.prepared(QStringLiteral(
        "INSERT INTO claims (id, sentence_id, span_start, span_end, claim_type, verdict, confidence, note, "
        "reviewer_id, created_at, updated_at) VALUES (:id, :sentence, :start, :end, :type, :verdict, :confidence, "
        ":note, :reviewer, :created, :updated) RETURNING id"));
    const QString now = ProjectStore::timestamp();
    insert.bindValue(QStringLiteral(":id"), keepId ? QVariant(record.id) : QVariant(QMetaType::fromType<qint64>()));
    insert.bindValue(QStringLiteral(":sentence"), record.sentenceId);
    insert.bindValue(QStringLiteral(":start"),
        record.span.isValid() ? QVariant(qint64(record.span.start)) : QVariant(QMetaType::fromType<qint64>()));
    insert.bindValue(QStringLiteral(":end"),
        record.span.isValid() ? QVariant(qint64(record.span.end)) : QVariant(QMetaType::fromType<qint64>()));
    insert.bindValue(QStringLiteral(":type"), toString(record.type));
    insert.bindValue(QStringLiteral(":verdict"), toString(record.verdict));
    insert.bindValue(QStringLiteral(":confidence"),
        record.confidence ? QVariant(*record.confidence) : QVariant(QMetaType::fromType<double>()));
    insert.bindValue(QStringLiteral(":note"), ProjectStore::text(record.note));
    insert.bindValue(QStringLiteral(":reviewer"), nullId(keepId ? record.reviewerId : m_store.reviewerId()));
    insert.bindValue(QStringLiteral(":created"),
        keepId && record.createdAt.isValid() ? record.createdAt.toUTC().toString(Qt::ISODateWithMs) : now);
    insert.bindValue(QStringLiteral(":updated"), now);
    const std::optional<Id> added = m_store.insertReturningId(insert);
    if (!added) {
        if (m_store.error() == ProjectStore::Error::Query) {
            m_store.documents().sentence(record.sentenceId); // a missing sentence: say so (InvalidArgument)
        }
        return std::nullopt;
    }
    const Id id = *added;
    if (!setTags(id, record.tagIds)) {
        return std::nullopt;
    }
    return id;
}

std::optional<Id> ClaimTable::insertEvidence(Id claimId, const EvidenceRecord &e, bool keepId)
{
    QSqlQuery &add
        = m_store.prepared(QStringLiteral("INSERT INTO evidence (id, claim_id, url, note, retrieved_at, created_at) "
                                          "VALUES (:id, :claim, :url, :note, :retrieved, :created) RETURNING id"));
    add.bindValue(
        QStringLiteral(":id"), keepId && e.id != 0 ? QVariant(e.id) : QVariant(QMetaType::fromType<qint64>()));
    add.bindValue(QStringLiteral(":claim"), claimId);
    add.bindValue(QStringLiteral(":url"), e.url);
    add.bindValue(QStringLiteral(":note"), ProjectStore::text(e.note));
    add.bindValue(QStringLiteral(":retrieved"), ProjectStore::text(e.retrievedAt));
    add.bindValue(QStringLiteral(":created"),
        keepId && e.createdAt.isValid() ? e.createdAt.toUTC().toString(Qt::ISODateWithMs) : ProjectStore::timestamp());
    return m_store.insertReturningId(add);
}

bool ClaimTable::setTags(Id claimId, const QList<Id> &tagIds)
{
    QSqlQuery &add = m_store.prepared(QStringLiteral("INSERT INTO claim_tags (claim_id, tag_id) VALUES (:c, :t)"));
    for (const Id tagId : tagIds) {
        add.bindValue(QStringLiteral(":c"), claimId);
        add.bindValue(QStringLiteral(":t"), tagId);
        if (!m_store.exec(add)) {
            return false;
        }
        add.finish();
    }
    return true;
}

std::optional<Id> ClaimTable::addClaim(const ClaimRecord &record)
{
    SqlTransaction transaction(m_store);
    if (!transaction.isActive()) {
        return std::nullopt;
    }
    const std::optional<Id> id = insertClaim(record, false);
    if (!id || !m_store.history().record(Table, *id, QStringLiteral("created"), {}, record.sentenceId)
        || !transaction.commit()) {
        return std::nullopt;
    }
    return id;
}

std::optional<QList<Id>> ClaimTable::addClaims(const QList<ClaimRecord> &records)
{
    SqlTransaction transaction(m_store);
    if (!transaction.isActive()) {
        return std::nullopt;
    }
    // Whole-sentence claims without tags (what an import adds) are written many rows per statement; the others one
    // by one through insertClaim(), which checks spans. The ids come back in the order of records.
    const QString now = ProjectStore::timestamp();
    const QVariant reviewer = nullId(m_store.reviewerId());
    QList<QVariantList> rows;
    QList<qsizetype> bulkIndexes;
    QList<Id> ids(records.size(), 0);
    for (qsizetype i = 0; i < records.size(); ++i) {
        const ClaimRecord &record = records.at(i);
        if (record.span.isValid() || !record.tagIds.isEmpty()) {
            const std::optional<Id> id = insertClaim(record, false);
            if (!id || !m_store.history().record(Table, *id, QStringLiteral("created"), {}, record.sentenceId)) {
                return std::nullopt;
            }
            ids[i] = *id;
            continue;
        }
        rows.append({record.sentenceId, toString(record.type), toString(record.verdict),
            record.confidence ? QVariant(*record.confidence) : QVariant(QMetaType::fromType<double>()),
            ProjectStore::text(record.note), reviewer, now, now, nullId(record.sourceId),
            record.sourceId && record.sourceAnonymous ? 1 : 0});
        bulkIndexes.append(i);
    }
    const std::optional<QList<Id>> added = m_store.insertRows(Table,
        {QStringLiteral("sentence_id"), QStringLiteral("claim_type"), QStringLiteral("verdict"),
            QStringLiteral("confidence"), QStringLiteral("note"), QStringLiteral("reviewer_id"),
            QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("source_id"),
            QStringLiteral("source_anonymous")},
        rows, true);
    if (!added) {
        return std::nullopt;
    }
    // One history row per claim, as addClaim() writes. (insertRows() hands out consecutive ids.)
    for (qsizetype j = 0; j < added->size(); ++j) {
        ids[bulkIndexes.at(j)] = added->at(j);
    }
    if ((!added->isEmpty()
            && !m_store.history().recordCreated(
                Table, added->first(), added->last(), QStringLiteral("created"), QStringLiteral("sentence_id")))
        || !transaction.commit()) {
        return std::nullopt;
    }
    return ids;
}

std::optional<Id> ClaimTable::restoreClaim(const ClaimRecord &record, const QList<EvidenceRecord> &evidenceList)
{
    SqlTransaction transaction(m_store);
    if (!transaction.isActive()) {
        return std::nullopt;
    }
    const std::optional<Id> id = insertClaim(record, record.id != 0);
    if (!id) {
        return std::nullopt;
    }
    for (const EvidenceRecord &e : evidenceList) {
        if (!insertEvidence(*id, e, true)) {
            return std::nullopt;
        }
    }
    if (!m_store.history().record(Table, *id, QStringLiteral("restored"), {}, record.sentenceId)
        || !transaction.commit()) {
        return std::nullopt;
    }
    return id;
}

bool ClaimTable::removeClaim(Id claimId)
{
    return removeRecordedRow(
        m_store, Table, claimId, [this](Id id) { return claim(id); }, [](const ClaimRecord &c) { return c.note; });
}

namespace {

QVariant confidenceValue(std::optional<double> confidence)
{
    return confidence ? QVariant(*confidence) : QVariant(QMetaType::fromType<double>());
}

} // namespace

bool ClaimTable::setVerdict(Id claimId, Verdict verdict, std::optional<Verdict> expected)
{
    return m_store.updateField(Table, claimId, QStringLiteral("verdict"), toString(verdict), true,
        expected ? std::optional<QVariant>(toString(*expected)) : std::nullopt);
}

bool ClaimTable::setType(Id claimId, ClaimType type, std::optional<ClaimType> expected)
{
    return m_store.updateField(Table, claimId, QStringLiteral("claim_type"), toString(type), true,
        expected ? std::optional<QVariant>(toString(*expected)) : std::nullopt);
}

bool ClaimTable::setNote(Id claimId, const QString &note, const std::optional<QString> &expected)
{
    return m_store.updateField(Table, claimId, QStringLiteral("note"), note, true,
        expected ? std::optional<QVariant>(*expected) : std::nullopt);
}

bool ClaimTable::setConfidence(
    Id claimId, std::optional<double> confidence, const std::optional<std::optional<double>> &expected)
{
    return m_store.updateField(Table, claimId, QStringLiteral("confidence"), confidenceValue(confidence), true,
        expected ? std::optional<QVariant>(confidenceValue(*expected)) : std::nullopt);
}

bool ClaimTable::setSpan(Id claimId, const TextSpan &span)
{
    SqlTransaction transaction(m_store);
    if (!transaction.isActive()) {
        return false;
    }
    const std::optional<ClaimRecord> old = claim(claimId);
    if (!old) {
        return false;
    }
    if (old->span == span || (!old->span.isValid() && !span.isValid())) {
        return true; // nothing changes, nothing to record
    }
    if (span.isValid()) {
        const std::optional<SentenceRecord> sentence = m_store.documents().sentence(old->sentenceId);
        if (!sentence) {
            return false;
        }
        if (span.start < sentence->span.start || span.end > sentence->span.end || span.length() == 0) {
            m_store.setError(ProjectStore::Error::InvalidArgument,
                tr("A claim's span must lie inside its sentence.", "claim: a reviewed statement"));
            return false;
        }
    }
    const auto describe = [](const TextSpan &s) {
        return s.isValid() ? QVariant(QStringLiteral("[%1, %2)").arg(s.start).arg(s.end))
                           : QVariant(QStringLiteral("sentence"));
    };
    QSqlQuery &update = m_store.prepared(
        QStringLiteral("UPDATE claims SET span_start = :start, span_end = :end, updated_at = :updated WHERE id = :id"));
    update.bindValue(QStringLiteral(":start"),
        span.isValid() ? QVariant(qint64(span.start)) : QVariant(QMetaType::fromType<qint64>()));
    update.bindValue(
        QStringLiteral(":end"), span.isValid() ? QVariant(qint64(span.end)) : QVariant(QMetaType::fromType<qint64>()));
    update.bindValue(QStringLiteral(":updated"), ProjectStore::timestamp());
    update.bindValue(QStringLiteral(":id"), claimId);
    const bool ok = m_store.exec(update);
    update.finish();
    return ok && m_store.history().record(Table, claimId, QStringLiteral("span"), describe(old->span), describe(span))
        && transaction.commit();
}

bool ClaimTable::touch(Id claimId)
{
    QSqlQuery &update = m_store.prepared(QStringLiteral("UPDATE claims SET updated_at = :now WHERE id = :id"));
    update.bindValue(QStringLiteral(":now"), ProjectStore::timestamp());
    update.bindValue(QStringLiteral(":id"), claimId);
    const bool ok = m_store.exec(update);
    const bool found = ok && update.numRowsAffected() > 0;
    update.finish();
    if (ok && !found) {
        m_store.setError(ProjectStore::Error::InvalidArgument,
            tr("There is no claim %1.", "claim: a reviewed statement").arg(claimId));
    }
    return found;
}

bool ClaimTable::addTag(Id claimId, Id tagId)
{
    SqlTransaction transaction(m_store);
    if (!transaction.isActive() || !touch(claimId)) {
        return false;
    }
    QSqlQuery &add
        = m_store.prepared(QStringLiteral("INSERT INTO claim_tags (claim_id, tag_id) SELECT :c, :t WHERE NOT EXISTS "
                                          "(SELECT 1 FROM claim_tags WHERE claim_id = :c2 AND tag_id = :t2)"));
    add.bindValue(QStringLiteral(":c"), claimId);
    add.bindValue(QStringLiteral(":t"), tagId);
    add.bindValue(QStringLiteral(":c2"), claimId);
    add.bindValue(QStringLiteral(":t2"), tagId);
    if (!m_store.exec(add)) {
        if (m_store.error() == ProjectStore::Error::Query) {
            m_store.setError(ProjectStore::Error::InvalidArgument, tr("There is no tag %1.").arg(tagId));
        }
        return false;
    }
    const bool added = add.numRowsAffected() > 0;
    add.finish();
    if (added && !m_store.history().record(Table, claimId, QStringLiteral("tag"), {}, tagId)) {
        return false;
    }
    return transaction.commit();
}

bool ClaimTable::removeTag(Id claimId, Id tagId)
{
    SqlTransaction transaction(m_store);
    if (!transaction.isActive() || !touch(claimId)) {
        return false;
    }
    QSqlQuery &remove = m_store.prepared(QStringLiteral("DELETE FROM claim_tags WHERE claim_id = :c AND tag_id = :t"));
    remove.bindValue(QStringLiteral(":c"), claimId);
    remove.bindValue(QStringLiteral(":t"), tagId);
    if (!m_store.exec(remove)) {
        return false;
    }
    const bool removed = remove.numRowsAffected() > 0;
    remove.finish();
    if (removed && !m_store.history().record(Table, claimId, QStringLiteral("tag"), tagId, {})) {
        return false;
    }
    return transaction.commit();
}

std::optional<Id> ClaimTable::addEvidence(const EvidenceRecord &e, LinkOrigin origin)
{
    if (e.url.trimmed().isEmpty()) {
        m_store.setError(ProjectStore::Error::InvalidArgument, tr("Evidence needs a link."));
        return std::nullopt;
    }
    if (origin == LinkOrigin::New && !WebAddress::isWebUrl(e.url)) {
        m_store.setError(ProjectStore::Error::InvalidArgument,
            tr("“%1” is not a web address (http or https).").arg(e.url.trimmed()));
        return std::nullopt;
    }
    SqlTransaction transaction(m_store);
    if (!transaction.isActive() || !touch(e.claimId)) {
        return std::nullopt;
    }
    EvidenceRecord link = e;
    link.url = e.url.trimmed();
    const std::optional<Id> id = insertEvidence(e.claimId, link, false);
    if (!id || !m_store.history().record(QStringLiteral("evidence"), *id, QStringLiteral("created"), {}, link.url)
        || !transaction.commit()) {
        return std::nullopt;
    }
    return id;
}

bool ClaimTable::removeEvidence(Id evidenceId)
{
    SqlTransaction transaction(m_store);
    if (!transaction.isActive()) {
        return false;
    }
    QSqlQuery &remove = m_store.prepared(QStringLiteral("DELETE FROM evidence WHERE id = :id"));
    remove.bindValue(QStringLiteral(":id"), evidenceId);
    if (!m_store.exec(remove)) {
        return false;
    }
    const bool removed = remove.numRowsAffected() > 0;
    remove.finish();
    if (!removed) {
        m_store.setError(ProjectStore::Error::InvalidArgument, tr("There is no evidence link %1.").arg(evidenceId));
        return false;
    }
    if (!m_store.history().record(QStringLiteral("evidence"), evidenceId, QStringLiteral("removed"), evidenceId, {})) {
        return false;
    }
    return transaction.commit();
}

std::optional<QList<EvidenceRecord>> ClaimTable::evidence(Id claimId)
{
    QSqlQuery &select = m_store.prepared(QStringLiteral(
        "SELECT id, claim_id, url, note, retrieved_at, created_at FROM evidence WHERE claim_id = :c ORDER BY id"));
    select.bindValue(QStringLiteral(":c"), claimId);
    if (!m_store.exec(select)) {
        return std::nullopt;
    }
    QList<EvidenceRecord> list;
    while (select.next()) {
        list.append(readEvidence(select, QDateTime::fromString(select.value(5).toString(), Qt::ISODateWithMs)));
    }
    select.finish();
    return list;
}

std::optional<ClaimRecord> ClaimTable::claim(Id claimId)
{
    QSqlQuery &select = m_store.prepared(
        QStringLiteral("SELECT ") + columns(m_store) + QStringLiteral(" FROM claims c WHERE c.id = :id"));
    select.bindValue(QStringLiteral(":id"), claimId);
    const std::optional<QList<ClaimRecord>> list = read(select);
    if (!list) {
        return std::nullopt;
    }
    if (list->isEmpty()) {
        m_store.setError(ProjectStore::Error::InvalidArgument,
            tr("There is no claim %1.", "claim: a reviewed statement").arg(claimId));
        return std::nullopt;
    }
    return list->first();
}

QString ClaimTable::inLayers(DecisionLayers layers) const
{
    return layers == DecisionLayers::Own
        ? QStringLiteral("AND ") + m_store.ownLayer(QStringLiteral("c")) + QLatin1Char(' ')
        : QString();
}

std::optional<QList<ClaimRecord>> ClaimTable::forSentence(Id sentenceId, DecisionLayers layers)
{
    QSqlQuery &select = m_store.prepared(QStringLiteral("SELECT ") + columns(m_store)
        + QStringLiteral(" FROM claims c WHERE c.sentence_id = :s ") + inLayers(layers)
        + QStringLiteral("ORDER BY c.id"));
    select.bindValue(QStringLiteral(":s"), sentenceId);
    return read(select);
}

std::optional<QList<ClaimRecord>> ClaimTable::forDocument(Id documentId, DecisionLayers layers)
{
    QSqlQuery &select = m_store.prepared(QStringLiteral("SELECT ") + columns(m_store)
        + QStringLiteral(" FROM claims c JOIN sentences s ON s.id = c.sentence_id WHERE s.document_id = :d ")
        + inLayers(layers) + QStringLiteral("ORDER BY s.ordinal, c.id"));
    select.bindValue(QStringLiteral(":d"), documentId);
    return read(select);
}

std::optional<QSet<Id>> ClaimTable::sentencesWithClaims(Id documentId)
{
    QSqlQuery &select
        = m_store.prepared(QStringLiteral("SELECT DISTINCT c.sentence_id FROM claims c "
                                          "JOIN sentences s ON s.id = c.sentence_id WHERE s.document_id = :d"));
    select.bindValue(QStringLiteral(":d"), documentId);
    const std::optional<QList<Id>> ids = m_store.selectIds(select);
    if (!ids) {
        return std::nullopt;
    }
    return QSet<Id>(ids->cbegin(), ids->cend());
}

void ClaimTable::readFields(const QSqlQuery &query, ClaimRecord &record)
{
    record.id = query.value(0).toLongLong();
    record.sentenceId = query.value(1).toLongLong();
    record.span = ProjectStore::readSpan(query, 2);
    record.type = claimTypeFromString(query.value(4).toString()).value_or(ClaimType::Other);
    record.verdict = verdictFromString(query.value(5).toString()).value_or(Verdict::Unverified);
    if (!query.isNull(6)) {
        record.confidence = query.value(6).toDouble();
    }
    record.note = query.value(7).toString();
    record.reviewerId = ProjectStore::readOptionalId(query, 8);
}

EvidenceRecord ClaimTable::readEvidence(const QSqlQuery &query, const QDateTime &createdAt)
{
    EvidenceRecord e;
    e.id = query.value(0).toLongLong();
    e.claimId = query.value(1).toLongLong();
    e.url = query.value(2).toString();
    e.note = query.value(3).toString();
    e.retrievedAt = query.value(4).toString();
    e.createdAt = createdAt;
    return e;
}

std::optional<QList<ClaimRecord>> ClaimTable::read(QSqlQuery &query)
{
    if (!m_store.exec(query)) {
        return std::nullopt;
    }
    QList<ClaimRecord> list;
    while (query.next()) {
        ClaimRecord r;
        readFields(query, r);
        r.createdAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
        r.updatedAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
        const QString tags = query.value(11).toString();
        if (!tags.isEmpty()) {
            for (const QString &tag : tags.split(QLatin1Char(','))) {
                r.tagIds.append(tag.toLongLong());
            }
            std::sort(r.tagIds.begin(), r.tagIds.end());
        }
        if (!query.isNull(12)) {
            r.sourceId = query.value(12).toLongLong();
            r.sourceAnonymous = query.value(13).toInt() != 0;
        }
        list.append(r);
    }
    query.finish();
    return list;
}

// ---- Restoring a backup (JsonProjectImporter) ----

bool ClaimTable::restoreClaimRow(const QVariantMap &row)
{
    QStringList columns {QStringLiteral("id"), QStringLiteral("sentence_id"), QStringLiteral("span_start"),
        QStringLiteral("span_end"), QStringLiteral("claim_type"), QStringLiteral("verdict"),
        QStringLiteral("confidence"), QStringLiteral("note"), QStringLiteral("reviewer_id"),
        QStringLiteral("created_at"), QStringLiteral("updated_at")};
    if (row.contains(QStringLiteral("coder_id"))) {
        columns.append(QStringLiteral("coder_id")); // a reviewer's coding (a team's backup)
    }
    return m_store.insertRow(QStringLiteral("claims"), columns, row);
}

bool ClaimTable::restoreClaimTag(Id claimId, Id tagId)
{
    return m_store.insertRow(QStringLiteral("claim_tags"), {QStringLiteral("claim_id"), QStringLiteral("tag_id")},
        {{QStringLiteral("claim_id"), claimId}, {QStringLiteral("tag_id"), tagId}});
}

bool ClaimTable::restoreEvidence(const QVariantMap &row)
{
    return m_store.insertRow(QStringLiteral("evidence"),
        {QStringLiteral("id"), QStringLiteral("claim_id"), QStringLiteral("url"), QStringLiteral("note"),
            QStringLiteral("retrieved_at"), QStringLiteral("created_at")},
        row);
}

} // namespace Sourcelight
