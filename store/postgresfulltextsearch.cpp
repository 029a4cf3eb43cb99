#include "postgresfulltextsearch.h"

#include "projectstore.h"

#include <QSqlQuery>

namespace Sourcelight {

namespace {

constexpr int FullTextSchemaVersion = 2;

// A claim's words: its sentence's text, then its note (as SQLite's claim_fts holds both columns).
const QString ClaimWords
    = QStringLiteral("to_tsvector('simple', COALESCE(f.body, '')) || to_tsvector('simple', c.note) FROM claims c "
                     "LEFT JOIN sentence_fts f ON f.id = c.sentence_id");

} // namespace

PostgresFullTextSearch::PostgresFullTextSearch(ProjectStore &store)
    : FullTextSearch(store)
{
}

bool PostgresFullTextSearch::isAvailable() const
{
    return m_store.isOpen() && m_store.schemaVersion() >= FullTextSchemaVersion;
}

bool PostgresFullTextSearch::refreshClaims(const QList<Id> &claimIds)
{
    QSqlQuery &refresh = m_store.prepared(QStringLiteral("INSERT INTO claim_fts (id, words) SELECT c.id, ") + ClaimWords
        + QStringLiteral(" WHERE c.id = :id ON CONFLICT (id) DO UPDATE SET words = EXCLUDED.words"));
    for (const Id id : claimIds) {
        refresh.bindValue(QStringLiteral(":id"), id);
        if (!m_store.exec(refresh)) {
            return false;
        }
        refresh.finish();
    }
    return true;
}

bool PostgresFullTextSearch::prepareBulkWrite()
{
    return m_store.execDirect(QStringLiteral(
        "CREATE TEMP TABLE IF NOT EXISTS sentence_fts_pending (id BIGINT PRIMARY KEY, body TEXT NOT NULL)"));
}

bool PostgresFullTextSearch::finishBulkWrite(Id sentenceMark, Id claimMark)
{
    // Staged text of a sentence that is gone again is dropped.
    if (!m_store.execDirect(QStringLiteral("INSERT INTO sentence_fts (id, body) SELECT p.id, p.body FROM "
                                           "sentence_fts_pending p WHERE EXISTS (SELECT 1 FROM sentences s "
                                           "WHERE s.id = p.id) ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body"))) {
        return false;
    }
    // New claims, and claims made before the bulk write and moved onto a new sentence (indexed by their trigger
    // before that sentence's text was).
    QSqlQuery &claims = m_store.prepared(QStringLiteral("INSERT INTO claim_fts (id, words) SELECT c.id, ") + ClaimWords
        + QStringLiteral(" WHERE c.sentence_id > :sentences OR c.id > :claims "
                         "ON CONFLICT (id) DO UPDATE SET words = EXCLUDED.words"));
    claims.bindValue(QStringLiteral(":sentences"), sentenceMark);
    claims.bindValue(QStringLiteral(":claims"), claimMark);
    if (!m_store.exec(claims)) {
        return false;
    }
    claims.finish();
    return m_store.execDirect(QStringLiteral("DELETE FROM sentence_fts_pending"));
}

QString PostgresFullTextSearch::engineQuery(const QString &text) const
{
    // Each term is one quoted lexeme for to_tsquery: its operators (& | ! <-> :) typed by the user are searched
    // for, not obeyed. A quoted term that the parser cuts into several words matches them as a phrase.
    QStringList terms;
    for (QueryTerm term : queryTerms(text)) {
        term.text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        term.text.replace(QLatin1Char('\''), QLatin1String("''"));
        terms.append(
            QLatin1Char('\'') + term.text + QLatin1Char('\'') + (term.prefix ? QStringLiteral(":*") : QString()));
    }
    return terms.join(QLatin1String(" & "));
}

std::optional<QList<Id>> PostgresFullTextSearch::matchingSentences(const QString &query, int limit)
{
    const QString match = engineQuery(query);
    if (match.isEmpty()) {
        return QList<Id> {};
    }
    QSqlQuery &select = m_store.prepared(
        QStringLiteral("SELECT f.id FROM sentence_fts f, to_tsquery('simple', :q) q WHERE f.words @@ q "
                       "ORDER BY ts_rank(f.words, q) DESC, f.id LIMIT :limit"));
    select.bindValue(QStringLiteral(":q"), match);
    select.bindValue(QStringLiteral(":limit"), limit);
    return m_store.selectIds(select);
}

QString PostgresFullTextSearch::claimMatchCondition(const QString &claimAlias, QStringList *placeholders) const
{
    if (placeholders) {
        *placeholders = {QStringLiteral(":fts_claim")};
    }
    return QStringLiteral("%1.id IN (SELECT id FROM claim_fts WHERE words @@ to_tsquery('simple', :fts_claim))")
        .arg(claimAlias);
}

} // namespace Sourcelight
