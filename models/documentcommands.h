#pragma once

#include "documentsnapshot.h"
#include "storetypes.h"

#include <QCoreApplication>

#include <QUndoCommand>

#include <optional>

namespace Sourcelight {

class Project;

/// Corrects a document's metadata (title, outlet, author, url, published date, language) as one undoable edit;
/// each field that changes gets its own history line. The text and its sentences are not touched: a new language
/// is stored, not re-analysed.
class DocumentMetadataCommand final : public QUndoCommand
{
public:
    DocumentMetadataCommand(Project *project, Id documentId, const DocumentMetadata &before,
        const DocumentMetadata &after, const QString &text);
    void redo() override;
    void undo() override;

private:
    void apply(const DocumentMetadata &metadata, const DocumentMetadata &was, bool redoing);

    Project *m_project;
    Id m_documentId;
    DocumentMetadata m_before;
    DocumentMetadata m_after;
};

/// Removes a document with everything on it. The first redo takes a snapshot of its rows (DocumentSnapshot); undo
/// puts them back under their own ids, so history lines and links stay valid. Both steps go into history.
class RemoveDocumentCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveDocumentCommand)

public:
    RemoveDocumentCommand(Project *project, Id documentId, const QString &text);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    Id m_documentId;
    std::optional<DocumentSnapshot> m_snapshot; ///< what undo puts back, taken when the document is removed
};

} // namespace Sourcelight
