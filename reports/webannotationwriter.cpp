#include "webannotationwriter.h"

#include "codepointmap.h"
#include "reporttext.h"

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
    if (ReportText::isWebUrl(url)) {
        return QString::fromLatin1(QUrl(url.trimmed()).toEncoded(QUrl::FullyEncoded));
    }
    return QString(base + QStringLiteral(":document:") + QString::number(document.record.id));
}

QJsonArray WebAnnotationWriter::annotations(const ReportData &data, const ReportOptions &options, const QString &base)
{
    QJsonArray items;
    const QString generated = ReportText::timestamp(ReportText::generatedAt(data, options));
    const auto creator = [&](const std::optional<Id> &reviewerId) -> QJsonValue {
        const QString name = data.reviewerName(reviewerId);
        if (!name.isEmpty()) {
            QJsonObject person = agent(name);
            person.insert(
                QStringLiteral("id"), QString(base + QStringLiteral(":reviewer:") + QString::number(*reviewerId)));
            return person;
        }
        if (!options.creator.isEmpty()) {
            return agent(options.creator);
        }
        return generator();
    };
    const auto sourceBodies = [&](const AttributionRecord *a) {
        QJsonArray bodies;
        const AttributionHop *hop = ReportText::restingHop(a);
        if (!hop) {
            bodies.append(textBody(QStringLiteral("identifying"), ReportText::restingSourceName(data, nullptr)));
            return bodies;
        }
        // The source as a SpecificResource around its IRI, and its name as text: a body with an id is an External
        // Web Resource to the W3C's assertions, and such a body must not carry a purpose (model 3.3.5).
        bodies.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("SpecificResource")},
            {QStringLiteral("source"), QString(base + QStringLiteral(":source:") + QString::number(hop->sourceId))},
            {QStringLiteral("purpose"), QStringLiteral("identifying")}});
        bodies.append(textBody(QStringLiteral("identifying"), ReportText::sourceName(data, hop->sourceId)));
        const QString via = ReportText::viaChain(data, *a);
        if (!via.isEmpty()) {
            bodies.append(textBody(QStringLiteral("describing"), tr("via %1").arg(via)));
        }
        return bodies;
    };
    for (qsizetype d = 0; d < data.documents.size(); ++d) {
        const ReportDocument &document = data.documents.at(d);
        const CodePointMap map(document.record.body);
        const QString iri = documentIri(document, base);
        QSet<Id> claimed;
        for (const ReportClaim &c : document.claims) {
            claimed.insert(c.record.sentenceId);
        }
        for (const SentenceRecord &sentence : document.sentences) {
            const AttributionRecord *a = document.effectiveAttribution(sentence.id);
            if (!claimed.contains(sentence.id) && ReportText::restingHop(a)) {
                QJsonObject annotation {{QStringLiteral("@context"), annotationContext()},
                    {QStringLiteral("id"),
                        QString(base + QStringLiteral(":annotation:sentence-") + QString::number(sentence.id))},
                    {QStringLiteral("type"), QStringLiteral("Annotation")},
                    {QStringLiteral("motivation"), QStringLiteral("identifying")},
                    {QStringLiteral("creator"), creator(a->reviewerId)}, {QStringLiteral("generator"), generator()},
                    {QStringLiteral("body"), sourceBodies(a)},
                    {QStringLiteral("target"), target(document, map, sentence.span, iri)}};
                if (!generated.isEmpty()) {
                    annotation.insert(QStringLiteral("generated"), generated);
                }
                if (a->createdAt.isValid()) {
                    annotation.insert(QStringLiteral("created"), ReportText::timestamp(a->createdAt));
                }
                if (a->updatedAt.isValid()) {
                    annotation.insert(QStringLiteral("modified"), ReportText::timestamp(a->updatedAt));
                }
                items.append(annotation);
            }
            for (const qsizetype index : document.claimsOf(sentence.id)) {
                const ClaimRecord &claim = document.claims.at(index).record;
                QJsonArray bodies = sourceBodies(a);
                bodies.append(textBody(QStringLiteral("assessing"), toString(claim.verdict)));
                bodies.append(textBody(QStringLiteral("classifying"), toString(claim.type)));
                if (!claim.note.isEmpty()) {
                    bodies.append(textBody(QStringLiteral("commenting"), claim.note));
                }
                for (const Id tagId : claim.tagIds) {
                    const TagRecord *tag = data.tag(tagId);
                    bodies.append(textBody(QStringLiteral("tagging"), tag ? tag->name : QString::number(tagId)));
                }
                for (const EvidenceRecord &e : document.claims.at(index).evidence) {
                    if (ReportText::isWebUrl(e.url)) {
                        // A body with a purpose must be a SpecificResource around the linked page.
                        bodies.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("SpecificResource")},
                            {QStringLiteral("source"),
                                QString::fromLatin1(QUrl(e.url.trimmed()).toEncoded(QUrl::FullyEncoded))},
                            {QStringLiteral("purpose"), QStringLiteral("linking")}});
                    }
                }
                QJsonObject annotation {{QStringLiteral("@context"), annotationContext()},
                    {QStringLiteral("id"),
                        QString(base + QStringLiteral(":annotation:claim-") + QString::number(claim.id))},
                    {QStringLiteral("type"), QStringLiteral("Annotation")},
                    {QStringLiteral("motivation"), QStringLiteral("assessing")},
                    {QStringLiteral("creator"), creator(claim.reviewerId)}, {QStringLiteral("generator"), generator()},
                    {QStringLiteral("body"), bodies},
                    {QStringLiteral("target"),
                        target(document, map, claim.span.isValid() ? claim.span : sentence.span, iri)}};
                if (!generated.isEmpty()) {
                    annotation.insert(QStringLiteral("generated"), generated);
                }
                if (claim.createdAt.isValid()) {
                    annotation.insert(QStringLiteral("created"), ReportText::timestamp(claim.createdAt));
                }
                if (claim.updatedAt.isValid()) {
                    annotation.insert(QStringLiteral("modified"), ReportText::timestamp(claim.updatedAt));
                }
                items.append(annotation);
            }
        }
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
    const QJsonObject json = toJson(data, options);
    if (wasCancelled()) {
        return false;
    }
    return writeAll(
        device, QJsonDocument(json).toJson(options.indentJson ? QJsonDocument::Indented : QJsonDocument::Compact));
}

} // namespace Sourcelight
