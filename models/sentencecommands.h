#pragma once

#include "sentenceboundaries.h"
#include "storetypes.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace Sourcelight {

class Project;

/// Splits a sentence at a position or merges it with the next one (SentenceBoundaries). Project makes the first
/// edit itself, to tell the analyst at once what it did or why it was refused, and pushes this command with its
/// result: the first redo() only refreshes the models. Undo puts the sentences back with their ids, attributions and
/// claims; redo makes the edit again.
class SentenceBoundaryCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SentenceBoundaryCommand)

public:
    enum class Kind { Split, Merge };

    SentenceBoundaryCommand(
        Project *project, Kind kind, Id sentenceId, qsizetype position, BoundaryEdit done, const QString &text);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    Kind m_kind;
    Id m_sentenceId;
    qsizetype m_position;
    std::optional<BoundaryEdit> m_edit; ///< what undo puts back; empty while undone
    Id m_secondId = 0;                  ///< the second part of a split, as the first split made it
    bool m_firstRedo = true;
};

/// Narrows the sentence's claim to some of its words, or widens it to the whole sentence again (an invalid span).
/// The first redo creates the claim when the sentence has none; undoing that removes it again.
class ClaimSpanCommand final : public QUndoCommand
{
public:
    ClaimSpanCommand(Project *project, Id sentenceId, const TextSpan &span, const QString &text);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    Id m_sentenceId;
    TextSpan m_new;
    TextSpan m_old;
    Id m_claimId = 0;
    bool m_createdClaim = false;
    std::optional<ClaimRecord> m_removed; ///< the claim this command created, as undo removed it
};

} // namespace Sourcelight
