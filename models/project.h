#pragma once

#include "documentsnapshot.h"
#include "offlinejournal.h"
#include "projectcodings.h"
#include "reviewteam.h"
#include "sentencemodel.h"
#include "storechange.h"
#include "storetypes.h"
#include "suggestionscore.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

class QTimer;
class QUndoCommand;
class QUndoStack;

namespace Sourcelight {

class ClaimTableModel;
class DocumentListModel;
class DurableSync;
class ProjectStore;
class SentenceModel;
class SourceModel;
class StoreMaintenance;

/// An edit that was not saved because someone else changed the same value meanwhile (another reviewer of a team
/// project, or a second window on one file): what is stored now and what the analyst's edit would have made it,
/// to choose from (Project::editConflict(), Project::resolveConflict()).
struct EditConflict
{
    int id = 0; ///< for Project::resolveConflict()
    Id sentenceId = 0;
    QString edit;   ///< the edit, as the undo stack names it ("Set verdict")
    QString theirs; ///< what is stored now, as the window shows it
    QString mine;   ///< what the edit would have written
};

/// One open project as the GUI sees it: the store, its undo stack and the item models over it.
///
/// Every analyst edit is a method here that pushes a QUndoCommand (reviewcommands.h); the command writes through
/// the store (committed at once), then tells the project which rows changed, and the models emit dataChanged for
/// exactly those rows. Undo and redo are edits too: they commit at once and go into history.
class Project final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Project)

