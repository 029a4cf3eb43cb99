#include "documentsnapshot.h"

#include "fulltextsearch.h"
#include "historylog.h"
#include "projectstore_p.h"
#include "sqltransaction.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace Sourcelight {

namespace {

const QString Documents = QStringLiteral("documents");

// The rows of one document, table by table, parents first. The conditions are our own SQL; the document's id is
// bound as :d.
struct TableRows
{
    const char *table;
    const char *condition;
};

constexpr TableRows SnapshotTables[] = {
    {"documents", "id = :d"},
    {"sentences", "document_id = :d"},
    {"attributions", "sentence_id IN (SELECT id FROM sentences WHERE document_id = :d)"},
    {"attribution_hops",
        "attribution_id IN (SELECT a.id FROM attributions a JOIN sentences s ON s.id = a.sentence_id "
        "WHERE s.document_id = :d)"},
    {"claims", "sentence_id IN (SELECT id FROM sentences WHERE document_id = :d)"},
    {"claim_tags",
        "claim_id IN (SELECT c.id FROM claims c JOIN sentences s ON s.id = c.sentence_id WHERE s.document_id = :d)"},
    {"evidence",
        "claim_id IN (SELECT c.id FROM claims c JOIN sentences s ON s.id = c.sentence_id WHERE s.document_id = :d)"},
};

// What the rows refer to outside the document: it may be gone by the time the document is put back.
const char *const CitedSources = "id IN (SELECT h.source_id FROM attribution_hops h JOIN attributions a ON a.id = "
                                 "h.attribution_id JOIN sentences s ON s.id = a.sentence_id WHERE s.document_id = :d)";
const char *const CitedSourceAliases
    = "source_id IN (SELECT h.source_id FROM attribution_hops h JOIN attributions a ON a.id = h.attribution_id "
      "JOIN sentences s ON s.id = a.sentence_id WHERE s.document_id = :d)";
const char *const UsedTags = "id IN (SELECT t.tag_id FROM claim_tags t JOIN claims c ON c.id = t.claim_id "
                             "JOIN sentences s ON s.id = c.sentence_id WHERE s.document_id = :d)";

QVariant valueOf(const QStringList &columns, const QVariantList &row, const char *column)
{
    return row.value(columns.indexOf(QLatin1String(column)));
}

/// The first row of a one-value query, or an invalid QVariant when there is none; nullopt on a database error.
std::optional<QVariant> firstValue(ProjectStore &store, QSqlQuery &query)
{
    if (!StoreAccess::exec(store, query)) {
        return std::nullopt;
    }
    QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}

/// Whether `table` has a row with this id; nullopt on a database error.
std::optional<bool> hasRow(ProjectStore &store, const QString &table, const QVariant &id)
{
    QSqlQuery &query = StoreAccess::prepared(store, QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(table));
    query.bindValue(QStringLiteral(":id"), id);
    const std::optional<QVariant> value = firstValue(store, query);
    return value ? std::optional<bool>(value->isValid()) : std::nullopt;
}

/// Whether the row of `table` with this id is still the one the snapshot saw: it exists and the history has not
/// recorded it removed or merged since line `historyMark` (a freed id is handed out again). Renamed is still it.
std::optional<bool> sameRowStill(ProjectStore &store, const QString &table, Id id, Id historyMark)
{
    // Table names are ours, never user data.
    QSqlQuery &query = StoreAccess::prepared(store,
        QStringLiteral("SELECT 1 FROM %1 WHERE id = :id AND NOT EXISTS (SELECT 1 FROM history WHERE entity = '%1' "
                       "AND entity_id = :again AND field IN ('removed', 'merged_into') AND id > :mark)")
            .arg(table));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":again"), id);
    query.bindValue(QStringLiteral(":mark"), historyMark);
    const std::optional<QVariant> value = firstValue(store, query);
    return value ? std::optional<bool>(value->isValid()) : std::nullopt;
}

