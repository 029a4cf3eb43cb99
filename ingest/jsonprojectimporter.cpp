#include "jsonprojectimporter.h"

#include "attributiontable.h"
#include "claimtable.h"
#include "codebook.h"
#include "codepointmap.h"
#include "documentreader.h"
#include "documenttable.h"
#include "fulltextsearch.h"
#include "historylog.h"
#include "projectcodings.h"
#include "projectstore.h"
#include "reviewteam.h"
#include "sourcetable.h"
#include "sqltransaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Sourcelight {

namespace {

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant idOrNull(const QJsonValue &value)
{
    return value.isDouble() ? QVariant(qint64(value.toDouble())) : nullInt();
}

QVariant textOrNull(const QJsonValue &value)
{
    return value.isString() ? QVariant(value.toString()) : nullText();
}

qint64 idOf(const QJsonObject &object, const char *key)
{
    return qint64(object.value(QLatin1StringView(key)).toDouble());
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1StringView(key)).toString();
}

QJsonArray arr(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1StringView(key)).toArray();
}

qint64 utf16(const CodePointMap &map, const QJsonValue &codePoint)
{
    return qint64(map.toUtf16(qint64(codePoint.toDouble())));
}

// A span given in code points ({"start", "end"}) as UTF-16 offsets in the row; no span leaves both NULL.
void putSpan(
    QVariantMap &row, const QString &start, const QString &end, const CodePointMap &map, const QJsonValue &span)
{
    if (span.isObject()) {
        row.insert(start, utf16(map, span.toObject().value(QStringLiteral("start"))));
        row.insert(end, utf16(map, span.toObject().value(QStringLiteral("end"))));
    } else {
        row.insert(start, nullInt());
        row.insert(end, nullInt());
    }
}

} // namespace

JsonProjectImporter::JsonProjectImporter(ProjectStore &store)
    : m_store(store)
{
}

bool JsonProjectImporter::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

bool JsonProjectImporter::failStore()
{
    return fail(m_store.errorString());
}

bool JsonProjectImporter::importFile(const QString &path)
{
    // A backup is read as an article is: only a regular file (a FIFO or device would block or never end), and never
    // past a limit, here the largest file QJsonDocument can hold.
    QFile file;
    QString error;
    if (!DocumentReader::openRegularFile(path, file, &error)) {
        return fail(tr("Cannot read “%1”: %2").arg(path, error));
    }
    const std::optional<QByteArray> bytes = DocumentReader::readLimited(file, MaximumFileSize, &error);
    if (!bytes) {
        return fail(tr("Cannot read “%1”: %2").arg(path, error));
    }
    return import(*bytes);
}

bool JsonProjectImporter::import(const QByteArray &json)
{
    m_documents = 0;
    m_sentences = 0;
    m_claims = 0;
    m_refusedNonEmpty = false;
    m_cancelled = false;
    m_errorString.clear();
    m_notice.clear();
    m_codingsLeft = 0;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (document.isNull() || !document.isObject()) {
        return fail(
            tr("This is not a Sourcelight JSON export: %1 (at byte %2).").arg(error.errorString()).arg(error.offset));
    }
    const QJsonObject root = document.object();
    m_exportedAt = root.value(QStringLiteral("exportedAt")).toString();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("sourcelight-project")) {
        return fail(tr("This JSON file is not a Sourcelight project export."));
    }
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > SupportedVersion) {
        return fail(tr("This export is in format version %1; this version of Sourcelight reads up to version %2.")
                .arg(version)
                .arg(SupportedVersion));
    }
    // A partial export (chosen documents, filtered claims) lacks what it left out; restored, it would pass for
    // the whole project.
    if (!root.value(QStringLiteral("complete")).toBool()) {
        return fail(tr("This export holds only part of a project (chosen documents or filtered claims); only a "
                       "complete export, written without --document or filters, can be restored."));
    }
    SqlTransaction transaction(m_store);
    if (!transaction.isActive()) {
        return failStore();
    }
    if (!prepareEmptyProject()) {
        return false;
    }
    if (!importObject(root)) {
        return false;
    }
    if (!transaction.commit()) {
        return failStore();
    }
    return true;
}