public:
    /// The outcome of the full read of a large file after it opened (see integrityChecked()).
    enum class IntegrityCheck {
        Sound,   ///< read through, no damage
        Damaged, ///< damage found: the project was closed
        NotRun,  ///< the file could not be read through (errorOccurred() says why); the project stays open
    };
    Q_ENUM(IntegrityCheck)

    /// Whether the edits have reached the disk. An edit is committed (and shown) when it is made; the flush to
    /// disk runs on a worker (DurableSync), and only then is the edit "saved".
    enum class SaveState {
        Saved,  ///< every edit is on disk
        Saving, ///< an edit is committed and shown, and survives the app crashing, but is not on disk yet
        Failed, ///< the disk refused a flush: the edits it was to save were undone (errorOccurred() said so)
        /// A team project whose server connection was lost: review edits (attributions, verdicts, types, notes,
        /// confidence, tags, evidence links added or removed) wait here, kept on this computer too (OfflineJournal),
        /// and are sent in order when it is back (waitingEdits()), or when the project is next opened; other edits fail
        /// and are undone.
        Offline,
    };
    Q_ENUM(SaveState)

    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    /// What an edit that can be refused did, for the status bar: done, or refused with nothing changed.
    struct EditOutcome
    {
        bool done = false;
        QString message;
    };

    /// Opens (creating when asked) the project file. On failure errorString() says why.
    bool open(const QString &path, bool create = false);
    void close();
    bool isOpen() const;
    QString path() const;
    /// What the project's workers (imports, exports, previews) open: path(), or the server address with the password
    /// the project was opened with. Never shown or remembered.
    QString connectionAddress() const;
    QString errorString() const { return m_errorString; }
    bool isReadOnly() const;
    SaveState saveState() const { return m_saveState; }
    /// Why the last flush failed (translated), while saveState() is Failed.
    QString saveError() const { return m_saveError; }
    /// Blocks until every edit made so far is on disk or its flush failed (close() does this).
    void waitUntilSaved();
    /// Edits made while Offline that wait to be sent to the server (a team project). They are kept on this computer
    /// as they are made (OfflineJournal): closing the project keeps them there, and the next open() by the same
    /// login sends them.
    int waitingEdits() const { return int(m_waiting.size()); }
    /// Whether the edits waiting are kept on this computer too; when not (the file could not be written), closing
    /// the project discards them.
    bool waitingEditsKept() const { return m_waitingKept; }
    /// Where the edits waiting are kept (tests).
    QString waitingEditsFile() const { return m_journal.fileName(); }
    /// The worker that flushes the project to disk (tests make it fail or wait).
    DurableSync *durability() const { return m_durable; }

    ProjectStore &store() { return *m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }
    DocumentListModel *documents() const { return m_documents; }
    SentenceModel *sentences() const { return m_sentences; }
    SourceModel *sources() const { return m_sources; }
    ClaimTableModel *claims() const { return m_claims; }

    /// Shows a document in the sentence model.
    bool openDocument(Id documentId);
    Id currentDocument() const { return m_currentDocument; }

    // ---- edits (each one undoable) ----
    void acceptSuggestion(Id sentenceId);
    /// The suggestion is wrong: the sentence becomes the author's own voice until the analyst picks a source.
    void rejectSuggestion(Id sentenceId);
    /// Replaces the sentence's source (hop 0), keeping the via chain and profile.
    void setSource(Id sentenceId, Id sourceId);
    /// Replaces the via chain (conduits nearest to the reader first).
    void setVia(Id sentenceId, const QList<Id> &via);
    /// Changes the profile of the source mention (anonymous, count, title, on/off record).
    void setProfile(Id sentenceId, bool anonymous, SourceCount count, const QString &title, bool onRecord);
    void setQuoteType(Id sentenceId, QuoteType quote);
    void setVerdict(Id sentenceId, Verdict verdict);
    void setClaimType(Id sentenceId, ClaimType type);
    /// Continuous typing merges into one undo step. base: the note the analyst edited (what the panel showed); when
    /// the claim holds another by now, someone else changed it meanwhile and noteConflict() says so instead. Without
    /// base, the note as stored now.
    void setNote(Id sentenceId, const QString &note, const std::optional<QString> &base = std::nullopt);
    void setClaimConfidence(Id sentenceId, std::optional<double> confidence);
    /// Puts the tag on the sentence's claim (on) or takes it off: what the analyst asks for, not a flip of what is
    /// stored, so that a tag another reviewer put on or took off since this window showed the claim is not flipped
    /// back. Nothing happens when the claim already is so.
    void setTag(Id sentenceId, Id tagId, bool on);
    void addEvidence(Id sentenceId, const QString &url, const QString &note);
    void removeEvidence(Id sentenceId, Id evidenceId);
    /// Creates a source (undoable); returns its id.
    std::optional<Id> createSource(const QString &name, SourceKind kind, std::optional<Id> parentId = {});
    /// The codebook every new project starts with (only when it has no tags yet).
    bool ensureDefaultCodebook();
    void renameSource(Id sourceId, const QString &name);
    void mergeSources(Id from, Id into);
    /// Corrects a document's title, outlet, author, url, date and language (one undoable edit; the text and its
    /// sentences stay as they are, a new language is only stored).
    /// madeOn: the details the edit was made on (what the dialog showed). Only the fields that differ from them are
    /// written, and a field someone else changed meanwhile refuses the edit with a message; theirs stay.
    void setDocumentMetadata(
        Id documentId, const DocumentMetadata &metadata, const std::optional<DocumentMetadata> &madeOn = std::nullopt);
    /// Removes a document with its sentences, attributions, claims, tags and evidence (undoable until the project
    /// is closed). When it is the open one, the document pane closes it.
    void removeDocument(Id documentId);

    /// Splits a sentence in two at a document position (the text cursor); refused at the sentence's edge. Both parts
    /// keep its attributions; its claims go to the part holding their words (undoable).
    EditOutcome splitSentence(Id sentenceId, qsizetype position);
    /// Merges a sentence with the next one, keeping the first one's attribution and every claim of both; the message
    /// names the second one's source when it is dropped. Refused for the last sentence (undoable).
    EditOutcome mergeSentences(Id sentenceId);
    /// Makes the selected words of the open document (trimmed of spaces) the claim of their sentence, created when
    /// missing; the whole sentence selected makes it a whole-sentence claim again. Refused when the selection is
    /// empty or crosses sentences (undoable).
    EditOutcome claimWords(qsizetype start, qsizetype end);

    // ---- reads the GUI needs beyond the models ----
    /// The source whose id, name or alias (any case) is text — the store's one lookup (SourceTable::lookup); nullopt
    /// when there is none (or the store could not be read, which is reported).
    std::optional<Id> findSource(const QString &text);
    /// How the suggestions fared on every sentence reviewed in the project (SuggestionReview); nullopt when the
    /// store could not be read, which is reported.
    std::optional<SuggestionScore> suggestionScore();
    /// Whether the analyst codes alone: a reviewer of a team project in independent review, whose decisions are
    /// their own until they mark a document done (ReviewTeam).
    bool codesAlone() const { return m_team.codesAlone(); }
    /// Marks the open document coded by the analyst: they may now read the other reviewers' codings of it, and no
    /// longer change their own. False (reported) when it cannot be marked.
    bool markDocumentDone();
    /// Whether the analyst adjudicates: a curator or admin of a team project in independent review, who writes the
    /// final decisions and may read every reviewer's coding.
    bool mayAdjudicate() const
    {
        return m_team.mode == ReviewTeam::Mode::Independent && m_team.role
            && *m_team.role != ReviewTeam::Role::Reviewer;
    }
    /// Who the analyst is in the project: their part and its review mode (a file: an admin, shared).
    const ReviewTeam::Session &team() const { return m_team; }
    /// The reviewers' codings of the open document's sentences (ProjectCodings); nullopt (reported) when they cannot
    /// be read.
    std::optional<QList<ProjectCodings::SentenceCodings>> documentCodings();
    /// Makes a reviewer's coding of the sentence its final decision: their attribution (or, when they made none, the
    /// suggestion standing again), and their claim's verdict, type, note and tags. One undo step.
    void adoptCoding(Id sentenceId, const ProjectCodings::Coding &coding);
    /// The claim that stands for the whole sentence, if there is one.
    std::optional<ClaimRecord> sentenceClaim(Id sentenceId);
    /// The analyst's attribution of the sentence, if any.
    std::optional<AttributionRecord> humanAttribution(Id sentenceId);
    /// The suggester's attribution of the sentence, if any.
    std::optional<AttributionRecord> suggestedAttribution(Id sentenceId);
    /// Evidence links of the sentence's claim.
    QList<EvidenceRecord> evidence(Id sentenceId);
    /// The codebook.
    QList<TagRecord> tags();
    /// One source, for pickers and dialogs.
    std::optional<SourceRecord> source(Id sourceId);
    /// Reviewers who have claims, for the Claims dock's filter.
    QStringList claimReviewers();
    /// The reviewer's name behind an id (history, claims).
    QString reviewerName(std::optional<Id> reviewerId);
    /// A document's metadata, for the Article Details dialog; nullopt (reported) when it cannot be read.
    std::optional<DocumentMetadata> documentMetadata(Id documentId);
    /// What removing the document would take with it, for the confirmation; nullopt (reported) on an error.
    std::optional<DocumentContents> documentContents(Id documentId);

    // ---- for the undo commands ----
    /// Records a failure for the user and emits errorOccurred.
    void reportError(const QString &message);
    /// A command's write failed (the store's errorString() says why). Redoing: the edit did not happen, so the
    /// command is dropped from the undo stack (made obsolete) and the message says it was undone. Undoing: the
    /// edit stays as it is in the file and the view.
    /// canWait: the command's redo() can be run again later, as it is (it says what it was made on, so an edit made
    /// meanwhile is not written over): while the connection is lost, a redo that failed waits to be sent on
    /// reconnecting instead of being dropped, and the undo of one still waiting drops it from the queue.
    void reportFailedWrite(QUndoCommand *command, bool redoing, bool canWait = false);
    /// While the connection is lost: shows an edit that waits to be sent in the open document's row (the store
    /// cannot be read meanwhile; sentenceClaim(), humanAttribution() and suggestedAttribution() then answer from the
    /// rows, so the next edit is made on what the analyst sees).
    void showWhileOffline(Id sentenceId, const std::function<void(SentenceModel::Shown &)> &change);
    /// The claim ensureSentenceClaim() makes on a sentence whose effective attribution is this: a direct quotation
    /// is reviewed as a quote, everything else starts as a factual claim.
    static ClaimRecord newClaim(Id sentenceId, const std::optional<AttributionRecord> &effectiveAttribution);
    /// A waiting edit merged into the one before it (ClaimValueCommand::mergeWith()): no longer sent of its own.
    void forgetWaiting(const QUndoCommand *command);
    /// Whether the command is an edit made while offline that has not reached the server yet.
    bool isWaiting(const QUndoCommand *command) const { return m_waiting.contains(command); }
    /// Whether the edits made offline are being sent (on reconnecting, or kept ones on open()): a command's redo()
    /// then runs a second time, perhaps after a first send whose answer was lost.
    bool isSendingWaiting() const { return m_sendingWaiting; }
    /// A command's redo() was refused because someone else changed the value meanwhile (a team project, or two windows
    /// on one file): nothing was written, the command is dropped, and editConflict() offers both; keepMine makes the
    /// analyst's edit again, on what is stored now, when resolveConflict() is asked to.
    void reportConflict(QUndoCommand *command, Id sentenceId, const QString &theirs, const QString &mine,
        const std::function<void()> &keepMine);
    /// After a write: the sentence's row, its claim's row and source counts change.
    void notifySentenceChanged(Id sentenceId);
    /// After a write to sources (names, merges): every model that shows source names refreshes.
    void notifySourcesChanged();
    /// After a write to a document's metadata: its library row and the claims that show its title refresh.
    void notifyDocumentChanged(Id documentId);
    /// Before and after a document is removed (the library row goes, the pane closes it if it is open), and after
    /// it is put back.
    void notifyDocumentAboutToBeRemoved(Id documentId);
    /// restoredVersions: older versions of the document that are current again (the library lists them).
    void notifyDocumentRemoved(Id documentId, const QList<Id> &restoredVersions = {});
    void notifyDocumentRestored(Id documentId);
    /// After a split or merge (or its undo): the open document's sentences are read again, the claims and counts
    /// follow.
    void notifyBoundariesChanged(Id documentId);
    /// After a folder import (another connection wrote): the models show what it added, and the write-ahead log it
    /// left is copied into the file on a worker.
    void importFinished();
    /// The claim (or the one on this sentence) as an editable record: created on the whole sentence when missing.
    std::optional<Id> ensureSentenceClaim(Id sentenceId);
    /// The analyst's answer to an editConflict(): keepMine saves their edit over what is stored now (an undo step of
    /// its own, refused and offered again if that changed meanwhile too); otherwise theirs stays. Each conflict is
    /// answered once; conflicts of a project that was closed since are not answered at all.
    void resolveConflict(int conflictId, bool keepMine);
    /// The conflicts offered and not answered yet.
    int unresolvedConflicts() const { return int(m_conflicts.size()); }
    /// What an attribution says, in a line: its source with the mention's profile, the via chain and the quote type
    /// ("John Kirby (anonymous) via Reuters · Direct quote"); none or no source: the article's own voice.
    QString describeAttribution(const std::optional<AttributionRecord> &attribution);

