#include "projectcodings.h"

#include "attributiontable.h"
#include "claimtable.h"
#include "codebook.h"
#include "documenttable.h"
#include "projectstore_p.h"
#include "reviewteam.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace Sourcelight::ProjectCodings {

ReadingCodings::ReadingCodings(ProjectStore &store)
    : m_store(store)
{
    m_ok = !store.onServer() || StoreAccess::execDirect(store, QStringLiteral("SET sourcelight.codings = on"));
}

ReadingCodings::~ReadingCodings()
{
    if (m_store.onServer()) {
        StoreAccess::execDirect(m_store, QStringLiteral("RESET sourcelight.codings"));
    }
}

namespace {

const QStringList &attributionFields()
{
    static const QStringList fields
        = {QStringLiteral("source"), QStringLiteral("anonymity"), QStringLiteral("quoteType")};
    return fields;
}

/// What stands for the reviewer in the sentence's attribution fields (source, anonymity, quote type): their own
/// attribution, or — once they marked the document done — the suggestion they let stand (the article's own voice
/// when there is none); missing otherwise.
QList<std::optional<QString>> attributionValues(const SentenceCodings &sentence, const Coding &coding)
{
    if (!coding.attribution && !coding.done) {
        return {std::nullopt, std::nullopt, std::nullopt};
    }
    const std::optional<AttributionRecord> &standing = coding.attribution ? coding.attribution : sentence.suggestion;
    const bool sourced = standing && !standing->hops.isEmpty();
    return {sourced ? QString::number(standing->hops.first().sourceId) : QStringLiteral("none"),
        sourced && standing->hops.first().anonymous ? QStringLiteral("anonymous") : QStringLiteral("named"),
        toString(standing ? standing->quote : QuoteType::None)};
}

/// sentences() as the connection's person me (read once for every document of a project).
std::optional<QList<SentenceCodings>> sentencesAs(ProjectStore &store, Id documentId, const ReviewTeam::Session &me)
{
    ReadingCodings reading(store);
    if (!reading.ok()) {
        return std::nullopt;
    }
    // Whose decision each coded record is, and who marked the document done.
    QHash<Id, Id> attributionCoder; // attribution → reviewer
    QHash<Id, Id> claimCoder;       // claim → reviewer
    QMap<QString, Id> reviewers;    // name → id, of those who coded the document or marked it done
    QSet<Id> done;
    QSqlQuery &rows = StoreAccess::prepared(store,
        QStringLiteral("SELECT 'a', a.id, a.coder_id, r.name FROM attributions a JOIN sentences s ON s.id = "
                       "a.sentence_id JOIN reviewers r ON r.id = a.coder_id WHERE s.document_id = :d1 "
                       "UNION ALL SELECT 'c', c.id, c.coder_id, r.name FROM claims c JOIN sentences s ON s.id = "
                       "c.sentence_id JOIN reviewers r ON r.id = c.coder_id WHERE s.document_id = :d2 "
                       "UNION ALL SELECT 'd', 0, r.id, r.name FROM document_reviews d "
                       "JOIN reviewers r ON r.id = d.reviewer_id WHERE d.document_id = :d3"));
    rows.bindValue(QStringLiteral(":d1"), documentId);
    rows.bindValue(QStringLiteral(":d2"), documentId);
    rows.bindValue(QStringLiteral(":d3"), documentId);
    if (!StoreAccess::exec(store, rows)) {
        return std::nullopt;
    }
    while (rows.next()) {
        const QString what = rows.value(0).toString();
        const Id coder = rows.value(2).toLongLong();
        reviewers.insert(rows.value(3).toString(), coder);
        if (what == QLatin1String("a")) {
            attributionCoder.insert(rows.value(1).toLongLong(), coder);
        } else if (what == QLatin1String("c")) {
            claimCoder.insert(rows.value(1).toLongLong(), coder);
        } else {
            done.insert(coder);
        }
    }
    rows.finish();
    // A reviewer who has not marked the document done reads only their own codings; the others' done marks are
    // readable, their codings not, and must not stand for suggestions let stand.
    if (me.role == ReviewTeam::Role::Reviewer && me.reviewerId && !done.contains(*me.reviewerId)) {
        reviewers.removeIf([&me](const auto &reviewer) { return reviewer.value() != *me.reviewerId; });
        done.clear();
    }
    if (reviewers.isEmpty()) {
        return QList<SentenceCodings> {};
    }
    // The records, every layer the connection reads, read whole for the document.
    const std::optional<QList<AttributionRecord>> attributions = store.attributions().forDocument(documentId);
    const std::optional<QList<ClaimRecord>> claims = store.claims().forDocument(documentId);
    const std::optional<QList<SentenceRecord>> units = store.documents().sentences(documentId);
    if (!attributions || !claims || !units) {
        return std::nullopt;
    }
    QHash<QPair<Id, Id>, Coding> codings;                    // (sentence, reviewer) → their coding
    QHash<Id, std::optional<AttributionRecord>> suggestions; // sentence → the suggestion (common to all)
    for (const AttributionRecord &record : *attributions) {
        const auto coder = attributionCoder.constFind(record.id);
        if (coder != attributionCoder.cend()) {
            codings[{record.sentenceId, *coder}].attribution = record;
        } else if (record.origin == AttributionOrigin::Suggested) {
            suggestions.insert(record.sentenceId, record);
        }
    }
    for (const ClaimRecord &record : *claims) {
        const auto coder = claimCoder.constFind(record.id);
        Coding *coding = coder != claimCoder.cend() ? &codings[{record.sentenceId, *coder}] : nullptr;
        if (coding && (!coding->claim || record.id < coding->claim->id)) {
            coding->claim = record; // the first claim on the sentence stands for the reviewer's judgement
        }
    }
    QSet<Id> coded;
    for (auto it = codings.cbegin(); it != codings.cend(); ++it) {
        coded.insert(it.key().first);
    }
    // A sentence is a unit when someone coded it, or every sentence is once someone marked the document done; each
    // reviewer who coded it or is done has a coding there.
    QList<SentenceCodings> result;
    for (const SentenceRecord &unit : *units) {
        if (done.isEmpty() && !coded.contains(unit.id)) {
            continue;
        }
        SentenceCodings sentence;
        sentence.sentenceId = unit.id;
        sentence.ordinal = unit.ordinal;
        sentence.suggestion = suggestions.value(unit.id);
        for (auto reviewer = reviewers.cbegin(); reviewer != reviewers.cend(); ++reviewer) {
            const auto own = codings.constFind({unit.id, reviewer.value()});
            if (own == codings.cend() && !done.contains(reviewer.value())) {
                continue;
            }
            Coding entry = own == codings.cend() ? Coding {} : *own;
            entry.reviewerId = reviewer.value();
            entry.reviewer = reviewer.key();
            entry.done = done.contains(reviewer.value());
            sentence.codings.append(entry);
        }
        // They differ where two values a field holds differ, or where one made a claim and another none.
        for (const Coding &coding : std::as_const(sentence.codings)) {
            const QHash<QString, std::optional<QString>> values = ProjectCodings::values(sentence, coding);
            for (const Coding &other : std::as_const(sentence.codings)) {
                const QHash<QString, std::optional<QString>> others = ProjectCodings::values(sentence, other);
                if (coding.claim.has_value() != other.claim.has_value()) {
                    sentence.disagree = true;
                }
                for (auto value = values.cbegin(); value != values.cend(); ++value) {
                    std::optional<QString> theirs = others.value(value.key());
                    if (!theirs && other.claim && value.key().startsWith(QLatin1String("tag:"))) {
                        theirs = QStringLiteral("no"); // a tag on one claim and not on the other
                    }
                    if (value->has_value() && theirs.has_value() && *value != theirs) {
                        sentence.disagree = true;
                    }
                }
            }
        }
        if (!sentence.codings.isEmpty()) {
            result.append(sentence);
        }
    }
    return result;
}

} // namespace

