#pragma once

#include "storetypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sourcelight {

class ProjectStore;

/// Full-text search over sentence text and claim notes: the one engine-specific part of the store.
///
/// SQLite uses FTS5 (SqliteFullTextSearch), PostgreSQL tsvector columns (PostgresFullTextSearch). Queries are user
/// text: words must all match, "quoted words" match as a phrase, a trailing * matches a prefix; anything else is
/// treated literally, never as engine syntax.
class FullTextSearch
{
public:
    virtual ~FullTextSearch() = default;

    /// Whether this project's schema has the index (files older than schema 2 get it on upgrade).
    virtual bool isAvailable() const = 0;

    /// Indexes sentences' text (called by the store whenever it writes sentences): texts[i] belongs to
    /// sentenceIds[i]. Inside a bulk write (ProjectStore::beginBulkWrite) the text is staged and indexed when the
    /// write finishes.
    bool indexSentences(const QList<Id> &sentenceIds, const QStringList &texts);
    /// Indexes sentences whose text changed (a boundary moved) in place of what the index held for them.
    bool replaceSentences(const QList<Id> &sentenceIds, const QStringList &texts);
    /// Re-reads the index entries of claims whose sentence text changed under them.
    virtual bool refreshClaims(const QList<Id> &claimIds) = 0;
    /// For ProjectStore's bulk write: makes room for staged text (at its start), then indexes the staged sentences
    /// and every claim that is new (id above claimMark) or stands on a new sentence (id above sentenceMark).
    virtual bool prepareBulkWrite() = 0;
    virtual bool finishBulkWrite(Id sentenceMark, Id claimMark) = 0;
    /// Rebuilds the sentence index from the stored documents (indexSentences() for each document's sentences).
    bool rebuildSentenceIndex();

    /// Sentences whose text matches, best first.
    virtual std::optional<QList<Id>> matchingSentences(const QString &query, int limit = 1000) = 0;
    /// Claims whose sentence text or note matches (claimMatchCondition()), in id order.
    std::optional<QList<Id>> matchingClaims(const QString &query);

    /// A SQL condition, for a claims query, that is true when the claim aliased `claimAlias` matches; it uses the
    /// bound values named by the placeholders it returns, each to be bound to engineQuery(text).
    virtual QString claimMatchCondition(const QString &claimAlias, QStringList *placeholders) const = 0;
    /// The user's text turned into the engine's query syntax, every word quoted.
    virtual QString engineQuery(const QString &text) const = 0;

protected:
    explicit FullTextSearch(ProjectStore &store)
        : m_store(store)
    {
    }
    Q_DISABLE_COPY_MOVE(FullTextSearch)

    /// One term of the user's query: a word or a "quoted phrase" (its text as typed), a word with a trailing * a
    /// prefix.
    struct QueryTerm
    {
        QString text;
        bool prefix = false;
    };
    /// The user's text cut into terms; what engineQuery() quotes in the engine's syntax.
    static QList<QueryTerm> queryTerms(const QString &text);

    /// sentence_fts's column holding the sentence id (FTS5's rowid, or id).
    virtual QString sentenceIdColumn() const = 0;
    /// The temporary table (id, body) where a bulk write stages sentence text (prepareBulkWrite() makes it).
    virtual QString stagingTable() const = 0;

    ProjectStore &m_store;
};

} // namespace Sourcelight
