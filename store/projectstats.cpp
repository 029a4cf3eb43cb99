#include "projectstats.h"

#include "claimvocabulary.h"
#include "projectstore_p.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace Sourcelight {

namespace {

// Each current sentence with the attribution that counts for it.
const QString Effective
    = QStringLiteral("WITH eff AS (SELECT s.id AS sentence_id, e.attribution_id, COALESCE(e.human, 0) AS reviewed "
                     "FROM sentences s JOIN documents d ON d.id = s.document_id "
                     "LEFT JOIN effective_attributions e ON e.sentence_id = s.id WHERE d.superseded_by IS NULL) ");

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

} // namespace

std::optional<ProjectStats> ProjectStats::compute(ProjectStore &store)
{
    ProjectStats stats;
    QSqlQuery query(StoreAccess::database(store));
    query.setForwardOnly(true);
    const auto run = [&](const QString &sql) {
        if (!query.exec(sql)) {
            StoreAccess::setSqlError(store, query.lastError());
            return false;
        }
        return true;
    };
    if (!run(QStringLiteral("SELECT count(*) FROM documents WHERE superseded_by IS NULL")) || !query.next()) {
        return std::nullopt;
    }
    stats.documents = query.value(0).toLongLong();
    if (!run(Effective
            + QStringLiteral("SELECT count(*), "
                             "sum(CASE WHEN a.scope <> 'author' AND EXISTS (SELECT 1 FROM attribution_hops h "
                             "WHERE h.attribution_id = a.id) THEN 1 ELSE 0 END), "
                             "sum(CASE WHEN eff.reviewed > 0 THEN 1 ELSE 0 END) "
                             "FROM eff LEFT JOIN attributions a ON a.id = eff.attribution_id"))
        || !query.next()) {
        return std::nullopt;
    }
    stats.sentences = query.value(0).toLongLong();
    stats.attributedSentences = query.value(1).toLongLong();
    stats.reviewedSentences = query.value(2).toLongLong();
    if (!run(Effective
            + QStringLiteral("SELECT count(*), sum(CASE WHEN EXISTS (SELECT 1 FROM attribution_hops h JOIN sources so "
                             "ON so.id = h.source_id WHERE h.attribution_id = eff.attribution_id AND h.position = 0 "
                             "AND (h.anonymous = 1 OR so.kind = 'anonymous')) THEN 1 ELSE 0 END) "
                             "FROM claims c JOIN eff ON eff.sentence_id = c.sentence_id"))
        || !query.next()) {
        return std::nullopt;
    }
    stats.claims = query.value(0).toLongLong();
    stats.anonymousClaims = query.value(1).toLongLong();
    // Sentences per source, then claims per source: two grouped joins (a correlated count per source would
    // rescan every sentence for every source).
    if (!run(Effective
            + QStringLiteral("SELECT so.id, so.name, so.kind, count(*) FROM eff JOIN attribution_hops h "
                             "ON h.attribution_id = eff.attribution_id AND h.position = 0 "
                             "JOIN sources so ON so.id = h.source_id GROUP BY so.id, so.name, so.kind "
                             "ORDER BY count(*) DESC, so.name"))) {
        return std::nullopt;
    }
    while (query.next()) {
        SourceCounts counts;
        counts.sourceId = query.value(0).toLongLong();
        counts.name = query.value(1).toString();
        counts.kind = sourceKindFromString(query.value(2).toString()).value_or(SourceKind::Person);
        counts.sentences = query.value(3).toLongLong();
        stats.perSource.append(counts);
    }
    if (!run(Effective
            + QStringLiteral("SELECT h.source_id, count(*) FROM claims c JOIN eff ON eff.sentence_id = c.sentence_id "
                             "JOIN attribution_hops h ON h.attribution_id = eff.attribution_id AND h.position = 0 "
                             "GROUP BY h.source_id"))) {
        return std::nullopt;
    }
    QHash<Id, qint64> claimsPerSource;
    while (query.next()) {
        claimsPerSource.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    }
    for (SourceCounts &counts : stats.perSource) {
        counts.claims = claimsPerSource.value(counts.sourceId);
    }
    if (!run(Effective
            + QStringLiteral("SELECT c.verdict, count(*) FROM claims c JOIN eff ON eff.sentence_id = c.sentence_id "
                             "GROUP BY c.verdict"))) {
        return std::nullopt;
    }
    QHash<QString, qint64> verdicts;
    while (query.next()) {
        verdicts.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    for (const ClaimVocabulary::VerdictEntry &e : ClaimVocabulary::verdicts()) {
        stats.perVerdict.append({e.verdict, verdicts.value(QString::fromLatin1(e.key))});
    }
    return stats;
}

QJsonObject ProjectStats::toJson() const
{
    QJsonArray sources;
    for (const SourceCounts &s : perSource) {
        sources.append(QJsonObject {{QStringLiteral("id"), s.sourceId}, {QStringLiteral("name"), s.name},
            {QStringLiteral("kind"), toString(s.kind)}, {QStringLiteral("sentences"), s.sentences},
            {QStringLiteral("claims"), s.claims}});
    }
    QJsonObject verdictCounts;
    for (const auto &[verdict, count] : perVerdict) {
        verdictCounts.insert(toString(verdict), count);
    }
    return {
        {QStringLiteral("documents"), documents},
        {QStringLiteral("sentences"), sentences},
        {QStringLiteral("attributed_sentences"), attributedSentences},
        {QStringLiteral("attributed_share"), attributedShare()},
        {QStringLiteral("reviewed_sentences"), reviewedSentences},
        {QStringLiteral("claims"), claims},
        {QStringLiteral("anonymous_claims"), anonymousClaims},
        {QStringLiteral("anonymous_claim_share"), anonymousClaimShare()},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("verdicts"), verdictCounts},
    };
}

QString ProjectStats::toText() const
{
    QString text;
    const auto line = [&text](const QString &label, const QString &value) {
        text += QStringLiteral("%1  %2\n").arg(label, -36).arg(value);
    };
    line(tr("Documents"), QString::number(documents));
    line(tr("Sentences"), QString::number(sentences));
    line(
        tr("Attributed sentences"), QStringLiteral("%1 (%2)").arg(attributedSentences).arg(percent(attributedShare())));
    line(tr("Reviewed sentences"), QString::number(reviewedSentences));
    line(tr("Claims", "claim: a reviewed statement"), QString::number(claims));
    line(tr("Claims resting on anonymous sources"),
        QStringLiteral("%1 (%2)").arg(anonymousClaims).arg(percent(anonymousClaimShare())));
    text += QLatin1Char('\n') + tr("Per verdict", "verdict: the finding about a claim") + QLatin1Char('\n');
    for (const auto &[verdict, count] : perVerdict) {
        text += QStringLiteral("  %1  %2\n").arg(toString(verdict), -14).arg(count, 8);
    }
    text += QLatin1Char('\n') + tr("Per source", "source: who a claim comes from") + QLatin1Char('\n');
    text += QStringLiteral("  %1  %2  %3  %4\n")
                .arg(tr("Source", "source: who a claim comes from"), -40)
                .arg(tr("Kind"), -14)
                .arg(tr("Sentences"), 9)
                .arg(tr("Claims", "claim: a reviewed statement"), 7);
    for (const SourceCounts &s : perSource) {
        text += QStringLiteral("  %1  %2  %3  %4\n")
                    .arg(s.name.left(40), -40)
                    .arg(toString(s.kind), -14)
                    .arg(s.sentences, 9)
                    .arg(s.claims, 7);
    }
    return text;
}

} // namespace Sourcelight
