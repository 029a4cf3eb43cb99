#pragma once

#include "fulltextsearch.h"

namespace Sourcelight {

class ProjectStore;

/// FullTextSearch on SQLite FTS5: sentence_fts holds each sentence's text (rowid = sentence id, schema version 2);
/// claim_fts indexes each claim's sentence text and note under the claim's id, kept by triggers (version 4). In a bulk
/// write, sentence text waits in temp.sentence_fts_pending and both indexes are filled in one statement each at its
/// end: FTS5 writes a new index segment at the start of every statement that may need undoing, so row-at-a-time
/// indexing during an import makes thousands of tiny segments to merge.
class SqliteFullTextSearch final : public FullTextSearch
{
public:
    explicit SqliteFullTextSearch(ProjectStore &store);

    bool isAvailable() const override;
    bool refreshClaims(const QList<Id> &claimIds) override;
    bool prepareBulkWrite() override;
    bool finishBulkWrite(Id sentenceMark, Id claimMark) override;
    std::optional<QList<Id>> matchingSentences(const QString &query, int limit = 1000) override;
    QString claimMatchCondition(const QString &claimAlias, QStringList *placeholders) const override;
    QString engineQuery(const QString &text) const override;

protected:
    QString sentenceIdColumn() const override { return QStringLiteral("rowid"); }
    QString stagingTable() const override { return QStringLiteral("temp.sentence_fts_pending"); }
};

} // namespace Sourcelight
