#include "documentcommands.h"

#include "documenttable.h"
#include "project.h"
#include "projectstore.h"

namespace Sourcelight {

// ---- DocumentMetadataCommand ----

DocumentMetadataCommand::DocumentMetadataCommand(
    Project *project, Id documentId, const DocumentMetadata &before, const DocumentMetadata &after, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_documentId(documentId)
    , m_before(before)
    , m_after(after)
{
}

void DocumentMetadataCommand::redo()
{
    apply(m_after, m_before, true);
}

void DocumentMetadataCommand::undo()
{
    apply(m_before, m_after, false);
}

void DocumentMetadataCommand::apply(const DocumentMetadata &metadata, const DocumentMetadata &was, bool redoing)
{
    // Made on was: a field another reviewer changed meanwhile refuses the edit, and theirs stays.
    if (!m_project->store().documents().setMetadata(m_documentId, metadata, was)) {
        m_project->reportFailedWrite(this, redoing, false);
    }
    m_project->notifyDocumentChanged(m_documentId); // shows what the document holds now
}

// ---- RemoveDocumentCommand ----

RemoveDocumentCommand::RemoveDocumentCommand(Project *project, Id documentId, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_documentId(documentId)
{
}

void RemoveDocumentCommand::redo()
{
    ProjectStore &store = m_project->store();
    // Taken afresh each time: what is put back is the document as it was when it went.
    m_snapshot = DocumentSnapshot::take(store, m_documentId);
    if (!m_snapshot) {
        m_project->reportError(store.errorString());
        setObsolete(true);
        return;
    }
    m_project->notifyDocumentAboutToBeRemoved(m_documentId);
    if (!m_snapshot->remove(store)) {
        m_project->reportError(store.errorString());
        m_snapshot.reset();
        setObsolete(true);
        return;
    }
    m_project->notifyDocumentRemoved(m_documentId, m_snapshot->olderVersions());
}

void RemoveDocumentCommand::undo()
{
    if (!m_snapshot) {
        return;
    }
    ProjectStore &store = m_project->store();
    if (!m_snapshot->restore(store)) {
        m_project->reportError(tr("The document could not be put back: %1").arg(store.errorString()));
        setObsolete(true);
        return;
    }
    m_snapshot.reset();
    m_project->notifyDocumentRestored(m_documentId);
}

} // namespace Sourcelight
