#pragma once

#include "storetypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

namespace Sourcelight {

class ProjectStore;

/// What a reviewer would lose with a document: its sentences, its claims and the attributions an analyst decided.
struct DocumentContents
{
    qint64 sentences = 0;
    qint64 claims = 0;
    qint64 attributions = 0; ///< confirmed or edited by a reviewer (the suggestions are not counted)
};

/// Every stored row of one document — the document itself, its sentences, their attributions and chains, its
/// claims with their tags and evidence — and which older versions it had replaced, read before the document is
/// removed, so that undoing the removal puts it back exactly: every row under its own id and with every column as
/// it was (history lines and links keep pointing at them), the text indexed for search again.
class DocumentSnapshot final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSnapshot)

public:
    /// Counts what the document holds; nullopt on a database error (in the store's errorString()).
    static std::optional<DocumentContents> count(ProjectStore &store, Id documentId);
    /// Reads everything stored about the document; nullopt when it does not exist or cannot be read.
    static std::optional<DocumentSnapshot> take(ProjectStore &store, Id documentId);

    Id documentId() const { return m_documentId; }
    QString title() const { return m_title; }
    const DocumentContents &contents() const { return m_contents; }
    /// The older versions this document had replaced: current again once it is removed.
    const QList<Id> &olderVersions() const { return m_olderVersions; }
    /// “Title” (12 sentences, 3 claims): how the history names it. Not translated: the history is data.
    QString description() const;

    /// Removes the document and everything on it in one transaction, with a history line ("removed", the
    /// description) for the current reviewer. Older versions it had replaced become current again.
    bool remove(ProjectStore &store) const;
    /// Puts every row back in one transaction, with a history line ("restored"). Fails and changes nothing when a
    /// row's id or the text has been taken since (something added after the removal). A source or tag the rows
    /// name that has gone since is followed where it was merged into another, matched by name where one of the
    /// same name exists, and otherwise put back too (a history line for each).
    bool restore(ProjectStore &store) const;

private:
    DocumentSnapshot() = default;

    /// The rows of one table, with the columns as the table has them.
    struct Rows
    {
        QString table;
        QStringList columns;
        QList<QVariantList> rows;
    };
    /// The rows of `table` that match `condition` (our SQL, the document's id bound as :d), in rowid order.
    static std::optional<Rows> readRows(ProjectStore &store, const QString &table, const QString &condition, Id id);
    bool idsAreFree(ProjectStore &store) const;
    /// Sources and tags of the rows that no longer exist: the ids they now go by (absent where unchanged).
    bool putBackSources(ProjectStore &store, QHash<Id, Id> &sourceIds) const;
    bool putBackTags(ProjectStore &store, QHash<Id, Id> &tagIds) const;
    /// What putBackSources() and putBackTags() share: for each row of rows whose row is no longer the same one, the
    /// id it now goes by is idNow(row, its id) (nullopt: failed), put in ids where it differs.
    bool followGoneRows(ProjectStore &store, const Rows &rows, QHash<Id, Id> &ids,
        const std::function<std::optional<Id>(const QVariantList &row, Id id)> &idNow) const;
    /// A cited source that is gone and has no successor, as it was; its id now.
    std::optional<Id> putBackSource(ProjectStore &store, const QVariantList &row) const;
    /// Inserts one row of `rows` again: under its own id, or a new one where that has been taken.
    static std::optional<Id> insertAgain(ProjectStore &store, const Rows &rows, QVariantList row, bool idTaken);

    Id m_documentId = 0;
    QString m_title;
    QString m_contentHash;
    DocumentContents m_contents;
    QList<Rows> m_tables; ///< in the order they are put back: parents before the rows that refer to them
    Rows m_sources;       ///< the sources the attributions cite, as they were
    Rows m_aliases;       ///< their aliases
    Rows m_tags;          ///< the tags on its claims
    QList<Id> m_sentenceIds;
    QStringList m_sentenceTexts; ///< for the full-text index
    Id m_historyMark = 0;        ///< the last history line when it was taken
    QList<Id> m_olderVersions;   ///< documents whose superseded_by named this one
};

} // namespace Sourcelight