bool JsonProjectImporter::prepareEmptyProject()
{
    const std::optional<qint64> documents = m_store.documents().count(true);
    if (!documents) {
        return failStore();
    }
    if (*documents != 0) {
        m_refusedNonEmpty = true;
        return fail(tr("The project already holds %n document(s). A backup is restored only into a project without "
                       "documents: restore it into a new project file. Nothing was changed.",
            nullptr, int(*documents)));
    }
    return m_store.clearForRestore() || failStore();
}

bool JsonProjectImporter::importObject(const QJsonObject &root)
{
    if (!restoreReviewers(root) || !restoreSources(root) || !restoreTags(root)) {
        return false;
    }
    const QJsonArray documents = arr(root, "documents");
    for (const auto &dv : documents) {
        if (!restoreDocument(dv.toObject())) {
            return false;
        }
        ++m_documents;
        if (m_progress && !m_progress(m_documents, documents.size())) {
            m_cancelled = true;
            return fail(tr("The restore was cancelled; nothing was changed."));
        }
    }
    if (!restoreSupersession(documents) || !restoreHistory(root) || !restoreReviewMode(root)) {
        return false;
    }
    if (m_codingsLeft > 0) {
        m_notice = tr("The backup holds the reviewers' own codings of %n document(s), and who marked them done; a "
                      "project file cannot hold independent review, so they were left out. Restore the backup into a "
                      "team project on a server to keep them.",
            nullptr, int(m_codingsLeft));
    }
    return true;
}

bool JsonProjectImporter::restoreReviewers(const QJsonObject &root)
{
    for (const auto &v : arr(root, "reviewers")) {
        const QJsonObject r = v.toObject();
        // A team's backup names each one's login and part; a backup without them restores reviewers as a file has
        // them (no login, the part "reviewer").
        const QString role = str(r, "role").isEmpty() ? QStringLiteral("reviewer") : str(r, "role");
        if (!ReviewTeam::roleFromString(role)) {
            return fail(tr("Reviewer %1 has an unknown part “%2”.").arg(idOf(r, "id")).arg(role));
        }
        if (!m_store.restoreReviewer(idOf(r, "id"), str(r, "name"), str(r, "createdAt"), str(r, "login"), role)) {
            return failStore();
        }
    }
    return true;
}

bool JsonProjectImporter::restoreReviewMode(const QJsonObject &root)
{
    const QString text
        = root.value(QStringLiteral("project")).toObject().value(QStringLiteral("reviewMode")).toString();
    if (text.isEmpty()) {
        return true; // not a team's backup: the project's mode (shared, new) stays
    }
    const std::optional<ReviewTeam::Mode> mode = ReviewTeam::modeFromString(text);
    if (!mode) {
        return fail(tr("The backup has an unknown review mode “%1”.").arg(text));
    }
    if (!m_store.onServer()) {
        return true; // a file is reviewed in shared mode (notice() says what was left out)
    }
    return m_store.restoreReviewMode(ReviewTeam::toString(*mode)) || failStore();
}

bool JsonProjectImporter::restoreCodings(const QJsonObject &d, const CodePointMap &map)
{
    const QJsonArray codings = arr(d, "codings");
    if (codings.isEmpty()) {
        return true;
    }
    if (!m_store.onServer()) {
        ++m_codingsLeft;
        return true;
    }
    // The codings written must be readable to the admin writing them: a claim's words and tags, and a hop, are
    // written by whoever may write the claim or attribution they belong to, which the server checks by reading it.
    const ProjectCodings::ReadingCodings reading(m_store);
    if (!reading.ok()) {
        return failStore();
    }
    for (const auto &cv : codings) {
        const QJsonObject coding = cv.toObject();
        const Id reviewer = idOf(coding, "reviewer");
        if (!restoreAttributions(arr(coding, "attributions"), map, reviewer)
            || !restoreClaims(arr(coding, "claims"), map, reviewer)) {
            return false;
        }
        if (coding.value(QStringLiteral("done")).toBool()
            && !m_store.restoreDocumentReview(idOf(d, "id"), reviewer, m_exportedAt)) {
            return failStore();
        }
    }
    return true;
}

