#pragma once

#include "storetypes.h"

#include <QString>

#include <optional>

namespace Sourcelight {

/// Which claims to show: the one filter behind the Claims dock (ProjectQueries::claimRows) and reports
/// (ReportRequest, `sourcelight export --filter`). Unset members do not filter; set ones must all hold. "The source
/// a claim rests on" is the first hop of its sentence's effective attribution (the analyst's if any, else the
/// suggestion), the copy kept on the claim.
struct ClaimFilter
{
    std::optional<Id> documentId;
    std::optional<Id> sourceId; ///< the source the claim rests on
    std::optional<SourceKind> sourceKind;
    /// The claim rests / does not rest on an anonymous source (an anonymous hop or a source of kind anonymous).
    std::optional<bool> anonymous;
    bool onlyVerified = false; ///< a verdict other than unverified
    std::optional<Verdict> verdict;
    std::optional<ClaimType> type;
    QString reviewer; ///< reviewer name, exact
    QString text;     ///< full-text query over the sentence and the note (ignored without a full-text index)

    bool isEmpty() const { return *this == ClaimFilter {}; }

    friend bool operator==(const ClaimFilter &, const ClaimFilter &) = default;
};

} // namespace Sourcelight
