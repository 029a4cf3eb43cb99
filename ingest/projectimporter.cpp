#include "projectimporter.h"

#include "claimtable.h"

#include "attributiontable.h"
#include "documentanalyzer.h"
#include "documentreanchorer.h"
#include "documenttable.h"
#include "projectstore.h"
#include "sqltransaction.h"

namespace Sourcelight {

QString toString(ImportStatus status)
{
    switch (status) {
    case ImportStatus::Imported:
        return QStringLiteral("imported");
    case ImportStatus::Duplicate:
        return QStringLiteral("duplicate");
    case ImportStatus::Updated:
        return QStringLiteral("updated");
    case ImportStatus::Error:
        break;
    }
    return QStringLiteral("error");
}

namespace {

/// The document row an import writes for text.
DocumentRecord documentRecord(const ImportText &text, const DocumentAnalysis &analysis, const QString &hash)
{
    DocumentRecord record;
    record.metadata = text.metadata;
    if (record.metadata.language == Language::Unknown) {
        record.metadata.language = analysis.language;
    }
    record.body = text.text;
    record.contentHash = hash;
    record.sourceFile = text.sourceFile;
    record.encoding = text.encoding;
    return record;
}

/// An unverified claim on every sentence that rests on a source, except those in claimed.
QList<ClaimRecord> openingClaims(const QList<Id> &sentenceIds, const QList<AttributionSuggestion> &suggestions,
    const QList<std::optional<AttributionHop>> &firstHops, const QSet<Id> &claimed)
{
    QList<ClaimRecord> newClaims;
    for (qsizetype i = 0; i < sentenceIds.size(); ++i) {
        const AttributionSuggestion &s = suggestions.at(i);
        if (!s.source || s.scope == AttributionScope::Author || claimed.contains(sentenceIds.at(i))) {
            continue;
        }
        ClaimRecord claim;
        claim.sentenceId = sentenceIds.at(i);
        claim.type = s.quote == QuoteType::Direct ? ClaimType::Quote : ClaimType::Fact;
        // The suggestion just stored is the sentence's attribution (a new sentence has no analyst's one, unless one
        // was carried over above: the store's check before the commit catches that).
        if (const std::optional<AttributionHop> &hop = firstHops.at(i)) {
            claim.sourceId = hop->sourceId;
            claim.sourceAnonymous = hop->anonymous;
        }
        newClaims.append(claim);
    }
    return newClaims;
}

} // namespace

ProjectImporter::ProjectImporter(ProjectStore &store)
    : m_store(store)
{
}

ImportResult ProjectImporter::fail(ImportResult result, const QString &message)
{
    result.status = ImportStatus::Error;
    result.documentId = 0;
    result.sentenceCount = 0;
    result.message = message;
    return result;
}

ImportResult ProjectImporter::importFile(const QString &path)
{
    return importPrepared(prepareFile(path));
}

PreparedImport ProjectImporter::prepareFile(const QString &path)
{
    PreparedImport prepared;
    prepared.file = path;
    prepared.text = DocumentReader::readFile(path, &prepared.error);
    if (prepared.text && !prepared.text->text.trimmed().isEmpty()) {
        prepared.analysis = analyzeDocument(prepared.text->text, prepared.text->metadata.language);
        prepared.contentHash = DocumentTable::contentHash(prepared.text->text);
    }
    return prepared;
}

ImportResult ProjectImporter::importPrepared(const PreparedImport &prepared)
{
    ImportResult result;
    result.file = prepared.file;
    if (!prepared.text) {
        return fail(result, prepared.error);
    }
    result = importAnalysed(*prepared.text, &prepared.analysis, prepared.contentHash);
    result.file = prepared.file;
    return result;
}

ImportResult ProjectImporter::importPasted(const QString &text, const DocumentMetadata &metadata)
{
    return importText(DocumentReader::fromPastedText(text, metadata));
}

ImportResult ProjectImporter::importText(const ImportText &text)
{
    return importAnalysed(text, nullptr);
}

bool ProjectImporter::supersede(Id previous, Id documentId, ImportResult &result, QStringList &messages)
{
    DocumentReanchorer reanchorer(m_store);
    const std::optional<DocumentReanchorer::Outcome> outcome = reanchorer.carryOver(previous, documentId);
    if (!outcome || !m_store.documents().setSupersededBy(previous, documentId)) {
        return false;
    }
    result.status = ImportStatus::Updated;
    result.previousVersion = previous;
    result.unplaced = outcome->unplaced;
    messages.append(
        tr("New version of document %1; %n annotation(s) carried over", nullptr, outcome->placed).arg(previous));
    if (!outcome->unplaced.isEmpty()) {
        messages.append(tr("%n annotation(s) could not be placed and stay on the old version: %1", nullptr,
            int(outcome->unplaced.size()))
                .arg(outcome->unplaced.join(QStringLiteral("; "))));
    }
    return true;
}

ImportResult ProjectImporter::importAnalysed(
    const ImportText &text, const DocumentAnalysis *analysed, const QString &contentHash)
{
    ImportResult result;
    result.file = text.sourceFile;
    result.encoding = text.encoding;
    if (text.text.trimmed().isEmpty()) {
        return fail(result, tr("There is no text to import."));
    }
    if (!m_store.ensureWritable()) {
        return fail(result, m_store.errorString());
    }
    DocumentTable &documents = m_store.documents();
    const QString hash = contentHash.isEmpty() ? DocumentTable::contentHash(text.text) : contentHash;
    const std::optional<Id> existing = documents.findByHash(hash);
    if (!existing) {
        return fail(result, m_store.errorString());
    }
    if (*existing != 0) {
        const auto sentences = documents.sentences(*existing);
        result.status = ImportStatus::Duplicate;
        result.documentId = *existing;
        result.sentenceCount = sentences ? sentences->size() : 0;
        result.message = tr("The same text is already in the project (document %1).").arg(*existing);
        return result;
    }

    // The analysis runs before the write lock is taken (or ran already, on another thread): the transaction only
    // writes.
    const DocumentAnalysis analysis = analysed ? *analysed : analyzeDocument(text.text, text.metadata.language);
    const DocumentRecord record = documentRecord(text, analysis, hash);

    SqlTransaction transaction(m_store);
    // The new rows' index entries and the claims' source copy are written for the whole transaction at its commit
    // (a folder import commits a group of files at once).
    if (!transaction.isActive() || !m_store.beginBulkWrite()) {
        return fail(result, m_store.errorString());
    }
    const std::optional<Id> previous = documents.findCurrentVersion(record.metadata);
    if (!previous) {
        return fail(result, m_store.errorString());
    }
    QList<Id> sentenceIds;
    const std::optional<Id> documentId = documents.addDocument(record, analysis.sentences, &sentenceIds);
    if (!documentId) {
        return fail(result, m_store.errorString());
    }
    QList<AttributionSuggestion> suggestions = analysis.suggestions;
    suggestions.resize(sentenceIds.size()); // one per sentence, as the analyzer promises; never index past it
    QList<std::optional<AttributionHop>> firstHops;
    if (!m_store.attributions().storeSuggestions(
            sentenceIds, suggestions, AttributionTable::Previous::None, &firstHops)) {
        return fail(result, m_store.errorString());
    }
    QStringList messages = text.warnings;
    if (*previous != 0) {
        if (!supersede(*previous, *documentId, result, messages)) {
            return fail(result, m_store.errorString());
        }
    } else {
        result.status = ImportStatus::Imported;
    }
    // Every sentence that rests on a source is a claim to review: it starts unverified, so the Claims dock and
    // the statistics list it from the start. Claims carried over from an earlier version are left as they are.
    // (A new document's sentences carry claims only when the earlier version's were carried over.)
    const std::optional<QSet<Id>> claimed
        = *previous != 0 ? m_store.claims().sentencesWithClaims(*documentId) : QSet<Id> {};
    if (!claimed) {
        return fail(result, m_store.errorString());
    }
    if (!m_store.claims().addClaims(openingClaims(sentenceIds, suggestions, firstHops, *claimed))) {
        return fail(result, m_store.errorString());
    }
    if (!transaction.commit()) {
        return fail(result, m_store.errorString());
    }
    result.documentId = *documentId;
    result.sentenceCount = sentenceIds.size();
    result.message = messages.join(QStringLiteral("; "));
    return result;
}

} // namespace Sourcelight
