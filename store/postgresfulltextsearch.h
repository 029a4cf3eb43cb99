#pragma once

#include "fulltextsearch.h"

namespace Sourcelight {

/// FullTextSearch on PostgreSQL: sentence_fts holds each sentence's text with its words as a tsvector column
/// (id = sentence id, schema version 2); claim_fts the words of each claim's sentence text and note (version 4), kept
/// by triggers. The 'simple' text-search configuration: words are lower-cased, not stemmed, in any language. In a
/// bulk write, sentence text waits in a temporary table and both indexes are filled in one statement each at its end,
/// as on SQLite.
class PostgresFullTextSearch final : public FullTextSearch
{
public:
    explicit PostgresFullTextSearch(ProjectStore &store);

    bool isAvailable() const override;
    bool refreshClaims(const QList<Id> &claimIds) override;
    bool prepareBulkWrite() override;
    bool finishBulkWrite(Id sentenceMark, Id claimMark) override;
    std::optional<QList<Id>> matchingSentences(const QString &query, int limit = 1000) override;
    QString claimMatchCondition(const QString &claimAlias, QStringList *placeholders) const override;
    /// A tsquery: every term quoted ('…', quotes doubled), a prefix with :*, terms joined by &.
    QString engineQuery(const QString &text) const override;

protected:
    QString sentenceIdColumn() const override { return QStringLiteral("id"); }
    QString stagingTable() const override { return QStringLiteral("sentence_fts_pending"); }
};

} // namespace Sourcelight