std::optional<QList<SentenceCodings>> sentences(ProjectStore &store, Id documentId)
{
    if (store.schemaVersion() < ProjectStore::TeamSchemaVersion) {
        return QList<SentenceCodings> {};
    }
    const std::optional<ReviewTeam::Session> me = ReviewTeam::session(store);
    return me ? sentencesAs(store, documentId, *me) : std::nullopt;
}

QHash<QString, std::optional<QString>> values(const SentenceCodings &sentence, const Coding &coding)
{
    QHash<QString, std::optional<QString>> result;
    const QList<std::optional<QString>> attribution = attributionValues(sentence, coding);
    for (qsizetype i = 0; i < attributionFields().size(); ++i) {
        result.insert(attributionFields().at(i), attribution.at(i));
    }
    result.insert(QStringLiteral("verdict"),
        coding.claim ? std::optional<QString>(toString(coding.claim->verdict)) : std::nullopt);
    result.insert(QStringLiteral("claimType"),
        coding.claim ? std::optional<QString>(toString(coding.claim->type)) : std::nullopt);
    if (coding.claim) {
        for (const Id tag : coding.claim->tagIds) {
            result.insert(QStringLiteral("tag:%1").arg(tag), QStringLiteral("yes"));
        }
    }
    return result;
}

std::optional<QList<Id>> codedDocuments(ProjectStore &store)
{
    if (store.schemaVersion() < ProjectStore::TeamSchemaVersion) {
        return QList<Id> {};
    }
    ReadingCodings reading(store);
    if (!reading.ok()) {
        return std::nullopt;
    }
    QSqlQuery &coded = StoreAccess::prepared(store,
        QStringLiteral("SELECT s.document_id FROM sentences s WHERE s.id IN (SELECT sentence_id FROM attributions "
                       "WHERE coder_id IS NOT NULL UNION SELECT sentence_id FROM claims WHERE coder_id IS NOT NULL) "
                       "UNION SELECT document_id FROM document_reviews ORDER BY 1"));
    if (!StoreAccess::exec(store, coded)) {
        return std::nullopt;
    }
    QList<Id> documents;
    while (coded.next()) {
        documents.append(coded.value(0).toLongLong());
    }
    coded.finish();
    return documents;
}