bool JsonProjectImporter::restoreSources(const QJsonObject &root)
{
    SourceTable &table = m_store.sources();
    // Sources first without their affiliation: a parent may come later in the list.
    const QJsonArray sources = arr(root, "sources");
    for (const auto &v : sources) {
        const QJsonObject s = v.toObject();
        if (!sourceKindFromString(str(s, "kind"))) {
            return fail(tr("Source %1 has an unknown kind “%2”.", "source: who a claim comes from")
                    .arg(idOf(s, "id"))
                    .arg(str(s, "kind")));
        }
        const QVariantMap row {{QStringLiteral("id"), idOf(s, "id")}, {QStringLiteral("name"), str(s, "name")},
            {QStringLiteral("kind"), str(s, "kind")}, {QStringLiteral("description"), str(s, "description")},
            {QStringLiteral("colour"), str(s, "colour")}, {QStringLiteral("created_at"), str(s, "createdAt")}};
        if (!table.restoreSource(row)) {
            return failStore();
        }
        for (const auto &a : arr(s, "aliases")) {
            if (!table.restoreAlias(idOf(s, "id"), a.toString())) {
                return failStore();
            }
        }
    }
    for (const auto &v : sources) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("parent")).isDouble() && !table.restoreParent(idOf(s, "id"), idOf(s, "parent"))) {
            return failStore();
        }
    }
    return true;
}

bool JsonProjectImporter::restoreTags(const QJsonObject &root)
{
    for (const auto &v : arr(root, "tags")) {
        const QJsonObject t = v.toObject();
        const QVariantMap row {{QStringLiteral("id"), idOf(t, "id")}, {QStringLiteral("name"), str(t, "name")},
            {QStringLiteral("colour"), str(t, "colour")}, {QStringLiteral("shortcut"), str(t, "shortcut")},
            {QStringLiteral("description"), str(t, "description")}};
        if (!m_store.codebook().restoreTag(row)) {
            return failStore();
        }
    }
    return true;
}

bool JsonProjectImporter::restoreDocument(const QJsonObject &d)
{
    const QString body = str(d, "text");
    const CodePointMap map(body);
    const qint64 documentId = idOf(d, "id");
    const QVariantMap row {{QStringLiteral("id"), documentId}, {QStringLiteral("title"), str(d, "title")},
        {QStringLiteral("outlet"), str(d, "outlet")}, {QStringLiteral("author"), str(d, "author")},
        {QStringLiteral("url"), str(d, "url")}, {QStringLiteral("published"), str(d, "published")},
        {QStringLiteral("language"), str(d, "language").isEmpty() ? QStringLiteral("und") : str(d, "language")},
        {QStringLiteral("body"), body}, {QStringLiteral("content_hash"), str(d, "contentHash")},
        {QStringLiteral("source_file"), str(d, "sourceFile")}, {QStringLiteral("encoding"), str(d, "encoding")},
        {QStringLiteral("imported_at"), str(d, "importedAt")}};
    if (!m_store.documents().restoreDocument(row)) {
        return failStore();
    }
    return restoreSentences(d, body, map) && restoreAttributions(arr(d, "attributions"), map, std::nullopt)
        && restoreClaims(arr(d, "claims"), map, std::nullopt) && restoreCodings(d, map);
}