/// Where a source that is gone went: the source it was merged into (through later merges too), else one of the
/// same name and kind added since; 0 for none, nullopt on a database error.
std::optional<Id> successorOf(ProjectStore &store, Id id, const QString &name, const QString &kind)
{
    Id now = id;
    for (int step = 0; step < 64; ++step) {
        QSqlQuery &merged = StoreAccess::prepared(store,
            QStringLiteral("SELECT new_value FROM history WHERE entity = 'sources' AND entity_id = :id "
                           "AND field = 'merged_into' ORDER BY id DESC LIMIT 1"));
        merged.bindValue(QStringLiteral(":id"), now);
        const std::optional<QVariant> into = firstValue(store, merged);
        if (!into) {
            return std::nullopt;
        }
        if (!into->isValid()) {
            break;
        }
        now = into->toLongLong();
        const std::optional<bool> there = hasRow(store, QStringLiteral("sources"), now);
        if (!there) {
            return std::nullopt;
        }
        if (*there) {
            return now;
        }
    }
    QSqlQuery &named
        = StoreAccess::prepared(store, QStringLiteral("SELECT id FROM sources WHERE name = :name AND kind = :kind"));
    named.bindValue(QStringLiteral(":name"), name);
    named.bindValue(QStringLiteral(":kind"), kind);
    const std::optional<QVariant> match = firstValue(store, named);
    if (!match) {
        return std::nullopt;
    }
    return match->isValid() ? match->toLongLong() : Id(0);
}

std::optional<qint64> countOf(ProjectStore &store, const QString &sql, Id documentId)
{
    QSqlQuery &query = StoreAccess::prepared(store, sql);
    query.bindValue(QStringLiteral(":d"), documentId);
    const std::optional<QVariant> n = firstValue(store, query);
    return n && n->isValid() ? std::optional<qint64>(n->toLongLong()) : std::nullopt;
}

} // namespace

std::optional<DocumentContents> DocumentSnapshot::count(ProjectStore &store, Id documentId)
{
    const auto sentences
        = countOf(store, QStringLiteral("SELECT count(*) FROM sentences WHERE document_id = :d"), documentId);
    const auto claims = countOf(store,
        QStringLiteral(
            "SELECT count(*) FROM claims c JOIN sentences s ON s.id = c.sentence_id WHERE s.document_id = :d"),
        documentId);
    const auto attributions = countOf(store,
        QStringLiteral("SELECT count(*) FROM attributions a JOIN sentences s ON s.id = a.sentence_id "
                       "WHERE s.document_id = :d AND a.origin <> 'suggested'"),
        documentId);
    if (!sentences || !claims || !attributions) {
        return std::nullopt;
    }
    return DocumentContents {*sentences, *claims, *attributions};
}

std::optional<DocumentSnapshot> DocumentSnapshot::take(ProjectStore &store, Id documentId)
{
    DocumentSnapshot snapshot;
    snapshot.m_documentId = documentId;
    for (const TableRows &spec : SnapshotTables) {
        std::optional<Rows> rows
            = readRows(store, QString::fromLatin1(spec.table), QLatin1String(spec.condition), documentId);
        if (!rows) {
            return std::nullopt;
        }
        snapshot.m_tables.append(*rows);
    }
    std::optional<Rows> sources = readRows(store, QStringLiteral("sources"), QLatin1String(CitedSources), documentId);
    std::optional<Rows> aliases
        = readRows(store, QStringLiteral("source_aliases"), QLatin1String(CitedSourceAliases), documentId);
    std::optional<Rows> tags = readRows(store, QStringLiteral("tags"), QLatin1String(UsedTags), documentId);
    if (!sources || !aliases || !tags) {
        return std::nullopt;
    }
    snapshot.m_sources = *sources;
    snapshot.m_aliases = *aliases;
    snapshot.m_tags = *tags;
    const Rows &document = snapshot.m_tables.first();
    if (document.rows.isEmpty()) {
        StoreAccess::setError(
            store, ProjectStore::Error::InvalidArgument, tr("There is no document %1.").arg(documentId));
        return std::nullopt;
    }
    const QVariantList &row = document.rows.first();
    snapshot.m_title = row.at(document.columns.indexOf(QLatin1String("title"))).toString();
    snapshot.m_contentHash = row.at(document.columns.indexOf(QLatin1String("content_hash"))).toString();
    const QString body = row.at(document.columns.indexOf(QLatin1String("body"))).toString();

    const Rows &sentences = snapshot.m_tables.at(1);
    const qsizetype idColumn = sentences.columns.indexOf(QLatin1String("id"));
    const qsizetype startColumn = sentences.columns.indexOf(QLatin1String("start_offset"));
    const qsizetype endColumn = sentences.columns.indexOf(QLatin1String("end_offset"));
    for (const QVariantList &s : sentences.rows) {
        const qsizetype start = s.at(startColumn).toLongLong();
        snapshot.m_sentenceIds.append(s.at(idColumn).toLongLong());
        snapshot.m_sentenceTexts.append(body.mid(start, s.at(endColumn).toLongLong() - start));
    }

    QSqlQuery &older
        = StoreAccess::prepared(store, QStringLiteral("SELECT id FROM documents WHERE superseded_by = :d"));
    older.bindValue(QStringLiteral(":d"), documentId);
    const std::optional<QList<Id>> olderIds = StoreAccess::selectIds(store, older);
    const std::optional<DocumentContents> contents = count(store, documentId);
    if (!olderIds || !contents) {
        return std::nullopt;
    }
    QSqlQuery &lastLine = StoreAccess::prepared(store, QStringLiteral("SELECT coalesce(max(id), 0) FROM history"));
    const std::optional<QVariant> historyMark = firstValue(store, lastLine);
    if (!historyMark) {
        return std::nullopt;
    }
    snapshot.m_historyMark = historyMark->toLongLong();
    snapshot.m_olderVersions = *olderIds;
    snapshot.m_contents = *contents;
    return snapshot;
}

