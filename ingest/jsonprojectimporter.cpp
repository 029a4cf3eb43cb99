#include "jsonprojectimporter.h"

#include "codepointmap.h"
#include "documentreader.h"
#include "fulltextsearch.h"
#include "projectstore.h"
#include "sqltransaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

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
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (document.isNull() || !document.isObject()) {
        return fail(
            tr("This is not a Sourcelight JSON export: %1 (at byte %2).").arg(error.errorString()).arg(error.offset));
    }
    const QJsonObject root = document.object();
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
    QSqlQuery &count = m_store.prepared(QStringLiteral("SELECT count(*) FROM documents"));
    if (!m_store.exec(count) || !count.next()) {
        return failStore();
    }
    const qint64 documents = count.value(0).toLongLong();
    count.finish();
    if (documents != 0) {
        m_refusedNonEmpty = true;
        return fail(tr("The project already holds %n document(s). A backup is restored only into a project without "
                       "documents: restore it into a new project file. Nothing was changed.",
            nullptr, int(documents)));
    }
    // Children before parents, so no foreign key stands in the way; the transaction undoes it all on failure.
    for (const char *sql : {"DELETE FROM history", "DELETE FROM claim_tags", "DELETE FROM tags",
             "DELETE FROM source_aliases", "DELETE FROM sources", "DELETE FROM reviewers"}) {
        QSqlQuery &clear = m_store.prepared(QString::fromLatin1(sql));
        const bool ok = m_store.exec(clear);
        clear.finish();
        if (!ok) {
            return failStore();
        }
    }
    return true;
}

