#include "webannotationwriter.h"

#include "codepointmap.h"
#include "reporttext.h"
#include "webaddress.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QUrl>

namespace Sourcelight {

namespace {

constexpr qsizetype ContextLength = 32; // code points of prefix and suffix

QJsonObject textBody(const QString &purpose, const QString &value)
{
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("TextualBody")}, {QStringLiteral("purpose"), purpose},
        {QStringLiteral("value"), value}, {QStringLiteral("format"), QStringLiteral("text/plain")}};
}

QJsonObject generator()
{
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("Software")},
        {QStringLiteral("name"), QStringLiteral("Sourcelight %1").arg(QStringLiteral(SOURCELIGHT_VERSION))}};
}

/// Text of [from, to) in code points of body, given its map.
QString codePointSlice(const QString &body, const CodePointMap &map, qsizetype from, qsizetype to)
{
    const qsizetype start = map.toUtf16(qMax<qsizetype>(0, from));
    const qsizetype end = map.toUtf16(qMax(from, to));
    return body.mid(start, end - start);
}

QJsonObject target(const ReportDocument &document, const CodePointMap &map, const TextSpan &span, const QString &iri)
{
    const QString &body = document.record.body;
    const qsizetype start = map.toCodePoint(span.start);
    const qsizetype end = map.toCodePoint(span.end);
    QJsonObject quote {{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
        {QStringLiteral("exact"), codePointSlice(body, map, start, end)}};
    const QString prefix = codePointSlice(body, map, start - ContextLength, start);
    const QString suffix = codePointSlice(body, map, end, end + ContextLength);
    if (!prefix.isEmpty()) {
        quote.insert(QStringLiteral("prefix"), prefix);
    }
    if (!suffix.isEmpty()) {
        quote.insert(QStringLiteral("suffix"), suffix);
    }
    const QJsonObject position {{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
        {QStringLiteral("start"), qint64(start)}, {QStringLiteral("end"), qint64(end)}};
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("SpecificResource")}, {QStringLiteral("source"), iri},
        {QStringLiteral("selector"), QJsonArray {quote, position}}};
}

/// The JSON-LD context every Annotation, Page and Collection names: each may be read on its own (model 3.1, 5.1,
/// 5.2), so none relies on the collection's context.
QString annotationContext()
{
    return QStringLiteral("http://www.w3.org/ns/anno.jsonld");
}

QJsonObject agent(const QString &name)
{
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("Person")}, {QStringLiteral("name"), name}};
}

} // namespace

QString WebAnnotationWriter::documentIri(const ReportDocument &document, const QString &base)
{
    const QString &url = document.record.metadata.url;
    if (WebAddress::isWebUrl(url)) {
        return QString::fromLatin1(QUrl(url.trimmed()).toEncoded(QUrl::FullyEncoded));
    }
    return QString(base + QStringLiteral(":document:") + QString::number(document.record.id));
}

namespace {

/// Makes the annotations of one report: one per attributed sentence without a claim, one per claim.
class Annotator final
{
public:
    Annotator(const ReportData &data, const ReportOptions &options, const QString &base)
        : m_data(data)
        , m_options(options)
        , m_base(base)
        , m_generated(ReportText::timestamp(ReportText::generatedAt(data, options)))
    {
    }