std::optional<DocumentSnapshot::Rows> DocumentSnapshot::readRows(
    ProjectStore &store, const QString &table, const QString &condition, Id id)
{
    // In key order, the same on every engine: a link table by its two ids, the rest by id.
    const QString key = table == QLatin1String("attribution_hops") ? QStringLiteral("attribution_id, position")
        : table == QLatin1String("claim_tags")                     ? QStringLiteral("claim_id, tag_id")
                                                                   : QStringLiteral("id");
    QSqlQuery &select = StoreAccess::prepared(
        store, QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY %3").arg(table, condition, key));
    select.bindValue(QStringLiteral(":d"), id);
    std::optional<RawRows> raw = readRawRows(store, select);
    if (!raw) {
        return std::nullopt;
    }
    return Rows {table, raw->columns, raw->rows};
}

QString DocumentSnapshot::description() const
{
    const auto counted = [](qint64 n, const char *one, const char *many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    return QStringLiteral("“%1” (%2, %3)")
        .arg(m_title, counted(m_contents.sentences, "sentence", "sentences"),
            counted(m_contents.claims, "claim", "claims"));
}

bool DocumentSnapshot::remove(ProjectStore &store) const
{
    SqlTransaction transaction(store);
    if (!transaction.isActive()) {
        return false;
    }
    // Sentences, attributions, claims, tags on claims and evidence go with it (ON DELETE CASCADE), and so do their
    // full-text entries (triggers); older versions it replaced lose the link (ON DELETE SET NULL).
    QSqlQuery &remove = StoreAccess::prepared(store, QStringLiteral("DELETE FROM documents WHERE id = :d"));
    remove.bindValue(QStringLiteral(":d"), m_documentId);
    const bool ok = StoreAccess::exec(store, remove);
    const int removed = remove.numRowsAffected();
    remove.finish();
    if (!ok) {
        return false;
    }
    if (removed != 1) {
        StoreAccess::setError(
            store, ProjectStore::Error::InvalidArgument, tr("There is no document %1.").arg(m_documentId));
        return false;
    }
    return store.history().record(Documents, m_documentId, QStringLiteral("removed"), description(), {})
        && transaction.commit();
}

bool DocumentSnapshot::idsAreFree(ProjectStore &store) const
{
    // Ids are handed out as the highest one plus one, so whatever was added after the removal may hold one of ours.
    for (const Rows &rows : m_tables) {
        const qsizetype idColumn = rows.columns.indexOf(QLatin1String("id"));
        if (idColumn < 0 || rows.rows.isEmpty()) {
            continue;
        }
        QSet<Id> ours;
        Id low = std::numeric_limits<Id>::max();
        Id high = std::numeric_limits<Id>::min();
        for (const QVariantList &row : rows.rows) {
            const Id id = row.at(idColumn).toLongLong();
            ours.insert(id);
            low = std::min(low, id);
            high = std::max(high, id);
        }
        QSqlQuery &select = StoreAccess::prepared(
            store, QStringLiteral("SELECT id FROM %1 WHERE id BETWEEN :low AND :high").arg(rows.table));
        select.bindValue(QStringLiteral(":low"), low);
        select.bindValue(QStringLiteral(":high"), high);
        const std::optional<QList<Id>> taken = StoreAccess::selectIds(store, select);
        if (!taken) {
            return false;
        }
        for (const Id id : *taken) {
            if (ours.contains(id)) {
                StoreAccess::setError(store, ProjectStore::Error::InvalidArgument,
                    tr("“%1” cannot be put back: something added since it was removed has taken its place (%2 %3).")
                        .arg(m_title, rows.table)
                        .arg(id));
                return false;
            }
        }
    }
    QSqlQuery &sameText
        = StoreAccess::prepared(store, QStringLiteral("SELECT id FROM documents WHERE content_hash = :hash"));
    sameText.bindValue(QStringLiteral(":hash"), m_contentHash);
    const std::optional<QList<Id>> duplicates = StoreAccess::selectIds(store, sameText);
    if (!duplicates) {
        return false;
    }
    if (!duplicates->isEmpty()) {
        StoreAccess::setError(store, ProjectStore::Error::InvalidArgument,
            tr("“%1” cannot be put back: the same text has been imported again since it was removed.").arg(m_title));
        return false;
    }
    return true;
}

bool DocumentSnapshot::restore(ProjectStore &store) const
{
    SqlTransaction transaction(store);
    QHash<Id, Id> sourceIds;
    QHash<Id, Id> tagIds;
    if (!transaction.isActive() || !idsAreFree(store) || !putBackSources(store, sourceIds)
        || !putBackTags(store, tagIds)) {
        return false;
    }
    // The rows that cite a source or tag that now goes by another id.
    const auto renumbered = [](const Rows &rows, const char *column, const QHash<Id, Id> &ids) {
        QList<QVariantList> values = rows.rows;
        const qsizetype c = rows.columns.indexOf(QLatin1String(column));
        for (QVariantList &row : values) {
            row[c] = ids.value(row.at(c).toLongLong(), row.at(c).toLongLong());
        }
        return values;
    };
    for (const Rows &rows : m_tables) {
        if (rows.table == QLatin1String("attributions")) {
            // Before any claim: a claim's full-text entry copies its sentence's text from the sentence index.
            FullTextSearch &fullText = store.fullText();
            if (fullText.isAvailable() && !m_sentenceIds.isEmpty()
                && !fullText.indexSentences(m_sentenceIds, m_sentenceTexts)) {
                return false;
            }
        }
        QList<QVariantList> values = rows.rows;
        if (rows.table == QLatin1String("attribution_hops") && !sourceIds.isEmpty()) {
            values = renumbered(rows, "source_id", sourceIds);
        } else if (rows.table == QLatin1String("claim_tags") && !tagIds.isEmpty()) {
            values = renumbered(rows, "tag_id", tagIds);
        }
        if (!values.isEmpty() && !StoreAccess::insertRows(store, rows.table, rows.columns, values, false)) {
            return false;
        }
    }
    for (const Id older : m_olderVersions) {
        QSqlQuery &link = StoreAccess::prepared(store,
            QStringLiteral("UPDATE documents SET superseded_by = :d WHERE id = :older AND superseded_by IS NULL"));
        link.bindValue(QStringLiteral(":d"), m_documentId);
        link.bindValue(QStringLiteral(":older"), older);
        const bool ok = StoreAccess::exec(store, link);
        link.finish();
        if (!ok) {
            return false;
        }
    }
    return store.history().record(Documents, m_documentId, QStringLiteral("restored"), {}, description())
        && transaction.commit();
}

std::optional<Id> DocumentSnapshot::insertAgain(ProjectStore &store, const Rows &rows, QVariantList row, bool idTaken)
{
    const qsizetype idColumn = rows.columns.indexOf(QLatin1String("id"));
    if (!idTaken) {
        const Id id = row.at(idColumn).toLongLong();
        return StoreAccess::insertRows(store, rows.table, rows.columns, {row}, false) ? std::optional<Id>(id)
                                                                                      : std::nullopt;
    }
    row[idColumn] = QVariant(QMetaType::fromType<qint64>()); // a new one
    const std::optional<QList<Id>> ids = StoreAccess::insertRows(store, rows.table, rows.columns, {row}, true);
    return ids && ids->size() == 1 ? std::optional<Id>(ids->first()) : std::nullopt;
}

bool DocumentSnapshot::followGoneRows(ProjectStore &store, const Rows &rows, QHash<Id, Id> &ids,
    const std::function<std::optional<Id>(const QVariantList &row, Id id)> &idNow) const
{
    for (const QVariantList &row : rows.rows) {
        const Id id = valueOf(rows.columns, row, "id").toLongLong();
        const std::optional<bool> stillThere = sameRowStill(store, rows.table, id, m_historyMark);
        if (!stillThere) {
            return false;
        }
        if (*stillThere) {
            continue;
        }
        const std::optional<Id> now = idNow(row, id);
        if (!now) {
            return false;
        }
        if (*now != id) {
            ids.insert(id, *now);
        }
    }
    return true;
}

bool DocumentSnapshot::putBackSources(ProjectStore &store, QHash<Id, Id> &sourceIds) const
{
    const QStringList &columns = m_sources.columns;
    return followGoneRows(store, m_sources, sourceIds, [&](const QVariantList &row, Id id) {
        const QString name = valueOf(columns, row, "name").toString();
        const QString kind = valueOf(columns, row, "kind").toString();
        std::optional<Id> now = successorOf(store, id, name, kind);
        if (now && *now == 0) {
            now = putBackSource(store, row);
        }
        return now;
    });
}

std::optional<Id> DocumentSnapshot::putBackSource(ProjectStore &store, const QVariantList &row) const
{
    // As it was, under its own id where that is free, with its aliases; its parent where that is still there.
    const QStringList &columns = m_sources.columns;
    const Id id = valueOf(columns, row, "id").toLongLong();
    const std::optional<bool> idTaken = hasRow(store, m_sources.table, id);
    const std::optional<bool> parentThere = hasRow(store, m_sources.table, valueOf(columns, row, "parent_id"));
    if (!idTaken || !parentThere) {
        return std::nullopt;
    }
    QVariantList values = row;
    if (!*parentThere) {
        values[columns.indexOf(QLatin1String("parent_id"))] = QVariant(QMetaType::fromType<qint64>());
    }
    const std::optional<Id> now = insertAgain(store, m_sources, values, *idTaken);
    if (!now) {
        return std::nullopt;
    }
    QList<QVariantList> aliases;
    for (const QVariantList &alias : m_aliases.rows) {
        if (valueOf(m_aliases.columns, alias, "source_id").toLongLong() == id) {
            aliases.append({*now, valueOf(m_aliases.columns, alias, "alias")});
        }
    }
    const QStringList aliasColumns = {QStringLiteral("source_id"), QStringLiteral("alias")};
    if ((!aliases.isEmpty() && !StoreAccess::insertRows(store, m_aliases.table, aliasColumns, aliases, false))
        || !store.history().record(
            m_sources.table, *now, QStringLiteral("restored"), {}, valueOf(columns, row, "name"))) {
        return std::nullopt;
    }
    return now;
}

bool DocumentSnapshot::putBackTags(ProjectStore &store, QHash<Id, Id> &tagIds) const
{
    const QStringList &columns = m_tags.columns;
    return followGoneRows(store, m_tags, tagIds, [&](const QVariantList &row, Id id) -> std::optional<Id> {
        const QString name = valueOf(columns, row, "name").toString();
        // Tag names are unique: the tag of that name, whatever its id now; else the tag as it was.
        QSqlQuery &named = StoreAccess::prepared(store, QStringLiteral("SELECT id FROM tags WHERE name = :name"));
        named.bindValue(QStringLiteral(":name"), name);
        const std::optional<QVariant> match = firstValue(store, named);
        const std::optional<bool> idTaken = hasRow(store, m_tags.table, id);
        if (!match || !idTaken) {
            return std::nullopt;
        }
        std::optional<Id> now = match->isValid() ? std::optional<Id>(match->toLongLong()) : std::nullopt;
        if (!now) {
            now = insertAgain(store, m_tags, row, *idTaken);
            if (!now || !store.history().record(m_tags.table, *now, QStringLiteral("restored"), {}, name)) {
                return std::nullopt;
            }
        }
        return now;
    });
}

} // namespace Sourcelight
