#include "reporttext.h"

#include <algorithm>

#include "claimvocabulary.h"
#include "reportoptions.h"
#include "reportsummary.h"

#include <QFileInfo>
#include <QLocale>
#include <QUuid>

#include <array>

namespace Sourcelight {

QString ReportText::verdictLabel(Verdict verdict)
{
    return ClaimVocabulary::label(verdict);
}

QString ReportText::claimTypeLabel(ClaimType type)
{
    return ClaimVocabulary::label(type);
}

QString ReportText::sourceKindLabel(SourceKind kind)
{
    return ClaimVocabulary::label(kind);
}

QString ReportText::originLabel(AttributionOrigin origin)
{
    switch (origin) {
    case AttributionOrigin::Suggested:
        return tr("suggested", "attribution origin");
    case AttributionOrigin::Confirmed:
        return tr("confirmed", "attribution origin");
    case AttributionOrigin::Edited:
        return tr("edited", "attribution origin");
    }
    return {};
}

const AttributionHop *ReportText::restingHop(const AttributionRecord *attribution)
{
    return attribution && !attribution->hops.isEmpty() ? &attribution->hops.first() : nullptr;
}

QString ReportText::sourceName(const ReportData &data, Id sourceId)
{
    const ReportSource *source = data.source(sourceId);
    return source ? source->name : tr("source %1", "source: who a claim comes from").arg(sourceId);
}

QString ReportText::viaChain(const ReportData &data, const AttributionRecord &attribution)
{
    QStringList names;
    for (qsizetype i = 1; i < attribution.hops.size(); ++i) {
        names.append(sourceName(data, attribution.hops.at(i).sourceId));
    }
    return names.join(QStringLiteral(", "));
}

QStringList ReportText::tagNames(const ReportData &data, const ClaimRecord &claim)
{
    QStringList names;
    for (const Id tagId : claim.tagIds) {
        const TagRecord *tag = data.tag(tagId);
        names.append(tag ? tag->name : QString::number(tagId));
    }
    return names;
}

QList<const SentenceRecord *> ReportText::sentencesInTextOrder(const ReportDocument &document)
{
    QList<const SentenceRecord *> ordered;
    for (const SentenceRecord &s : document.sentences) {
        ordered.append(&s);
    }
    std::sort(ordered.begin(), ordered.end(),
        [](const SentenceRecord *a, const SentenceRecord *b) { return a->span.start < b->span.start; });
    return ordered;
}

bool ReportText::isAnonymous(const ReportData &data, const AttributionHop &hop)
{
    if (hop.anonymous) {
        return true;
    }
    const ReportSource *source = data.source(hop.sourceId);
    return source && source->kind == SourceKind::Anonymous;
}

QString ReportText::restingSourceName(const ReportData &data, const AttributionRecord *attribution)
{
    const AttributionHop *hop = restingHop(attribution);
    return hop ? sourceName(data, hop->sourceId) : tr("Author (the article's own voice)");
}

QColor ReportText::sourceColour(const ReportData &data, Id sourceId)
{
    // Okabe–Ito: distinguishable with the common colour-vision deficiencies.
    static const std::array<QRgb, 8> palette
        = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7, 0x999999};
    const ReportSource *source = data.source(sourceId);
    if (source && source->colour.size() == 7 && source->colour.startsWith(QLatin1Char('#'))) {
        const QColor own = QColor::fromString(source->colour);
        if (own.isValid()) {
            return own;
        }
    }
    return QColor::fromRgb(palette.at(static_cast<std::size_t>(sourceId) % palette.size()));
}

