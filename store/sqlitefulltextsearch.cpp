#include "sqlitefulltextsearch.h"

#include "projectstore.h"
#include "sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Sourcelight {

namespace {

constexpr int FullTextSchemaVersion = 2;

} // namespace

SqliteFullTextSearch::SqliteFullTextSearch(ProjectStore &store)
    : FullTextSearch(store)
{
}

bool SqliteFullTextSearch::isAvailable() const
{
    return m_store.isOpen() && m_store.schemaVersion() >= FullTextSchemaVersion;
}

bool SqliteFullTextSearch::refreshClaims(const QList<Id> &claimIds)
{
    QSqlQuery &remove = m_store.prepared(QStringLiteral("DELETE FROM claim_fts WHERE rowid = :id"));
    QSqlQuery &insert = m_store.prepared(
        QStringLiteral("INSERT INTO claim_fts (rowid, sentence, note) SELECT c.id, "
                       "COALESCE((SELECT body FROM sentence_fts WHERE rowid = c.sentence_id), ''), c.note "
                       "FROM claims c WHERE c.id = :id"));
    for (const Id id : claimIds) {
        remove.bindValue(QStringLiteral(":id"), id);
        if (!m_store.exec(remove)) {
            return false;
        }
        remove.finish();
        insert.bindValue(QStringLiteral(":id"), id);
        if (!m_store.exec(insert)) {
            return false;
        }
        insert.finish();
    }
    return true;
}

bool SqliteFullTextSearch::prepareBulkWrite()
{
    return m_store.execDirect(QStringLiteral(
        "CREATE TEMP TABLE IF NOT EXISTS sentence_fts_pending (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"));
}

bool SqliteFullTextSearch::finishBulkWrite(Id sentenceMark, Id claimMark)
{
    // Staged text of a sentence that is gone again is dropped.
    // (EXISTS, not a join: SQLite would walk every sentence for a join, however few were staged.)
    if (!m_store.execDirect(QStringLiteral("INSERT INTO sentence_fts (rowid, body) SELECT p.id, p.body FROM "
                                           "temp.sentence_fts_pending p WHERE EXISTS (SELECT 1 FROM sentences s "
                                           "WHERE s.id = p.id)"))) {
        return false;
    }
    // A claim made before the bulk write and moved onto a new sentence was indexed by its trigger before that
    // sentence's text was: it is indexed again. (Rare; one rowid at a time, since FTS5 scans its whole index for a
    // DELETE … WHERE rowid IN (subquery).)
    QSqlQuery &moved
        = m_store.prepared(QStringLiteral("SELECT id FROM claims WHERE sentence_id > :sentences AND id <= :claims"));
    moved.bindValue(QStringLiteral(":sentences"), sentenceMark);
    moved.bindValue(QStringLiteral(":claims"), claimMark);
    const std::optional<QList<Id>> movedClaims = m_store.selectIds(moved);
    if (!movedClaims) {
        return false;
    }
    QSqlQuery &unindex = m_store.prepared(QStringLiteral("DELETE FROM claim_fts WHERE rowid = :id"));
    for (const Id id : *movedClaims) {
        unindex.bindValue(QStringLiteral(":id"), id);
        if (!m_store.exec(unindex)) {
            return false;
        }
        unindex.finish();
    }
    QSqlQuery &claims = m_store.prepared(QStringLiteral(
        "INSERT INTO claim_fts (rowid, sentence, note) SELECT c.id, COALESCE(p.body, (SELECT f.body FROM "
        "sentence_fts f WHERE f.rowid = c.sentence_id), ''), c.note FROM claims c "
        "LEFT JOIN temp.sentence_fts_pending p ON p.id = c.sentence_id WHERE c.sentence_id > :sentences OR c.id > "
        ":claims"));
    claims.bindValue(QStringLiteral(":sentences"), sentenceMark);
    claims.bindValue(QStringLiteral(":claims"), claimMark);
    if (!m_store.exec(claims)) {
        return false;
    }
    claims.finish();
    return m_store.execDirect(QStringLiteral("DELETE FROM temp.sentence_fts_pending"));
}

QString SqliteFullTextSearch::engineQuery(const QString &text) const
{
    // Every term becomes an FTS5 string ("…", quotes doubled), so operators and column filters typed by the user
    // are searched for, not obeyed. "A phrase" stays one phrase; word* keeps its prefix star.
    QStringList terms;
    for (QueryTerm term : queryTerms(text)) {
        term.text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms.append(QLatin1Char('"') + term.text + QLatin1Char('"') + (term.prefix ? QStringLiteral("*") : QString()));
    }
    return terms.join(QLatin1Char(' '));
}

std::optional<QList<Id>> SqliteFullTextSearch::matchingSentences(const QString &query, int limit)
{
    const QString match = engineQuery(query);
    if (match.isEmpty()) {
        return QList<Id> {};
    }
    QSqlQuery &select = m_store.prepared(
        QStringLiteral("SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH :q ORDER BY rank LIMIT :limit"));
    select.bindValue(QStringLiteral(":q"), match);
    select.bindValue(QStringLiteral(":limit"), limit);
    return m_store.selectIds(select);
}

QString SqliteFullTextSearch::claimMatchCondition(const QString &claimAlias, QStringList *placeholders) const
{
    // claim_fts (schema version 4) holds each claim's sentence text and note under the claim's id.
    if (placeholders) {
        *placeholders = {QStringLiteral(":fts_claim")};
    }
    return QStringLiteral("%1.id IN (SELECT rowid FROM claim_fts WHERE claim_fts MATCH :fts_claim)").arg(claimAlias);
}

} // namespace Sourcelight
