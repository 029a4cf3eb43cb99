#include "projectstore.h"

#include "fulltextsearch.h"
#include "sqltransaction.h"
#include "storelogging.h"

#include <QSqlQuery>

// The bookkeeping of a bulk write: what new rows' triggers would derive row by row is filled in once, at commit.

namespace Sourcelight {

namespace {

constexpr int BulkImportSchemaVersion = 6;

} // namespace

bool ProjectStore::beginBulkWrite()
{
    if (m_transactionDepth == 0) {
        setError(Error::InvalidArgument, tr("A bulk write needs a transaction."));
        return false;
    }
    if (m_schemaVersion < BulkImportSchemaVersion) {
        return true; // an older project (made by a tool or a test) keeps the row-by-row triggers
    }
    // Everything above today's highest ids is new. (Row ids are handed out above the highest one in use.)
    QSqlQuery &begin = prepared(QStringLiteral(
        "INSERT INTO bulk_import (sentence_mark, claim_mark) SELECT (SELECT COALESCE(max(id), 0) FROM sentences), "
        "(SELECT COALESCE(max(id), 0) FROM claims) WHERE NOT EXISTS (SELECT 1 FROM bulk_import)"));
    if (!exec(begin)) {
        return false;
    }
    begin.finish();
    if (!m_fullText->prepareBulkWrite()) {
        return false;
    }
    m_bulkWriting = true;
    return true;
}

bool ProjectStore::finishBulkWrite()
{
    if (!m_bulkWriting) {
        return true;
    }
    QSqlQuery &marks = prepared(QStringLiteral("SELECT sentence_mark, claim_mark FROM bulk_import"));
    if (!exec(marks)) {
        return false;
    }
    if (!marks.next()) {
        marks.finish();
        m_bulkWriting = false;
        return true;
    }
    const Id sentenceMark = marks.value(0).toLongLong();
    const Id claimMark = marks.value(1).toLongLong();
    marks.finish();
    // The same source copy as the claims' triggers (migration 5), for every claim the bulk write made or moved.
    // Only claims whose copy differs are written: an importer passes the copy with the claims it adds, so most
    // are right already, and reading them costs about half of rewriting them.
    QSqlQuery &sources = prepared(QStringLiteral(
        "UPDATE claims SET source_id = v.source_id, source_anonymous = v.anonymous "
        "FROM (SELECT c.id, h.source_id, COALESCE(h.anonymous, 0) AS anonymous FROM claims c "
        "LEFT JOIN effective_attributions e ON e.sentence_id = c.sentence_id "
        "LEFT JOIN attribution_hops h ON h.attribution_id = e.attribution_id AND h.position = 0 "
        "WHERE c.sentence_id > :sentences OR c.id > :claims) v "
        "WHERE claims.id = v.id "
        "AND (claims.source_id IS DISTINCT FROM v.source_id OR claims.source_anonymous IS DISTINCT FROM v.anonymous)"));
    sources.bindValue(QStringLiteral(":sentences"), sentenceMark);
    sources.bindValue(QStringLiteral(":claims"), claimMark);
    if (!exec(sources)) {
        return false;
    }
    sources.finish();
    if (!m_fullText->finishBulkWrite(sentenceMark, claimMark) || !execDirect(QStringLiteral("DELETE FROM bulk_import"))
        || !refreshPlannerStatistics(sentenceMark)) {
        return false;
    }
    m_bulkWriting = false;
    return true;
}

// A server plans each statement from its statistics of the tables, which its autovacuum gathers in the background
// a minute or so after the rows change. Until then a project that a publish or a large import has just filled is
// planned as the small one it was: the library's counts and the claim filters read whole tables for every document
// (15 s for a 100,000-sentence project at its first open). So when a bulk write added as much again as a tenth of
// the project's sentences -- the share at which autovacuum would gather them -- they are gathered now, in the same
// transaction. A login that does not own the tables is skipped with a notice, and autovacuum does it later.
bool ProjectStore::refreshPlannerStatistics(Id sentenceMark)
{
    if (!onServer()) {
        return true; // SQLite plans from its indexes alone (the project never runs ANALYZE)
    }
    QSqlQuery &highest = prepared(QStringLiteral("SELECT COALESCE(max(id), 0) FROM sentences"));
    if (!exec(highest) || !highest.next()) {
        return false;
    }
    const Id added = highest.value(0).toLongLong() - sentenceMark;
    highest.finish();
    if (added <= sentenceMark / 10) {
        return true;
    }
    return execDirect(QStringLiteral("ANALYZE"));
}

bool ProjectStore::repairBulkWrite()
{
    if (m_schemaVersion < BulkImportSchemaVersion) {
        return true;
    }
    QSqlQuery &marks = prepared(QStringLiteral("SELECT sentence_mark FROM bulk_import"));
    if (!exec(marks)) {
        fail(m_error, m_errorString);
        return false;
    }
    const bool left = marks.next();
    const Id sentenceMark = left ? marks.value(0).toLongLong() : 0;
    marks.finish();
    if (!left) {
        return true;
    }
    // A bulk write's marker was committed (it never should be: SqlTransaction finishes every bulk write before its
    // COMMIT). Since then the triggers have stood aside for every new row: finish that write now, indexing first the
    // new sentences whose staged text was lost with its connection.
    qCWarning(lcStore) << "completing an unfinished bulk import in" << m_path;
    SqlTransaction transaction(*this);
    QSqlQuery &missing = prepared(QStringLiteral(
        "SELECT s.id, s.start_offset, s.end_offset, d.body FROM sentences s JOIN documents d ON d.id = s.document_id "
        "WHERE s.id > :mark AND NOT EXISTS (SELECT 1 FROM sentence_fts f WHERE f.rowid = s.id) ORDER BY s.id"));
    missing.bindValue(QStringLiteral(":mark"), sentenceMark);
    if (!transaction.isActive() || !exec(missing)) {
        fail(m_error, m_errorString);
        return false;
    }
    QList<Id> ids;
    QStringList texts;
    while (missing.next()) {
        const QString body = missing.value(3).toString();
        const qsizetype start = missing.value(1).toLongLong();
        const qsizetype end = missing.value(2).toLongLong();
        ids.append(missing.value(0).toLongLong());
        texts.append(body.mid(start, end - start));
    }
    missing.finish();
    if (!m_fullText->indexSentences(ids, texts) || !m_fullText->prepareBulkWrite()) {
        fail(m_error, m_errorString);
        return false;
    }
    m_bulkWriting = true; // finished by the commit
    if (!transaction.commit()) {
        fail(m_error, m_errorString);
        return false;
    }
    return true;
}

void ProjectStore::bulkWriteRolledBack()
{
    if (!m_bulkWriting) {
        return;
    }
    if (m_transactionDepth == 0) {
        m_bulkWriting = false;
        return;
    }
    // A savepoint's rollback takes the bulk_import row away when the bulk write began inside it.
    QSqlQuery &marks = prepared(QStringLiteral("SELECT 1 FROM bulk_import"));
    m_bulkWriting = exec(marks) && marks.next();
    marks.finish();
}
} // namespace Sourcelight
