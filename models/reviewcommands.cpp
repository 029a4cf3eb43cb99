#include "reviewcommands.h"

#include "attributiontable.h"
#include "claimtable.h"
#include "displaynames.h"
#include "project.h"
#include "projectqueries.h"
#include "projectstore.h"
#include "sourcetable.h"
#include "sqltransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUndoStack>

#include <array>

namespace Sourcelight {

namespace {

/// The sentence's claim as the window shows it while offline; one made for it when it has none yet, as
/// Project::ensureSentenceClaim() will make it on the server when the edit is sent (id 0 until then).
ClaimRecord &offlineClaim(SentenceModel::Shown &shown, Id sentenceId)
{
    if (!shown.claim) {
        shown.claim = Project::newClaim(sentenceId, shown.human ? shown.human : shown.suggestion);
    }
    return *shown.claim;
}

// ---- the JSON of a waiting edit (WaitingEdit::toJson(), waitingEditFromJson()) ----

QJsonValue idJson(const std::optional<Id> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

std::optional<Id> idFromJson(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<Id>(value.toInteger()) : std::nullopt;
}

QJsonValue spanJson(const TextSpan &span)
{
    return span.isValid() ? QJsonValue(QJsonArray {span.start, span.end}) : QJsonValue();
}

TextSpan spanFromJson(const QJsonValue &value)
{
    const QJsonArray span = value.toArray();
    return span.size() == 2 ? TextSpan {span.at(0).toInteger(-1), span.at(1).toInteger(-1)} : TextSpan {};
}

/// What the edit writes and what AttributionTable::sameDecision() compares: not the row's id or times.
QJsonValue attributionJson(const std::optional<AttributionRecord> &record)
{
    if (!record) {
        return {};
    }
    QJsonArray hops;
    for (const AttributionHop &hop : record->hops) {
        hops.append(QJsonObject {
            {QStringLiteral("source"), hop.sourceId},
            {QStringLiteral("mention"), spanJson(hop.mention)},
            {QStringLiteral("anonymous"), hop.anonymous},
            {QStringLiteral("count"), int(hop.count)},
            {QStringLiteral("title"), hop.title},
            {QStringLiteral("onRecord"), hop.onRecord},
        });
    }
    return QJsonObject {
        {QStringLiteral("origin"), int(record->origin)},
        {QStringLiteral("hops"), hops},
        {QStringLiteral("cueText"), record->cueText},
        {QStringLiteral("cue"), spanJson(record->cue)},
        {QStringLiteral("quote"), int(record->quote)},
        {QStringLiteral("scope"), int(record->scope)},
        {QStringLiteral("confidence"), record->confidence},
        {QStringLiteral("reason"), record->reason},
        {QStringLiteral("reviewer"), idJson(record->reviewerId)},
    };
}

std::optional<AttributionRecord> attributionFromJson(const QJsonValue &value, Id sentenceId)
{
    if (!value.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    AttributionRecord record;
    record.sentenceId = sentenceId;
    record.origin = static_cast<AttributionOrigin>(object.value(QStringLiteral("origin")).toInt());
    const QJsonArray hops = object.value(QStringLiteral("hops")).toArray();
    for (const auto &entry : hops) {
        const QJsonObject hop = entry.toObject();
        record.hops.append(AttributionHop {
            .sourceId = hop.value(QStringLiteral("source")).toInteger(),
            .mention = spanFromJson(hop.value(QStringLiteral("mention"))),
            .anonymous = hop.value(QStringLiteral("anonymous")).toBool(),
            .count = static_cast<SourceCount>(hop.value(QStringLiteral("count")).toInt()),
            .title = hop.value(QStringLiteral("title")).toString(),
            .onRecord = hop.value(QStringLiteral("onRecord")).toBool(true),
        });
    }
    record.cueText = object.value(QStringLiteral("cueText")).toString();
    record.cue = spanFromJson(object.value(QStringLiteral("cue")));
    record.quote = static_cast<QuoteType>(object.value(QStringLiteral("quote")).toInt());
    record.scope = static_cast<AttributionScope>(object.value(QStringLiteral("scope")).toInt());
    record.confidence = object.value(QStringLiteral("confidence")).toDouble();
    record.reason = object.value(QStringLiteral("reason")).toString();
    record.reviewerId = idFromJson(object.value(QStringLiteral("reviewer")));
    return record;
}

constexpr std::array ClaimFieldNames {"verdict", "type", "note", "confidence"};

/// A claim field's value as ClaimValueCommand holds it: the enums as int, a note as text, a confidence as a double
/// or nothing (not set).
QVariant claimValueFromJson(ClaimValueCommand::Field field, const QJsonValue &value)
{
    switch (field) {
    case ClaimValueCommand::Field::Verdict:
    case ClaimValueCommand::Field::Type:
        return value.toInt();
    case ClaimValueCommand::Field::Note:
        return value.toString();
    case ClaimValueCommand::Field::Confidence:
        return value.isDouble() ? QVariant(value.toDouble()) : QVariant();
    }
    return {};
}

} // namespace

// ---- AttributionCommand ----

AttributionCommand::AttributionCommand(Project *project, Id sentenceId, std::optional<AttributionRecord> before,
    std::optional<AttributionRecord> after, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_sentenceId(sentenceId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void AttributionCommand::redo()
{
    apply(m_after, true);
}

void AttributionCommand::undo()
{
    apply(m_before, false);
}

QJsonObject AttributionCommand::toJson() const
{
    return {
        {QStringLiteral("edit"), QStringLiteral("attribution")},
        {QStringLiteral("text"), text()},
        {QStringLiteral("sentence"), m_sentenceId},
        {QStringLiteral("before"), attributionJson(m_before)},
        {QStringLiteral("after"), attributionJson(m_after)},
    };
}

QString AttributionCommand::overwrites() const
{
    return QStringLiteral("attribution/%1").arg(m_sentenceId);
}

void AttributionCommand::apply(const std::optional<AttributionRecord> &record, bool redoing)
{
    // Made on the other side of the step: a decision someone else changed meanwhile is refused, not written over.
    AttributionTable &table = m_project->store().attributions();
    const AttributionTable::Expected expected = redoing ? m_before : m_after;
    const bool ok = record ? table.setHumanAttribution(m_sentenceId, *record, expected).has_value()
                           : table.removeHumanAttribution(m_sentenceId, expected);
    if (!ok) {
        if (redoing || m_project->isWaiting(this)) { // offline: the window shows what waits to be sent
            m_project->showWhileOffline(m_sentenceId, [&record](SentenceModel::Shown &shown) { shown.human = record; });
        }
        if (redoing && m_project->store().error() == ProjectStore::Error::Conflict) {
            offerBoth(); // someone else decided meanwhile: the analyst chooses
        } else {
            m_project->reportFailedWrite(this, redoing, true);
        }
    }
    m_project->notifySentenceChanged(m_sentenceId);
}

void AttributionCommand::offerBoth()
{
    Project *project = m_project;
    const std::optional<AttributionRecord> theirs = project->humanAttribution(m_sentenceId);
    // Theirs, as the window shows a sentence without a decision: the suggestion stands.
    const std::optional<AttributionRecord> shown = theirs ? theirs : project->suggestedAttribution(m_sentenceId);
    project->reportConflict(this, m_sentenceId, project->describeAttribution(shown),
        project->describeAttribution(m_after),
        [project, sentenceId = m_sentenceId, theirs, mine = m_after, text = text()] {
            project->undoStack()->push(new AttributionCommand(project, sentenceId, theirs, mine, text));
        });
}

// ---- ClaimValueCommand ----

ClaimValueCommand::ClaimValueCommand(Project *project, Id sentenceId, Field field, const QVariant &oldValue,
    const QVariant &newValue, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_sentenceId(sentenceId)
    , m_field(field)
    , m_old(oldValue)
    , m_new(newValue)
{
}

bool ClaimValueCommand::write(Id claimId, const QVariant &value, const std::optional<QVariant> &expectedValue)
{
    if (!expectedValue) {
        return writeUnchecked(claimId, value);
    }
    const QVariant &expected = *expectedValue;
    // Every write says what it was made on (the value before the edit, or the edit's own value for its undo), so a
    // change another reviewer made meanwhile is never written over: the store refuses it (a conflict).
    ClaimTable &claims = m_project->store().claims();
    switch (m_field) {
    case Field::Verdict:
        return claims.setVerdict(claimId, static_cast<Verdict>(value.toInt()), static_cast<Verdict>(expected.toInt()));
    case Field::Type:
        return claims.setType(claimId, static_cast<ClaimType>(value.toInt()), static_cast<ClaimType>(expected.toInt()));
    case Field::Note:
        return claims.setNote(claimId, value.toString(), expected.toString());
    case Field::Confidence: {
        const auto confidence
            = [](const QVariant &v) { return v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt; };
        return claims.setConfidence(claimId, confidence(value), confidence(expected));
    }
    }
    return false;
}

bool ClaimValueCommand::writeUnchecked(Id claimId, const QVariant &value)
{
    ClaimTable &claims = m_project->store().claims();
    switch (m_field) {
    case Field::Verdict:
        return claims.setVerdict(claimId, static_cast<Verdict>(value.toInt()));
    case Field::Type:
        return claims.setType(claimId, static_cast<ClaimType>(value.toInt()));
    case Field::Note:
        return claims.setNote(claimId, value.toString());
    case Field::Confidence:
        return claims.setConfidence(claimId, value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt);
    }
    return false;
}

void ClaimValueCommand::failed(bool redoing)
{
    if (redoing || m_project->isWaiting(this)) { // offline: the window shows what waits to be sent
        const QVariant value = redoing ? m_new : m_old;
        m_project->showWhileOffline(m_sentenceId, [this, &value](SentenceModel::Shown &shown) {
            ClaimRecord &claim = offlineClaim(shown, m_sentenceId);
            switch (m_field) {
            case Field::Verdict:
                claim.verdict = static_cast<Verdict>(value.toInt());
                break;
            case Field::Type:
                claim.type = static_cast<ClaimType>(value.toInt());
                break;
            case Field::Note:
                claim.note = value.toString();
                break;
            case Field::Confidence:
                claim.confidence = value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt;
                break;
            }
        });
    }
    if (redoing && m_project->store().error() == ProjectStore::Error::Conflict) {
        offerBoth(); // someone else changed it meanwhile: the analyst chooses
    } else {
        // The message says someone else changed it meanwhile; offline, the edit waits to be sent.
        m_project->reportFailedWrite(this, redoing, true);
    }
}

QVariant ClaimValueCommand::value(const ClaimRecord &claim) const
{
    switch (m_field) {
    case Field::Verdict:
        return int(claim.verdict);
    case Field::Type:
        return int(claim.type);
    case Field::Note:
        return claim.note;
    case Field::Confidence:
        return claim.confidence ? QVariant(*claim.confidence) : QVariant();
    }
    return {};
}

QString ClaimValueCommand::shown(const QVariant &value) const
{
    switch (m_field) {
    case Field::Verdict:
        return DisplayNames::verdict(static_cast<Verdict>(value.toInt()));
    case Field::Type:
        return DisplayNames::claimType(static_cast<ClaimType>(value.toInt()));
    case Field::Note:
        return value.toString().isEmpty() ? QCoreApplication::translate("Sourcelight::Project", "(no note)")
                                          : value.toString();
    case Field::Confidence:
        return value.isValid()
            ? QCoreApplication::translate("Sourcelight::Project", "%1 %").arg(qRound(value.toDouble() * 100))
            : QCoreApplication::translate("Sourcelight::Project", "(not set)");
    }
    return {};
}

void ClaimValueCommand::offerBoth()
{
    const std::optional<ClaimRecord> claim = m_project->sentenceClaim(m_sentenceId);
    const QVariant theirs = claim ? value(*claim) : QVariant();
    Project *project = m_project;
    project->reportConflict(this, m_sentenceId, shown(theirs), shown(m_new),
        [project, sentenceId = m_sentenceId, field = m_field, theirs, mine = m_new, text = text()] {
            project->undoStack()->push(new ClaimValueCommand(project, sentenceId, field, theirs, mine, text));
        });
}

void ClaimValueCommand::redo()
{
    ClaimTable &claims = m_project->store().claims();
    std::optional<Id> claimId;
    bool created = false;
    if (m_removed && !m_project->store().isConnectionLost() && m_project->sentenceClaim(m_sentenceId)) {
        // Someone else made a claim on the sentence since this command's claim was undone: not a second claim on
        // it, but mine offered against theirs.
        offerBoth();
        m_project->notifySentenceChanged(m_sentenceId);
        return;
    }
    if (m_removed) {
        // Redo after an undo that removed the claim this command created: put it back as it was.
        claimId = claims.restoreClaim(*m_removed, {});
        if (claimId) {
            m_removed.reset(); // kept when it failed: the redo is sent again (offline) and restores it then
        }
    } else {
        const bool existed = m_project->sentenceClaim(m_sentenceId).has_value();
        claimId = m_project->ensureSentenceClaim(m_sentenceId);
        created = !existed && claimId;
        m_createdClaim = m_createdClaim || created;
    }
    // A claim made just now holds its own defaults (a direct quote starts as a quote), not what the edit assumed:
    // nobody else can have changed it.
    if (!claimId || !write(*claimId, m_new, created ? std::nullopt : std::optional<QVariant>(m_old))) {
        failed(true);
    }
    m_project->notifySentenceChanged(m_sentenceId);
}

void ClaimValueCommand::undo()
{
    const std::optional<ClaimRecord> claim = m_project->sentenceClaim(m_sentenceId);
    if (!claim) {
        m_project->notifySentenceChanged(m_sentenceId);
        return;
    }
    bool ok = write(claim->id, m_old, m_new);
    if (ok && m_createdClaim) {
        // The claim this step made goes again, unless someone has put more on it meanwhile (a note, a tag, evidence:
        // a team project): then only the value goes back, and their work stays.
        m_removed = m_project->store().claims().claim(claim->id);
        const bool onlyThis = m_removed && m_removed->tagIds.isEmpty()
            && (m_field == Field::Note || m_removed->note.isEmpty()) && m_project->evidence(m_sentenceId).isEmpty();
        if (onlyThis) {
            ok = m_project->store().claims().removeClaim(claim->id);
        } else {
            m_removed.reset();
            m_createdClaim = false;
        }
    }
    if (!ok) {
        failed(false);
    }
    m_project->notifySentenceChanged(m_sentenceId);
}

QJsonObject ClaimValueCommand::toJson() const
{
    return {
        {QStringLiteral("edit"), QStringLiteral("claim")},
        {QStringLiteral("text"), text()},
        {QStringLiteral("sentence"), m_sentenceId},
        {QStringLiteral("field"), QLatin1String(ClaimFieldNames.at(std::size_t(m_field)))},
        {QStringLiteral("old"), QJsonValue::fromVariant(m_old)},
        {QStringLiteral("new"), QJsonValue::fromVariant(m_new)},
    };
}

QString ClaimValueCommand::overwrites() const
{
    return QStringLiteral("claim/%1/%2").arg(m_sentenceId).arg(QLatin1String(ClaimFieldNames.at(std::size_t(m_field))));
}

int ClaimValueCommand::id() const
{
    return m_field == Field::Note ? NoteCommandId : -1;
}

bool ClaimValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ClaimValueCommand *>(other);
    // Only typing that goes on from this step's own result merges: a note saved over someone else's (the analyst
    // chose theirs away) is a step of its own, whose undo gives theirs back.
    // An edit waiting to be sent (offline) merges only with another waiting one: the queue then holds the merged
    // step (typing offline sends one note, not each pause).
    const bool waiting = m_project->isWaiting(this);
    if (next->isObsolete() || m_project->isWaiting(next) != waiting || next->m_sentenceId != m_sentenceId
        || next->m_field != m_field || next->m_createdClaim || next->m_old != m_new) {
        return false;
    }
    m_new = next->m_new; // before the queue changes: the kept copy of it (OfflineJournal) then holds the new text
    if (waiting) {
        m_project->forgetWaiting(next); // push() deletes it
    }
    return true;
}

// ---- ClaimTagCommand ----

ClaimTagCommand::ClaimTagCommand(Project *project, Id sentenceId, Id tagId, bool add, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_sentenceId(sentenceId)
    , m_tagId(tagId)
    , m_add(add)
{
}

void ClaimTagCommand::redo()
{
    apply(m_add, true);
}

void ClaimTagCommand::undo()
{
    apply(!m_add, false);
}

QJsonObject ClaimTagCommand::toJson() const
{
    return {
        {QStringLiteral("edit"), QStringLiteral("tag")},
        {QStringLiteral("text"), text()},
        {QStringLiteral("sentence"), m_sentenceId},
        {QStringLiteral("tag"), m_tagId},
        {QStringLiteral("add"), m_add},
    };
}

void ClaimTagCommand::apply(bool add, bool redoing)
{
    const std::optional<Id> claimId = m_project->ensureSentenceClaim(m_sentenceId);
    ClaimTable &claims = m_project->store().claims();
    const bool ok = claimId && (add ? claims.addTag(*claimId, m_tagId) : claims.removeTag(*claimId, m_tagId));
    if (!ok) {
        if (redoing || m_project->isWaiting(this)) { // offline: the window shows what waits to be sent
            m_project->showWhileOffline(m_sentenceId, [this, add](SentenceModel::Shown &shown) {
                ClaimRecord &claim = offlineClaim(shown, m_sentenceId);
                claim.tagIds.removeAll(m_tagId);
                if (add) {
                    claim.tagIds.append(m_tagId);
                }
            });
        }
        m_project->reportFailedWrite(this, redoing, true);
    }
    m_project->notifySentenceChanged(m_sentenceId);
}

// ---- EvidenceCommand ----

EvidenceCommand::EvidenceCommand(
    Project *project, Id sentenceId, const EvidenceRecord &record, bool add, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_sentenceId(sentenceId)
    , m_record(record)
    , m_add(add)
{
}

bool EvidenceCommand::insert()
{
    const std::optional<Id> claimId = m_project->ensureSentenceClaim(m_sentenceId);
    if (!claimId) {
        return false;
    }
    m_record.claimId = *claimId;
    if (m_project->isSendingWaiting()) {
        // Sent again after the connection went: the first send may have been committed with only its answer lost.
        // The same link on the claim (address, note, date) is that one, not a second to add.
        const std::optional<QList<EvidenceRecord>> present = m_project->store().claims().evidence(*claimId);
        if (!present) {
            return false;
        }
        for (const EvidenceRecord &e : *present) {
            if (e.url == m_record.url && e.note == m_record.note && e.retrievedAt == m_record.retrievedAt) {
                m_record.id = e.id;
                return true;
            }
        }
    }
    const std::optional<Id> id = m_project->store().claims().addEvidence(m_record);
    if (!id) {
        return false;
    }
    m_record.id = *id;
    return true;
}

bool EvidenceCommand::remove()
{
    ProjectStore &store = m_project->store();
    if (store.claims().removeEvidence(m_record.id)) {
        return true;
    }
    // Sent again after the connection went (the first send's answer lost), or removed by someone else meanwhile:
    // the link is gone, as this edit asks.
    return m_project->isSendingWaiting() && store.error() == ProjectStore::Error::InvalidArgument;
}

void EvidenceCommand::redo()
{
    if (!(m_add ? insert() : remove())) {
        // Offline, it waits to be sent; the claim shows the link added, or no longer (Project::evidence()).
        m_project->reportFailedWrite(this, true, true);
    }
    m_project->notifySentenceChanged(m_sentenceId);
}

void EvidenceCommand::undo()
{
    if (!(m_add ? remove() : insert())) {
        m_project->reportFailedWrite(this, false, true); // one still waiting is taken out of the queue
    }
    m_project->notifySentenceChanged(m_sentenceId);
}

QJsonObject EvidenceCommand::toJson() const
{
    return {
        {QStringLiteral("edit"), QStringLiteral("evidence")},
        {QStringLiteral("text"), text()},
        {QStringLiteral("sentence"), m_sentenceId},
        {QStringLiteral("remove"), !m_add},
        {QStringLiteral("id"), m_add ? QJsonValue() : QJsonValue(m_record.id)},
        {QStringLiteral("url"), m_record.url},
        {QStringLiteral("note"), m_record.note},
        {QStringLiteral("retrievedAt"), m_record.retrievedAt},
    };
}

// ---- CreateSourceCommand ----

CreateSourceCommand::CreateSourceCommand(Project *project, const SourceRecord &record, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_record(record)
{
}

void CreateSourceCommand::redo()
{
    // Redone after an undo, the source comes back with the id it had, which the commands above this one name.
    const std::optional<Id> id = m_project->store().sources().addSource(m_record);
    if (!id) {
        m_record.id = 0;
        m_project->reportFailedWrite(this, true);
        return;
    }
    m_record.id = *id;
    m_project->notifySourcesChanged();
}

void CreateSourceCommand::undo()
{
    if (m_record.id != 0 && !m_project->store().sources().removeSource(m_record.id)) {
        m_project->reportError(m_project->store().errorString());
    }
    m_project->notifySourcesChanged();
}

// ---- RenameSourceCommand ----

RenameSourceCommand::RenameSourceCommand(
    Project *project, Id sourceId, const QString &oldName, const QString &newName, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_sourceId(sourceId)
    , m_old(oldName)
    , m_new(newName)
{
}

void RenameSourceCommand::redo()
{
    if (!m_project->store().sources().rename(m_sourceId, m_new)) {
        m_project->reportFailedWrite(this, true);
    }
    m_project->notifySourcesChanged();
}

void RenameSourceCommand::undo()
{
    if (!m_project->store().sources().rename(m_sourceId, m_old)) {
        m_project->reportFailedWrite(this, false);
    }
    m_project->notifySourcesChanged();
}

// ---- MergeSourcesCommand ----

MergeSourcesCommand::MergeSourcesCommand(Project *project, Id from, Id into, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_from(from)
    , m_into(into)
{
}

bool MergeSourcesCommand::takeSnapshot()
{
    ProjectStore &store = m_project->store();
    const std::optional<SourceRecord> source = store.sources().source(m_from);
    const std::optional<SourceRecord> survivor = store.sources().source(m_into);
    auto attributions = ProjectQueries::attributionsNamingSource(store, m_from);
    auto affiliates = ProjectQueries::affiliatesOf(store, m_from);
    if (!source || !survivor || !attributions || !affiliates) {
        return false;
    }
    m_snapshot.source = *source;
    m_snapshot.attributions = *attributions;
    m_snapshot.affiliates = *affiliates;
    m_snapshot.survivorAliases = survivor->aliases;
    m_snapshot.survivorName = survivor->name;
    return true;
}

void MergeSourcesCommand::redo()
{
    if (!takeSnapshot() || !m_project->store().sources().merge(m_from, m_into)) {
        m_project->reportError(m_project->store().errorString());
        setObsolete(true);
    }
    m_project->notifySourcesChanged();
}

void MergeSourcesCommand::undo()
{
    ProjectStore &store = m_project->store();
    // All or nothing: a half-restored merge would leave attributions pointing at the wrong source.
    SqlTransaction transaction(store);
    bool ok = transaction.isActive();
    // The merge moved the merged source's name and aliases onto the survivor: take back what it did not have
    // first, so the re-created source may use them again.
    const std::optional<SourceRecord> survivor = ok ? store.sources().source(m_into) : std::nullopt;
    ok = ok && survivor;
    if (ok) {
        for (const QString &alias : survivor->aliases) {
            if (!m_snapshot.survivorAliases.contains(alias)) {
                ok = ok && store.sources().removeAlias(m_into, alias);
            }
        }
    }
    SourceRecord record = m_snapshot.source;
    record.id = 0;
    const std::optional<Id> restored = ok ? store.sources().addSource(record) : std::nullopt;
    ok = ok && restored;
    if (ok) {
        for (auto [sentenceId, attribution] : m_snapshot.attributions) {
            for (AttributionHop &hop : attribution.hops) {
                if (hop.sourceId == m_snapshot.source.id) {
                    hop.sourceId = *restored;
                }
            }
            const bool human = attribution.origin != AttributionOrigin::Suggested;
            ok = ok
                && (human ? store.attributions().setHumanAttribution(sentenceId, attribution)
                          : store.attributions().setSuggestion(sentenceId, attribution))
                       .has_value();
        }
        for (const Id affiliate : std::as_const(m_snapshot.affiliates)) {
            ok = ok && store.sources().setParent(affiliate, restored);
        }
    }
    if (ok && transaction.commit()) {
        m_from = *restored; // redo merges the re-created source
    } else {
        m_project->reportError(store.errorString());
    }
    m_project->notifySourcesChanged();
}

// ---- made again from JSON ----

std::unique_ptr<QUndoCommand> waitingEditFromJson(Project *project, const QJsonObject &edit)
{
    const QString kind = edit.value(QStringLiteral("edit")).toString();
    const QString text = edit.value(QStringLiteral("text")).toString();
    const Id sentenceId = edit.value(QStringLiteral("sentence")).toInteger();
    if (sentenceId <= 0) {
        return nullptr;
    }
    if (kind == QLatin1String("attribution")) {
        return std::make_unique<AttributionCommand>(project, sentenceId,
            attributionFromJson(edit.value(QStringLiteral("before")), sentenceId),
            attributionFromJson(edit.value(QStringLiteral("after")), sentenceId), text);
    }
    if (kind == QLatin1String("claim")) {
        const QString field = edit.value(QStringLiteral("field")).toString();
        for (std::size_t i = 0; i < ClaimFieldNames.size(); ++i) {
            if (field == QLatin1String(ClaimFieldNames.at(i))) {
                const auto which = static_cast<ClaimValueCommand::Field>(i);
                return std::make_unique<ClaimValueCommand>(project, sentenceId, which,
                    claimValueFromJson(which, edit.value(QStringLiteral("old"))),
                    claimValueFromJson(which, edit.value(QStringLiteral("new"))), text);
            }
        }
        return nullptr;
    }
    if (kind == QLatin1String("evidence")) {
        EvidenceRecord record;
        record.url = edit.value(QStringLiteral("url")).toString();
        record.note = edit.value(QStringLiteral("note")).toString();
        record.retrievedAt = edit.value(QStringLiteral("retrievedAt")).toString();
        // Removing names the link by its id (and keeps the rest to put it back on undo); adding makes a new one.
        const bool removing = edit.value(QStringLiteral("remove")).toBool();
        record.id = removing ? edit.value(QStringLiteral("id")).toInteger() : 0;
        return record.url.isEmpty() || (removing && record.id <= 0)
            ? nullptr
            : std::make_unique<EvidenceCommand>(project, sentenceId, record, !removing, text);
    }
    if (kind == QLatin1String("tag")) {
        const Id tagId = edit.value(QStringLiteral("tag")).toInteger();
        return tagId > 0 ? std::make_unique<ClaimTagCommand>(
                               project, sentenceId, tagId, edit.value(QStringLiteral("add")).toBool(), text)
                         : nullptr;
    }
    return nullptr;
}

} // namespace Sourcelight
