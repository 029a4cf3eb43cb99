#include "csvreportwriter.h"

#include "reporttext.h"

#include <QIODevice>
#include <QRegularExpression>

namespace Sourcelight {

QStringList CsvReportWriter::columns(const ReportData &data)
{
    QStringList names = {QStringLiteral("claim_id"), QStringLiteral("document_id"), QStringLiteral("document_title"),
        QStringLiteral("outlet"), QStringLiteral("url"), QStringLiteral("published"), QStringLiteral("sentence"),
        QStringLiteral("claim"), QStringLiteral("source"), QStringLiteral("source_kind"), QStringLiteral("anonymous"),
        QStringLiteral("via"), QStringLiteral("cue"), QStringLiteral("quote"), QStringLiteral("attribution_origin"),
        QStringLiteral("verdict"), QStringLiteral("claim_type"), QStringLiteral("confidence"), QStringLiteral("note"),
        QStringLiteral("tags"), QStringLiteral("reviewer"), QStringLiteral("evidence"), QStringLiteral("created_at"),
        QStringLiteral("updated_at")};
    if (data.request.codings) {
        names << QStringLiteral("coder");
    }
    return names;
}

namespace {

/// The row of one claim, resting on attribution a (none: the article's own voice).
QStringList claimRow(const ReportData &data, const ReportDocument &document, const ClaimRecord &claim,
    const QList<EvidenceRecord> &evidenceRecords, const AttributionRecord *a)
{
    const DocumentMetadata &m = document.record.metadata;
    const SentenceRecord *sentence = document.sentence(claim.sentenceId);
    const AttributionHop *hop = ReportText::restingHop(a);
    const ReportSource *source = hop ? data.source(hop->sourceId) : nullptr;
    const QStringList tags = ReportText::tagNames(data, claim);
    QStringList evidence;
    for (const EvidenceRecord &e : evidenceRecords) {
        evidence.append(e.url);
    }
    return {QString::number(claim.id), QString::number(document.record.id), m.title, m.outlet, m.url, m.published,
        QString::number(sentence ? sentence->ordinal + 1 : 0), document.claimText(claim),
        hop ? ReportText::sourceName(data, hop->sourceId) : QString(),
        source ? toString(source->kind) : (hop ? QString() : toString(SourceKind::Author)),
        hop && ReportText::isAnonymous(data, *hop) ? QStringLiteral("yes") : QStringLiteral("no"),
        a ? ReportText::viaChain(data, *a) : QString(), a ? a->cueText : QString(), a ? toString(a->quote) : QString(),
        a ? toString(a->origin) : QString(), toString(claim.verdict), toString(claim.type),
        claim.confidence ? QString::number(*claim.confidence) : QString(), claim.note, tags.join(QStringLiteral("; ")),
        data.reviewerName(claim.reviewerId), evidence.join(QStringLiteral(" ")), ReportText::timestamp(claim.createdAt),
        ReportText::timestamp(claim.updatedAt)};
}

} // namespace

QList<QStringList> CsvReportWriter::rows(const ReportData &data)
{
    QList<QStringList> result;
    result.reserve(data.claimCount());
    for (const ReportDocument &document : data.documents) {
        for (const ReportClaim &c : document.claims) {
            result.append(
                claimRow(data, document, c.record, c.evidence, document.effectiveAttribution(c.record.sentenceId)));
            if (data.request.codings) {
                result.last().append(QString()); // the final decision: no coder
            }
        }
        // Each reviewer's own claims, resting on their attribution of the sentence, or — once they marked the
        // document done — on the suggestion they let stand (the rule of the agreement figures, ProjectCodings).
        if (document.codings.isEmpty()) {
            continue;
        }
        QHash<Id, const AttributionRecord *> suggestionOf;
        for (const AttributionRecord &suggested : document.attributions) {
            if (suggested.origin == AttributionOrigin::Suggested) {
                suggestionOf.insert(suggested.sentenceId, &suggested);
            }
        }
        for (const ReportCoding &coding : document.codings) {
            QHash<Id, const AttributionRecord *> ownOf;
            for (const AttributionRecord &own : coding.attributions) {
                ownOf.insert(own.sentenceId, &own);
            }
            for (const ClaimRecord &claim : coding.claims) {
                const AttributionRecord *a = ownOf.value(claim.sentenceId);
                if (!a && coding.done) {
                    a = suggestionOf.value(claim.sentenceId);
                }
                result.append(claimRow(data, document, claim, {}, a) << coding.reviewer);
            }
        }
    }
    return result;
}

QString CsvReportWriter::neutralised(const QString &field)
{
    if (field.isEmpty()) {
        return field;
    }
    const char16_t first = field.front().unicode();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' && first != u'\r') {
        return field;
    }
    static const QRegularExpression number(QStringLiteral("\\A[+-]?[0-9]+([.,][0-9]+)?\\z"));
    if (number.match(field).hasMatch()) {
        return field;
    }
    return QLatin1Char('\'') + field;
}

QString CsvReportWriter::record(const QStringList &fields, bool raw)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += QLatin1Char(',');
        }
        // Controls first: a cell "\x01=HYPERLINK(…)" must not escape the formula rule by starting with a control
        // that is dropped afterwards.
        QString field = fields.at(i);
        ReportText::dropControlCharacters(field);
        if (!raw) {
            field = neutralised(field);
        }
        if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
            || field.contains(QLatin1Char('\r'))) {
            QString quoted = field;
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            line += QLatin1Char('"') + quoted + QLatin1Char('"');
        } else {
            line += field;
        }
    }
    return line + QStringLiteral("\r\n");
}

bool CsvReportWriter::write(const ReportData &data, const ReportOptions &options, QIODevice &device)
{
    QByteArray bytes;
    if (options.csvByteOrderMark) {
        bytes += QByteArrayLiteral("\xEF\xBB\xBF");
    }
    bytes += record(columns(data)).toUtf8();
    const QList<QStringList> all = rows(data);
    for (qsizetype i = 0; i < all.size(); ++i) {
        bytes += record(all.at(i), options.csvRaw).toUtf8();
        if ((i + 1) % 1000 == 0 && !progress(i + 1, all.size())) {
            return false;
        }
    }
    return writeAll(device, bytes);
}

} // namespace Sourcelight
