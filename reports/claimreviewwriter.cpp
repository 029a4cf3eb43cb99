#include "claimreviewwriter.h"

#include "claimvocabulary.h"
#include "reporttext.h"
#include "webaddress.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Sourcelight {

int ClaimReviewWriter::ratingValue(Verdict verdict)
{
    return ClaimVocabulary::entry(verdict).rating;
}

QString ClaimReviewWriter::shortened(const QString &text)
{
    QString simple = text.simplified();
    if (simple.size() <= MaxClaimLength) {
        return simple;
    }
    qsizetype cut = simple.lastIndexOf(QLatin1Char(' '), MaxClaimLength - 1);
    if (cut < MaxClaimLength / 2) {
        cut = MaxClaimLength - 1;
    }
    if (cut > 0 && simple.at(cut - 1).isHighSurrogate()) {
        --cut;
    }
    return simple.left(cut).trimmed() + QChar(0x2026);
}

QJsonArray ClaimReviewWriter::toJson(const ReportData &data, const ReportOptions &options)
{
    QJsonArray reviews;
    const QString base = ReportText::baseIri(data, options);
    QJsonObject organisation {{QStringLiteral("@type"), QStringLiteral("Organization")},
        {QStringLiteral("name"),
            options.organisation.isEmpty() ? tr("Unnamed fact-checking organisation") : options.organisation}};
    if (WebAddress::isWebUrl(options.organisationUrl)) {
        organisation.insert(QStringLiteral("url"), options.organisationUrl.trimmed());
    }
    for (qsizetype d = 0; d < data.documents.size(); ++d) {
        const ReportDocument &document = data.documents.at(d);
        const DocumentMetadata &m = document.record.metadata;
        for (const ReportClaim &c : document.claims) {
            const ClaimRecord &claim = c.record;
            if (claim.verdict == Verdict::Unverified) {
                continue;
            }
            const AttributionHop *hop = ReportText::restingHop(document.effectiveAttribution(claim.sentenceId));
            QJsonObject author;
            if (hop) {
                const ReportSource *source = data.source(hop->sourceId);
                author
                    = QJsonObject {{QStringLiteral("@type"),
                                       source && source->kind == SourceKind::Person ? QStringLiteral("Person")
                                                                                    : QStringLiteral("Organization")},
                        {QStringLiteral("name"), ReportText::sourceName(data, hop->sourceId)}};
            } else if (!m.author.isEmpty()) {
                author = QJsonObject {
                    {QStringLiteral("@type"), QStringLiteral("Person")}, {QStringLiteral("name"), m.author}};
            } else {
                author = QJsonObject {{QStringLiteral("@type"), QStringLiteral("Organization")},
                    {QStringLiteral("name"), m.outlet.isEmpty() ? tr("Unknown") : m.outlet}};
            }
            QJsonObject appearance {{QStringLiteral("@type"), QStringLiteral("CreativeWork")}};
            if (WebAddress::isWebUrl(m.url)) {
                appearance.insert(QStringLiteral("url"), m.url.trimmed());
            }
            if (!m.title.isEmpty()) {
                appearance.insert(QStringLiteral("headline"), m.title);
            }
            if (!m.published.isEmpty()) {
                appearance.insert(QStringLiteral("datePublished"), m.published);
            }
            if (!m.outlet.isEmpty()) {
                appearance.insert(QStringLiteral("publisher"),
                    QJsonObject {
                        {QStringLiteral("@type"), QStringLiteral("Organization")}, {QStringLiteral("name"), m.outlet}});
            }
            QJsonObject item {{QStringLiteral("@type"), QStringLiteral("Claim")}, {QStringLiteral("author"), author},
                {QStringLiteral("appearance"), appearance}};
            if (!m.published.isEmpty()) {
                item.insert(QStringLiteral("datePublished"), m.published);
            }
            const QString url = WebAddress::isWebUrl(options.organisationUrl)
                ? QString(options.organisationUrl.trimmed() + QStringLiteral("#claim-") + QString::number(claim.id))
                : QString(base + QStringLiteral(":claim:") + QString::number(claim.id));
            const QDateTime reviewed
                = claim.updatedAt.isValid() ? claim.updatedAt : ReportText::generatedAt(data, options);
            reviews.append(QJsonObject {{QStringLiteral("@context"), QStringLiteral("https://schema.org")},
                {QStringLiteral("@type"), QStringLiteral("ClaimReview")}, {QStringLiteral("url"), url},
                {QStringLiteral("claimReviewed"), shortened(document.claimText(claim))},
                {QStringLiteral("reviewRating"),
                    QJsonObject {{QStringLiteral("@type"), QStringLiteral("Rating")},
                        {QStringLiteral("ratingValue"), ratingValue(claim.verdict)}, {QStringLiteral("bestRating"), 5},
                        {QStringLiteral("worstRating"), 1},
                        {QStringLiteral("alternateName"), ReportText::verdictLabel(claim.verdict)}}},
                {QStringLiteral("itemReviewed"), item}, {QStringLiteral("author"), organisation},
                {QStringLiteral("datePublished"), reviewed.toUTC().date().toString(Qt::ISODate)}});
        }
        if (!progress(d + 1, data.documents.size())) {
            return {};
        }
    }
    return reviews;
}

bool ClaimReviewWriter::write(const ReportData &data, const ReportOptions &options, QIODevice &device)
{
    return writeJson(device, QJsonDocument(toJson(data, options)), options);
}

} // namespace Sourcelight
