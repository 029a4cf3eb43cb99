#include "sentencecommands.h"

#include "claimtable.h"
#include "project.h"
#include "projectstore.h"

namespace Sourcelight {

// ---- SentenceBoundaryCommand ----

SentenceBoundaryCommand::SentenceBoundaryCommand(
    Project *project, Kind kind, Id sentenceId, qsizetype position, BoundaryEdit done, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_kind(kind)
    , m_sentenceId(sentenceId)
    , m_position(position)
    , m_edit(std::move(done))
    , m_secondId(m_edit->after.value(1))
{
}

void SentenceBoundaryCommand::redo()
{
    if (std::exchange(m_firstRedo, false)) {
        m_project->notifyBoundariesChanged(m_edit->documentId);
        return;
    }
    SentenceBoundaries boundaries(m_project->store());
    // A split gives the second part the id it had, so later edits of it can be redone.
    m_edit = m_kind == Kind::Split ? boundaries.split(m_sentenceId, m_position, m_secondId)
                                   : boundaries.merge(m_sentenceId);
    if (!m_edit) {
        m_project->reportError(m_project->store().errorString());
        setObsolete(true);
        return;
    }
    m_project->notifyBoundariesChanged(m_edit->documentId);
}

void SentenceBoundaryCommand::undo()
{
    if (!m_edit) {
        return;
    }
    SentenceBoundaries boundaries(m_project->store());
    if (!boundaries.restore(*m_edit)) {
        m_project->reportError(
            tr("The sentence boundaries could not be put back: %1").arg(m_project->store().errorString()));
        setObsolete(true);
        return;
    }
    const Id documentId = m_edit->documentId;
    m_edit.reset();
    m_project->notifyBoundariesChanged(documentId);
}

// ---- ClaimSpanCommand ----

ClaimSpanCommand::ClaimSpanCommand(Project *project, Id sentenceId, const TextSpan &span, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_sentenceId(sentenceId)
    , m_new(span)
{
}

void ClaimSpanCommand::redo()
{
    ClaimTable &claims = m_project->store().claims();
    bool ok = true;
    if (m_removed) {
        // Redo after an undo that removed the claim this command created: put it back as it was.
        ok = claims.restoreClaim(*m_removed, {}).has_value();
        m_removed.reset();
    } else if (m_claimId == 0) {
        if (const std::optional<ClaimRecord> existing = m_project->sentenceClaim(m_sentenceId)) {
            m_claimId = existing->id;
            m_old = existing->span;
        } else if (const std::optional<Id> created = m_project->ensureSentenceClaim(m_sentenceId)) {
            m_claimId = *created;
            m_createdClaim = true;
        } else {
            ok = false;
        }
    }
    if (!ok || !claims.setSpan(m_claimId, m_new)) {
        m_project->reportError(m_project->store().errorString());
        if (ok && m_createdClaim && !claims.removeClaim(m_claimId)) {
            m_project->reportError(m_project->store().errorString());
        }
        setObsolete(true); // the words are not the claim's: no step to undo (the stack drops it)
    }
    m_project->notifySentenceChanged(m_sentenceId);
}

void ClaimSpanCommand::undo()
{
    ClaimTable &claims = m_project->store().claims();
    bool ok = claims.setSpan(m_claimId, m_old);
    if (ok && m_createdClaim) {
        m_removed = claims.claim(m_claimId);
        ok = m_removed && claims.removeClaim(m_claimId);
    }
    if (!ok) {
        m_project->reportError(m_project->store().errorString());
        setObsolete(true);
    }
    m_project->notifySentenceChanged(m_sentenceId);
}

} // namespace Sourcelight
