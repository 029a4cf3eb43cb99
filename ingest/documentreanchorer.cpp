#include "documentreanchorer.h"

#include "attributiontable.h"
#include "claimtable.h"
#include "documenttable.h"
#include "historylog.h"
#include "projectstore.h"
#include "sqltransaction.h"
#include "textquoteanchor.h"

namespace Sourcelight {

namespace {

QString excerpt(const QString &text)
{
    const QString simplified = text.simplified();
    return simplified.size() <= 80 ? simplified : simplified.left(77) + QStringLiteral("…");
}

// The sentence of the new version that holds most of span; nullptr when none holds at least half of it.
const SentenceRecord *sentenceFor(const QList<SentenceRecord> &sentences, TextSpan span)
{
    const SentenceRecord *best = nullptr;
    qsizetype bestOverlap = 0;
    for (const SentenceRecord &sentence : sentences) {
        const qsizetype overlap = qMin(sentence.span.end, span.end) - qMax(sentence.span.start, span.start);
        if (overlap > bestOverlap) {
            best = &sentence;
            bestOverlap = overlap;
        }
    }
    return bestOverlap * 2 >= qMax<qsizetype>(1, span.length()) ? best : nullptr;
}

// A span inside the old sentence (cue, mention), moved with it when the same text is there in the new version.
TextSpan moveSpan(TextSpan span, const QString &oldBody, const QString &newBody, qsizetype shift)
{
    if (!span.isValid()) {
        return {};
    }
    const TextSpan moved {span.start + shift, span.end + shift};
    if (moved.start < 0 || moved.end > newBody.size()
        || QStringView(newBody).sliced(moved.start, moved.length())
            != QStringView(oldBody).sliced(span.start, span.length())) {
        return {};
    }
    return moved;
}

} // namespace

DocumentReanchorer::DocumentReanchorer(ProjectStore &store)
    : m_store(store)
{
}

/// The two versions of an article an annotation moves between.
struct DocumentReanchorer::Versions
{
    DocumentRecord from;
    DocumentRecord to;
    QHash<Id, SentenceRecord> oldSentences; ///< by id
    QList<SentenceRecord> newSentences;
    double scale = 1.0; ///< new length / old length

