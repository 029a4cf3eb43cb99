#include "fulltextsearch.h"

#include "projectstore_p.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Sourcelight {

QList<FullTextSearch::QueryTerm> FullTextSearch::queryTerms(const QString &text)
{
    QList<QueryTerm> terms;
    QString current;
    bool inQuotes = false;
    auto flush = [&terms, &current](bool phrase) {
        QString term = current.trimmed();
        current.clear();
        if (term.isEmpty()) {
            return;
        }
        bool prefix = false;
        if (!phrase && term.endsWith(QLatin1Char('*'))) {
            term.chop(1);
            prefix = true;
            if (term.isEmpty()) {
                return;
            }
        }
        terms.append({term, prefix});
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            flush(inQuotes);
            inQuotes = !inQuotes;
        } else if (!inQuotes && c.isSpace()) {
            flush(false);
        } else {
            current.append(c);
        }
    }
    flush(inQuotes);
    return terms;
}

bool FullTextSearch::indexSentences(const QList<Id> &sentenceIds, const QStringList &texts)
{
    Q_ASSERT(sentenceIds.size() == texts.size());
    QList<QVariantList> rows;
    rows.reserve(sentenceIds.size());
    for (qsizetype i = 0; i < sentenceIds.size(); ++i) {
        rows.append({sentenceIds.at(i), texts.at(i)});
    }
    const bool staged = m_store.isBulkWriting();
    return StoreAccess::insertRows(m_store, staged ? stagingTable() : QStringLiteral("sentence_fts"),
        {staged ? QStringLiteral("id") : sentenceIdColumn(), QStringLiteral("body")}, rows, false)
        .has_value();
}

bool FullTextSearch::replaceSentences(const QList<Id> &sentenceIds, const QStringList &texts)
{
    QSqlQuery &remove = StoreAccess::prepared(
        m_store, QStringLiteral("DELETE FROM sentence_fts WHERE %1 = :id").arg(sentenceIdColumn()));
    for (const Id id : sentenceIds) {
        remove.bindValue(QStringLiteral(":id"), id);
        if (!StoreAccess::exec(m_store, remove)) {
            return false;
        }
        remove.finish();
    }
    return indexSentences(sentenceIds, texts);
}

bool FullTextSearch::rebuildSentenceIndex()
{
    SqlTransaction transaction(m_store);
    if (!transaction.isActive() || !StoreAccess::execDirect(m_store, QStringLiteral("DELETE FROM sentence_fts"))) {
        return false;
    }
    // Offsets are UTF-16, so the text is cut here, not with SQL substr() (which counts code points).
    QSqlQuery documents(StoreAccess::database(m_store));
    documents.setForwardOnly(!m_store.onServer()); // read whole on a server: other statements run while it is read
    if (!documents.exec(QStringLiteral("SELECT id, body FROM documents"))) {
        StoreAccess::setSqlError(m_store, documents.lastError());
        return false;
    }
    while (documents.next()) {
        const Id documentId = documents.value(0).toLongLong();
        const QString body = documents.value(1).toString();
        QSqlQuery sentences(StoreAccess::database(m_store));
        sentences.setForwardOnly(true);
        sentences.prepare(QStringLiteral("SELECT id, start_offset, end_offset FROM sentences WHERE document_id = :d"));
        sentences.bindValue(QStringLiteral(":d"), documentId);
        if (!sentences.exec()) {
            StoreAccess::setSqlError(m_store, sentences.lastError());
            return false;
        }
        QList<Id> ids;
        QStringList texts;
        while (sentences.next()) {
            const qsizetype start = sentences.value(1).toLongLong();
            const qsizetype end = sentences.value(2).toLongLong();
            ids.append(sentences.value(0).toLongLong());
            texts.append(body.mid(start, end - start));
        }
        if (!indexSentences(ids, texts)) {
            return false;
        }
    }
    return transaction.commit();
}

std::optional<QList<Id>> FullTextSearch::matchingClaims(const QString &query)
{
    const QString match = engineQuery(query);
    if (match.isEmpty()) {
        return QList<Id> {};
    }
    QStringList placeholders;
    const QString condition = claimMatchCondition(QStringLiteral("c"), &placeholders);
    QSqlQuery &select = StoreAccess::prepared(
        m_store, QStringLiteral("SELECT c.id FROM claims c WHERE ") + condition + QStringLiteral(" ORDER BY c.id"));
    for (const QString &placeholder : std::as_const(placeholders)) {
        select.bindValue(placeholder, match);
    }
    return StoreAccess::selectIds(m_store, select);
}

} // namespace Sourcelight