QColor ReportText::tint(const QColor &colour, double strength)
{
    const auto mix = [strength](int c) { return qRound(255 - (255 - c) * strength); };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

QString ReportText::timestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime ReportText::generatedAt(const ReportData &data, const ReportOptions &options)
{
    return options.generatedAt.isValid() ? options.generatedAt.toUTC() : data.generatedAt.toUTC();
}

QString ReportText::title(const ReportData &data, const ReportOptions &options)
{
    if (!options.title.trimmed().isEmpty()) {
        return options.title.trimmed();
    }
    if (data.documents.size() == 1 && !data.documents.first().record.metadata.title.isEmpty()) {
        return tr("Source review: %1").arg(data.documents.first().record.metadata.title);
    }
    return tr("Source review: %1").arg(data.projectName.isEmpty() ? tr("project") : data.projectName);
}

QString ReportText::baseIri(const ReportData &data, const ReportOptions &options)
{
    if (!options.baseIri.isEmpty()) {
        QString iri = options.baseIri;
        while (iri.endsWith(QLatin1Char('/')) || iri.endsWith(QLatin1Char(':'))) {
            iri.chop(1);
        }
        return iri;
    }
    // Stable for one project file, and never a real address nobody owns.
    static const QUuid ns = QUuid::fromString(QLatin1StringView("{9b1f3c2e-5a4d-4f7e-8c61-2d0b7a9e4f13}"));
    const QUuid id = QUuid::createUuidV5(ns, QFileInfo(data.projectPath).absoluteFilePath());
    return QStringLiteral("urn:sourcelight:") + id.toString(QUuid::WithoutBraces);
}

QString ReportText::scopeDescription(const ReportData &data)
{
    QStringList parts;
    if (data.request.scope.documentIds.isEmpty()) {
        parts.append(tr("whole project (%n document(s))", nullptr, int(data.documents.size())));
    } else {
        parts.append(tr("%n selected document(s)", nullptr, int(data.documents.size())));
    }
    const ClaimFilter &f = data.request.filter;
    if (f.onlyVerified) {
        parts.append(tr("only verified claims", "claim: a reviewed statement"));
    }
    if (f.anonymous.value_or(false)) {
        parts.append(tr("only claims resting on anonymous sources", "claim: a reviewed statement"));
    }
    if (f.sourceId) {
        parts.append(tr("source: %1", "source: who a claim comes from").arg(sourceName(data, *f.sourceId)));
    }
    if (f.verdict) {
        parts.append(tr("verdict: %1").arg(verdictLabel(*f.verdict)));
    }
    if (f.type) {
        parts.append(tr("claim type: %1", "claim: a reviewed statement").arg(claimTypeLabel(*f.type)));
    }
    return parts.join(QStringLiteral("; "));
}

QString ReportText::htmlEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        case 0:
            out += QChar::ReplacementCharacter;
            break;
        default:
            out += c;
        }
    }
    return out;
}

void ReportText::dropControlCharacters(QString &text)
{
    const auto forbidden = [](QChar c) { return isForbiddenControl(c.unicode()); };
    if (std::none_of(text.cbegin(), text.cend(), forbidden)) {
        return; // the usual case: no copy
    }
    text.replace(QChar(0), QChar::ReplacementCharacter);
    text.removeIf(forbidden);
}

QString ReportText::simplified(const QString &text)
{
    return text.simplified();
}

QString ReportText::countWithShare(qsizetype part, qsizetype whole)
{
    const QString share
        = whole > 0 ? QStringLiteral("%1%").arg(100.0 * double(part) / double(whole), 0, 'f', 1) : QStringLiteral("–");
    return QStringLiteral("%1 (%2)").arg(part).arg(share);
}

QString ReportText::sectionTitle(Section section)
{
    switch (section) {
    case Section::Summary:
        return tr("Summary");
    case Section::SentencesPerSource:
        return tr("Sentences per source", "source: who a claim comes from");
    case Section::ClaimsByVerdict:
        return tr("Claims by verdict", "claim: a reviewed statement");
    case Section::Attributions:
        return tr("Attributions");
    case Section::Claims:
        return tr("Claims", "claim: a reviewed statement");
    case Section::Sources:
        return tr("Sources", "source: who a claim comes from");
    case Section::Agreement:
        return tr("Agreement between reviewers");
    }
    return {};
}

QStringList ReportText::agreementColumns()
{
    return {tr("Field"), tr("Krippendorff's α"), tr("Sentences coded twice or more"), tr("Reviewers"),
        tr("Per pair: agreement, Cohen's κ")};
}

