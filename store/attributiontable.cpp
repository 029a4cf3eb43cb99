#include "attributiontable.h"

#include "historylog.h"
#include "projectstore.h"
#include "sourcetable.h"
#include "sqltransaction.h"

#include <utility>

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Sourcelight {

namespace {

const QString Table = QStringLiteral("attributions");
const QString Columns = QStringLiteral(
    "a.id, a.sentence_id, a.origin, a.cue_text, a.cue_start, a.cue_end, a.quote_type, a.scope, a.confidence, "
    "a.reason, a.reviewer_id, a.created_at, a.updated_at");

QVariant nullableOffset(qsizetype value, bool valid)
{
    return valid ? QVariant(qint64(value)) : QVariant(QMetaType::fromType<qint64>());
}

const QStringList AttributionColumns = {QStringLiteral("sentence_id"), QStringLiteral("origin"),
    QStringLiteral("cue_text"), QStringLiteral("cue_start"), QStringLiteral("cue_end"), QStringLiteral("quote_type"),
    QStringLiteral("scope"), QStringLiteral("confidence"), QStringLiteral("reason"), QStringLiteral("reviewer_id"),
    QStringLiteral("created_at"), QStringLiteral("updated_at")};

const QStringList HopColumns = {QStringLiteral("attribution_id"), QStringLiteral("position"),
    QStringLiteral("source_id"), QStringLiteral("mention_start"), QStringLiteral("mention_end"),
    QStringLiteral("anonymous"), QStringLiteral("source_count"), QStringLiteral("title"), QStringLiteral("on_record")};

QVariantList attributionRow(Id sentenceId, const AttributionRecord &record, AttributionOrigin origin,
    const std::optional<Id> &reviewer, const QString &now)
{
    return {sentenceId, toString(origin), ProjectStore::text(record.cueText),
        nullableOffset(record.cue.start, record.cue.isValid()), nullableOffset(record.cue.end, record.cue.isValid()),
        toString(record.quote), toString(record.scope), record.confidence, ProjectStore::text(record.reason),
        reviewer ? QVariant(*reviewer) : QVariant(QMetaType::fromType<qint64>()), now, now};
}

QString sourceList(const QList<AttributionHop> &hops)
{
    QStringList ids;
    for (const AttributionHop &hop : hops) {
        ids.append(QString::number(hop.sourceId));
    }
    return ids.join(QStringLiteral(", "));
}

void appendHopRows(QList<QVariantList> &rows, Id attributionId, const QList<AttributionHop> &hops)
{
    for (qsizetype i = 0; i < hops.size(); ++i) {
        const AttributionHop &h = hops.at(i);
        rows.append({attributionId, qint64(i), h.sourceId, nullableOffset(h.mention.start, h.mention.isValid()),
            nullableOffset(h.mention.end, h.mention.isValid()), h.anonymous ? 1 : 0, toString(h.count),
            ProjectStore::text(h.title), h.onRecord ? 1 : 0});
    }
}

/// The hop of an attribution chain that mention, resolved to sourceId, stands for.
AttributionHop hopOf(const SourceMention &mention, Id sourceId)
{
    AttributionHop hop;
    hop.sourceId = sourceId;
    hop.mention = mention.mention;
    hop.anonymous = mention.anonymous || mention.kind == SourceKind::Anonymous;
    hop.count = mention.count;
    hop.title = mention.title;
    hop.onRecord = mention.onRecord;
    return hop;
}

/// Each list's first hop, or nothing for an empty list.
QList<std::optional<AttributionHop>> firstHopsOf(const QList<QList<AttributionHop>> &hopLists)
{
    QList<std::optional<AttributionHop>> firstHops;
    firstHops.reserve(hopLists.size());
    for (const QList<AttributionHop> &hops : hopLists) {
        firstHops.append(hops.isEmpty() ? std::nullopt : std::optional<AttributionHop>(hops.first()));
    }
    return firstHops;
}

/// Rows ordered by sentence: the suggestion before the human decision of its sentence (the schema's unique indexes
/// allow one of each per sentence).
void putSuggestionsFirst(QList<AttributionRecord> &records)
{
    for (qsizetype i = 1; i < records.size(); ++i) {
        AttributionRecord &previous = records[i - 1];
        if (records.at(i).sentenceId == previous.sentenceId && records.at(i).origin == AttributionOrigin::Suggested
            && previous.origin != AttributionOrigin::Suggested) {
            std::swap(previous, records[i]);
        }
    }
}

} // namespace

AttributionTable::AttributionTable(ProjectStore &store)
    : m_store(store)
{
}

std::optional<Id> AttributionTable::insert(Id sentenceId, const AttributionRecord &record, AttributionOrigin origin)
{
    const std::optional<Id> reviewer
        = origin != AttributionOrigin::Suggested ? m_store.reviewerId() : std::optional<Id> {};
    const std::optional<QList<Id>> ids = m_store.insertRows(Table, AttributionColumns,
        {attributionRow(sentenceId, record, origin, reviewer, ProjectStore::timestamp())}, true);
    if (!ids) {
        return std::nullopt;
    }
    const Id id = ids->constFirst();
    QList<QVariantList> hops;
    appendHopRows(hops, id, record.hops);
    if (!m_store.insertRows(QStringLiteral("attribution_hops"), HopColumns, hops, false)) {
        if (m_store.error() == ProjectStore::Error::Query) {
            m_store.setError(ProjectStore::Error::InvalidArgument,
                tr("The attribution names a source that does not exist (%1).", "source: who a claim comes from")
                    .arg(sourceList(record.hops)));
        }
        return std::nullopt;
    }
    return id;
}

std::optional<Id> AttributionTable::cachedSourceId(const SourceMention &mention)
{
    // Sources recur across sentences, and across the articles of one import transaction: each name is resolved
    // once for as long as the store's cache generation holds (nothing rolled back, no source renamed or merged).
    if (m_sourceIdsGeneration != m_store.cacheGeneration()) {
        m_sourceIds.clear();
    }
    const QPair<QString, int> key {mention.name, int(mention.kind)};
    if (const auto it = m_sourceIds.constFind(key); it != m_sourceIds.cend()) {
        return *it;
    }
    const quint64 generation = m_store.cacheGeneration();
    const std::optional<Id> id = m_store.sources().findOrCreate(mention.name, mention.kind);
    if (id) {
        if (m_store.cacheGeneration() != generation) { // it created the source: start over
            m_sourceIds.clear();
        }
        m_sourceIds.insert(key, *id);
        m_sourceIdsGeneration = m_store.cacheGeneration();
    }
    return id;
}

std::optional<AttributionRecord> AttributionTable::suggestedRecord(const AttributionSuggestion &suggestion)
{
    AttributionRecord record;
    record.cueText = suggestion.cueText;
    record.cue = suggestion.cue;
    record.quote = suggestion.quote;
    record.scope = suggestion.scope;
    record.confidence = suggestion.confidence;
    record.reason = suggestion.reason;
    QList<SourceMention> chain;
    if (suggestion.source) {
        chain.append(*suggestion.source);
    }
    chain.append(suggestion.via);
    for (const SourceMention &mention : std::as_const(chain)) {
        if (mention.name.trimmed().isEmpty()) {
            continue;
        }
        const std::optional<Id> sourceId = cachedSourceId(mention);
        if (!sourceId) {
            return std::nullopt;
        }
        record.hops.append(hopOf(mention, *sourceId));
    }
    return record;
}

bool AttributionTable::storeSuggestions(const QList<Id> &sentenceIds, const QList<AttributionSuggestion> &suggestions,
    Previous previous, QList<std::optional<AttributionHop>> *firstHops)
{
    if (sentenceIds.size() != suggestions.size()) {
        m_store.setError(ProjectStore::Error::InvalidArgument,
            tr("%1 suggestions for %2 sentences.").arg(suggestions.size()).arg(sentenceIds.size()));
        return false;
    }
    SqlTransaction transaction(m_store);
    if (!transaction.isActive()) {
        return false;
    }
    QSqlQuery &clear = m_store.prepared(
        QStringLiteral("DELETE FROM attributions WHERE sentence_id = :sentence AND origin = 'suggested'"));
    const QString now = ProjectStore::timestamp();
    QList<QVariantList> rows;
    QList<QList<AttributionHop>> hopLists;
    rows.reserve(sentenceIds.size());
    hopLists.reserve(sentenceIds.size());
    for (qsizetype i = 0; i < sentenceIds.size(); ++i) {
        const std::optional<AttributionRecord> record = suggestedRecord(suggestions.at(i));
        if (!record) {
            return false;
        }
        if (previous == Previous::Replace) {
            clear.bindValue(QStringLiteral(":sentence"), sentenceIds.at(i));
            if (!m_store.exec(clear)) {
                return false;
            }
            clear.finish();
        }
        rows.append(attributionRow(sentenceIds.at(i), *record, AttributionOrigin::Suggested, std::nullopt, now));
        hopLists.append(record->hops);
    }
    if (firstHops) {
        *firstHops = firstHopsOf(hopLists);
    }
    // Many rows per statement: an import stores tens of thousands of these.
    const std::optional<QList<Id>> ids = m_store.insertRows(Table, AttributionColumns, rows, true);
    if (!ids) {
        return false;
    }
    QList<QVariantList> hopRows;
    for (qsizetype i = 0; i < ids->size(); ++i) {
        appendHopRows(hopRows, ids->at(i), hopLists.at(i));
    }
    return m_store.insertRows(QStringLiteral("attribution_hops"), HopColumns, hopRows, false) && transaction.commit();
}

std::optional<Id> AttributionTable::setSuggestion(Id sentenceId, const AttributionRecord &record)
{
    SqlTransaction transaction(m_store);
    if (!transaction.isActive()) {
        return std::nullopt;
    }
    const std::optional<AttributionRecord> old = existing(sentenceId, false);
    if (m_store.error() != ProjectStore::Error::None && !old) {
        return std::nullopt;
    }
    if (old && !m_store.deleteRow(Table, old->id)) {
        return std::nullopt;
    }
    const std::optional<Id> id = insert(sentenceId, record, AttributionOrigin::Suggested);
    if (!id || !transaction.commit()) {
        return std::nullopt;
    }
    return id;
}

bool AttributionTable::sameDecision(
    const std::optional<AttributionRecord> &a, const std::optional<AttributionRecord> &b)
{
    if (!a || !b) {
        return a.has_value() == b.has_value();
    }
    return a->origin == b->origin && a->hops == b->hops && a->cueText == b->cueText && a->cue == b->cue
        && a->quote == b->quote && a->scope == b->scope;
}

std::optional<AttributionRecord> AttributionTable::lockedHuman(
    Id sentenceId, const Expected &expected, const std::optional<AttributionRecord> &target)
{
    m_store.clearError();
    if (!m_store.lockRow(QStringLiteral("sentences"), sentenceId)) {
        return std::nullopt;
    }
    std::optional<AttributionRecord> old = existing(sentenceId, true);
    // Already what the edit makes it: nothing is written over.
    if (m_store.error() == ProjectStore::Error::None && expected && !sameDecision(old, *expected)
        && !sameDecision(old, target)) {
        m_store.setError(ProjectStore::Error::Conflict, tr("It was changed by someone else meanwhile."));
    }
    return old;
}

std::optional<Id> AttributionTable::setHumanAttribution(
    Id sentenceId, const AttributionRecord &record, const Expected &expected)
{
    if (record.origin == AttributionOrigin::Suggested) {
        m_store.setError(ProjectStore::Error::InvalidArgument,
            tr("An analyst's attribution is either confirmed or edited, not suggested."));
        return std::nullopt;
    }
    SqlTransaction transaction(m_store);
    if (!transaction.isActive()) {
        return std::nullopt;
    }
    const std::optional<AttributionRecord> old = lockedHuman(sentenceId, expected, record);
    if (m_store.error() != ProjectStore::Error::None) {
        return std::nullopt;
    }
    if (old && !m_store.deleteRow(Table, old->id)) {
        return std::nullopt;
    }
    const std::optional<Id> id = insert(sentenceId, record, record.origin);
    if (!id
        || !m_store.history().record(QStringLiteral("sentences"), sentenceId, QStringLiteral("attribution"),
            old ? QVariant(describe(*old)) : QVariant(), describe(record))
        || !transaction.commit()) {
        return std::nullopt;
    }
    return id;
}

bool AttributionTable::removeHumanAttribution(Id sentenceId, const Expected &expected)
{
    SqlTransaction transaction(m_store);
    if (!transaction.isActive()) {
        return false;
    }
    const std::optional<AttributionRecord> old = lockedHuman(sentenceId, expected, std::nullopt);
    if (m_store.error() != ProjectStore::Error::None) {
        return false;
    }
    if (!old) {
        return true;
    }
    if (!m_store.deleteRow(Table, old->id)
        || !m_store.history().record(
            QStringLiteral("sentences"), sentenceId, QStringLiteral("attribution"), describe(*old), {})) {
        return false;
    }
    return transaction.commit();
}

std::optional<AttributionRecord> AttributionTable::existing(Id sentenceId, bool human)
{
    const std::optional<QList<AttributionRecord>> all = forSentence(sentenceId, DecisionLayers::Own);
    if (!all) {
        return std::nullopt;
    }
    for (const AttributionRecord &record : *all) {
        if ((record.origin != AttributionOrigin::Suggested) == human) {
            return record;
        }
    }
    return std::nullopt;
}

std::optional<AttributionRecord> AttributionTable::attribution(Id attributionId)
{
    QSqlQuery &select = m_store.prepared(
        QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM attributions a WHERE a.id = :id"));
    select.bindValue(QStringLiteral(":id"), attributionId);
    const std::optional<QList<AttributionRecord>> list = read(select);
    if (!list) {
        return std::nullopt;
    }
    if (list->isEmpty()) {
        m_store.setError(ProjectStore::Error::InvalidArgument, tr("There is no attribution %1.").arg(attributionId));
        return std::nullopt;
    }
    return list->first();
}

std::optional<QList<AttributionRecord>> AttributionTable::forSentence(Id sentenceId, DecisionLayers layers)
{
    QSqlQuery &select = m_store.prepared(QStringLiteral("SELECT ") + Columns
        + QStringLiteral(" FROM attributions a WHERE a.sentence_id = :s ") + inLayers(layers)
        + QStringLiteral("ORDER BY a.origin <> 'suggested', a.id"));
    select.bindValue(QStringLiteral(":s"), sentenceId);
    return read(select);
}

std::optional<QList<AttributionRecord>> AttributionTable::forDocument(Id documentId, DecisionLayers layers)
{
    // By sentence and id, the order the indexes give without sorting (a sort of a long article's rows was a fifth
    // of opening it); the suggestion is then put before the human decision of its sentence here.
    QSqlQuery &select = m_store.prepared(QStringLiteral("SELECT ") + Columns
        + QStringLiteral(" FROM attributions a JOIN sentences s ON s.id = a.sentence_id WHERE s.document_id = :d ")
        + inLayers(layers) + QStringLiteral("ORDER BY s.ordinal, a.id"));
    select.bindValue(QStringLiteral(":d"), documentId);
    std::optional<QList<AttributionRecord>> records = read(select, documentId);
    if (records) {
        putSuggestionsFirst(*records);
    }
    return records;
}

QString AttributionTable::inLayers(DecisionLayers layers) const
{
    return layers == DecisionLayers::Own ? QStringLiteral("AND ") + ownLayer(m_store) + QLatin1Char(' ') : QString();
}

QString AttributionTable::ownLayer(const ProjectStore &store)
{
    return QStringLiteral("(a.origin = 'suggested' OR %1)").arg(store.ownLayer(QStringLiteral("a")));
}

std::optional<QList<AttributionRecord>> AttributionTable::read(QSqlQuery &query, Id documentId)
{
    if (!m_store.exec(query)) {
        return std::nullopt;
    }
    QList<AttributionRecord> records;
    // Suggestions stored by one import share their timestamps: parse each distinct text once (ISO parsing
    // dominated opening a long article).
    QString lastText;
    QDateTime lastTime;
    const auto timeOf = [&lastText, &lastTime](const QString &text) {
        if (text != lastText) {
            lastText = text;
            lastTime = timestampFromString(text);
        }
        return lastTime;
    };
    while (query.next()) {
        AttributionRecord r;
        readFields(query, r);
        r.createdAt = timeOf(query.value(11).toString());
        r.updatedAt = timeOf(query.value(12).toString());
        records.append(r);
    }
    query.finish();
    if (!(documentId != 0 ? loadDocumentHops(records, documentId) : loadHops(records))) {
        return std::nullopt;
    }
    return records;
}

bool AttributionTable::loadHops(QList<AttributionRecord> &records)
{
    QSqlQuery &select = m_store.prepared(
        QStringLiteral("SELECT source_id, mention_start, mention_end, anonymous, source_count, title, on_record "
                       "FROM attribution_hops WHERE attribution_id = :a ORDER BY position"));
    for (AttributionRecord &record : records) {
        select.bindValue(QStringLiteral(":a"), record.id);
        if (!m_store.exec(select)) {
            return false;
        }
        while (select.next()) {
            record.hops.append(readHop(select, 0));
        }
        select.finish();
    }
    return true;
}

bool AttributionTable::loadDocumentHops(QList<AttributionRecord> &records, Id documentId)
{
    // One query for the whole document: a long article has tens of thousands of attributions. Ordered as the
    // indexes walk the rows, so SQLite sorts nothing.
    QSqlQuery &select = m_store.prepared(QStringLiteral(
        "SELECT h.attribution_id, h.source_id, h.mention_start, h.mention_end, h.anonymous, h.source_count, h.title, "
        "h.on_record FROM attribution_hops h JOIN attributions a ON a.id = h.attribution_id "
        "JOIN sentences s ON s.id = a.sentence_id WHERE s.document_id = :d ORDER BY s.ordinal, a.id, h.position"));
    select.bindValue(QStringLiteral(":d"), documentId);
    if (!m_store.exec(select)) {
        return false;
    }
    QHash<Id, qsizetype> index;
    index.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        index.insert(records.at(i).id, i);
    }
    while (select.next()) {
        const auto it = index.constFind(select.value(0).toLongLong());
        if (it == index.cend()) {
            continue;
        }
        records[*it].hops.append(readHop(select, 1));
    }
    select.finish();
    return true;
}

void AttributionTable::readFields(const QSqlQuery &query, AttributionRecord &record)
{
    record.id = query.value(0).toLongLong();
    record.sentenceId = query.value(1).toLongLong();
    record.origin = originFromString(query.value(2).toString()).value_or(AttributionOrigin::Suggested);
    record.cueText = query.value(3).toString();
    record.cue = ProjectStore::readSpan(query, 4);
    record.quote = quoteTypeFromString(query.value(6).toString()).value_or(QuoteType::None);
    record.scope = scopeFromString(query.value(7).toString()).value_or(AttributionScope::Author);
    record.confidence = query.value(8).toDouble();
    record.reason = query.value(9).toString();
    record.reviewerId = ProjectStore::readOptionalId(query, 10);
}

AttributionHop AttributionTable::readHop(const QSqlQuery &query, int first)
{
    AttributionHop hop;
    hop.sourceId = query.value(first).toLongLong();
    hop.mention = ProjectStore::readSpan(query, first + 1);
    hop.anonymous = query.value(first + 3).toInt() != 0;
    hop.count = sourceCountFromString(query.value(first + 4).toString()).value_or(SourceCount::Unspecified);
    hop.title = query.value(first + 5).toString();
    hop.onRecord = query.value(first + 6).toInt() != 0;
    return hop;
}

std::optional<AttributionRecord> AttributionTable::effective(const QList<AttributionRecord> &sentenceAttributions)
{
    std::optional<AttributionRecord> suggested;
    for (const AttributionRecord &record : sentenceAttributions) {
        if (record.origin != AttributionOrigin::Suggested) {
            return record;
        }
        suggested = record;
    }
    return suggested;
}

QString AttributionTable::describe(const AttributionRecord &record)
{
    QStringList hops;
    for (const AttributionHop &hop : record.hops) {
        hops.append(QString::number(hop.sourceId));
    }
    return QStringLiteral("origin=%1 hops=%2 cue=%3 quote=%4 scope=%5")
        .arg(toString(record.origin), hops.join(QLatin1Char(',')), record.cueText, toString(record.quote),
            toString(record.scope));
}

// ---- Restoring a backup (JsonProjectImporter) ----

bool AttributionTable::restoreAttribution(const QVariantMap &row)
{
    QStringList columns {QStringLiteral("id"), QStringLiteral("sentence_id"), QStringLiteral("origin"),
        QStringLiteral("cue_text"), QStringLiteral("cue_start"), QStringLiteral("cue_end"),
        QStringLiteral("quote_type"), QStringLiteral("scope"), QStringLiteral("confidence"), QStringLiteral("reason"),
        QStringLiteral("reviewer_id"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
    if (row.contains(QStringLiteral("coder_id"))) {
        columns.append(QStringLiteral("coder_id")); // a reviewer's coding (a team's backup)
    }
    return m_store.insertRow(QStringLiteral("attributions"), columns, row);
}

bool AttributionTable::restoreHop(const QVariantMap &row)
{
    return m_store.insertRow(QStringLiteral("attribution_hops"),
        {QStringLiteral("attribution_id"), QStringLiteral("position"), QStringLiteral("source_id"),
            QStringLiteral("mention_start"), QStringLiteral("mention_end"), QStringLiteral("anonymous"),
            QStringLiteral("source_count"), QStringLiteral("title"), QStringLiteral("on_record")},
        row);
}

} // namespace Sourcelight
