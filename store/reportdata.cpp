#include "reportdata.h"

namespace Sourcelight {

void ReportDocument::index()
{
    m_sentenceIndex.clear();
    m_effective.clear();
    m_claimsBySentence.clear();
    m_sentenceIndex.reserve(sentences.size());
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        m_sentenceIndex.insert(sentences.at(i).id, i);
    }
    m_effective.reserve(attributions.size());
    for (qsizetype i = 0; i < attributions.size(); ++i) {
        const AttributionRecord &a = attributions.at(i);
        // A human attribution wins over the suggestion whatever the order they come in.
        const auto it = m_effective.constFind(a.sentenceId);
        if (it == m_effective.cend() || a.origin != AttributionOrigin::Suggested) {
            m_effective.insert(a.sentenceId, i);
        }
    }
    for (qsizetype i = 0; i < claims.size(); ++i) {
        m_claimsBySentence[claims.at(i).record.sentenceId].append(i);
    }
}

const SentenceRecord *ReportDocument::sentence(Id sentenceId) const
{
    const auto it = m_sentenceIndex.constFind(sentenceId);
    return it == m_sentenceIndex.cend() ? nullptr : &sentences.at(*it);
}

const AttributionRecord *ReportDocument::effectiveAttribution(Id sentenceId) const
{
    const auto it = m_effective.constFind(sentenceId);
    return it == m_effective.cend() ? nullptr : &attributions.at(*it);
}

QString ReportDocument::text(const TextSpan &span) const
{
    if (!span.isValid() || span.start > record.body.size()) {
        return {};
    }
    return record.body.mid(span.start, span.length());
}

QString ReportDocument::claimText(const ClaimRecord &claim) const
{
    if (claim.span.isValid()) {
        return text(claim.span);
    }
    const SentenceRecord *s = sentence(claim.sentenceId);
    return s ? sentenceText(*s) : QString();
}

void ReportData::index()
{
    m_sources.clear();
    m_tags.clear();
    m_reviewers.clear();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        m_sources.insert(sources.at(i).id, i);
    }
    for (qsizetype i = 0; i < tags.size(); ++i) {
        m_tags.insert(tags.at(i).id, i);
    }
    for (qsizetype i = 0; i < reviewers.size(); ++i) {
        m_reviewers.insert(reviewers.at(i).id, i);
    }
    for (ReportDocument &document : documents) {
        document.index();
    }
}

const ReportSource *ReportData::source(Id sourceId) const
{
    const auto it = m_sources.constFind(sourceId);
    return it == m_sources.cend() ? nullptr : &sources.at(*it);
}

const TagRecord *ReportData::tag(Id tagId) const
{
    const auto it = m_tags.constFind(tagId);
    return it == m_tags.cend() ? nullptr : &tags.at(*it);
}

const ReportReviewer *ReportData::reviewer(Id reviewerId) const
{
    const auto it = m_reviewers.constFind(reviewerId);
    return it == m_reviewers.cend() ? nullptr : &reviewers.at(*it);
}

QString ReportData::reviewerName(const std::optional<Id> &reviewerId) const
{
    if (!reviewerId) {
        return {};
    }
    const ReportReviewer *r = reviewer(*reviewerId);
    return r ? r->name : QString();
}

qsizetype ReportData::claimCount() const
{
    qsizetype n = 0;
    for (const ReportDocument &document : documents) {
        n += document.claims.size();
    }
    return n;
}

} // namespace Sourcelight