    /// Appends the annotations of one document to items.
    void annotateDocument(const ReportDocument &document, QJsonArray &items) const
    {
        const CodePointMap map(document.record.body);
        const QString iri = WebAnnotationWriter::documentIri(document, m_base);
        QSet<Id> claimed;
        for (const ReportClaim &c : document.claims) {
            claimed.insert(c.record.sentenceId);
        }
        for (const SentenceRecord &sentence : document.sentences) {
            const AttributionRecord *a = document.effectiveAttribution(sentence.id);
            if (!claimed.contains(sentence.id) && ReportText::restingHop(a)) {
                items.append(annotation(QStringLiteral(":annotation:sentence-") + QString::number(sentence.id),
                    QStringLiteral("identifying"), a->reviewerId, sourceBodies(a),
                    target(document, map, sentence.span, iri), a->createdAt, a->updatedAt));
            }
            for (const qsizetype index : document.claimsOf(sentence.id)) {
                const ReportClaim &c = document.claims.at(index);
                const ClaimRecord &claim = c.record;
                QJsonArray bodies = sourceBodies(a);
                appendClaimBodies(c, bodies);
                items.append(annotation(QStringLiteral(":annotation:claim-") + QString::number(claim.id),
                    QStringLiteral("assessing"), claim.reviewerId, bodies,
                    target(document, map, claim.span.isValid() ? claim.span : sentence.span, iri), claim.createdAt,
                    claim.updatedAt));
            }
        }
    }

private:
    QJsonValue creator(const std::optional<Id> &reviewerId) const
    {
        const QString name = m_data.reviewerName(reviewerId);
        if (!name.isEmpty()) {
            QJsonObject person = agent(name);
            person.insert(
                QStringLiteral("id"), QString(m_base + QStringLiteral(":reviewer:") + QString::number(*reviewerId)));
            return person;
        }
        if (!m_options.creator.isEmpty()) {
            return agent(m_options.creator);
        }
        return generator();
    }

    QJsonArray sourceBodies(const AttributionRecord *a) const
    {
        QJsonArray bodies;
        const AttributionHop *hop = ReportText::restingHop(a);
        if (!hop) {
            bodies.append(textBody(QStringLiteral("identifying"), ReportText::restingSourceName(m_data, nullptr)));
            return bodies;
        }
        // The source as a SpecificResource around its IRI, and its name as text: a body with an id is an External
        // Web Resource to the W3C's assertions, and such a body must not carry a purpose (model 3.3.5).
        bodies.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("SpecificResource")},
            {QStringLiteral("source"), QString(m_base + QStringLiteral(":source:") + QString::number(hop->sourceId))},
            {QStringLiteral("purpose"), QStringLiteral("identifying")}});
        bodies.append(textBody(QStringLiteral("identifying"), ReportText::sourceName(m_data, hop->sourceId)));
        const QString via = ReportText::viaChain(m_data, *a);
        if (!via.isEmpty()) {
            bodies.append(textBody(QStringLiteral("describing"), WebAnnotationWriter::tr("via %1").arg(via)));
        }
        return bodies;
    }

    /// The verdict, claim type, note, tags and evidence links of a claim.
    void appendClaimBodies(const ReportClaim &c, QJsonArray &bodies) const
    {
        const ClaimRecord &claim = c.record;
        bodies.append(textBody(QStringLiteral("assessing"), toString(claim.verdict)));
        bodies.append(textBody(QStringLiteral("classifying"), toString(claim.type)));
        if (!claim.note.isEmpty()) {
            bodies.append(textBody(QStringLiteral("commenting"), claim.note));
        }
        for (const QString &tag : ReportText::tagNames(m_data, claim)) {
            bodies.append(textBody(QStringLiteral("tagging"), tag));
        }
        for (const EvidenceRecord &e : c.evidence) {
            if (WebAddress::isWebUrl(e.url)) {
                // A body with a purpose must be a SpecificResource around the linked page.
                bodies.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("SpecificResource")},
                    {QStringLiteral("source"),
                        QString::fromLatin1(QUrl(e.url.trimmed()).toEncoded(QUrl::FullyEncoded))},
                    {QStringLiteral("purpose"), QStringLiteral("linking")}});
            }
        }
    }

    QJsonObject annotation(const QString &idSuffix, const QString &motivation, const std::optional<Id> &reviewerId,
        const QJsonArray &bodies, const QJsonObject &target, const QDateTime &created, const QDateTime &modified) const
    {
        QJsonObject annotation {{QStringLiteral("@context"), annotationContext()},
            {QStringLiteral("id"), QString(m_base + idSuffix)}, {QStringLiteral("type"), QStringLiteral("Annotation")},
            {QStringLiteral("motivation"), motivation}, {QStringLiteral("creator"), creator(reviewerId)},
            {QStringLiteral("generator"), generator()}, {QStringLiteral("body"), bodies},
            {QStringLiteral("target"), target}};
        if (!m_generated.isEmpty()) {
            annotation.insert(QStringLiteral("generated"), m_generated);
        }
        if (created.isValid()) {
            annotation.insert(QStringLiteral("created"), ReportText::timestamp(created));
        }
        if (modified.isValid()) {
            annotation.insert(QStringLiteral("modified"), ReportText::timestamp(modified));
        }
        return annotation;
    }

    const ReportData &m_data;
    const ReportOptions &m_options;
    const QString m_base;
    const QString m_generated;
};

} // namespace

