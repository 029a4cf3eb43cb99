#include "documentsnapshot.h"

#include "fulltextsearch.h"
#include "historylog.h"
#include "projectstore_p.h"
#include "sqltransaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

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

std::optional<qint64> countOf(ProjectStore &store, const QString &sql, Id documentId)
{
    QSqlQuery &query = StoreAccess::prepared(store, sql);
    query.bindValue(QStringLiteral(":d"), documentId);
    if (!StoreAccess::exec(store, query) || !query.next()) {
        query.finish();
        return std::nullopt;
    }
    const qint64 n = query.value(0).toLongLong();
    query.finish();
    return n;
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
        Rows rows;
        rows.table = QString::fromLatin1(spec.table);
        QSqlQuery &select = StoreAccess::prepared(store,
            QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY rowid").arg(rows.table, QLatin1String(spec.condition)));
        select.bindValue(QStringLiteral(":d"), documentId);
        if (!StoreAccess::exec(store, select)) {
            return std::nullopt;
        }
        const QSqlRecord record = select.record();
        for (int c = 0; c < record.count(); ++c) {
            rows.columns.append(record.fieldName(c));
        }
        while (select.next()) {
            QVariantList values;
            values.reserve(record.count());
            for (int c = 0; c < record.count(); ++c) {
                values.append(select.value(c));
            }
            rows.rows.append(values);
        }
        select.finish();
        snapshot.m_tables.append(rows);
    }
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
    snapshot.m_olderVersions = *olderIds;
    snapshot.m_contents = *contents;
    return snapshot;
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
    if (!transaction.isActive() || !idsAreFree(store)) {
        return false;
    }
    for (const Rows &rows : m_tables) {
        if (rows.table == QLatin1String("attributions")) {
            // Before any claim: a claim's full-text entry copies its sentence's text from the sentence index.
            FullTextSearch &fullText = store.fullText();
            if (fullText.isAvailable() && !m_sentenceIds.isEmpty()
                && !fullText.indexSentences(m_sentenceIds, m_sentenceTexts)) {
                return false;
            }
        }
        if (!rows.rows.isEmpty() && !StoreAccess::insertRows(store, rows.table, rows.columns, rows.rows, false)) {
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

} // namespace Sourcelight
