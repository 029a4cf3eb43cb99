#pragma once

#include "storetypes.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

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
    /// “Title” (12 sentences, 3 claims): how the history names it. Not translated: the history is data.
    QString description() const;

    /// Removes the document and everything on it in one transaction, with a history line ("removed", the
    /// description) for the current reviewer. Older versions it had replaced become current again.
    bool remove(ProjectStore &store) const;
    /// Puts every row back in one transaction, with a history line ("restored"). Fails and changes nothing when a
    /// row's id or the text has been taken since (something added after the removal), or when a source or tag
    /// the rows name no longer exists.
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
    bool idsAreFree(ProjectStore &store) const;

    Id m_documentId = 0;
    QString m_title;
    QString m_contentHash;
    DocumentContents m_contents;
    QList<Rows> m_tables; ///< in the order they are put back: parents before the rows that refer to them
    QList<Id> m_sentenceIds;
    QStringList m_sentenceTexts; ///< for the full-text index
    QList<Id> m_olderVersions;   ///< documents whose superseded_by named this one
};

} // namespace Sourcelight