bool JsonProjectImporter::restoreSentences(const QJsonObject &d, const QString &body, const CodePointMap &map)
{
    QList<Id> sentenceIds;
    QStringList sentenceTexts;
    for (const auto &sv : arr(d, "sentences")) {
        const QJsonObject s = sv.toObject();
        const qint64 start = utf16(map, s.value(QStringLiteral("start")));
        const qint64 end = utf16(map, s.value(QStringLiteral("end")));
        const QVariantMap row {{QStringLiteral("id"), idOf(s, "id")}, {QStringLiteral("document_id"), idOf(d, "id")},
            {QStringLiteral("ordinal"), s.value(QStringLiteral("ordinal")).toInt()},
            {QStringLiteral("start_offset"), start}, {QStringLiteral("end_offset"), end}};
        if (!m_store.documents().restoreSentence(row)) {
            return failStore();
        }
        sentenceIds.append(idOf(s, "id"));
        sentenceTexts.append(body.mid(start, end - start));
    }
    m_sentences += sentenceIds.size();
    return m_store.fullText().indexSentences(sentenceIds, sentenceTexts) || failStore();
}

bool JsonProjectImporter::restoreAttributions(
    const QJsonArray &attributions, const CodePointMap &map, std::optional<Id> coder)
{
    AttributionTable &table = m_store.attributions();
    for (const auto &av : attributions) {
        const QJsonObject a = av.toObject();
        const QJsonObject cue = a.value(QStringLiteral("cue")).toObject();
        if (!originFromString(str(a, "origin")) || !quoteTypeFromString(str(a, "quote"))
            || !scopeFromString(str(a, "scope"))) {
            return fail(tr("Attribution %1 has an unknown origin, quote type or scope.").arg(idOf(a, "id")));
        }
        QVariantMap row {{QStringLiteral("id"), idOf(a, "id")}, {QStringLiteral("sentence_id"), idOf(a, "sentence")},
            {QStringLiteral("origin"), str(a, "origin")},
            {QStringLiteral("cue_text"), cue.value(QStringLiteral("text")).toString()},
            {QStringLiteral("quote_type"), str(a, "quote")}, {QStringLiteral("scope"), str(a, "scope")},
            {QStringLiteral("confidence"), a.value(QStringLiteral("confidence")).toDouble()},
            {QStringLiteral("reason"), str(a, "reason")},
            {QStringLiteral("reviewer_id"), idOrNull(a.value(QStringLiteral("reviewer")))},
            {QStringLiteral("created_at"), str(a, "createdAt")}, {QStringLiteral("updated_at"), str(a, "updatedAt")}};
        putSpan(row, QStringLiteral("cue_start"), QStringLiteral("cue_end"), map, cue.value(QStringLiteral("span")));
        if (coder) {
            row.insert(QStringLiteral("coder_id"), *coder);
        }
        if (!table.restoreAttribution(row)) {
            return failStore();
        }
        const QJsonArray chain = arr(a, "chain");
        for (qsizetype i = 0; i < chain.size(); ++i) {
            const QJsonObject h = chain.at(i).toObject();
            if (!sourceCountFromString(str(h, "count"))) {
                return fail(
                    tr("Attribution %1 has an unknown source count “%2”.").arg(idOf(a, "id")).arg(str(h, "count")));
            }
            QVariantMap hop {{QStringLiteral("attribution_id"), idOf(a, "id")}, {QStringLiteral("position"), qint64(i)},
                {QStringLiteral("source_id"), idOf(h, "source")},
                {QStringLiteral("anonymous"), h.value(QStringLiteral("anonymous")).toBool() ? 1 : 0},
                {QStringLiteral("source_count"), str(h, "count")}, {QStringLiteral("title"), str(h, "title")},
                {QStringLiteral("on_record"), h.value(QStringLiteral("onRecord")).toBool(true) ? 1 : 0}};
            putSpan(hop, QStringLiteral("mention_start"), QStringLiteral("mention_end"), map,
                h.value(QStringLiteral("mention")));
            if (!table.restoreHop(hop)) {
                return failStore();
            }
        }
    }
    return true;
}

