#include "project.h"

#include "attributiontable.h"
#include "claimtable.h"
#include "claimtablemodel.h"
#include "codebook.h"
#include "displaynames.h"
#include "documentcommands.h"
#include "documentlistmodel.h"
#include "documenttable.h"
#include "durablesync.h"
#include "itemroles.h"
#include "projectqueries.h"
#include "projectstore.h"
#include "reviewcommands.h"
#include "reviewteam.h"
#include "sentenceboundaries.h"
#include "sentencecommands.h"
#include "sentencemodel.h"
#include "settings.h"
#include "sourcemodel.h"
#include "sourcetable.h"
#include "storemaintenance.h"
#include "suggestionreview.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QTimer>
#include <QUndoStack>

#include <utility>

#include <algorithm>

namespace Sourcelight {

namespace {

// Sets the verdict or the claim type (member, field) of a sentence's claim. A sentence without a claim counts as
// having a new claim's value, and choosing even that value gives it its claim.
template<typename Value>
void setClaimChoice(Project &project, Id sentenceId, Value ClaimRecord::*member, ClaimValueCommand::Field field,
    Value value, const QString &text)
{
    const std::optional<ClaimRecord> claim = project.sentenceClaim(sentenceId);
    const Value old = claim ? (*claim).*member : ClaimRecord {}.*member;
    if (claim && old == value) {
        return;
    }
    project.undoStack()->push(new ClaimValueCommand(&project, sentenceId, field, int(old), int(value), text));
}

} // namespace

Project::Project(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<ProjectStore>())
    , m_undoStack(new QUndoStack(this))
    , m_documents(new DocumentListModel(*m_store, this))
    , m_sentences(new SentenceModel(*m_store, this))
    , m_sources(new SourceModel(*m_store, this))
    , m_claims(new ClaimTableModel(*m_store, this))
    , m_refreshTimer(new QTimer(this))
    , m_changesTimer(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
    , m_maintenance(new StoreMaintenance(this))
    , m_durable(new DurableSync(this))
{
    // Counts, the library's reviewed shares and the claims list follow edits a moment later, coalesced, so a
    // burst of edits costs one refresh and the edit itself only repaints its own rows.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &Project::refreshAggregates);
    // Other reviewers' edits (a team project) are shown within a second: gathered for 50 ms, then shown together.
    m_changesTimer->setSingleShot(true);
    m_changesTimer->setInterval(50);
    connect(m_changesTimer, &QTimer::timeout, this, &Project::showChangesElsewhere);
    connect(m_store.get(), &ProjectStore::changedElsewhere, this, &Project::takeChangeElsewhere);
    m_reconnectTimer->setInterval(2000);
    connect(m_reconnectTimer, &QTimer::timeout, this, &Project::tryReconnect);
    // A 300 MB project must open in under a second: its full read happens on a worker once it is open, and so do
    // the source counts and the library's sentence counts, at open and after edits.
    m_store->setDeferLargeFileCheck(ProjectStore::OpenCheckLimit);
    m_store->setInteractive(true);
    m_sources->setCountInBackground(true);
    m_documents->setCountInBackground(true);
    // An edit is committed and repainted at once; its flush to disk follows on a worker (item 9 of the review
    // budget: the disk's latency never holds up the pane).
    connect(m_undoStack, &QUndoStack::indexChanged, this, &Project::requestSave);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &Project::dropUndoneWaiting);
    connect(m_durable, &DurableSync::synced, this, &Project::flushed);
    connect(m_durable, &DurableSync::failed, this, &Project::flushFailed);
}

Project::~Project() = default;

bool Project::open(const QString &path, bool create)
{
    close();
    ++m_openCount;
    if (!m_store->open(path, create ? ProjectStore::OpenMode::CreateIfMissing : ProjectStore::OpenMode::OpenExisting)) {
        m_errorString = m_store->errorString();
        return false;
    }
    QString reviewer = Settings().reviewer();
    if (reviewer.isEmpty()) {
        reviewer = qEnvironmentVariable("USER", tr("Analyst"));
    }
    m_durable->setFiles({});
    if (!m_store->isReadOnly()) {
        // On a server the login decides who the reviewer is; one with no part in the team gets no further.
        if (!m_store->setReviewer(reviewer) && m_store->onServer()) {
            m_errorString = m_store->errorString();
            m_store->close();
            return false;
        }
        m_team = ReviewTeam::session(*m_store).value_or(ReviewTeam::Session {});
        if (m_store->onServer()) {
            m_journal.setProject(m_store->path(), m_store->reviewerId().value_or(0), m_store->reviewerSince());
        }
        ensureDefaultCodebook();
        m_store->setAutoCheckpoint(0); // see checkpointInBackground()
        // Commits wait for the operating system only; DurableSync waits for the disk, off the UI thread.
        if (m_store->setSyncOnCommit(false)) {
            m_durable->setFiles(m_store->durableFiles());
        }
    }
    m_undoIndexAt.clear();
    m_savedUndoIndex = 0;
    setSaveState(SaveState::Saved);
    m_reviewerNames = ProjectQueries::reviewerNames(*m_store).value_or(QHash<Id, QString> {});
    m_store->followChangesElsewhere(); // a team project: other reviewers' edits show as they are made
    m_documents->reload();
    m_sources->reload();
    m_claims->reload();
    m_errorString.clear();
    Q_EMIT opened();
    if (m_store->integrityCheckDeferred()) {
        checkIntegrityInBackground();
    }
    sendKeptEdits();
    return true;
}

void Project::checkIntegrityInBackground()
{
    using Report = StoreMaintenance::IntegrityReport;
    const quint64 openCount = m_openCount;
    auto *watcher = new QFutureWatcher<Report>(this);
    connect(watcher, &QFutureWatcher<Report>::finished, this, [this, watcher, openCount] {
        watcher->deleteLater();
        const Report report = watcher->result();
        if (openCount != m_openCount || !isOpen()) {
            return; // a result for a project closed (or another one opened) since
        }
        IntegrityCheck result = IntegrityCheck::Sound;
        if (report.result == Report::Result::Damaged) {
            result = IntegrityCheck::Damaged;
            close();
            reportError(tr("%1 It was closed so that nothing more is written to it.").arg(report.message));
        } else if (report.result == Report::Result::NotRun) {
            result = IntegrityCheck::NotRun;
            reportError(tr("The project could not be read through to check it for damage: %1").arg(report.message));
        }
        Q_EMIT integrityChecked(result);
    });
    watcher->setFuture(StoreMaintenance::checkIntegrityInBackground(m_store->path()));
}

void Project::close()
{
    if (!m_store->isOpen()) {
        return;
    }
    waitUntilSaved();
    m_durable->setFiles({}); // clearing the undo stack below is no edit to flush
    m_refreshTimer->stop();
    m_changesTimer->stop();
    m_changesElsewhere.clear();
    m_reconnectTimer->stop();
    // Edits still waiting stay kept on this computer (m_journal) for the next open: the journal is let go before the
    // undo stack is cleared, which would otherwise count them undone. When they could not be kept, the window asked
    // first (MainWindow::mayDiscardWaitingEdits()).
    m_journal.setProject({}, 0, {});
    m_conflicts.clear(); // offered on this project: not answered on the next
    m_evidenceShown.clear();
    const bool hadWaiting = !m_waiting.isEmpty();
    m_waiting.clear();
    m_waitingKept = true;
    m_undoStack->clear();
    if (hadWaiting) {
        Q_EMIT waitingEditsChanged(0);
    }
    m_team = {};
    m_currentDocument = 0;
    m_sentences->setDocument(0);
    m_store->close();
    m_documents->reload();
    m_sources->reload();
    m_claims->reload();
    Q_EMIT closed();
}

bool Project::isOpen() const
{
    return m_store->isOpen();
}

QString Project::path() const
{
    return m_store->path();
}

QString Project::connectionAddress() const
{
    return m_store->connectionAddress();
}

bool Project::isReadOnly() const
{
    return m_store->isReadOnly();
}

bool Project::openDocument(Id documentId)
{
    if (!m_sentences->setDocument(documentId)) {
        reportError(m_store->errorString());
        return false;
    }
    m_currentDocument = documentId;
    return true;
}

void Project::reportFailedWrite(QUndoCommand *command, bool redoing, bool canWait)
{
    if (canWait && m_store->isConnectionLost()) {
        if (!redoing) {
            if (m_waiting.remove(command)) {
                waitingChanged(); // never sent: nothing to undo on the server
                return;
            }
        } else {
            const bool first = m_waiting.isEmpty();
            m_waiting.insert(command);
            waitingChanged();
            if (first && !m_keepingPaused) {
                reportError(tr("The connection to the server was lost. “%1” and the review edits after it wait "
                               "here, kept on this computer, and are sent when it is back (or when the project is "
                               "next opened).")
                        .arg(command->text()));
            }
            return;
        }
    }
    if (redoing && m_sendingWaiting) {
        // Refused (changed meanwhile by someone else, locked, …): it did not happen, so it leaves the undo stack
        // when it would next be undone, as a refused edit does (obsolete), and the window shows the server's value.
        command->setObsolete(true);
        ++m_refusedWhileSending;
        reportError(tr("“%1”, made while offline, was not saved: %2").arg(command->text(), m_store->errorString()));
    } else if (redoing) {
        command->setObsolete(true);
        reportError(tr("“%1” could not be saved and was undone: %2").arg(command->text(), m_store->errorString()));
    } else {
        reportError(tr("“%1” could not be undone: %2").arg(command->text(), m_store->errorString()));
    }
}

void Project::dropUndoneWaiting(int index)
{
    if (m_waiting.isEmpty()) {
        return;
    }
    // The edit that began waiting in its redo() is on the stack only now (QUndoStack::push() runs redo() first):
    // kept with it below, or here when nothing was undone.
    const qsizetype before = m_waiting.size();
    for (int i = index; i < m_undoStack->count(); ++i) {
        const QUndoCommand *step = m_undoStack->command(i);
        m_waiting.remove(step);
        for (int c = 0; c < step->childCount(); ++c) {
            m_waiting.remove(step->child(c));
        }
    }
    if (m_waiting.size() != before) {
        waitingChanged();
    } else {
        keepWaiting();
    }
}

QList<QUndoCommand *> Project::waitingInOrder() const
{
    QList<QUndoCommand *> waiting;
    for (int i = 0; i < m_undoStack->index(); ++i) {
        auto *step = const_cast<QUndoCommand *>(m_undoStack->command(i)); // the stack's own, run as it runs them
        if (m_waiting.contains(step)) {
            waiting.append(step);
        }
        for (int c = 0; c < step->childCount(); ++c) {
            if (m_waiting.contains(step->child(c))) {
                waiting.append(const_cast<QUndoCommand *>(step->child(c)));
            }
        }
    }
    // The edit being made or redone now began waiting in its redo(), before the stack counts it (QUndoStack::push()
    // and redo() run it first): the newest, last. Kept with the rest at once, not once the stack has it: a message
    // the first one shows can hold the stack that long.
    for (const QUndoCommand *edit : m_waiting) {
        if (!waiting.contains(edit)) {
            waiting.append(const_cast<QUndoCommand *>(edit));
        }
    }
    return waiting;
}

void Project::waitingChanged()
{
    Q_EMIT waitingEditsChanged(waitingEdits());
    keepWaiting();
}

void Project::keepWaiting()
{
    if (m_keepingPaused || !m_journal.isSet()) {
        return;
    }
    QJsonArray kept;
    for (const QUndoCommand *step : waitingInOrder()) {
        if (const auto *edit = dynamic_cast<const WaitingEdit *>(step)) {
            kept.append(edit->toJson());
        }
    }
    const bool wasKept = m_waitingKept;
    m_waitingKept = m_journal.keep(kept);
    if (wasKept && !m_waitingKept && !m_waiting.isEmpty()) {
        reportError(tr("The edits waiting for the server could not be kept on this computer: %1 Closing the project "
                       "before they are sent discards them.")
                .arg(m_journal.errorString()));
    }
}

void Project::sendWaitingEdits()
{
    const QList<QUndoCommand *> waiting = waitingInOrder();
    m_waiting.clear();
    m_sendingWaiting = true;
    m_keepingPaused = true; // kept as they were until every one has been tried
    m_overwrittenLater.clear();
    for (const QUndoCommand *step : waiting) {
        countOverwrite(step, 1);
    }
    for (QUndoCommand *step : waiting) {
        countOverwrite(step, -1);
        step->redo(); // lost again: waits again; changed meanwhile by someone else: offered (reportConflict())
    }
    m_sendingWaiting = false;
    m_keepingPaused = false;
    waitingChanged();
}

void Project::sendKeptEdits()
{
    if (!m_journal.isSet()) {
        return;
    }
    const std::optional<QJsonArray> kept = m_journal.kept();
    if (!kept) {
        reportError(m_journal.errorString());
        return;
    }
    if (kept->isEmpty()) {
        return;
    }
    int unreadable = 0;
    m_refusedWhileSending = 0;
    m_sendingWaiting = true;
    m_keepingPaused = true; // the file keeps every edit until each has been tried
    std::vector<std::unique_ptr<QUndoCommand>> edits;
    m_overwrittenLater.clear();
    for (const auto &entry : *kept) {
        std::unique_ptr<QUndoCommand> edit = waitingEditFromJson(this, entry.toObject());
        if (!edit) {
            ++unreadable;
            continue;
        }
        countOverwrite(edit.get(), 1);
        edits.push_back(std::move(edit));
    }
    for (std::unique_ptr<QUndoCommand> &edit : edits) {
        // On the undo stack, as if just made: sent by its redo(); refused (someone changed it meanwhile) it is
        // dropped and offered (reportConflict()); the connection lost again, it waits as any edit made offline.
        countOverwrite(edit.get(), -1);
        m_undoStack->push(edit.release());
    }
    m_sendingWaiting = false;
    m_keepingPaused = false;
    const int sent = int(kept->size()) - unreadable - m_refusedWhileSending - waitingEdits();
    waitingChanged();
    if (unreadable > 0) {
        reportError(tr("%n edit(s) kept on this computer from an earlier session could not be read and were not "
                       "sent.",
            nullptr, unreadable));
    }
    if (sent > 0) {
        Q_EMIT keptEditsSent(sent);
    }
}

void Project::reportConflict(QUndoCommand *command, Id sentenceId, const QString &theirs, const QString &mine,
    const std::function<void()> &keepMine)
{
    command->setObsolete(true);
    const auto *edit = dynamic_cast<const WaitingEdit *>(command);
    if (m_sendingWaiting && edit && m_overwrittenLater.value(edit->overwrites()) > 0) {
        // A later edit of the analyst's, sent next, writes this value again: that one is offered if it too finds
        // theirs (or this one was its own result, sent before and found again after a crash).
        return;
    }
    if (m_sendingWaiting) {
        ++m_refusedWhileSending; // not sent as it was: offered, and counted apart from the edits that went
    }
    const int id = ++m_lastConflict;
    m_conflicts.insert(id, keepMine);
    Q_EMIT editConflict(EditConflict {id, sentenceId, command->text(), theirs, mine});
}

void Project::countOverwrite(const QUndoCommand *command, int step)
{
    const auto *edit = dynamic_cast<const WaitingEdit *>(command);
    if (edit && !edit->overwrites().isEmpty()) {
        m_overwrittenLater[edit->overwrites()] += step;
    }
}

void Project::resolveConflict(int conflictId, bool keepMine)
{
    const std::function<void()> mine = m_conflicts.take(conflictId);
    if (keepMine && mine && isOpen()) {
        mine();
    }
}

QString Project::describeAttribution(const std::optional<AttributionRecord> &attribution)
{
    return DisplayNames::attribution(attribution, [this](Id sourceId) {
        const std::optional<SourceRecord> source = m_store->sources().source(sourceId);
        return source ? source->name : QString::number(sourceId);
    });
}

void Project::requestSave()
{
    if (m_rollingBack || !isOpen() || isReadOnly() || m_durable->files().isEmpty()) {
        return;
    }
    m_undoIndexAt.insert(m_durable->request(), m_undoStack->index());
    setSaveState(SaveState::Saving);
}

void Project::flushed(quint64 request)
{
    m_savedUndoIndex = m_undoIndexAt.value(request, m_savedUndoIndex);
    m_undoIndexAt.removeIf([request](QHash<quint64, int>::iterator entry) { return entry.key() <= request; });
    if (!m_durable->isPending()) {
        setSaveState(SaveState::Saved);
    }
}

void Project::flushFailed(quint64 request, const QString &message)
{
    m_undoIndexAt.removeIf([request](QHash<quint64, int>::iterator entry) { return entry.key() <= request; });
    if (request <= m_rolledBackThrough) {
        // A flush asked for before the last rollback: its edits are undone already, and an edit made since (a redo)
        // waits for an answer of its own.
        return;
    }
    // What is on disk is the state at the last flush that worked: the view goes back to it, and the edits after it
    // stay on the redo side of the stack for when the disk works again. The undos are flushed with the next edit.
    int undone = 0;
    m_rollingBack = true;
    while (m_undoStack->index() > m_savedUndoIndex && m_undoStack->canUndo()) {
        m_undoStack->undo();
        ++undone;
    }
    m_rollingBack = false;
    m_rolledBackThrough = m_durable->lastRequested();
    m_saveError = undone > 0 ? tr("%n edit(s) could not be saved to the disk and were undone: %1 Redo them when "
                                  "the disk works again.",
                                   nullptr, undone)
                                   .arg(message)
                             : tr("The project could not be saved to the disk: %1").arg(message);
    setSaveState(SaveState::Failed);
    reportError(m_saveError);
}

void Project::setSaveState(SaveState state)
{
    if (m_saveState != state) {
        m_saveState = state;
        Q_EMIT saveStateChanged(state);
    }
}

void Project::waitUntilSaved()
{
    m_durable->waitForIdle();
}

void Project::reportError(const QString &message)
{
    m_errorString = message;
    Q_EMIT errorOccurred(message);
    if (m_store->isConnectionLost() && !m_reconnectTimer->isActive()) {
        setSaveState(SaveState::Offline);
        m_reconnectTimer->start();
    }
}

void Project::tryReconnect()
{
    if (!m_store->isConnectionLost()) {
        m_reconnectTimer->stop(); // closed meanwhile
        return;
    }
    if (!m_store->reconnect()) {
        return; // again in a moment
    }
    m_reconnectTimer->stop();
    sendWaitingEdits();
    if (m_store->isConnectionLost()) {
        setSaveState(SaveState::Offline); // gone again while sending: try again in a moment
        m_reconnectTimer->start();
        return;
    }
    setSaveState(SaveState::Saved);
    m_documents->reload();
    m_sources->reload();
    if (m_currentDocument != 0) {
        notifyBoundariesChanged(m_currentDocument); // its rows read again, the current sentence kept; the claims
    } else {
        m_claims->reload();
    }
    Q_EMIT codebookChanged();
}

void Project::notifySentenceChanged(Id sentenceId)
{
    requestSave();
    m_sentences->refreshSentence(sentenceId);
    if (!m_claims->refreshSentence(sentenceId)) {
        m_claimsStale = true;
    }
    m_refreshTimer->start();
    Q_EMIT sentenceChanged(sentenceId);
}

void Project::notifySourcesChanged()
{
    requestSave();
    m_sources->reload();
    m_sentences->refreshRows();
    m_claimsStale = true;
    m_refreshTimer->start();
    Q_EMIT sourcesChanged();
}

void Project::notifyDocumentChanged(Id documentId)
{
    requestSave();
    m_documents->refreshDocument(documentId);
    m_claimsStale = true; // the Claims dock shows document titles
    m_refreshTimer->start();
    Q_EMIT documentChanged(documentId);
}

void Project::notifyDocumentAboutToBeRemoved(Id documentId)
{
    Q_EMIT documentAboutToBeRemoved(documentId);
}

void Project::notifyDocumentRemoved(Id documentId, const QList<Id> &restoredVersions)
{
    requestSave();
    const bool wasOpen = m_currentDocument == documentId;
    if (wasOpen) {
        m_currentDocument = 0;
        m_sentences->setDocument(0);
    }
    m_documents->removeDocumentRow(documentId);
    if (!restoredVersions.isEmpty() && !m_documents->addDocumentRows(restoredVersions)) {
        reportError(m_store->errorString());
    }
    m_claims->reload(); // at once: a claim listed there would lead to a sentence that is gone
    m_claimsStale = false;
    m_refreshTimer->start(); // source counts
    Q_EMIT documentRemoved(documentId, wasOpen);
}

void Project::notifyDocumentRestored(Id documentId)
{
    requestSave();
    m_documents->reload();
    m_claims->reload();
    m_claimsStale = false;
    m_refreshTimer->start();
    Q_EMIT documentRestored(documentId);
}

void Project::notifyBoundariesChanged(Id documentId)
{
    requestSave();
    if (documentId == m_currentDocument && !m_sentences->setDocument(documentId)) {
        reportError(m_store->errorString());
    }
    m_documents->refreshDocument(documentId);
    m_claims->reload(); // at once: a claim listed there may stand on a sentence that is gone
    m_claimsStale = false;
    m_refreshTimer->start(); // source counts
    Q_EMIT boundariesChanged(documentId);
}

void Project::checkpointInBackground()
{
    if (!isOpen() || isReadOnly() || m_store->onServer()) {
        return; // a server keeps its own files: there is no write-ahead log of ours to copy
    }
    m_maintenance->checkpointInBackground(m_store->path());
}

void Project::importFinished()
{
    m_documents->reload();
    m_sources->reload();
    m_claims->reload();
    checkpointInBackground();
}

void Project::takeChangeElsewhere(const StoreChange &change)
{
    m_changesElsewhere.append(change);
    if (!m_changesTimer->isActive()) {
        m_changesTimer->start();
    }
}

void Project::showChangesElsewhere()
{
    const QList<StoreChange> changes = std::exchange(m_changesElsewhere, {});
    QList<Id> sentences;        // rows of the open document to read again
    bool wholeDocument = false; // a row of unknown place is gone: every row of the open document is read
    bool sources = false;
    bool library = false; // documents came or came back: the library is read once for all of them
    for (const StoreChange &change : changes) {
        if (change.entity == QLatin1String("sources")) {
            sources = true;
        } else if (change.entity == QLatin1String("tags")) {
            m_claimsStale = true;
            Q_EMIT codebookChanged();
        } else if (change.entity == QLatin1String("documents")) {
            if (change.field == QLatin1String("removed")) {
                notifyDocumentAboutToBeRemoved(change.entityId);
                notifyDocumentRemoved(change.entityId);
            } else if (change.field == QLatin1String("imported") || change.field == QLatin1String("restored")) {
                library = true; // read, not opened: the analyst stays where they are
            } else {
                notifyDocumentChanged(change.entityId); // its title, outlet, …
            }
        } else if (change.changesBoundaries()) {
            notifyBoundariesChanged(change.documentId);
        } else if (change.documentId == 0) {
            wholeDocument = true;
        } else if (change.documentId == m_currentDocument && !sentences.contains(change.sentenceId)) {
            sentences.append(change.sentenceId);
        } else {
            m_claimsStale = true; // a claim of another document
        }
    }
    if (library) {
        m_documents->reload();
        m_claimsStale = true;
    }
    if (sources) {
        notifySourcesChanged(); // re-reads every row of the open document too
    } else if (wholeDocument) {
        m_sentences->refreshRows();
        m_claimsStale = true;
    }
    for (const Id sentenceId : std::as_const(sentences)) {
        notifySentenceChanged(sentenceId); // that row, its claim in the Claims dock, the panel when it is current
    }
    m_refreshTimer->start(); // counts, the library's reviewed shares, the claims list
}

void Project::refreshAggregates()
{
    checkpointInBackground();
    m_sources->refreshCounts();
    if (m_currentDocument != 0) {
        m_documents->refreshDocument(m_currentDocument);
    }
    if (m_claimsStale) {
        m_claimsStale = false;
        m_claims->reload();
    }
}

std::optional<SuggestionScore> Project::suggestionScore()
{
    std::optional<SuggestionScore> score = SuggestionReview::score(*m_store);
    if (!score) {
        reportError(m_store->errorString());
    }
    return score;
}

bool Project::markDocumentDone()
{
    if (!codesAlone() || m_currentDocument == 0) {
        reportError(tr("Only a reviewer coding independently marks a document done, with the document open."));
        return false;
    }
    if (!ReviewTeam::markDone(*m_store, m_currentDocument)) {
        reportError(m_store->errorString());
        return false;
    }
    return true;
}

std::optional<QList<ProjectCodings::SentenceCodings>> Project::documentCodings()
{
    if (m_currentDocument == 0) {
        return QList<ProjectCodings::SentenceCodings> {};
    }
    std::optional<QList<ProjectCodings::SentenceCodings>> codings
        = ProjectCodings::sentences(*m_store, m_currentDocument);
    if (!codings) {
        reportError(m_store->errorString());
    }
    return codings;
}

void Project::adoptCoding(Id sentenceId, const ProjectCodings::Coding &coding)
{
    m_undoStack->beginMacro(tr("Adopt %1's decision").arg(coding.reviewer));
    const std::optional<AttributionRecord> before = humanAttribution(sentenceId);
    std::optional<AttributionRecord> after = coding.attribution;
    if (after) {
        after->id = 0;
        after->sentenceId = sentenceId;
    }
    if (before || after) {
        m_undoStack->push(new AttributionCommand(this, sentenceId, before, after, tr("Adopt attribution")));
    }
    if (coding.claim) {
        setVerdict(sentenceId, coding.claim->verdict);
        setClaimType(sentenceId, coding.claim->type);
        setNote(sentenceId, coding.claim->note);
        const std::optional<ClaimRecord> final = sentenceClaim(sentenceId);
        for (const Id tag : final ? final->tagIds : QList<Id> {}) {
            setTag(sentenceId, tag, coding.claim->tagIds.contains(tag));
        }
        for (const Id tag : coding.claim->tagIds) {
            setTag(sentenceId, tag, true);
        }
    }
    m_undoStack->endMacro();
}

std::optional<Id> Project::findSource(const QString &text)
{
    const std::optional<Id> found = m_store->sources().lookup(text);
    if (!found) {
        reportError(m_store->errorString());
        return std::nullopt;
    }
    return *found != 0 ? found : std::nullopt;
}

std::optional<ClaimRecord> Project::sentenceClaim(Id sentenceId)
{
    const std::optional<QList<ClaimRecord>> claims = m_store->claims().forSentence(sentenceId, DecisionLayers::Own);
    if (!claims && m_store->isConnectionLost()) {
        return shownWhileOffline(sentenceId).claim; // what the window shows, edits waiting to be sent included
    }
    if (!claims || claims->isEmpty()) {
        return std::nullopt;
    }
    for (const ClaimRecord &c : *claims) {
        if (!c.span.isValid()) {
            return c;
        }
    }
    return claims->first();
}

SentenceModel::Shown Project::shownWhileOffline(Id sentenceId) const
{
    return m_sentences->shown(sentenceId).value_or(SentenceModel::Shown {});
}

void Project::showWhileOffline(Id sentenceId, const std::function<void(SentenceModel::Shown &)> &change)
{
    if (m_store->isConnectionLost()) {
        m_sentences->showWhileOffline(sentenceId, change);
    }
}

std::optional<Id> Project::ensureSentenceClaim(Id sentenceId)
{
    if (const std::optional<ClaimRecord> existing = sentenceClaim(sentenceId)) {
        // Id 0: a claim shown while offline, made on the server only when the edit is sent.
        return existing->id != 0 ? std::optional<Id>(existing->id) : std::nullopt;
    }
    const std::optional<QList<AttributionRecord>> attributions
        = m_store->attributions().forSentence(sentenceId, DecisionLayers::Own);
    if (!attributions) {
        return std::nullopt;
    }
    return m_store->claims().addClaim(newClaim(sentenceId, AttributionTable::effective(*attributions)));
}

ClaimRecord Project::newClaim(Id sentenceId, const std::optional<AttributionRecord> &effectiveAttribution)
{
    ClaimRecord record;
    record.sentenceId = sentenceId;
    // A direct quotation is reviewed as a quote; everything else starts as a factual claim.
    if (effectiveAttribution && effectiveAttribution->quote == QuoteType::Direct) {
        record.type = ClaimType::Quote;
    }
    return record;
}

void Project::forgetWaiting(const QUndoCommand *command)
{
    if (m_waiting.remove(command)) {
        waitingChanged();
    }
}

std::optional<AttributionRecord> Project::humanAttribution(Id sentenceId)
{
    const auto all = m_store->attributions().forSentence(sentenceId, DecisionLayers::Own);
    if (!all && m_store->isConnectionLost()) {
        return shownWhileOffline(sentenceId).human;
    }
    if (all) {
        for (const AttributionRecord &a : *all) {
            if (a.origin != AttributionOrigin::Suggested) {
                return a;
            }
        }
    }
    return std::nullopt;
}

std::optional<AttributionRecord> Project::suggestedAttribution(Id sentenceId)
{
    const auto all = m_store->attributions().forSentence(sentenceId, DecisionLayers::Own);
    if (!all && m_store->isConnectionLost()) {
        return shownWhileOffline(sentenceId).suggestion;
    }
    if (all) {
        for (const AttributionRecord &a : *all) {
            if (a.origin == AttributionOrigin::Suggested) {
                return a;
            }
        }
    }
    return std::nullopt;
}

QList<EvidenceRecord> Project::evidence(Id sentenceId)
{
    const std::optional<ClaimRecord> claim = sentenceClaim(sentenceId);
    std::optional<QList<EvidenceRecord>> links
        = claim && claim->id != 0 ? m_store->claims().evidence(claim->id) : QList<EvidenceRecord> {};
    if (links) {
        m_evidenceShown.insert(sentenceId, *links);
    } else {
        // The server cannot be read: the links as last read, and those added since, waiting to be sent.
        links = m_store->isConnectionLost() ? m_evidenceShown.value(sentenceId) : QList<EvidenceRecord> {};
    }
    if (!m_waiting.isEmpty()) {
        for (const QUndoCommand *step : waitingInOrder()) { // in the order they were made
            const auto *change = dynamic_cast<const EvidenceCommand *>(step);
            if (!change || change->sentenceId() != sentenceId) {
                continue;
            }
            if (change->adds()) {
                links->append(change->record());
            } else {
                links->removeIf([id = change->record().id](const EvidenceRecord &e) { return e.id == id; });
            }
        }
    }
    return *links;
}

QList<TagRecord> Project::tags()
{
    return m_store->isOpen() ? m_store->codebook().tags().value_or(QList<TagRecord> {}) : QList<TagRecord> {};
}

std::optional<SourceRecord> Project::source(Id sourceId)
{
    return m_store->sources().source(sourceId);
}

QStringList Project::claimReviewers()
{
    return m_store->isOpen() ? ProjectQueries::claimReviewers(*m_store).value_or(QStringList {}) : QStringList {};
}

QString Project::reviewerName(std::optional<Id> reviewerId)
{
    if (!reviewerId) {
        return {};
    }
    if (m_store->reviewerId() == reviewerId) {
        return m_store->reviewerName();
    }
    return m_reviewerNames.value(*reviewerId);
}

std::optional<DocumentMetadata> Project::documentMetadata(Id documentId)
{
    const std::optional<DocumentRecord> record = m_store->documents().document(documentId);
    if (!record) {
        reportError(m_store->errorString());
        return std::nullopt;
    }
    return record->metadata;
}

std::optional<DocumentContents> Project::documentContents(Id documentId)
{
    const std::optional<DocumentContents> contents = DocumentSnapshot::count(*m_store, documentId);
    if (!contents) {
        reportError(m_store->errorString());
    }
    return contents;
}

bool Project::ensureDefaultCodebook()
{
    const std::optional<QList<TagRecord>> existing = m_store->codebook().tags();
    if (!existing || !existing->isEmpty()) {
        return existing.has_value();
    }
    struct Default
    {
        const char *name;
        const char *colour;
        const char *shortcut;
        const char *description;
    };
    static constexpr Default Defaults[] = {
        {QT_TRANSLATE_NOOP("Sourcelight::Project", "needs second source"), "#D55E00", "Alt+1",
            QT_TRANSLATE_NOOP("Sourcelight::Project", "Rests on a single source; look for corroboration.")},
        {QT_TRANSLATE_NOOP("Sourcelight::Project", "hedged"), "#E69F00", "Alt+2",
            QT_TRANSLATE_NOOP("Sourcelight::Project", "Worded with reportedly, allegedly, could or similar.")},
        {QT_TRANSLATE_NOOP("Sourcelight::Project", "numbers"), "#0072B2", "Alt+3",
            QT_TRANSLATE_NOOP("Sourcelight::Project", "Contains a figure to check.")},
        {QT_TRANSLATE_NOOP("Sourcelight::Project", "follow up"), "#009E73", "Alt+4",
            QT_TRANSLATE_NOOP("Sourcelight::Project", "Come back to it later.")},
    };
    for (const Default &d : Defaults) {
        TagRecord tag;
        tag.name = tr(d.name);
        tag.colour = QString::fromLatin1(d.colour);
        tag.shortcut = QString::fromLatin1(d.shortcut);
        tag.description = tr(d.description);
        if (!m_store->codebook().addTag(tag)) {
            return false;
        }
    }
    return true;
}

void Project::acceptSuggestion(Id sentenceId)
{
    std::optional<AttributionRecord> suggestion = suggestedAttribution(sentenceId);
    if (!suggestion) {
        return;
    }
    const std::optional<AttributionRecord> before = humanAttribution(sentenceId);
    AttributionRecord after = *suggestion;
    after.origin = AttributionOrigin::Confirmed;
    m_undoStack->push(new AttributionCommand(this, sentenceId, before, after, tr("Accept suggestion")));
}

void Project::rejectSuggestion(Id sentenceId)
{
    const std::optional<AttributionRecord> before = humanAttribution(sentenceId);
    AttributionRecord after;
    after.sentenceId = sentenceId;
    after.origin = AttributionOrigin::Edited;
    after.scope = AttributionScope::Author;
    after.confidence = 1.0;
    after.reason = tr("The suggestion was rejected.");
    m_undoStack->push(new AttributionCommand(this, sentenceId, before, after, tr("Reject suggestion")));
}

void Project::changeAttribution(
    Id sentenceId, const QString &text, const std::function<void(AttributionRecord &)> &change)
{
    const std::optional<AttributionRecord> before = humanAttribution(sentenceId);
    AttributionRecord after;
    if (before) {
        after = *before;
    } else if (const std::optional<AttributionRecord> suggestion = suggestedAttribution(sentenceId)) {
        after = *suggestion;
    } else {
        after.sentenceId = sentenceId;
        after.scope = AttributionScope::Author;
    }
    change(after);
    after.origin = AttributionOrigin::Edited;
    after.confidence = 1.0;
    m_undoStack->push(new AttributionCommand(this, sentenceId, before, after, text));
}

void Project::setSource(Id sentenceId, Id sourceId)
{
    const std::optional<SourceRecord> source = m_store->sources().source(sourceId);
    if (!source) {
        reportError(m_store->errorString());
        return;
    }
    changeAttribution(sentenceId, tr("Set source to %1").arg(source->name), [&](AttributionRecord &a) {
        if (a.hops.isEmpty()) {
            a.hops.append(AttributionHop {});
        }
        AttributionHop &hop = a.hops.first();
        if (hop.sourceId != sourceId) {
            hop.sourceId = sourceId;
            hop.mention = {};
            hop.anonymous = source->kind == SourceKind::Anonymous;
            hop.onRecord = source->kind != SourceKind::Anonymous;
            hop.title.clear();
        }
        if (a.scope == AttributionScope::Author) {
            a.scope = AttributionScope::Explicit;
        }
    });
}

void Project::setVia(Id sentenceId, const QList<Id> &via)
{
    changeAttribution(sentenceId, tr("Change via chain"), [&](AttributionRecord &a) {
        if (a.hops.isEmpty()) {
            return; // a chain needs a source first
        }
        QList<AttributionHop> hops {a.hops.first()};
        for (const Id id : via) {
            const auto existing = std::find_if(
                a.hops.cbegin() + 1, a.hops.cend(), [id](const AttributionHop &h) { return h.sourceId == id; });
            hops.append(existing != a.hops.cend() ? *existing
                                                  : AttributionHop {id, {}, false, SourceCount::Unspecified, {}, true});
        }
        a.hops = hops;
    });
}

void Project::setProfile(Id sentenceId, bool anonymous, SourceCount count, const QString &title, bool onRecord)
{
    changeAttribution(sentenceId, tr("Change source profile"), [&](AttributionRecord &a) {
        if (a.hops.isEmpty()) {
            return;
        }
        AttributionHop &hop = a.hops.first();
        hop.anonymous = anonymous;
        hop.count = count;
        hop.title = title;
        hop.onRecord = onRecord;
    });
}

void Project::setQuoteType(Id sentenceId, QuoteType quote)
{
    changeAttribution(sentenceId, tr("Change quote type"), [&](AttributionRecord &a) { a.quote = quote; });
}

void Project::setVerdict(Id sentenceId, Verdict verdict)
{
    setClaimChoice(
        *this, sentenceId, &ClaimRecord::verdict, ClaimValueCommand::Field::Verdict, verdict, tr("Set verdict"));
}

void Project::setClaimType(Id sentenceId, ClaimType type)
{
    setClaimChoice(*this, sentenceId, &ClaimRecord::type, ClaimValueCommand::Field::Type, type, tr("Set claim type"));
}

void Project::setNote(Id sentenceId, const QString &note, const std::optional<QString> &base)
{
    const std::optional<ClaimRecord> claim = base ? std::nullopt : sentenceClaim(sentenceId);
    const QString old = base ? *base : claim ? claim->note : QString();
    if (old == note) {
        return;
    }
    m_undoStack->push(
        new ClaimValueCommand(this, sentenceId, ClaimValueCommand::Field::Note, old, note, tr("Edit note")));
}

void Project::setClaimConfidence(Id sentenceId, std::optional<double> confidence)
{
    const std::optional<ClaimRecord> claim = sentenceClaim(sentenceId);
    const QVariant old = claim && claim->confidence ? QVariant(*claim->confidence) : QVariant();
    const QVariant now = confidence ? QVariant(*confidence) : QVariant();
    if (old == now) {
        return;
    }
    m_undoStack->push(
        new ClaimValueCommand(this, sentenceId, ClaimValueCommand::Field::Confidence, old, now, tr("Set confidence")));
}

void Project::setTag(Id sentenceId, Id tagId, bool on)
{
    // (Offline the claim cannot be read: the edit then waits to be sent, as the analyst asked for it.)
    if (const std::optional<ClaimRecord> claim = sentenceClaim(sentenceId);
        claim && claim->tagIds.contains(tagId) == on) {
        return;
    }
    m_undoStack->push(new ClaimTagCommand(this, sentenceId, tagId, on, on ? tr("Add tag") : tr("Remove tag")));
}

void Project::addEvidence(Id sentenceId, const QString &url, const QString &note)
{
    EvidenceRecord record;
    record.url = url;
    record.note = note;
    record.retrievedAt = QDate::currentDate().toString(Qt::ISODate);
    m_undoStack->push(new EvidenceCommand(this, sentenceId, record, true, tr("Add evidence")));
}

void Project::removeEvidence(Id sentenceId, Id evidenceId)
{
    // The links as the claim shows them: read from the server, or while offline as last read (and as changed since).
    if (evidenceId == 0) {
        reportError(tr("This evidence link was added while offline and has not reached the server yet: undo adding "
                       "it instead."));
        return;
    }
    for (const EvidenceRecord &e : evidence(sentenceId)) {
        if (e.id == evidenceId) {
            m_undoStack->push(new EvidenceCommand(this, sentenceId, e, false, tr("Remove evidence")));
            return;
        }
    }
}

std::optional<Id> Project::createSource(const QString &name, SourceKind kind, std::optional<Id> parentId)
{
    SourceRecord record;
    record.name = name.trimmed();
    record.kind = kind;
    record.parentId = parentId;
    auto *command = new CreateSourceCommand(this, record, tr("Create source %1").arg(record.name));
    m_undoStack->push(command); // runs redo()
    const Id id = command->sourceId();
    return id != 0 ? std::optional<Id>(id) : std::nullopt;
}

void Project::renameSource(Id sourceId, const QString &name)
{
    const std::optional<SourceRecord> source = m_store->sources().source(sourceId);
    if (!source || source->name == name.trimmed() || name.trimmed().isEmpty()) {
        return;
    }
    m_undoStack->push(new RenameSourceCommand(
        this, sourceId, source->name, name.trimmed(), tr("Rename source %1").arg(source->name)));
}

void Project::mergeSources(Id from, Id into)
{
    if (from == into) {
        return;
    }
    const std::optional<SourceRecord> a = m_store->sources().source(from);
    const std::optional<SourceRecord> b = m_store->sources().source(into);
    if (!a || !b) {
        reportError(m_store->errorString());
        return;
    }
    m_undoStack->push(new MergeSourcesCommand(this, from, into, tr("Merge %1 into %2").arg(a->name, b->name)));
}

void Project::setDocumentMetadata(
    Id documentId, const DocumentMetadata &metadata, const std::optional<DocumentMetadata> &madeOn)
{
    const std::optional<DocumentMetadata> before = madeOn ? madeOn : documentMetadata(documentId);
    if (!before || *before == metadata) {
        return;
    }
    m_undoStack->push(new DocumentMetadataCommand(this, documentId, *before, metadata,
        tr("Edit details of %1").arg(before->title.isEmpty() ? tr("(untitled)") : before->title)));
}

void Project::removeDocument(Id documentId)
{
    const std::optional<DocumentMetadata> metadata = documentMetadata(documentId);
    if (!metadata) {
        return;
    }
    m_undoStack->push(new RemoveDocumentCommand(
        this, documentId, tr("Remove %1").arg(metadata->title.isEmpty() ? tr("(untitled)") : metadata->title)));
}

QList<TextSpan> Project::shownSpans(Id sentenceId, int count) const
{
    const int row = m_sentences->rowForSentence(sentenceId);
    QList<TextSpan> spans;
    for (int r = row; row >= 0 && r < row + count && r < m_sentences->rowCount(); ++r) {
        const QModelIndex index = m_sentences->index(r);
        spans.append({index.data(SpanStartRole).toLongLong(), index.data(SpanEndRole).toLongLong()});
    }
    return spans;
}

Project::EditOutcome Project::boundariesRefused()
{
    if (m_store->error() == ProjectStore::Error::Conflict && m_currentDocument != 0) {
        const QString message = m_store->errorString();
        notifyBoundariesChanged(m_currentDocument); // shows what the other reviewer made of it
        reportError(message);
        return {false, message};
    }
    if (m_store->error() != ProjectStore::Error::InvalidArgument) {
        reportError(m_store->errorString());
    }
    return {false, m_store->errorString()};
}

Project::EditOutcome Project::splitSentence(Id sentenceId, qsizetype position)
{
    SentenceBoundaries boundaries(*m_store);
    std::optional<BoundaryEdit> edit = boundaries.split(sentenceId, position, 0, shownSpans(sentenceId, 1));
    if (!edit) {
        return boundariesRefused();
    }
    m_undoStack->push(new SentenceBoundaryCommand(
        this, SentenceBoundaryCommand::Kind::Split, sentenceId, position, std::move(*edit), tr("Split sentence")));
    return {true, tr("Split the sentence in two.")};
}

Project::EditOutcome Project::mergeSentences(Id sentenceId)
{
    SentenceBoundaries boundaries(*m_store);
    std::optional<BoundaryEdit> edit = boundaries.merge(sentenceId, shownSpans(sentenceId, 2));
    if (!edit) {
        return boundariesRefused();
    }
    const QString dropped = edit->droppedSourceName;
    m_undoStack->push(new SentenceBoundaryCommand(
        this, SentenceBoundaryCommand::Kind::Merge, sentenceId, 0, std::move(*edit), tr("Merge sentences")));
    if (!dropped.isEmpty()) {
        return {true, tr("Merged; the second sentence's attribution to %1 was dropped.").arg(dropped)};
    }
    return {true, tr("Merged the sentence with the next one.")};
}

Project::EditOutcome Project::claimWords(qsizetype start, qsizetype end)
{
    const QString &text = m_sentences->text();
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    while (start < end && text.at(start).isSpace()) {
        ++start;
    }
    while (end > start && text.at(end - 1).isSpace()) {
        --end;
    }
    if (start >= end) {
        return {false, tr("Select the words of the claim in the article first.", "claim: a reviewed statement")};
    }
    const int row = m_sentences->rowAt(start);
    if (row < 0 || m_sentences->rowAt(end - 1) != row) {
        return {false,
            tr("The selection crosses sentences: a claim's words must lie in one sentence.",
                "claim: a reviewed statement")};
    }
    const qsizetype sentenceStart = m_sentences->index(row).data(SpanStartRole).toLongLong();
    const qsizetype sentenceEnd = m_sentences->index(row).data(SpanEndRole).toLongLong();
    const bool whole = start <= sentenceStart && end >= sentenceEnd;
    const TextSpan span = whole ? TextSpan {} : TextSpan {start, end};
    const int step = m_undoStack->index();
    m_undoStack->push(new ClaimSpanCommand(
        this, m_sentences->sentenceId(row), span, tr("Claim the selected words", "claim: a reviewed statement")));
    if (m_undoStack->index() == step) {
        // The command failed and was dropped (errorOccurred has said why).
        return {false, tr("The claim's words were not saved.", "claim: a reviewed statement")};
    }
    if (whole) {
        return {true, tr("The claim is the whole sentence.", "claim: a reviewed statement")};
    }
    return {true, tr("The claim is now “%1”.", "claim: a reviewed statement").arg(text.mid(start, end - start))};
}

} // namespace Sourcelight