QList<QStringList> ReportText::agreementRows(const QList<ReportAgreement> &agreement)
{
    const auto number = [](const std::optional<double> &value) {
        return value ? QLocale().toString(*value, 'f', 3) : QStringLiteral("—");
    };
    QList<QStringList> rows;
    for (const ReportAgreement &entry : agreement) {
        const AgreementReport &figures = entry.figures;
        if (figures.values == 0 || figures.coders < 2) {
            continue; // nobody coded the field here (a tag used only in other documents), or one reviewer alone
        }
        QStringList pairs;
        for (const PairAgreement &pair : figures.pairs) {
            if (pair.units == 0) {
                continue;
            }
            pairs << tr("%1–%2: %3 %, κ %4")
                         .arg(pair.first, pair.second,
                             pair.percent ? QLocale().toString(100.0 * *pair.percent, 'f', 1) : QStringLiteral("—"),
                             number(pair.cohenKappa));
        }
        rows.append({agreementFieldLabel(entry.field), number(figures.alpha), QString::number(figures.pairableUnits),
            QString::number(figures.coders), pairs.join(QStringLiteral("; "))});
    }
    return rows;
}

QString ReportText::agreementExplanation(const QList<ReportAgreement> &agreement)
{
    QStringList coders;
    for (const ReportAgreement &entry : agreement) {
        for (const PairAgreement &pair : entry.figures.pairs) {
            for (const QString &coder : {pair.first, pair.second}) {
                if (!coders.contains(coder)) {
                    coders << coder;
                }
            }
        }
    }
    return tr("Independent codings by %1. Each sentence is a unit; a reviewer's value is their own decision, or the "
              "suggestion they let stand once they marked the document done. α is Krippendorff's alpha for nominal "
              "data (1: perfect agreement, 0: chance); — where it is undefined (too few values, or no variation).")
        .arg(coders.join(QStringLiteral(", ")));
}

QString ReportText::agreementFieldLabel(const QString &field)
{
    if (field.startsWith(QLatin1String("tag:"))) {
        return tr("Tag “%1”").arg(field.mid(4));
    }
    if (field == QLatin1String("source")) {
        return tr("Source", "source: who a claim comes from");
    }
    if (field == QLatin1String("anonymity")) {
        return tr("Anonymity");
    }
    if (field == QLatin1String("quoteType")) {
        return tr("Quote type");
    }
    if (field == QLatin1String("verdict")) {
        return tr("Verdict");
    }
    if (field == QLatin1String("claimType")) {
        return tr("Claim type", "claim: a reviewed statement");
    }
    return field;
}

QList<std::pair<QString, QString>> ReportText::summaryFigures(const ReportSummary &summary)
{
    return {
        {tr("Documents"), QString::number(summary.documents)},
        {tr("Sentences"), QString::number(summary.sentences)},
        {tr("Sentences resting on a source", "source: who a claim comes from"),
            countWithShare(summary.attributedSentences, summary.sentences)},
        {tr("Attributions confirmed by an analyst"), countWithShare(summary.confirmedSentences, summary.sentences)},
        {tr("Claims", "claim: a reviewed statement"), QString::number(summary.claims)},
        {tr("Claims resting on anonymous sources", "claim: a reviewed statement"),
            countWithShare(summary.anonymousClaims, summary.claims)},
    };
}

QStringList ReportText::attributionColumns()
{
    return {QStringLiteral("#"), tr("Source", "source: who a claim comes from"), tr("Via"), tr("Cue"), tr("Quote"),
        tr("Origin")};
}

QStringList ReportText::claimColumns()
{
    return {QStringLiteral("#"), tr("Claim", "claim: a reviewed statement"),
        tr("Source", "source: who a claim comes from"), tr("Via"), tr("Cue"), tr("Verdict"), tr("Type"), tr("Note"),
        tr("Tags"), tr("Reviewer")};
}

QStringList ReportText::sourceColumns()
{
    return {tr("Name"), tr("Kind"), tr("Also called"), tr("Affiliation"), tr("Description")};
}

QStringList ReportText::perSourceColumns()
{
    return {
        tr("Source", "source: who a claim comes from"), tr("Sentences"), tr("Claims", "claim: a reviewed statement")};
}

QStringList ReportText::perVerdictColumns()
{
    return {tr("Verdict"), tr("Claims", "claim: a reviewed statement")};
}

QString ReportText::documentTitle(const ReportDocument &document)
{
    const QString &title = document.record.metadata.title;
    return title.isEmpty() ? tr("Untitled document %1").arg(document.record.id) : title;
}

QString ReportText::evidenceLabel()
{
    return tr("Evidence:");
}

} // namespace Sourcelight
