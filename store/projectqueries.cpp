#include "projectqueries.h"

#include "attributiontable.h"
#include "fulltextsearch.h"
#include "projectstore_p.h"

#include <QSqlQuery>

#include <algorithm>

namespace Sourcelight::ProjectQueries {

namespace {

// The effective attribution of a claim's sentence (the view of schema version 7). Used for the columns of a page of
// rows only; filters and orders use the copy of its first hop kept on the claim (claims.source_id,
// claims.source_anonymous; schema version 4).
const QLatin1StringView EffectiveAttribution("LEFT JOIN effective_attributions e ON e.sentence_id = c.sentence_id "
                                             "LEFT JOIN attributions a ON a.id = e.attribution_id");

// What filters and orders need: no per-claim subquery, so a filter over 100,000 claims stays an index lookup.
const QLatin1StringView FilterJoins(" FROM claims c "
                                    "JOIN sentences s ON s.id = c.sentence_id "
                                    "LEFT JOIN sources src ON src.id = c.source_id "
                                    "LEFT JOIN reviewers r ON r.id = c.reviewer_id ");

struct Where
{
    QString sql;
    QList<std::pair<QString, QVariant>> binds;
};

Where whereFor(ProjectStore &store, const ClaimFilter &query)
{
    QStringList conditions;
    Where where;
    if (query.documentId) {
        conditions << QStringLiteral("s.document_id = :document");
        where.binds.append({QStringLiteral(":document"), *query.documentId});
    }
    if (query.sourceId) {
        conditions << QStringLiteral("c.source_id = :source");
        where.binds.append({QStringLiteral(":source"), *query.sourceId});
    }
    if (query.sourceKind) {
        conditions << QStringLiteral("src.kind = :kind");
        where.binds.append({QStringLiteral(":kind"), toString(*query.sourceKind)});
    }
    if (query.anonymous) {
        conditions << (*query.anonymous ? QStringLiteral("(c.source_anonymous = 1 OR src.kind = 'anonymous')")
                                        : QStringLiteral("(c.source_id IS NOT NULL AND c.source_anonymous = 0 "
                                                         "AND src.kind <> 'anonymous')"));
    }
    if (query.onlyVerified) {
        conditions << QStringLiteral("c.verdict <> :unverified");
        where.binds.append({QStringLiteral(":unverified"), toString(Verdict::Unverified)});
    }
    if (query.verdict) {
        conditions << QStringLiteral("c.verdict = :verdict");
        where.binds.append({QStringLiteral(":verdict"), toString(*query.verdict)});
    }
    if (query.type) {
        conditions << QStringLiteral("c.claim_type = :type");
        where.binds.append({QStringLiteral(":type"), toString(*query.type)});
    }
    if (!query.reviewer.isEmpty()) {
        conditions << QStringLiteral("r.name = :reviewer");
        where.binds.append({QStringLiteral(":reviewer"), query.reviewer});
    }
    if (!query.text.trimmed().isEmpty() && store.fullText().isAvailable()) {
        QStringList placeholders;
        conditions << store.fullText().claimMatchCondition(QStringLiteral("c"), &placeholders);
        const QString engine = store.fullText().engineQuery(query.text);
        for (const QString &p : std::as_const(placeholders)) {
            where.binds.append({p, engine});
        }
    }
    if (!conditions.isEmpty()) {
        where.sql = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    return where;
}

QString orderBy(const ProjectStore &store, const ClaimQuery &query)
{
    using namespace Qt::StringLiterals;
    // %1 is the direction; ties follow the document order.
    static constexpr std::pair<ClaimQuery::Order, QLatin1StringView> Columns[] = {
        {ClaimQuery::Order::Document, "s.document_id %1, s.ordinal %1, c.id %1"_L1},
        {ClaimQuery::Order::Source, "LOWER(src.name) %1, s.document_id, s.ordinal"_L1},
        {ClaimQuery::Order::Verdict, "c.verdict %1, s.document_id, s.ordinal"_L1},
        {ClaimQuery::Order::Type, "c.claim_type %1, s.document_id, s.ordinal"_L1},
        {ClaimQuery::Order::Reviewer, "LOWER(r.name) %1, s.document_id, s.ordinal"_L1},
        {ClaimQuery::Order::Updated, "c.updated_at %1, c.id %1"_L1},
    };
    const auto *column = std::find_if(
        std::begin(Columns), std::end(Columns), [&query](const auto &entry) { return entry.first == query.order; });
    const QLatin1StringView columns = column != std::end(Columns) ? column->second : Columns[0].second;
    // Rows without a value (no source: the author's voice) come first going up, last going down, as SQLite sorts
    // them; PostgreSQL does the opposite unless told. The document order's and the update order's columns are never
    // empty, and told nothing a server walks the sentences' index for the first page (3 ms on 1,000,000 claims)
    // instead of sorting every claim (2.2 s).
    const bool mayBeEmpty = query.order != ClaimQuery::Order::Document && query.order != ClaimQuery::Order::Updated;
    const QString direction = store.onServer() && mayBeEmpty
        ? (query.descending ? QStringLiteral("DESC NULLS LAST") : QStringLiteral("ASC NULLS FIRST"))
        : (query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    return QStringLiteral(" ORDER BY ") + QString(columns).arg(direction);
}

bool run(ProjectStore &store, QSqlQuery &query, const Where &where)
{
    for (const auto &[name, value] : where.binds) {
        query.bindValue(name, value);
    }
    return StoreAccess::exec(store, query);
}

/// Runs a prepared SELECT of (id, value) rows: each id with its value, or nullopt (error recorded).
template<typename Value> std::optional<QHash<Id, Value>> selectValuesById(ProjectStore &store, QSqlQuery &select)
{
    if (!StoreAccess::exec(store, select)) {
        return std::nullopt;
    }
    QHash<Id, Value> values;
    while (select.next()) {
        values.insert(select.value(0).toLongLong(), select.value(1).value<Value>());
    }
    select.finish();
    return values;
}

// Fills sentence texts (cut from document bodies, in UTF-16 as stored) and via chains of a page of rows: one
// statement each for the whole page (a statement per row made a page of 256 rows 770 round trips to a server).
bool completeRows(ProjectStore &store, QList<ClaimRow> &rows, const QList<Id> &attributionIds)
{
    QList<Id> documentIds;
    for (const ClaimRow &row : std::as_const(rows)) {
        if (!documentIds.contains(row.documentId)) {
            documentIds.append(row.documentId);
        }
    }
    QSqlQuery &body = StoreAccess::prepared(store,
        QStringLiteral("SELECT id, body FROM documents WHERE ")
            + StoreAccess::inJsonIds(store, QStringLiteral("id"), QStringLiteral(":ids")));
    body.bindValue(QStringLiteral(":ids"), StoreAccess::jsonIds(documentIds));
    const std::optional<QHash<Id, QString>> bodies = selectValuesById<QString>(store, body);
    if (!bodies) {
        return false;
    }
    for (ClaimRow &row : rows) {
        row.sentenceText = bodies->value(row.documentId).mid(row.sentenceSpan.start, row.sentenceSpan.length());
    }
    QList<Id> withChain;
    for (const Id id : attributionIds) {
        if (id != 0) {
            withChain.append(id);
        }
    }
    if (withChain.isEmpty()) {
        return true;
    }
    QSqlQuery &via = StoreAccess::prepared(store,
        QStringLiteral("SELECT h.attribution_id, s.name FROM attribution_hops h JOIN sources s ON s.id = h.source_id "
                       "WHERE h.position > 0 AND ")
            + StoreAccess::inJsonIds(store, QStringLiteral("h.attribution_id"), QStringLiteral(":ids"))
            + QStringLiteral(" ORDER BY h.attribution_id, h.position"));
    via.bindValue(QStringLiteral(":ids"), StoreAccess::jsonIds(withChain));
    if (!StoreAccess::exec(store, via)) {
        return false;
    }
    QHash<Id, QStringList> chains;
    while (via.next()) {
        chains[via.value(0).toLongLong()].append(via.value(1).toString());
    }
    via.finish();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rows[i].via = chains.value(attributionIds.at(i));
    }
    return true;
}

// The rows of claims: the source is the copy on the claim (the same first hop the filter used); the cue and the via
// chain come from the effective attribution.
QString rowSelect(const ProjectStore &store)
{
    return QStringLiteral("SELECT c.id, c.sentence_id, s.document_id, d.title, COALESCE(c.span_start, s.start_offset), "
                          "COALESCE(c.span_end, s.end_offset), "
                          "COALESCE(c.source_id, 0), COALESCE(src.name, ''), src.kind, c.source_anonymous, "
                          "COALESCE(a.cue_text, ''), c.verdict, c.claim_type, c.note, COALESCE(r.name, ''), "
                          "c.updated_at, COALESCE(a.id, 0)")
        + FilterJoins + QStringLiteral("JOIN documents d ON d.id = s.document_id ") + EffectiveAttribution
        + QStringLiteral(" WHERE ") + StoreAccess::inJsonIds(store, QStringLiteral("c.id"), QStringLiteral(":claims"));
}

ClaimRow readRow(const QSqlQuery &select)
{
    ClaimRow row;
    row.claimId = select.value(0).toLongLong();
    row.sentenceId = select.value(1).toLongLong();
    row.documentId = select.value(2).toLongLong();
    row.documentTitle = select.value(3).toString();
    row.sentenceSpan = {select.value(4).toLongLong(), select.value(5).toLongLong()};
    row.sourceId = select.value(6).toLongLong();
    row.sourceName = select.value(7).toString();
    if (!select.value(8).isNull()) {
        row.sourceKind = sourceKindFromString(select.value(8).toString());
    }
    row.anonymous = select.value(9).toInt() != 0 || row.sourceKind == SourceKind::Anonymous;
    row.cue = select.value(10).toString();
    row.verdict = verdictFromString(select.value(11).toString()).value_or(Verdict::Unverified);
    row.type = claimTypeFromString(select.value(12).toString()).value_or(ClaimType::Fact);
    row.note = select.value(13).toString();
    row.reviewer = select.value(14).toString();
    row.updatedAt = QDateTime::fromString(select.value(15).toString(), Qt::ISODateWithMs);
    return row;
}

// Reads the rows of the given claims, in that order; a claim that no longer exists is left out.
std::optional<QList<ClaimRow>> readRows(ProjectStore &store, const QList<Id> &claimIds)
{
    if (claimIds.isEmpty()) {
        return QList<ClaimRow> {};
    }
    QSqlQuery &select = StoreAccess::prepared(store, rowSelect(store));
    select.bindValue(QStringLiteral(":claims"), StoreAccess::jsonIds(claimIds));
    if (!StoreAccess::exec(store, select)) {
        return std::nullopt;
    }
    QHash<Id, std::pair<ClaimRow, Id>> found; // the row and its effective attribution
    while (select.next()) {
        found.insert(select.value(0).toLongLong(), {readRow(select), select.value(16).toLongLong()});
    }
    select.finish();
    QList<ClaimRow> rows;
    QList<Id> attributionIds;
    for (const Id claimId : claimIds) {
        const auto it = found.constFind(claimId);
        if (it != found.cend()) {
            rows.append(it->first);
            attributionIds.append(it->second);
        }
    }
    if (!completeRows(store, rows, attributionIds)) {
        return std::nullopt;
    }
    return rows;
}

} // namespace

std::optional<QHash<Id, qint64>> effectiveSourceCounts(ProjectStore &store)
{
    QSqlQuery &select = StoreAccess::prepared(store,
        QStringLiteral("SELECT h.source_id, COUNT(*) FROM effective_attributions e "
                       "JOIN attribution_hops h ON h.attribution_id = e.attribution_id "
                       "AND h.position = 0 GROUP BY h.source_id"));
    return selectValuesById<qint64>(store, select);
}

std::optional<QList<std::pair<Id, AttributionRecord>>> attributionsNamingSource(ProjectStore &store, Id sourceId)
{
    QSqlQuery &select = StoreAccess::prepared(store,
        QStringLiteral("SELECT DISTINCT a.id FROM attributions a JOIN attribution_hops h ON h.attribution_id = a.id "
                       "WHERE h.source_id = :source ORDER BY a.id"));
    select.bindValue(QStringLiteral(":source"), sourceId);
    const std::optional<QList<Id>> ids = StoreAccess::selectIds(store, select);
    if (!ids) {
        return std::nullopt;
    }
    QList<std::pair<Id, AttributionRecord>> result;
    for (const Id id : *ids) {
        const std::optional<AttributionRecord> record = store.attributions().attribution(id);
        if (!record) {
            return std::nullopt;
        }
        result.append({record->sentenceId, *record});
    }
    return result;
}

std::optional<QList<Id>> affiliatesOf(ProjectStore &store, Id sourceId)
{
    QSqlQuery &select
        = StoreAccess::prepared(store, QStringLiteral("SELECT id FROM sources WHERE parent_id = :source ORDER BY id"));
    select.bindValue(QStringLiteral(":source"), sourceId);
    return StoreAccess::selectIds(store, select);
}

std::optional<QSet<Id>> claimIds(ProjectStore &store, const ClaimFilter &filter)
{
    const Where where = whereFor(store, filter);
    QSqlQuery select(StoreAccess::database(store));
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT c.id") + FilterJoins + where.sql);
    if (!run(store, select, where)) {
        return std::nullopt;
    }
    const QList<Id> ids = StoreAccess::readIds(select);
    return QSet<Id>(ids.cbegin(), ids.cend());
}

std::optional<qint64> countClaims(ProjectStore &store, const ClaimFilter &filter)
{
    const Where where = whereFor(store, filter);
    QSqlQuery select(StoreAccess::database(store));
    select.prepare(QStringLiteral("SELECT COUNT(*)") + FilterJoins + where.sql);
    if (!run(store, select, where) || !select.next()) {
        return std::nullopt;
    }
    return select.value(0).toLongLong();
}

std::optional<QList<ClaimRow>> claimRows(ProjectStore &store, const ClaimQuery &query, qint64 offset, int limit)
{
    // First the page's claim ids (filter and order on indexed columns), then the rows of just those claims.
    const Where where = whereFor(store, query.filter);
    QSqlQuery select(StoreAccess::database(store));
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT c.id") + FilterJoins + where.sql + orderBy(store, query)
        + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    Where withPage = where;
    withPage.binds.append({QStringLiteral(":limit"), limit});
    withPage.binds.append({QStringLiteral(":offset"), offset});
    if (!run(store, select, withPage)) {
        return std::nullopt;
    }
    return readRows(store, StoreAccess::readIds(select));
}

std::optional<ClaimRow> claimRow(ProjectStore &store, Id claimId)
{
    std::optional<QList<ClaimRow>> rows = readRows(store, {claimId});
    if (!rows) {
        return std::nullopt;
    }
    return rows->isEmpty() ? ClaimRow {} : rows->first();
}

std::optional<QHash<Id, QString>> reviewerNames(ProjectStore &store)
{
    QSqlQuery &select = StoreAccess::prepared(store, QStringLiteral("SELECT id, name FROM reviewers"));
    return selectValuesById<QString>(store, select);
}

std::optional<QStringList> claimReviewers(ProjectStore &store)
{
    QSqlQuery &select = StoreAccess::prepared(store,
        QStringLiteral(
            "SELECT DISTINCT r.name FROM claims c JOIN reviewers r ON r.id = c.reviewer_id ORDER BY r.name"));
    return StoreAccess::selectStrings(store, select);
}

} // namespace Sourcelight::ProjectQueries