    /// Where the old span is now: by its quote and context, expected near its old position scaled to the new length.
    std::optional<TextSpan> relocate(TextSpan oldSpan) const
    {
        const TextQuoteSelector selector = TextQuoteAnchor::describe(from.body, oldSpan);
        return TextQuoteAnchor::locate(to.body, selector, qsizetype(double(oldSpan.start) * scale));
    }
};

std::optional<DocumentReanchorer::Versions> DocumentReanchorer::readVersions(Id fromDocument, Id toDocument)
{
    const auto fromDoc = m_store.documents().document(fromDocument);
    const auto toDoc = m_store.documents().document(toDocument);
    const auto fromSentences = m_store.documents().sentences(fromDocument);
    const auto toSentences = m_store.documents().sentences(toDocument);
    if (!fromDoc || !toDoc || !fromSentences || !toSentences) {
        return std::nullopt;
    }
    Versions versions;
    versions.from = *fromDoc;
    versions.to = *toDoc;
    versions.newSentences = *toSentences;
    for (const SentenceRecord &sentence : *fromSentences) {
        versions.oldSentences.insert(sentence.id, sentence);
    }
    versions.scale
        = versions.from.body.isEmpty() ? 1.0 : double(versions.to.body.size()) / double(versions.from.body.size());
    return versions;
}

bool DocumentReanchorer::carryAttribution(
    const Versions &versions, const AttributionRecord &attribution, Outcome &outcome)
{
    const SentenceRecord oldSentence = versions.oldSentences.value(attribution.sentenceId);
    const QString quote = versions.from.body.mid(oldSentence.span.start, oldSentence.span.length());
    const std::optional<TextSpan> found = versions.relocate(oldSentence.span);
    const SentenceRecord *target = found ? sentenceFor(versions.newSentences, *found) : nullptr;
    if (!target) {
        outcome.unplaced.append(tr("Attribution of “%1”").arg(excerpt(quote)));
        return true;
    }
    AttributionRecord moved = attribution;
    const qsizetype shift = found->start - oldSentence.span.start;
    moved.cue = moveSpan(attribution.cue, versions.from.body, versions.to.body, shift);
    for (AttributionHop &hop : moved.hops) {
        hop.mention = moveSpan(hop.mention, versions.from.body, versions.to.body, shift);
    }
    if (!m_store.attributions().setHumanAttribution(target->id, moved)) {
        return false;
    }
    ++outcome.placed;
    return true;
}

bool DocumentReanchorer::carryClaim(const Versions &versions, const ClaimRecord &claim, Outcome &outcome)
{
    // A claim nobody has worked on (the unverified claim an import opens on every attributed sentence) holds
    // nothing to carry over: the new version's import opens its own.
    const bool untouched = claim.verdict == Verdict::Unverified && claim.note.isEmpty() && claim.tagIds.isEmpty()
        && !claim.confidence && !claim.span.isValid() && claim.createdAt == claim.updatedAt;
    if (untouched && m_store.claims().evidence(claim.id).value_or(QList<EvidenceRecord> {1}).isEmpty()) {
        return true;
    }
    const SentenceRecord oldSentence = versions.oldSentences.value(claim.sentenceId);
    const TextSpan oldSpan = claim.span.isValid() ? claim.span : oldSentence.span;
    const QString quote = versions.from.body.mid(oldSpan.start, oldSpan.length());
    const std::optional<TextSpan> found = versions.relocate(oldSpan);
    const SentenceRecord *target = found ? sentenceFor(versions.newSentences, *found) : nullptr;
    if (!target) {
        outcome.unplaced.append(tr("Claim on “%1”", "claim: a reviewed statement").arg(excerpt(quote)));
        return true;
    }
    ClaimRecord moved = claim;
    moved.id = 0;
    moved.sentenceId = target->id;
    moved.span = {};
    if (claim.span.isValid()) {
        const TextSpan clipped {qMax(found->start, target->span.start), qMin(found->end, target->span.end)};
        if (clipped.length() > 0 && clipped != target->span) {
            moved.span = clipped;
        }
    }
    if (!copyClaim(claim.id, moved)) {
        return false;
    }
    ++outcome.placed;
    return true;
}

bool DocumentReanchorer::copyClaim(Id oldId, const ClaimRecord &moved)
{
    const std::optional<Id> newId = m_store.claims().addClaim(moved);
    const auto evidence = m_store.claims().evidence(oldId);
    if (!newId || !evidence) {
        return false;
    }
    for (EvidenceRecord link : *evidence) {
        link.claimId = *newId;
        if (!m_store.claims().addEvidence(link, ClaimTable::LinkOrigin::Stored)) {
            return false;
        }
    }
    return m_store.history().record(QStringLiteral("claims"), *newId, QStringLiteral("reanchored_from"), oldId, *newId);
}

std::optional<DocumentReanchorer::Outcome> DocumentReanchorer::carryOver(Id fromDocument, Id toDocument)
{
    const std::optional<Versions> versions = readVersions(fromDocument, toDocument);
    if (!versions) {
        return std::nullopt;
    }
    const auto attributions = m_store.attributions().forDocument(fromDocument, DecisionLayers::Own);
    const auto claims = m_store.claims().forDocument(fromDocument, DecisionLayers::Own);
    if (!attributions || !claims) {
        return std::nullopt;
    }
    SqlTransaction transaction(m_store);
    if (!transaction.isActive()) {
        return std::nullopt;
    }
    Outcome outcome;
    for (const AttributionRecord &attribution : *attributions) {
        if (attribution.origin != AttributionOrigin::Suggested && !carryAttribution(*versions, attribution, outcome)) {
            return std::nullopt;
        }
    }
    for (const ClaimRecord &claim : *claims) {
        if (!carryClaim(*versions, claim, outcome)) {
            return std::nullopt;
        }
    }
    if (!transaction.commit()) {
        return std::nullopt;
    }
    return outcome;
}

} // namespace Sourcelight