Q_SIGNALS:
    void opened();
    void closed();
    void sentenceChanged(Id sentenceId);
    void sourcesChanged();
    void documentChanged(Id documentId);
    void documentAboutToBeRemoved(Id documentId);
    /// wasOpen: it was the document shown in the sentence model, which is now empty.
    void documentRemoved(Id documentId, bool wasOpen);
    void documentRestored(Id documentId);
    /// A document's sentence boundaries changed (a split, a merge, or one undone).
    void boundariesChanged(Id documentId);
    void errorOccurred(const QString &message);
    void saveStateChanged(Sourcelight::Project::SaveState state);
    /// The number of edits made while offline that wait to be sent changed.
    void waitingEditsChanged(int count);
    /// open() sent count edits kept on this computer from an earlier session that ended offline (refused ones, made
    /// on what someone else changed meanwhile, were reported through errorOccurred() and are not counted).
    void keptEditsSent(int count);
    /// The codebook (tags) changed: another reviewer of a team project edited it.
    void codebookChanged();
    /// An edit (a note, a verdict, a claim type, a confidence, the source a sentence rests on) was not saved:
    /// someone else had changed that value meanwhile. resolveConflict(conflict.id, true) saves the analyst's over
    /// theirs; resolveConflict(conflict.id, false) keeps theirs.
    void editConflict(const Sourcelight::EditConflict &conflict);
    /// A deferred full read of the file (see checkIntegrityInBackground()) finished.
    void integrityChecked(Sourcelight::Project::IntegrityCheck result);

