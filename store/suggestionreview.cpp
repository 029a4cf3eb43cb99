#include "suggestionreview.h"

#include "projectstore_p.h"

#include <QSqlQuery>

namespace Sourcelight::SuggestionReview {

std::optional<QList<ReviewedSuggestion>> reviewedSuggestions(ProjectStore &store, std::optional<Id> documentId)
{
    // The partial unique indexes make the pair unique: one suggestion and one human attribution per sentence.
    QSqlQuery &select = StoreAccess::prepared(store,
        QStringLiteral("SELECT d.language, s.cue_text, s.scope, sh.source_id, src.kind, hh.source_id "
                       "FROM attributions s "
                       "JOIN attributions h ON h.sentence_id = s.sentence_id AND h.origin <> 'suggested' "
                       "JOIN sentences se ON se.id = s.sentence_id "
                       "JOIN documents d ON d.id = se.document_id "
                       "LEFT JOIN attribution_hops sh ON sh.attribution_id = s.id AND sh.position = 0 "
                       "LEFT JOIN sources src ON src.id = sh.source_id "
                       "LEFT JOIN attribution_hops hh ON hh.attribution_id = h.id AND hh.position = 0 "
                       "WHERE s.origin = 'suggested' AND (:all = 1 OR se.document_id = :document) "
                       "ORDER BY se.document_id, se.ordinal"));
    select.bindValue(QStringLiteral(":all"), documentId ? 0 : 1);
    select.bindValue(QStringLiteral(":document"), documentId.value_or(0));
    if (!StoreAccess::exec(store, select)) {
        return std::nullopt;
    }
    QList<ReviewedSuggestion> rows;
    while (select.next()) {
        ReviewedSuggestion r;
        r.language = languageFromCode(select.value(0).toString());
        r.cueText = select.value(1).toString();
        r.scope = scopeFromString(select.value(2).toString()).value_or(AttributionScope::Author);
        r.suggestedSource = select.value(3).toLongLong();
        r.suggestedKind = select.value(4).isNull() ? std::nullopt : sourceKindFromString(select.value(4).toString());
        r.reviewedSource = select.value(5).toLongLong();
        rows.append(r);
    }
    select.finish();
    return rows;
}

std::optional<SuggestionScore> score(ProjectStore &store, std::optional<Id> documentId)
{
    const std::optional<QList<ReviewedSuggestion>> rows = reviewedSuggestions(store, documentId);
    if (!rows) {
        return std::nullopt;
    }
    SuggestionScore result;
    for (const ReviewedSuggestion &r : *rows) {
        result.add(r);
    }
    return result;
}

} // namespace Sourcelight::SuggestionReview
