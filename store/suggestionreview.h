#pragma once

#include "storetypes.h"
#include "suggestionscore.h"

#include <QList>

#include <optional>

namespace Sourcelight {

class ProjectStore;

/// The store's side of "How good were the suggestions?": the sentences an analyst has reviewed, each with the
/// suggestion it had and the analyst's decision, as SuggestionScore (analysis/) counts them.
namespace SuggestionReview {

/// Every sentence with both a suggested and a human (confirmed or edited) attribution, in document and sentence
/// order; of one document when documentId is given. nullopt when the store could not be read (its errorString()).
std::optional<QList<ReviewedSuggestion>> reviewedSuggestions(ProjectStore &store, std::optional<Id> documentId = {});

/// The score of those sentences.
std::optional<SuggestionScore> score(ProjectStore &store, std::optional<Id> documentId = {});

} // namespace SuggestionReview

} // namespace Sourcelight
