#pragma once

#include "reportdata.h"

#include <QList>
#include <QMap>

namespace Sourcelight {

/// The figures at the top of a report: what the sentences rest on, how many claims rest on anonymous sources,
/// and the verdicts. Computed once from a ReportData and shared by the HTML, PDF and Markdown writers.
struct ReportSummary
{
    struct SourceShare
    {
        Id sourceId = 0; ///< 0: the article's own voice
        QString name;
        qsizetype sentences = 0;
        qsizetype claims = 0;
        bool anonymous = false;
    };

    qsizetype documents = 0;
    qsizetype sentences = 0;
    qsizetype attributedSentences = 0; ///< resting on a source other than the article's own voice
    qsizetype confirmedSentences = 0;  ///< with a confirmed or edited attribution
    qsizetype claims = 0;
    qsizetype anonymousClaims = 0;
    QList<SourceShare> sources;        ///< most sentences first
    QMap<Verdict, qsizetype> verdicts; ///< every verdict, zero counts included

    static ReportSummary compute(const ReportData &data);
};

} // namespace Sourcelight