bool JsonProjectImporter::importObject(const QJsonObject &root)
{
    const auto run = [this](QSqlQuery &query) {
        const bool ok = m_store.exec(query);
        query.finish();
        return ok;
    };

    QSqlQuery &reviewer = m_store.prepared(
        QStringLiteral("INSERT INTO reviewers (id, name, created_at) VALUES (:id, :name, :created)"));
    for (const auto &v : arr(root, "reviewers")) {
        const QJsonObject r = v.toObject();
        reviewer.bindValue(QStringLiteral(":id"), idOf(r, "id"));
        reviewer.bindValue(QStringLiteral(":name"), str(r, "name"));
        reviewer.bindValue(QStringLiteral(":created"), str(r, "createdAt"));
        if (!run(reviewer)) {
            return failStore();
        }
    }

    // Sources first without their affiliation: a parent may come later in the list.
    QSqlQuery &source = m_store.prepared(
        QStringLiteral("INSERT INTO sources (id, name, kind, description, colour, parent_id, created_at) "
                       "VALUES (:id, :name, :kind, :description, :colour, NULL, :created)"));
    QSqlQuery &alias
        = m_store.prepared(QStringLiteral("INSERT INTO source_aliases (source_id, alias) VALUES (:source, :alias)"));
    const QJsonArray sources = arr(root, "sources");
    for (const auto &v : sources) {
        const QJsonObject s = v.toObject();
        if (!sourceKindFromString(str(s, "kind"))) {
            return fail(tr("Source %1 has an unknown kind “%2”.", "source: who a claim comes from")
                    .arg(idOf(s, "id"))
                    .arg(str(s, "kind")));
        }
        source.bindValue(QStringLiteral(":id"), idOf(s, "id"));
        source.bindValue(QStringLiteral(":name"), str(s, "name"));
        source.bindValue(QStringLiteral(":kind"), str(s, "kind"));
        source.bindValue(QStringLiteral(":description"), str(s, "description"));
        source.bindValue(QStringLiteral(":colour"), str(s, "colour"));
        source.bindValue(QStringLiteral(":created"), str(s, "createdAt"));
        if (!run(source)) {
            return failStore();
        }
        for (const auto &a : arr(s, "aliases")) {
            alias.bindValue(QStringLiteral(":source"), idOf(s, "id"));
            alias.bindValue(QStringLiteral(":alias"), a.toString());
            if (!run(alias)) {
                return failStore();
            }
        }
    }
    QSqlQuery &parent = m_store.prepared(QStringLiteral("UPDATE sources SET parent_id = :parent WHERE id = :id"));
    for (const auto &v : sources) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("parent")).isDouble()) {
            parent.bindValue(QStringLiteral(":parent"), idOf(s, "parent"));
            parent.bindValue(QStringLiteral(":id"), idOf(s, "id"));
            if (!run(parent)) {
                return failStore();
            }
        }
    }

    QSqlQuery &tag = m_store.prepared(QStringLiteral("INSERT INTO tags (id, name, colour, shortcut, description) "
                                                     "VALUES (:id, :name, :colour, :shortcut, :description)"));
    for (const auto &v : arr(root, "tags")) {
        const QJsonObject t = v.toObject();
        tag.bindValue(QStringLiteral(":id"), idOf(t, "id"));
        tag.bindValue(QStringLiteral(":name"), str(t, "name"));
        tag.bindValue(QStringLiteral(":colour"), str(t, "colour"));
        tag.bindValue(QStringLiteral(":shortcut"), str(t, "shortcut"));
        tag.bindValue(QStringLiteral(":description"), str(t, "description"));
        if (!run(tag)) {
            return failStore();
        }
    }

    QSqlQuery &document = m_store.prepared(QStringLiteral(
        "INSERT INTO documents (id, title, outlet, author, url, published, language, body, content_hash, source_file, "
        "encoding, imported_at, superseded_by) VALUES (:id, :title, :outlet, :author, :url, :published, :language, "
        ":body, :hash, :file, :encoding, :imported, NULL)"));
    QSqlQuery &sentence = m_store.prepared(QStringLiteral(
        "INSERT INTO sentences (id, document_id, ordinal, start_offset, end_offset) VALUES (:id, :document, :ordinal, "
        ":start, :end)"));
    QSqlQuery &attribution = m_store.prepared(QStringLiteral(
        "INSERT INTO attributions (id, sentence_id, origin, cue_text, cue_start, cue_end, quote_type, scope, "
        "confidence, "
        "reason, reviewer_id, created_at, updated_at) VALUES (:id, :sentence, :origin, :cue, :cue_start, :cue_end, "
        ":quote, :scope, :confidence, :reason, :reviewer, :created, :updated)"));
    QSqlQuery &hop = m_store.prepared(QStringLiteral(
        "INSERT INTO attribution_hops (attribution_id, position, source_id, mention_start, mention_end, anonymous, "
        "source_count, title, on_record) VALUES (:attribution, :position, :source, :start, :end, :anonymous, :count, "
        ":title, :on_record)"));
    QSqlQuery &claim = m_store.prepared(QStringLiteral(
        "INSERT INTO claims (id, sentence_id, span_start, span_end, claim_type, verdict, confidence, note, "
        "reviewer_id, "
        "created_at, updated_at) VALUES (:id, :sentence, :start, :end, :type, :verdict, :confidence, :note, :reviewer, "
        ":created, :updated)"));
    QSqlQuery &claimTag = m_store.prepared(QStringLiteral("INSERT INTO claim_tags (claim_id, tag_id) VALUES (:c, :t)"));
    QSqlQuery &evidence = m_store.prepared(QStringLiteral(
        "INSERT INTO evidence (id, claim_id, url, note, retrieved_at, created_at) VALUES (:id, :claim, :url, :note, "
        ":retrieved, :created)"));

    const QJsonArray documents = arr(root, "documents");
    for (const auto &dv : documents) {
        const QJsonObject d = dv.toObject();
        const QString body = str(d, "text");
        const CodePointMap map(body);
        const auto utf16
            = [&map](const QJsonValue &codePoint) { return qint64(map.toUtf16(qint64(codePoint.toDouble()))); };
        const auto bindSpan = [&](QSqlQuery &query, const QString &start, const QString &end, const QJsonValue &span) {
            if (span.isObject()) {
                query.bindValue(start, utf16(span.toObject().value(QStringLiteral("start"))));
                query.bindValue(end, utf16(span.toObject().value(QStringLiteral("end"))));
            } else {
                query.bindValue(start, nullInt());
                query.bindValue(end, nullInt());
            }
        };
        const qint64 documentId = idOf(d, "id");
        document.bindValue(QStringLiteral(":id"), documentId);
        document.bindValue(QStringLiteral(":title"), str(d, "title"));
        document.bindValue(QStringLiteral(":outlet"), str(d, "outlet"));
        document.bindValue(QStringLiteral(":author"), str(d, "author"));
        document.bindValue(QStringLiteral(":url"), str(d, "url"));
        document.bindValue(QStringLiteral(":published"), str(d, "published"));
        document.bindValue(
            QStringLiteral(":language"), str(d, "language").isEmpty() ? QStringLiteral("und") : str(d, "language"));
        document.bindValue(QStringLiteral(":body"), body);
        document.bindValue(QStringLiteral(":hash"), str(d, "contentHash"));
        document.bindValue(QStringLiteral(":file"), str(d, "sourceFile"));
        document.bindValue(QStringLiteral(":encoding"), str(d, "encoding"));
        document.bindValue(QStringLiteral(":imported"), str(d, "importedAt"));
        if (!run(document)) {
            return failStore();
        }
        QList<Id> sentenceIds;
        QStringList sentenceTexts;
        for (const auto &sv : arr(d, "sentences")) {
            const QJsonObject s = sv.toObject();
            const qint64 start = utf16(s.value(QStringLiteral("start")));
            const qint64 end = utf16(s.value(QStringLiteral("end")));
            sentence.bindValue(QStringLiteral(":id"), idOf(s, "id"));
            sentence.bindValue(QStringLiteral(":document"), documentId);
            sentence.bindValue(QStringLiteral(":ordinal"), s.value(QStringLiteral("ordinal")).toInt());
            sentence.bindValue(QStringLiteral(":start"), start);
            sentence.bindValue(QStringLiteral(":end"), end);
            if (!run(sentence)) {
                return failStore();
            }
            sentenceIds.append(idOf(s, "id"));
            sentenceTexts.append(body.mid(start, end - start));
        }
        m_sentences += sentenceIds.size();
        if (!m_store.fullText().indexSentences(sentenceIds, sentenceTexts)) {
            return failStore();
        }
        for (const auto &av : arr(d, "attributions")) {
            const QJsonObject a = av.toObject();
            const QJsonObject cue = a.value(QStringLiteral("cue")).toObject();
            if (!originFromString(str(a, "origin")) || !quoteTypeFromString(str(a, "quote"))
                || !scopeFromString(str(a, "scope"))) {
                return fail(tr("Attribution %1 has an unknown origin, quote type or scope.").arg(idOf(a, "id")));
            }
            attribution.bindValue(QStringLiteral(":id"), idOf(a, "id"));
            attribution.bindValue(QStringLiteral(":sentence"), idOf(a, "sentence"));
            attribution.bindValue(QStringLiteral(":origin"), str(a, "origin"));
            attribution.bindValue(QStringLiteral(":cue"), cue.value(QStringLiteral("text")).toString());
            bindSpan(attribution, QStringLiteral(":cue_start"), QStringLiteral(":cue_end"),
                cue.value(QStringLiteral("span")));
            attribution.bindValue(QStringLiteral(":quote"), str(a, "quote"));
            attribution.bindValue(QStringLiteral(":scope"), str(a, "scope"));
            attribution.bindValue(QStringLiteral(":confidence"), a.value(QStringLiteral("confidence")).toDouble());
            attribution.bindValue(QStringLiteral(":reason"), str(a, "reason"));
            attribution.bindValue(QStringLiteral(":reviewer"), idOrNull(a.value(QStringLiteral("reviewer"))));
            attribution.bindValue(QStringLiteral(":created"), str(a, "createdAt"));
            attribution.bindValue(QStringLiteral(":updated"), str(a, "updatedAt"));
            if (!run(attribution)) {
                return failStore();
            }
            const QJsonArray chain = arr(a, "chain");
            for (qsizetype i = 0; i < chain.size(); ++i) {
                const QJsonObject h = chain.at(i).toObject();
                if (!sourceCountFromString(str(h, "count"))) {
                    return fail(
                        tr("Attribution %1 has an unknown source count “%2”.").arg(idOf(a, "id")).arg(str(h, "count")));
                }
                hop.bindValue(QStringLiteral(":attribution"), idOf(a, "id"));
                hop.bindValue(QStringLiteral(":position"), qint64(i));
                hop.bindValue(QStringLiteral(":source"), idOf(h, "source"));
                bindSpan(hop, QStringLiteral(":start"), QStringLiteral(":end"), h.value(QStringLiteral("mention")));
                hop.bindValue(QStringLiteral(":anonymous"), h.value(QStringLiteral("anonymous")).toBool() ? 1 : 0);
                hop.bindValue(QStringLiteral(":count"), str(h, "count"));
                hop.bindValue(QStringLiteral(":title"), str(h, "title"));
                hop.bindValue(QStringLiteral(":on_record"), h.value(QStringLiteral("onRecord")).toBool(true) ? 1 : 0);
                if (!run(hop)) {
                    return failStore();
                }
            }
        }
        for (const auto &cv : arr(d, "claims")) {
            const QJsonObject c = cv.toObject();
            if (!claimTypeFromString(str(c, "type")) || !verdictFromString(str(c, "verdict"))) {
                return fail(
                    tr("Claim %1 has an unknown type or verdict.", "claim: a reviewed statement").arg(idOf(c, "id")));
            }
            claim.bindValue(QStringLiteral(":id"), idOf(c, "id"));
            claim.bindValue(QStringLiteral(":sentence"), idOf(c, "sentence"));
            bindSpan(claim, QStringLiteral(":start"), QStringLiteral(":end"), c.value(QStringLiteral("span")));
            claim.bindValue(QStringLiteral(":type"), str(c, "type"));
            claim.bindValue(QStringLiteral(":verdict"), str(c, "verdict"));
            const QJsonValue confidence = c.value(QStringLiteral("confidence"));
            claim.bindValue(QStringLiteral(":confidence"),
                confidence.isDouble() ? QVariant(confidence.toDouble()) : QVariant(QMetaType::fromType<double>()));
            claim.bindValue(QStringLiteral(":note"), str(c, "note"));
            claim.bindValue(QStringLiteral(":reviewer"), idOrNull(c.value(QStringLiteral("reviewer"))));
            claim.bindValue(QStringLiteral(":created"), str(c, "createdAt"));
            claim.bindValue(QStringLiteral(":updated"), str(c, "updatedAt"));
            if (!run(claim)) {
                return failStore();
            }
            ++m_claims;
            for (const auto &t : arr(c, "tags")) {
                claimTag.bindValue(QStringLiteral(":c"), idOf(c, "id"));
                claimTag.bindValue(QStringLiteral(":t"), qint64(t.toDouble()));
                if (!run(claimTag)) {
                    return failStore();
                }
            }
            for (const auto &ev : arr(c, "evidence")) {
                const QJsonObject e = ev.toObject();
                evidence.bindValue(QStringLiteral(":id"), idOf(e, "id"));
                evidence.bindValue(QStringLiteral(":claim"), idOf(c, "id"));
                evidence.bindValue(QStringLiteral(":url"), str(e, "url"));
                evidence.bindValue(QStringLiteral(":note"), str(e, "note"));
                evidence.bindValue(QStringLiteral(":retrieved"), str(e, "retrievedAt"));
                evidence.bindValue(QStringLiteral(":created"), str(e, "createdAt"));
                if (!run(evidence)) {
                    return failStore();
                }
            }
        }
        ++m_documents;
        if (m_progress && !m_progress(m_documents, documents.size())) {
            m_cancelled = true;
            return fail(tr("The restore was cancelled; nothing was changed."));
        }
    }
    QSqlQuery &superseded
        = m_store.prepared(QStringLiteral("UPDATE documents SET superseded_by = :newer WHERE id = :id"));
    for (const auto &dv : documents) {
        const QJsonObject d = dv.toObject();
        if (d.value(QStringLiteral("supersededBy")).isDouble()) {
            superseded.bindValue(QStringLiteral(":newer"), idOf(d, "supersededBy"));
            superseded.bindValue(QStringLiteral(":id"), idOf(d, "id"));
            if (!run(superseded)) {
                return failStore();
            }
        }
    }

    QSqlQuery &history = m_store.prepared(QStringLiteral(
        "INSERT INTO history (id, reviewer_id, changed_at, entity, entity_id, field, old_value, new_value) "
        "VALUES (:id, :reviewer, :at, :entity, :entity_id, :field, :old, :new)"));
    for (const auto &hv : arr(root, "history")) {
        const QJsonObject h = hv.toObject();
        history.bindValue(QStringLiteral(":id"), idOf(h, "id"));
        history.bindValue(QStringLiteral(":reviewer"), idOrNull(h.value(QStringLiteral("reviewer"))));
        history.bindValue(QStringLiteral(":at"), str(h, "changedAt"));
        history.bindValue(QStringLiteral(":entity"), str(h, "entity"));
        history.bindValue(QStringLiteral(":entity_id"), idOf(h, "entityId"));
        history.bindValue(QStringLiteral(":field"), str(h, "field"));
        history.bindValue(QStringLiteral(":old"), textOrNull(h.value(QStringLiteral("old"))));
        history.bindValue(QStringLiteral(":new"), textOrNull(h.value(QStringLiteral("new"))));
        if (!run(history)) {
            return failStore();
        }
    }
    return true;
}

} // namespace Sourcelight