private:
    void refreshAggregates();
    /// Another reviewer of a team project committed an edit (ProjectStore::changedElsewhere()): kept for a moment,
    /// so that a burst of them (an import, a merge of sources) is shown at once.
    void takeChangeElsewhere(const StoreChange &change);
    /// Shows the edits taken since the last call, as this window's own edits are shown: the rows they touched, the
    /// library, the sources, the claims and the counts. The current sentence stays current.
    void showChangesElsewhere();
    /// While Offline: connects again; once back, reads the open document, the library, the sources and the claims
    /// again (what others did meanwhile was not announced to a connection that was gone).
    void tryReconnect();
    SentenceModel::Shown shownWhileOffline(Id sentenceId) const;
    /// On reconnecting: sends the edits made offline, in the order they were made (each as its command's redo()).
    void sendWaitingEdits();
    /// The undo stack's index moved to index: waiting edits at or above it were undone, and never need sending.
    void dropUndoneWaiting(int index);
    /// The edits waiting, in the order they were made (the undo stack's).
    QList<QUndoCommand *> waitingInOrder() const;
    /// The queue changed: says so, and keeps what waits now on this computer (keepWaiting()).
    void waitingChanged();
    /// Writes the edits waiting on the undo stack to m_journal (none: removes its file).
    void keepWaiting();
    /// On open(): sends the edits an earlier session of this login kept on this computer while offline.
    void sendKeptEdits();
    /// While sending waiting edits: counts (step 1) or uncounts (-1) the values command writes whole, in
    /// m_overwrittenLater.
    void countOverwrite(const QUndoCommand *command, int step);
    /// Reads a large file through on a worker after it opened (ProjectStore::setDeferLargeFileCheck); a damaged
    /// file is closed, before anything more is written to it, and errorOccurred() says why.
    void checkIntegrityInBackground();
    /// Copies the write-ahead log into the file on a worker with a connection of its own (StoreMaintenance; this
    /// connection never does: a checkpoint after a folder import can copy hundreds of megabytes). Runs after each
    /// burst of edits.
    void checkpointInBackground();
    /// After a write: asks the worker to flush it to disk.
    void requestSave();
    void flushed(quint64 request);
    /// A flush failed: the edits after the last one on disk are undone, and the analyst is told.
    void flushFailed(quint64 request, const QString &message);
    void setSaveState(SaveState state);
    void changeAttribution(Id sentenceId, const QString &text, const std::function<void(AttributionRecord &)> &change);
    /// A split or merge was refused (the store's error says why): said, unless the analyst asked for one that cannot
    /// be (InvalidArgument); on a change another reviewer made meanwhile, the open document shows theirs first.
    EditOutcome boundariesRefused();
    /// The spans of count sentences from sentenceId on as the open document shows them (what a split or merge is
    /// made on); empty when that sentence is not shown.
    QList<TextSpan> shownSpans(Id sentenceId, int count) const;

    std::unique_ptr<ProjectStore> m_store;
    QUndoStack *m_undoStack;
    DocumentListModel *m_documents;
    SentenceModel *m_sentences;
    SourceModel *m_sources;
    ClaimTableModel *m_claims;
    QTimer *m_refreshTimer;
    QTimer *m_changesTimer;
    QTimer *m_reconnectTimer;              ///< while Offline: tries the server again
    QList<StoreChange> m_changesElsewhere; ///< taken, not yet shown
    QSet<const QUndoCommand *> m_waiting;  ///< edits made offline, not sent yet (steps, or a macro's children)
    bool m_sendingWaiting = false;
    int m_refusedWhileSending = 0; ///< waiting edits refused while being sent (changed meanwhile by someone else)
    QHash<QString, int> m_overwrittenLater; ///< while sending: how many edits not sent yet write each value
    OfflineJournal m_journal;               ///< the queue, kept on this computer (a team project)
    bool m_waitingKept = true;              ///< the last change of the queue reached m_journal
    bool m_keepingPaused = false;           ///< sendKeptEdits() at work: m_journal is written once it is done
    Id m_currentDocument = 0;
    bool m_claimsStale = false;
    quint64 m_openCount = 0;         ///< tells a background check's result from an earlier open's
    StoreMaintenance *m_maintenance; ///< the integrity check and checkpoints, off the UI thread
    QHash<Id, QString> m_reviewerNames;
    QHash<Id, QList<EvidenceRecord>> m_evidenceShown; ///< by sentence, as last read: shown while offline
    ReviewTeam::Session m_team;
    DurableSync *m_durable; ///< flushes each edit to disk off the UI thread
    SaveState m_saveState = SaveState::Saved;
    QString m_saveError;
    QHash<quint64, int> m_undoIndexAt; ///< the undo stack's index when each flush was asked for
    int m_savedUndoIndex = 0;          ///< the undo stack's index when the last flush reached the disk
    quint64 m_rolledBackThrough = 0;   ///< the last flush asked for when the last failure was rolled back
    bool m_rollingBack = false;
    QString m_errorString;
    QHash<int, std::function<void()>> m_conflicts; ///< offered by editConflict(), not answered yet: keep mine
    int m_lastConflict = 0;
};

} // namespace Sourcelight

Q_DECLARE_METATYPE(Sourcelight::EditConflict)