bool JsonProjectImporter::restoreClaims(const QJsonArray &claims, const CodePointMap &map, std::optional<Id> coder)
{
    ClaimTable &table = m_store.claims();
    for (const auto &cv : claims) {
        const QJsonObject c = cv.toObject();
        if (!claimTypeFromString(str(c, "type")) || !verdictFromString(str(c, "verdict"))) {
            return fail(
                tr("Claim %1 has an unknown type or verdict.", "claim: a reviewed statement").arg(idOf(c, "id")));
        }
        const QJsonValue confidence = c.value(QStringLiteral("confidence"));
        QVariantMap row {{QStringLiteral("id"), idOf(c, "id")}, {QStringLiteral("sentence_id"), idOf(c, "sentence")},
            {QStringLiteral("claim_type"), str(c, "type")}, {QStringLiteral("verdict"), str(c, "verdict")},
            {QStringLiteral("confidence"),
                confidence.isDouble() ? QVariant(confidence.toDouble()) : QVariant(QMetaType::fromType<double>())},
            {QStringLiteral("note"), str(c, "note")},
            {QStringLiteral("reviewer_id"), idOrNull(c.value(QStringLiteral("reviewer")))},
            {QStringLiteral("created_at"), str(c, "createdAt")}, {QStringLiteral("updated_at"), str(c, "updatedAt")}};
        putSpan(row, QStringLiteral("span_start"), QStringLiteral("span_end"), map, c.value(QStringLiteral("span")));
        if (coder) {
            row.insert(QStringLiteral("coder_id"), *coder);
        }
        if (!table.restoreClaimRow(row)) {
            return failStore();
        }
        if (!coder) {
            ++m_claims; // the final ones, as an export counts them
        }
        for (const auto &t : arr(c, "tags")) {
            if (!table.restoreClaimTag(idOf(c, "id"), qint64(t.toDouble()))) {
                return failStore();
            }
        }
        for (const auto &ev : arr(c, "evidence")) {
            const QJsonObject e = ev.toObject();
            const QVariantMap evidence {{QStringLiteral("id"), idOf(e, "id")},
                {QStringLiteral("claim_id"), idOf(c, "id")}, {QStringLiteral("url"), str(e, "url")},
                {QStringLiteral("note"), str(e, "note")}, {QStringLiteral("retrieved_at"), str(e, "retrievedAt")},
                {QStringLiteral("created_at"), str(e, "createdAt")}};
            if (!table.restoreEvidence(evidence)) {
                return failStore();
            }
        }
    }
    return true;
}

bool JsonProjectImporter::restoreSupersession(const QJsonArray &documents)
{
    for (const auto &dv : documents) {
        const QJsonObject d = dv.toObject();
        if (d.value(QStringLiteral("supersededBy")).isDouble()
            && !m_store.documents().restoreSupersededBy(idOf(d, "id"), idOf(d, "supersededBy"))) {
            return failStore();
        }
    }
    return true;
}

bool JsonProjectImporter::restoreHistory(const QJsonObject &root)
{
    for (const auto &hv : arr(root, "history")) {
        const QJsonObject h = hv.toObject();
        const QVariantMap row {{QStringLiteral("id"), idOf(h, "id")},
            {QStringLiteral("reviewer_id"), idOrNull(h.value(QStringLiteral("reviewer")))},
            {QStringLiteral("changed_at"), str(h, "changedAt")}, {QStringLiteral("entity"), str(h, "entity")},
            {QStringLiteral("entity_id"), idOf(h, "entityId")}, {QStringLiteral("field"), str(h, "field")},
            {QStringLiteral("old_value"), textOrNull(h.value(QStringLiteral("old")))},
            {QStringLiteral("new_value"), textOrNull(h.value(QStringLiteral("new")))}};
        if (!m_store.history().restoreEntry(row)) {
            return failStore();
        }
    }
    return true;
}

} // namespace Sourcelight
