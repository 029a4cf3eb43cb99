#include "reportsummary.h"

#include "claimvocabulary.h"
#include "reporttext.h"

#include <algorithm>

namespace Sourcelight {

ReportSummary ReportSummary::compute(const ReportData &data)
{
    ReportSummary summary;
    for (const ClaimVocabulary::VerdictEntry &e : ClaimVocabulary::verdicts()) {
        summary.verdicts.insert(e.verdict, 0);
    }
    QHash<Id, qsizetype> index;
    const auto share = [&](Id sourceId) -> SourceShare & {
        const auto it = index.constFind(sourceId);
        if (it != index.cend()) {
            return summary.sources[*it];
        }
        SourceShare s;
        s.sourceId = sourceId;
        if (sourceId == 0) {
            s.name = ReportText::restingSourceName(data, nullptr);
        } else {
            s.name = ReportText::sourceName(data, sourceId);
            const ReportSource *source = data.source(sourceId);
            s.anonymous = source && source->kind == SourceKind::Anonymous;
        }
        index.insert(sourceId, summary.sources.size());
        summary.sources.append(s);
        return summary.sources.last();
    };

    summary.documents = data.documents.size();
    for (const ReportDocument &document : data.documents) {
        summary.sentences += document.sentences.size();
        for (const SentenceRecord &sentence : document.sentences) {
            const AttributionRecord *a = document.effectiveAttribution(sentence.id);
            const AttributionHop *hop = ReportText::restingHop(a);
            if (a && a->origin != AttributionOrigin::Suggested) {
                ++summary.confirmedSentences;
            }
            if (hop) {
                ++summary.attributedSentences;
            }
            ++share(hop ? hop->sourceId : 0).sentences;
        }
        for (const ReportClaim &claim : document.claims) {
            ++summary.claims;
            ++summary.verdicts[claim.record.verdict];
            const AttributionHop *hop = ReportText::restingHop(document.effectiveAttribution(claim.record.sentenceId));
            if (hop && ReportText::isAnonymous(data, *hop)) {
                ++summary.anonymousClaims;
            }
            ++share(hop ? hop->sourceId : 0).claims;
        }
    }
    std::stable_sort(summary.sources.begin(), summary.sources.end(), [](const SourceShare &a, const SourceShare &b) {
        if (a.sentences != b.sentences) {
            return a.sentences > b.sentences;
        }
        return a.name < b.name;
    });
    return summary;
}

} // namespace Sourcelight
