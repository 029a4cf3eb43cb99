#include "projectcodings.h"

#include "attributiontable.h"
#include "claimtable.h"
#include "projectstore_p.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <map>

namespace Sourcelight::ProjectCodings {

namespace {

constexpr int TeamSchemaVersion = 9; // coder_id, document_reviews (migrations/0009_team_roles.sql)

/// What one reviewer decided on one sentence.
struct Decision
{
    std::optional<QString> source;
    std::optional<QString> anonymity;
    std::optional<QString> quoteType;
    std::optional<QString> verdict;
    std::optional<QString> claimType;
    std::optional<QSet<QString>> tags; ///< set: the reviewer made a claim here
};

struct Sentence
{
    Id id = 0;
    Id documentId = 0;
    int ordinal = 0;
};

/// Asks the server, for as long as it lives, for every coding the connection may read (on a server; a file has
/// no rules to ask).
class ReadingCodings final
{
public:
    explicit ReadingCodings(ProjectStore &store)
        : m_store(store)
    {
        m_ok = !store.onServer() || StoreAccess::execDirect(store, QStringLiteral("SET sourcelight.codings = on"));
    }
    ~ReadingCodings()
    {
        if (m_store.onServer()) {
            StoreAccess::execDirect(m_store, QStringLiteral("RESET sourcelight.codings"));
        }
    }
    Q_DISABLE_COPY_MOVE(ReadingCodings)
    bool ok() const { return m_ok; }

private:
    ProjectStore &m_store;
    bool m_ok = false;
};

QString documentCondition(const QString &column, Id documentId)
{
    return documentId > 0 ? QStringLiteral(" AND %1 = %2").arg(column).arg(documentId) : QString();
}

} // namespace

std::optional<QList<Field>> read(ProjectStore &store, Id documentId)
{
    if (store.schemaVersion() < TeamSchemaVersion) {
        return QList<Field> {};
    }
    ReadingCodings reading(store);
    if (!reading.ok()) {
        return std::nullopt;
    }
    // The coders and what each marked done.
    QMap<QString, Id> coderByName;
    QHash<Id, QString> names;
    QSet<QPair<Id, Id>> done; // (document, reviewer)
    QSqlQuery &coders = StoreAccess::prepared(store,
        QStringLiteral("SELECT r.id, r.name FROM reviewers r WHERE r.id IN (SELECT coder_id FROM attributions UNION "
                       "SELECT coder_id FROM claims UNION SELECT reviewer_id FROM document_reviews)"));
    if (!StoreAccess::exec(store, coders)) {
        return std::nullopt;
    }
    while (coders.next()) {
        coderByName.insert(coders.value(1).toString(), coders.value(0).toLongLong());
        names.insert(coders.value(0).toLongLong(), coders.value(1).toString());
    }
    coders.finish();
    QSqlQuery &marks
        = StoreAccess::prepared(store, QStringLiteral("SELECT document_id, reviewer_id FROM document_reviews"));
    if (!StoreAccess::exec(store, marks)) {
        return std::nullopt;
    }
    while (marks.next()) {
        done.insert({marks.value(0).toLongLong(), marks.value(1).toLongLong()});
    }
    marks.finish();
    if (coderByName.isEmpty()) {
        return QList<Field> {};
    }

    // Each reviewer's decisions, sentence by sentence.
    std::map<Id, QHash<Id, Decision>> decisions; // sentence → coder → decision
    QHash<Id, Decision> suggested;               // sentence → the suggestion
    QSqlQuery &attributions = StoreAccess::prepared(store,
        QStringLiteral("SELECT a.sentence_id, a.coder_id, a.quote_type, h.source_id, h.anonymous FROM attributions a "
                       "JOIN sentences s ON s.id = a.sentence_id "
                       "LEFT JOIN attribution_hops h ON h.attribution_id = a.id AND h.position = 0 "
                       "WHERE (a.coder_id IS NOT NULL OR a.origin = 'suggested')")
            + documentCondition(QStringLiteral("s.document_id"), documentId));
    if (!StoreAccess::exec(store, attributions)) {
        return std::nullopt;
    }
    while (attributions.next()) {
        Decision decision;
        decision.source = attributions.value(3).isNull() ? QStringLiteral("none") : attributions.value(3).toString();
        decision.anonymity = attributions.value(4).toInt() != 0 ? QStringLiteral("anonymous") : QStringLiteral("named");
        decision.quoteType = attributions.value(2).toString();
        const Id sentence = attributions.value(0).toLongLong();
        if (attributions.value(1).isNull()) {
            suggested.insert(sentence, decision);
        } else {
            decisions[sentence].insert(attributions.value(1).toLongLong(), decision);
        }
    }
    attributions.finish();
    QHash<Id, QPair<Id, Id>> claimOwner; // claim → (sentence, coder)
    QSqlQuery &claims = StoreAccess::prepared(store,
        QStringLiteral("SELECT c.id, c.sentence_id, c.coder_id, c.verdict, c.claim_type FROM claims c "
                       "JOIN sentences s ON s.id = c.sentence_id WHERE c.coder_id IS NOT NULL")
            + documentCondition(QStringLiteral("s.document_id"), documentId) + QStringLiteral(" ORDER BY c.id"));
    if (!StoreAccess::exec(store, claims)) {
        return std::nullopt;
    }
    while (claims.next()) {
        const Id sentence = claims.value(1).toLongLong();
        const Id coder = claims.value(2).toLongLong();
        Decision &decision = decisions[sentence][coder];
        if (decision.verdict) {
            continue; // a second claim on the sentence: the first stands for the reviewer's judgement
        }
        decision.verdict = claims.value(3).toString();
        decision.claimType = claims.value(4).toString();
        decision.tags = QSet<QString> {};
        claimOwner.insert(claims.value(0).toLongLong(), {sentence, coder});
    }
    claims.finish();
    QSet<QString> tagNames;
    QSqlQuery &tags = StoreAccess::prepared(store,
        QStringLiteral("SELECT ct.claim_id, t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id "
                       "JOIN claims c ON c.id = ct.claim_id WHERE c.coder_id IS NOT NULL"));
    if (!StoreAccess::exec(store, tags)) {
        return std::nullopt;
    }
    while (tags.next()) {
        const auto owner = claimOwner.constFind(tags.value(0).toLongLong());
        if (owner != claimOwner.cend()) {
            decisions[owner->first][owner->second].tags->insert(tags.value(1).toString());
            tagNames.insert(tags.value(1).toString());
        }
    }
    tags.finish();

    // The sentences of every document someone coded or marked done.
    QSqlQuery &sentences = StoreAccess::prepared(store,
        QStringLiteral("SELECT s.id, s.document_id, s.ordinal FROM sentences s WHERE (s.document_id IN (SELECT "
                       "document_id FROM document_reviews) OR s.id IN (SELECT sentence_id FROM attributions WHERE "
                       "coder_id IS NOT NULL) OR s.id IN (SELECT sentence_id FROM claims WHERE coder_id IS NOT NULL))")
            + documentCondition(QStringLiteral("s.document_id"), documentId)
            + QStringLiteral(" ORDER BY s.document_id, s.ordinal"));
    if (!StoreAccess::exec(store, sentences)) {
        return std::nullopt;
    }
    QList<Sentence> units;
    while (sentences.next()) {
        units.append({sentences.value(0).toLongLong(), sentences.value(1).toLongLong(), sentences.value(2).toInt()});
    }
    sentences.finish();

    // One table per field.
    const QList<Id> coderIds = coderByName.values();
    QStringList fields = {QStringLiteral("source"), QStringLiteral("anonymity"), QStringLiteral("quoteType"),
        QStringLiteral("verdict"), QStringLiteral("claimType")};
    QStringList sortedTags = tagNames.values();
    sortedTags.sort();
    for (const QString &tag : std::as_const(sortedTags)) {
        fields.append(QStringLiteral("tag:") + tag);
    }
    QList<Field> result;
    for (const QString &field : std::as_const(fields)) {
        Field table;
        table.field = field;
        table.data.coders = coderByName.keys();
        for (const Sentence &unit : std::as_const(units)) {
            table.data.units.append(QStringLiteral("d%1s%2").arg(unit.documentId).arg(unit.ordinal));
            QList<std::optional<QString>> row;
            const auto own = decisions.find(unit.id);
            for (const Id coder : coderIds) {
                const Decision *decision = nullptr;
                if (own != decisions.end() && own->second.contains(coder)) {
                    decision = &own->second[coder];
                }
                const bool isDone = done.contains({unit.documentId, coder});
                std::optional<QString> value;
                if (field == QLatin1String("source") || field == QLatin1String("anonymity")
                    || field == QLatin1String("quoteType")) {
                    Decision standing;
                    if (decision && decision->source) {
                        standing = *decision;
                    } else if (isDone) {
                        standing = suggested.value(unit.id,
                            Decision {
                                QStringLiteral("none"), QStringLiteral("named"), QStringLiteral("none"), {}, {}, {}});
                    }
                    value = field == QLatin1String("source")  ? standing.source
                        : field == QLatin1String("anonymity") ? standing.anonymity
                                                              : standing.quoteType;
                } else if (decision && decision->tags) {
                    if (field == QLatin1String("verdict")) {
                        value = decision->verdict;
                    } else if (field == QLatin1String("claimType")) {
                        value = decision->claimType;
                    } else {
                        value = decision->tags->contains(field.mid(4)) ? QStringLiteral("yes") : QStringLiteral("no");
                    }
                }
                row.append(value);
            }
            table.data.values.append(row);
        }
        result.append(table);
    }
    return result;
}

namespace {

/// What a coding says about a sentence, as comparable text: the effective attribution's first source, anonymity and
/// quote type, and the claim's verdict, type and tags.
QStringList comparable(const Coding &coding, const std::optional<AttributionRecord> &suggestion)
{
    const std::optional<AttributionRecord> &standing = coding.attribution ? coding.attribution : suggestion;
    QStringList values;
    if (standing && !standing->hops.isEmpty()) {
        values << QString::number(standing->hops.first().sourceId)
               << (standing->hops.first().anonymous ? QStringLiteral("anonymous") : QStringLiteral("named"));
    } else {
        values << QStringLiteral("none") << QStringLiteral("named");
    }
    values << QString::number(int(standing ? standing->quote : QuoteType::None));
    if (coding.claim) {
        QList<Id> tags = coding.claim->tagIds;
        std::sort(tags.begin(), tags.end());
        QStringList tagText;
        for (const Id tag : std::as_const(tags)) {
            tagText << QString::number(tag);
        }
        values << QString::number(int(coding.claim->verdict)) << QString::number(int(coding.claim->type))
               << tagText.join(QLatin1Char(','));
    } else {
        values << QStringLiteral("no claim");
    }
    return values;
}

} // namespace

std::optional<QList<SentenceCodings>> sentences(ProjectStore &store, Id documentId)
{
    if (store.schemaVersion() < TeamSchemaVersion) {
        return QList<SentenceCodings> {};
    }
    std::map<int, SentenceCodings> bySentence; // ordinal → codings
    QHash<Id, int> ordinals;                   // sentence → ordinal
    QMap<QString, Id> reviewers;               // name → id, of those who coded the document or marked it done
    QSet<Id> done;
    {
        ReadingCodings reading(store);
        if (!reading.ok()) {
            return std::nullopt;
        }
        QSqlQuery &rows = StoreAccess::prepared(store,
            QStringLiteral("SELECT 'a', a.id, a.sentence_id, a.coder_id, s.ordinal, r.name FROM attributions a "
                           "JOIN sentences s ON s.id = a.sentence_id JOIN reviewers r ON r.id = a.coder_id "
                           "WHERE s.document_id = :d1 "
                           "UNION ALL SELECT 'c', c.id, c.sentence_id, c.coder_id, s.ordinal, r.name FROM claims c "
                           "JOIN sentences s ON s.id = c.sentence_id JOIN reviewers r ON r.id = c.coder_id "
                           "WHERE s.document_id = :d2 "
                           "UNION ALL SELECT 'd', 0, 0, r.id, 0, r.name FROM document_reviews d "
                           "JOIN reviewers r ON r.id = d.reviewer_id WHERE d.document_id = :d3 ORDER BY 2"));
        rows.bindValue(QStringLiteral(":d1"), documentId);
        rows.bindValue(QStringLiteral(":d2"), documentId);
        rows.bindValue(QStringLiteral(":d3"), documentId);
        if (!StoreAccess::exec(store, rows)) {
            return std::nullopt;
        }
        struct Row
        {
            QString what;
            Id id;
            Id sentence;
            Id coder;
        };
        QList<Row> found;
        while (rows.next()) {
            const Id coder = rows.value(3).toLongLong();
            reviewers.insert(rows.value(5).toString(), coder);
            if (rows.value(0).toString() == QLatin1String("d")) {
                done.insert(coder);
                continue;
            }
            found.append({rows.value(0).toString(), rows.value(1).toLongLong(), rows.value(2).toLongLong(), coder});
            ordinals.insert(rows.value(2).toLongLong(), rows.value(4).toInt());
        }
        rows.finish();
        // Each reviewer's records, read whole by the tables (still reading codings).
        QHash<QPair<Id, Id>, Coding> codings; // (sentence, coder) → coding
        for (const Row &row : std::as_const(found)) {
            Coding &coding = codings[{row.sentence, row.coder}];
            coding.reviewerId = row.coder;
            if (row.what == QLatin1String("a")) {
                coding.attribution = store.attributions().attribution(row.id);
                if (!coding.attribution) {
                    return std::nullopt;
                }
            } else if (!coding.claim) { // the first claim stands for the reviewer's judgement of the sentence
                coding.claim = store.claims().claim(row.id);
                if (!coding.claim) {
                    return std::nullopt;
                }
            }
        }
        for (auto it = codings.cbegin(); it != codings.cend(); ++it) {
            SentenceCodings &sentence = bySentence[ordinals.value(it.key().first)];
            sentence.sentenceId = it.key().first;
            sentence.ordinal = ordinals.value(it.key().first);
        }
        // Every sentence coded by someone gets a coding from each reviewer who coded it or is done with the document.
        for (auto &[ordinal, sentence] : bySentence) {
            for (auto reviewer = reviewers.cbegin(); reviewer != reviewers.cend(); ++reviewer) {
                const auto coding = codings.constFind({sentence.sentenceId, reviewer.value()});
                if (coding == codings.cend() && !done.contains(reviewer.value())) {
                    continue;
                }
                Coding entry = coding == codings.cend() ? Coding {} : *coding;
                entry.reviewerId = reviewer.value();
                entry.reviewer = reviewer.key();
                sentence.codings.append(entry);
            }
        }
    }
    // The suggestions (common to all) decide what stands for a reviewer who made no attribution.
    QList<SentenceCodings> result;
    for (auto &[ordinal, sentence] : bySentence) {
        const std::optional<QList<AttributionRecord>> all = store.attributions().forSentence(sentence.sentenceId);
        if (!all) {
            return std::nullopt;
        }
        std::optional<AttributionRecord> suggestion;
        for (const AttributionRecord &record : *all) {
            if (record.origin == AttributionOrigin::Suggested) {
                suggestion = record;
            }
        }
        for (qsizetype i = 1; i < sentence.codings.size(); ++i) {
            if (comparable(sentence.codings.at(i), suggestion) != comparable(sentence.codings.at(0), suggestion)) {
                sentence.disagree = true;
            }
        }
        result.append(sentence);
    }
    return result;
}

} // namespace Sourcelight::ProjectCodings
