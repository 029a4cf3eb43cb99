#pragma once

#include "reportwriter.h"

#include <QJsonArray>

namespace Sourcelight {

/// schema.org ClaimReview JSON-LD (what search engines and fact-check aggregators read): an array with one
/// ClaimReview per claim that has a verdict. claimReviewed is the claim's text, shortened, never the verdict;
/// reviewRating carries the verdict (alternateName) on a 1–5 scale; itemReviewed is a Claim whose author is the
/// source it rests on and whose appearance is the article; the author is the reviewing organisation passed in the
/// options. resources/schemas/claimreview.schema.json states these rules as a JSON Schema.
class ClaimReviewWriter final : public ReportWriter
{
    // Its own context, as lupdate files its strings (ReportWriter's would leave them untranslated).
    Q_DECLARE_TR_FUNCTIONS(Sourcelight::ClaimReviewWriter)

public:
    /// How long claimReviewed may be (fact-check aggregators show it in one line).
    static constexpr qsizetype MaxClaimLength = 160;

    bool write(const ReportData &data, const ReportOptions &options, QIODevice &device) override;
    QJsonArray toJson(const ReportData &data, const ReportOptions &options);

    /// The rating of a verdict: 1 (false) … 5 (supported); 0 for unverified, which is never exported.
    static int ratingValue(Verdict verdict);
    /// text, whitespace collapsed, cut at a word boundary to at most MaxClaimLength characters ("…" added).
    static QString shortened(const QString &text);
};

} // namespace Sourcelight
