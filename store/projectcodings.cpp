#include "projectcodings.h"

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

} // namespace Sourcelight::ProjectCodings