QJsonArray WebAnnotationWriter::annotations(const ReportData &data, const ReportOptions &options, const QString &base)
{
    const Annotator annotator(data, options, base);
    QJsonArray items;
    for (qsizetype d = 0; d < data.documents.size(); ++d) {
        annotator.annotateDocument(data.documents.at(d), items);
        if (!progress(d + 1, data.documents.size())) {
            return {};
        }
    }
    return items;
}

QJsonObject WebAnnotationWriter::toJson(const ReportData &data, const ReportOptions &options)
{
    const QString base = ReportText::baseIri(data, options);
    const QJsonArray items = annotations(data, options, base);
    if (wasCancelled()) {
        return {};
    }
    const QString collectionId = base + QStringLiteral(":annotations");
    QJsonObject collection {{QStringLiteral("@context"), annotationContext()}, {QStringLiteral("id"), collectionId},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"), ReportText::title(data, options)}, {QStringLiteral("total"), items.size()},
        {QStringLiteral("generator"), generator()}};
    // No time, no key: an empty string is not the xsd:dateTime the model requires (3.3.1).
    const QString generated = ReportText::timestamp(ReportText::generatedAt(data, options));
    if (!generated.isEmpty()) {
        collection.insert(QStringLiteral("created"), generated);
    }
    if (!options.creator.isEmpty()) {
        collection.insert(QStringLiteral("creator"), agent(options.creator));
    }
    const qsizetype perPage = qMax(1, options.annotationsPerPage);
    const qsizetype pages = (items.size() + perPage - 1) / perPage;
    const auto pageId
        = [&](qsizetype page) { return QString(collectionId + QStringLiteral(":page-") + QString::number(page + 1)); };
    // Each page names the collection it is part of as a description, not a bare IRI: the W3C assertions on a page
    // (model 5.2) read the collection's label, first and last from partOf, and reject a string there.
    const QJsonObject partOf {{QStringLiteral("id"), collectionId},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"), collection.value(QStringLiteral("label"))}, {QStringLiteral("total"), items.size()}};
    QJsonArray included;
    for (qsizetype p = 0; p < pages; ++p) {
        QJsonArray pageItems;
        for (qsizetype i = p * perPage; i < qMin(items.size(), (p + 1) * perPage); ++i) {
            pageItems.append(items.at(i));
        }
        QJsonObject page {{QStringLiteral("@context"), annotationContext()}, {QStringLiteral("id"), pageId(p)},
            {QStringLiteral("type"), QStringLiteral("AnnotationPage")}, {QStringLiteral("partOf"), partOf},
            {QStringLiteral("startIndex"), qint64(p * perPage)}, {QStringLiteral("items"), pageItems}};
        if (p > 0) {
            page.insert(QStringLiteral("prev"), pageId(p - 1));
        }
        if (p + 1 < pages) {
            page.insert(QStringLiteral("next"), pageId(p + 1));
        }
        if (p == 0) {
            collection.insert(QStringLiteral("first"), page);
        } else {
            included.append(page);
        }
    }
    if (pages > 0) {
        collection.insert(QStringLiteral("last"), pageId(pages - 1));
    }
    if (!included.isEmpty()) {
        collection.insert(QStringLiteral("@included"), included);
    }
    return collection;
}

bool WebAnnotationWriter::write(const ReportData &data, const ReportOptions &options, QIODevice &device)
{
    return writeJson(device, QJsonDocument(toJson(data, options)), options);
}

} // namespace Sourcelight