std::optional<QList<Field>> read(ProjectStore &store, Id documentId)
{
    if (documentId > 0) {
        return read(store, QList<Id> {documentId});
    }
    const std::optional<QList<Id>> documents = codedDocuments(store);
    return documents ? read(store, *documents) : std::nullopt;
}

std::optional<QList<Field>> read(ProjectStore &store, const QList<Id> &documents)
{
    if (store.schemaVersion() < ProjectStore::TeamSchemaVersion) {
        return QList<Field> {};
    }
    const std::optional<QList<TagRecord>> tags = store.codebook().tags();
    const std::optional<ReviewTeam::Session> me = ReviewTeam::session(store);
    if (!tags || !me) {
        return std::nullopt;
    }
    QHash<QString, QString> tagNames; // "tag:<id>" → "tag:<name>"
    for (const TagRecord &tag : *tags) {
        tagNames.insert(QStringLiteral("tag:%1").arg(tag.id), QStringLiteral("tag:") + tag.name);
    }

    // Every document's units, each with what stands for each of its reviewers, by field.
    struct Unit
    {
        Id document = 0;
        QString name;
        QHash<QString, QHash<QString, std::optional<QString>>> values; // reviewer → field → value
        QHash<QString, bool> claimed;                                  // reviewer → made a claim here
    };
    QList<Unit> units;
    QSet<QString> coders;
    QSet<QString> usedTags;
    for (const Id document : std::as_const(documents)) {
        const std::optional<QList<SentenceCodings>> codings = sentencesAs(store, document, *me);
        if (!codings) {
            return std::nullopt;
        }
        for (const SentenceCodings &sentence : *codings) {
            Unit unit;
            unit.document = document;
            unit.name = QStringLiteral("d%1s%2").arg(document).arg(sentence.ordinal);
            for (const Coding &coding : sentence.codings) {
                coders.insert(coding.reviewer);
                unit.claimed.insert(coding.reviewer, coding.claim.has_value());
                QHash<QString, std::optional<QString>> named;
                const QHash<QString, std::optional<QString>> all = values(sentence, coding);
                for (auto value = all.cbegin(); value != all.cend(); ++value) {
                    const QString field = value.key().startsWith(QLatin1String("tag:"))
                        ? tagNames.value(value.key(), value.key())
                        : value.key();
                    if (field.startsWith(QLatin1String("tag:"))) {
                        usedTags.insert(field);
                    }
                    named.insert(field, *value);
                }
                unit.values.insert(coding.reviewer, named);
            }
            units.append(unit);
        }
    }
    if (coders.isEmpty()) {
        return QList<Field> {};
    }

    // One table per field; a tag is "no" on a claim without it, missing where the reviewer made no claim.
    QStringList fields = attributionFields();
    fields << QStringLiteral("verdict") << QStringLiteral("claimType");
    QStringList sortedTags = usedTags.values();
    sortedTags.sort();
    fields += sortedTags;
    QStringList sortedCoders = coders.values();
    sortedCoders.sort();
    QList<Field> result;
    for (const QString &field : std::as_const(fields)) {
        Field table;
        table.field = field;
        table.data.coders = sortedCoders;
        const bool isTag = field.startsWith(QLatin1String("tag:"));
        for (const Unit &unit : std::as_const(units)) {
            table.data.units.append(unit.name);
            table.documents.append(unit.document);
            QList<std::optional<QString>> row;
            for (const QString &coder : std::as_const(sortedCoders)) {
                std::optional<QString> value = unit.values.value(coder).value(field);
                if (isTag && !value && unit.claimed.value(coder)) {
                    value = QStringLiteral("no");
                }
                row.append(value);
            }
            table.data.values.append(row);
        }
        result.append(table);
    }
    return result;
}

} // namespace Sourcelight::ProjectCodings
