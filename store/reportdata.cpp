#include "reportdata.h"

namespace Sourcelight {

namespace {

/// Fills index with the position of each record of list under the record's id.
template<typename Record> void indexById(QHash<Id, qsizetype> &index, const QList<Record> &list)
{
    index.clear();
    index.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        index.insert(list.at(i).id, i);
    }
}

/// The record of list that index places under id, or nullptr.
template<typename Record> const Record *byId(const QHash<Id, qsizetype> &index, const QList<Record> &list, Id id)
{
    const auto it = index.constFind(id);
    return it == index.cend() ? nullptr : &list.at(*it);
}

} // namespace

void ReportDocument::index()
{
    indexById(m_sentenceIndex, sentences);
    m_effective.clear();
    m_claimsBySentence.clear();
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
    return byId(m_sentenceIndex, sentences, sentenceId);
}

const AttributionRecord *ReportDocument::effectiveAttribution(Id sentenceId) const
{
    return byId(m_effective, attributions, sentenceId);
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
    indexById(m_sources, sources);
    indexById(m_tags, tags);
    indexById(m_reviewers, reviewers);
    for (ReportDocument &document : documents) {
        document.index();
    }
    m_agreementOf.clear();
    for (qsizetype i = 0; i < agreement.size(); ++i) {
        m_agreementOf[agreement.at(i).documentId].append(i);
    }
}

const ReportSource *ReportData::source(Id sourceId) const
{
    return byId(m_sources, sources, sourceId);
}

const TagRecord *ReportData::tag(Id tagId) const
{
    return byId(m_tags, tags, tagId);
}

const ReportReviewer *ReportData::reviewer(Id reviewerId) const
{
    return byId(m_reviewers, reviewers, reviewerId);
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

QList<ReportAgreement> ReportData::agreementOf(Id documentId) const
{
    QList<ReportAgreement> result;
    for (const qsizetype entry : m_agreementOf.value(documentId)) {
        result.append(agreement.at(entry));
    }
    return result;
}

} // namespace Sourcelight
