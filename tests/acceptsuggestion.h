#pragma once

// What Project::acceptSuggestion() writes when the analyst accepts a sentence's suggestion (through its undo command),
// for tests that work on a ProjectStore directly: a confirmed copy of the suggestion as the human attribution.

#include "attributiontable.h"
#include "projectstore.h"

#include <optional>

namespace Sourcelight::TestSupport {

/// The id of the confirmed attribution, or nullopt when the sentence has no suggestion (or on a database error).
inline std::optional<Id> acceptSuggestion(ProjectStore &store, Id sentenceId)
{
    const std::optional<QList<AttributionRecord>> all = store.attributions().forSentence(sentenceId);
    if (!all) {
        return std::nullopt;
    }
    for (AttributionRecord record : *all) {
        if (record.origin == AttributionOrigin::Suggested) {
            record.origin = AttributionOrigin::Confirmed;
            return store.attributions().setHumanAttribution(sentenceId, record);
        }
    }
    return std::nullopt;
}

} // namespace Sourcelight::TestSupport
