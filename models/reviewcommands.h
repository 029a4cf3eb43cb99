#pragma once

#include "storetypes.h"

#include <QJsonObject>
#include <QUndoCommand>
#include <QVariant>

#include <memory>
#include <optional>

namespace Sourcelight {

class Project;

/// Ids for QUndoCommand::mergeWith: only continuous note typing merges.
enum CommandId {
    NoteCommandId = 1,
};

/// An edit that can wait for a team project's server while the connection is lost (Project's offline queue): it
/// says as JSON what it does and what it was made on, so that it is kept on this computer meanwhile (OfflineJournal)
/// and made again from that in a later session (waitingEditFromJson()).
class WaitingEdit
{
public:
    WaitingEdit() = default;
    virtual ~WaitingEdit() = default;
    Q_DISABLE_COPY_MOVE(WaitingEdit)

    virtual QJsonObject toJson() const = 0;
    /// The value the edit writes whole ("claim/<sentence>/verdict"), so that of two waiting edits of the same value
    /// the later one decides (Project::reportConflict()); empty for an edit that adds or takes away a part.
    virtual QString overwrites() const { return {}; }
};

/// The edit an object of WaitingEdit::toJson() describes, to be pushed on project's undo stack; nullptr when the
/// object describes none.
std::unique_ptr<QUndoCommand> waitingEditFromJson(Project *project, const QJsonObject &edit);

/// Replaces a sentence's human attribution (accept, reject, set source, via chain, profile, quote type):
/// before and after are the analyst's attribution or nothing (the suggestion counts again).
class AttributionCommand final : public QUndoCommand, public WaitingEdit
{
public:
    AttributionCommand(Project *project, Id sentenceId, std::optional<AttributionRecord> before,
        std::optional<AttributionRecord> after, const QString &text);
    void redo() override;
    void undo() override;
    QJsonObject toJson() const override;
    QString overwrites() const override;

private:
    void apply(const std::optional<AttributionRecord> &record, bool redoing);
    /// The redo was refused because someone else decided on the sentence meanwhile: both are offered
    /// (Project::reportConflict()), and keeping mine makes this edit again on theirs.
    void offerBoth();

    Project *m_project;
    Id m_sentenceId;
    std::optional<AttributionRecord> m_before;
    std::optional<AttributionRecord> m_after;
};

/// Changes one field of the sentence's claim (verdict, claim type, note, confidence). The first edit of a sentence
/// creates its claim; undoing that edit removes the claim again, redoing puts it back under the same id.
class ClaimValueCommand final : public QUndoCommand, public WaitingEdit
{
public:
    enum class Field { Verdict, Type, Note, Confidence };

    ClaimValueCommand(Project *project, Id sentenceId, Field field, const QVariant &oldValue, const QVariant &newValue,
        const QString &text);
    void redo() override;
    void undo() override;
    QJsonObject toJson() const override;
    QString overwrites() const override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    Field field() const { return m_field; }

private:
    /// Writes value if the claim still holds expected (when given); see ClaimTable.
    bool write(Id claimId, const QVariant &value, const std::optional<QVariant> &expected);
    bool writeUnchecked(Id claimId, const QVariant &value);
    /// A write failed: a conflict (someone changed the value meanwhile) or an error, reported as such.
    void failed(bool redoing);
    /// The redo was refused because someone else changed the field meanwhile: both values are offered
    /// (Project::reportConflict()), and keeping mine makes this edit again on theirs.
    void offerBoth();
    /// The field's value in a claim, as m_old and m_new hold it.
    QVariant value(const ClaimRecord &claim) const;
    /// A value of the field as the window shows it ("Disputed", "80 %", the note).
    QString shown(const QVariant &value) const;

    Project *m_project;
    Id m_sentenceId;
    Field m_field;
    QVariant m_old;
    QVariant m_new;
    bool m_createdClaim = false;
    std::optional<ClaimRecord> m_removed; ///< the claim as it was when undo removed it
};

/// Puts a codebook tag on the sentence's claim or takes it off.
class ClaimTagCommand final : public QUndoCommand, public WaitingEdit
{
public:
    ClaimTagCommand(Project *project, Id sentenceId, Id tagId, bool add, const QString &text);
    void redo() override;
    void undo() override;
    QJsonObject toJson() const override;

private:
    void apply(bool add, bool redoing);

    Project *m_project;
    Id m_sentenceId;
    Id m_tagId;
    bool m_add;
};

/// Adds an evidence link to the sentence's claim, or removes one.
/// Either can wait for the server (offline), as the review edits do: the claim shows the link added, or no longer,
/// meanwhile (Project::evidence()); sent again, a link is not added twice (see insert()), and one already gone counts
/// as removed (see remove()).
class EvidenceCommand final : public QUndoCommand, public WaitingEdit
{
public:
    /// Adding: record.claimId is filled in by the command.
    EvidenceCommand(Project *project, Id sentenceId, const EvidenceRecord &record, bool add, const QString &text);
    void redo() override;
    void undo() override;
    QJsonObject toJson() const override;

    Id sentenceId() const { return m_sentenceId; }
    bool adds() const { return m_add; }
    const EvidenceRecord &record() const { return m_record; }

private:
    bool insert();
    bool remove();

    Project *m_project;
    Id m_sentenceId;
    EvidenceRecord m_record;
    bool m_add;
};

/// Creates a source; undo deletes it (nothing can refer to it by then).
class CreateSourceCommand final : public QUndoCommand
{
public:
    CreateSourceCommand(Project *project, const SourceRecord &record, const QString &text);
    void redo() override;
    void undo() override;
    /// The id of the source while it exists (0 before the first redo or when it failed).
    Id sourceId() const { return m_record.id; }

private:
    Project *m_project;
    SourceRecord m_record;
};

/// Renames a source.
class RenameSourceCommand final : public QUndoCommand
{
public:
    RenameSourceCommand(
        Project *project, Id sourceId, const QString &oldName, const QString &newName, const QString &text);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    Id m_sourceId;
    QString m_old;
    QString m_new;
};

/// Merges one source into another. Undo re-creates the merged source and points every attribution that named it
/// back at it, restores its aliases and affiliates, and drops the alias the merge left on the survivor.
class MergeSourcesCommand final : public QUndoCommand
{
public:
    MergeSourcesCommand(Project *project, Id from, Id into, const QString &text);
    void redo() override;
    void undo() override;

private:
    struct Snapshot
    {
        SourceRecord source;
        QList<std::pair<Id, AttributionRecord>> attributions; ///< sentence → attribution naming the source
        QList<Id> affiliates;
        QStringList survivorAliases; ///< the survivor's aliases before the merge
        QString survivorName;
    };
    bool takeSnapshot();

    Project *m_project;
    Id m_from;
    Id m_into;
    Snapshot m_snapshot;
};

} // namespace Sourcelight
