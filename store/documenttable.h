#pragma once

#include "storetypes.h"

#include <QHash>

#include <QCoreApplication>
#include <QVariantMap>

#include <optional>

class QSqlQuery;

namespace Sourcelight {

class ProjectStore;

/// Documents (articles) and their sentences in a project. Reads return std::nullopt on a database error; writes
/// commit before they return (or join the caller's SqlTransaction) and leave a message in the store on failure.
class DocumentTable final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentTable)
    Q_DISABLE_COPY_MOVE(DocumentTable)

public:
    explicit DocumentTable(ProjectStore &store);

    /// The content hash the store keys duplicates on (SHA-256 of the UTF-8 text, hex).
    static QString contentHash(const QString &text);
    /// Reads a sentence from a query whose first columns are, in this order, id, document_id, ordinal, start_offset,
    /// end_offset (of the sentences table).
    static SentenceRecord readSentence(const QSqlQuery &query);

    /// Stores a document and its sentences (indexed for full-text search); returns the new document id and, in
    /// sentenceIds, the sentence ids in order. The hash is computed when document.contentHash is empty.
    std::optional<Id> addDocument(
        const DocumentRecord &document, const QList<SentenceSpan> &sentences, QList<Id> *sentenceIds = nullptr);
    bool removeDocument(Id documentId);
    /// Changes the metadata, recording each changed field in history. With expected, the metadata the edit was
    /// made on: only the fields that differ from it are written, and when one of them holds something else by now
    /// (someone changed it meanwhile) nothing is written (ProjectStore::Error::Conflict).
    bool setMetadata(Id documentId, const DocumentMetadata &metadata,
        const std::optional<DocumentMetadata> &expected = std::nullopt);
    /// Marks documentId as replaced by a newer version of the same article.
    bool setSupersededBy(Id documentId, Id newerId);

    std::optional<DocumentRecord> document(Id documentId);
    /// The library: every current document (or every version too), newest import first.
    std::optional<QList<DocumentSummary>> summaries(bool includeSuperseded = false);
    /// The library row of one document (current or not); nullopt when it fails or there is no such document.
    std::optional<DocumentSummary> summary(Id documentId);
    /// Every document's sentences and reviewed sentences (by the rule "a human decision beats the suggestion").
    /// Reads every sentence of the project: the library counts them on a worker.
    std::optional<QHash<Id, DocumentCounts>> counts();
    /// One document's counts.
    std::optional<DocumentCounts> counts(Id documentId);
    std::optional<qint64> count(bool includeSuperseded = false);

    /// 0 when no document has this hash.
    std::optional<Id> findByHash(const QString &hash);
    /// The current (not superseded) version of an article known by its url, or else by title and outlet; 0 when none.
    std::optional<Id> findCurrentVersion(const DocumentMetadata &metadata);

    std::optional<QList<SentenceRecord>> sentences(Id documentId);
    std::optional<SentenceRecord> sentence(Id sentenceId);
    /// The sentence's text (cut from the document body).
    std::optional<QString> sentenceText(Id sentenceId);

private:
    ProjectStore &m_store;

public:
    // ---- Restoring a backup (JsonProjectImporter) ----
    // Each puts back rows exactly as a backup holds them: their own ids and every column, keyed by column name, with
    // the values as stored (text timestamps, enum names); a column left out is NULL. Nothing goes into history. Call
    // inside the restore's transaction.
    /// Columns: id, title, outlet, author, url, published, language, body, content_hash, source_file, encoding,
    /// imported_at, superseded_by.
    bool restoreDocument(const QVariantMap &row);
    /// Columns: id, document_id, ordinal, start_offset, end_offset.
    bool restoreSentence(const QVariantMap &row);
    /// Which version replaced documentId (both restored already); no history line.
    bool restoreSupersededBy(Id documentId, Id newerId);
};

} // namespace Sourcelight
