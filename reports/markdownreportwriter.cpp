#include "markdownreportwriter.h"

#include "reportsummary.h"
#include "reporttext.h"
#include "webaddress.h"

#include <QIODevice>
#include <QUrl>

namespace Sourcelight {

namespace {

QString md(const QString &text)
{
    return MarkdownReportWriter::escaped(text);
}

QString link(const QString &url, const QString &text)
{
    if (!WebAddress::isWebUrl(url)) {
        return md(text);
    }
    // The <…> destination form with a fully encoded URL: no space, bracket or newline can end it early.
    const QString encoded = QString::fromLatin1(QUrl(url.trimmed()).toEncoded(QUrl::FullyEncoded))
                                .replace(QLatin1Char('<'), QLatin1String("%3C"))
                                .replace(QLatin1Char('>'), QLatin1String("%3E"));
    return QStringLiteral("[") + md(text) + QStringLiteral("](<") + encoded + QStringLiteral(">)");
}

QString row(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString header(const QStringList &cells)
{
    QStringList rule;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        rule.append(QStringLiteral("---"));
    }
    QStringList escapedCells;
    for (const QString &c : cells) {
        escapedCells.append(md(c));
    }
    return row(escapedCells) + row(rule);
}

/// A table under its own heading: "### title", then the heading row of columns.
QString titledTable(ReportText::Section section, const QStringList &columns)
{
    return QStringLiteral("### ") + md(ReportText::sectionTitle(section)) + QStringLiteral("\n\n") + header(columns);
}

} // namespace

QString MarkdownReportWriter::escaped(const QString &text)
{
    // Characters that can open Markdown or HTML syntax anywhere in a line; the rest only matter at its start.
    static const QString inlineSyntax = QStringLiteral("\\`*_[]<>&|~!#()");
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '\n' || u == '\r' || u == '\t') {
            out += QLatin1Char(' ');
        } else if (u == 0) {
            out += QChar::ReplacementCharacter;
        } else {
            if (inlineSyntax.contains(c)) {
                out += QLatin1Char('\\');
            }
            out += c;
        }
    }
    // At the start of a line: list items ("- ", "+ ", "1. ", "1) "), setext underlines ("=") and block quotes.
    qsizetype digits = 0;
    while (digits < out.size() && out.at(digits).isDigit() && out.at(digits).unicode() < 0x80) {
        ++digits;
    }
    if (digits > 0 && digits < out.size()
        && (out.at(digits) == QLatin1Char('.') || out.at(digits) == QLatin1Char(')'))) {
        out.insert(digits, QLatin1Char('\\'));
    } else if (!out.isEmpty() && QStringLiteral("-+=").contains(out.at(0))) {
        out.prepend(QLatin1Char('\\'));
    }
    return out;
}

bool MarkdownReportWriter::write(const ReportData &data, const ReportOptions &options, QIODevice &device)
{
    return writeText(device, markdown(data, options));
}

namespace {

/// The article, paragraph by paragraph; each attributed sentence ends with its number in brackets.
QString articleText(const ReportDocument &document)
{
    const QString &body = document.record.body;
    QString article;
    qsizetype position = 0;
    const auto gap = [&article](const QString &between) {
        // Keep paragraph breaks; every other run of whitespace becomes one space.
        if (between.count(QLatin1Char('\n')) >= 2) {
            article += QStringLiteral("\n\n");
        } else if (!between.isEmpty()) {
            article += md(between.simplified().isEmpty() ? QStringLiteral(" ") : between);
        }
    };
    for (const SentenceRecord *s : ReportText::sentencesInTextOrder(document)) {
        if (s->span.start < position || !s->span.isValid()) {
            continue;
        }
        gap(body.mid(position, s->span.start - position));
        article += md(document.sentenceText(*s));
        if (ReportText::restingHop(document.effectiveAttribution(s->id))) {
            article += QStringLiteral(" **\\[%1\\]**").arg(s->ordinal + 1);
        }
        position = s->span.end;
    }
    gap(body.mid(position));
    return article.trimmed();
}

} // namespace

QString MarkdownReportWriter::markdown(const ReportData &data, const ReportOptions &options)
{
    QString out = summarySection(data, options);
    out += agreementSection(data, 0);
    for (qsizetype d = 0; d < data.documents.size(); ++d) {
        out += documentSection(data, data.documents.at(d));
        if (!progress(d + 1, data.documents.size())) {
            return {};
        }
    }
    out += sourcesSection(data);
    // Last, over everything written: whichever field brought a control character in, none reaches the file.
    ReportText::dropControlCharacters(out);
    return out;
}

/// The title, what the report covers, and the summary tables.
QString MarkdownReportWriter::summarySection(const ReportData &data, const ReportOptions &options)
{
    const ReportSummary summary = ReportSummary::compute(data);
    QString out;
    out += QStringLiteral("# ") + md(ReportText::title(data, options)) + QStringLiteral("\n\n");
    out += QStringLiteral("- ") + md(tr("Project: %1").arg(data.projectName)) + QLatin1Char('\n');
    out += QStringLiteral("- ")
        + md(tr("Generated: %1").arg(ReportText::timestamp(ReportText::generatedAt(data, options))))
        + QLatin1Char('\n');
    out += QStringLiteral("- ") + md(tr("Scope: %1").arg(ReportText::scopeDescription(data))) + QLatin1Char('\n');
    if (!options.organisation.isEmpty()) {
        out += QStringLiteral("- ") + md(tr("Reviewed by:")) + QLatin1Char(' ')
            + link(options.organisationUrl, options.organisation) + QLatin1Char('\n');
    }
    out += QStringLiteral("\n## ") + md(ReportText::sectionTitle(ReportText::Section::Summary))
        + QStringLiteral("\n\n");
    out += header({tr("Figure"), tr("Value")});
    for (const auto &[label, value] : ReportText::summaryFigures(summary)) {
        out += row({md(label), md(value)});
    }
    out += QLatin1Char('\n') + titledTable(ReportText::Section::SentencesPerSource, ReportText::perSourceColumns());
    for (const ReportSummary::SourceShare &s : summary.sources) {
        out += row({md(s.name), QString::number(s.sentences), QString::number(s.claims)});
    }
    out += QLatin1Char('\n') + titledTable(ReportText::Section::ClaimsByVerdict, ReportText::perVerdictColumns());
    for (auto it = summary.verdicts.cbegin(); it != summary.verdicts.cend(); ++it) {
        out += row({md(ReportText::verdictLabel(it.key())), QString::number(it.value())});
    }
    return out;
}

/// A document's metadata, its text, its attributions and its claims.
QString MarkdownReportWriter::documentSection(const ReportData &data, const ReportDocument &document)
{
    QString out;
    const DocumentMetadata &m = document.record.metadata;
    out += QStringLiteral("\n## ") + md(ReportText::documentTitle(document)) + QStringLiteral("\n\n");
    const auto meta = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty()) {
            out += QStringLiteral("- ") + md(label) + QLatin1Char(' ') + value + QLatin1Char('\n');
        }
    };
    meta(tr("Outlet:"), md(m.outlet));
    meta(tr("Author:"), md(m.author));
    meta(tr("Published:"), md(m.published));
    meta(tr("Address:"), m.url.isEmpty() ? QString() : link(m.url, m.url));
    out += QLatin1Char('\n');
    out += articleText(document) + QStringLiteral("\n\n");
    out += attributionTable(data, document);
    if (!document.claims.isEmpty()) {
        out += claimTable(data, document);
    }
    out += agreementSection(data, document.record.id);
    return out;
}

/// How far the reviewers agree, over the whole report (documentId 0) or one document; nothing when nobody coded
/// independently.
QString MarkdownReportWriter::agreementSection(const ReportData &data, Id documentId)
{
    const QList<ReportAgreement> agreement = data.agreementOf(documentId);
    const QList<QStringList> rows = ReportText::agreementRows(agreement);
    if (rows.isEmpty()) {
        return {};
    }
    QString out = QStringLiteral("\n") + (documentId == 0 ? QStringLiteral("## ") : QStringLiteral("### "))
        + md(ReportText::sectionTitle(ReportText::Section::Agreement)) + QStringLiteral("\n\n");
    out += header(ReportText::agreementColumns());
    for (const QStringList &cells : rows) {
        QStringList escaped;
        for (const QString &cell : cells) {
            escaped << md(cell);
        }
        out += row(escaped);
    }
    if (documentId == 0) {
        out += QLatin1Char('\n') + md(ReportText::agreementExplanation(agreement)) + QLatin1Char('\n');
    }
    return out;
}

QString MarkdownReportWriter::attributionTable(const ReportData &data, const ReportDocument &document)
{
    QString out = titledTable(ReportText::Section::Attributions, ReportText::attributionColumns());
    for (const SentenceRecord &s : document.sentences) {
        const AttributionRecord *a = document.effectiveAttribution(s.id);
        const AttributionHop *hop = ReportText::restingHop(a);
        if (!hop) {
            continue;
        }
        QString source = md(ReportText::sourceName(data, hop->sourceId));
        if (ReportText::isAnonymous(data, *hop)) {
            source += QStringLiteral(" _") + md(tr("(anonymous)")) + QLatin1Char('_');
        }
        out += row({QString::number(s.ordinal + 1), source, md(ReportText::viaChain(data, *a)), md(a->cueText),
            md(toString(a->quote)), md(ReportText::originLabel(a->origin))});
    }
    return out;
}

QString MarkdownReportWriter::claimTable(const ReportData &data, const ReportDocument &document)
{
    QString out = QLatin1Char('\n') + titledTable(ReportText::Section::Claims, ReportText::claimColumns());
    for (const ReportClaim &c : document.claims) {
        const ClaimRecord &claim = c.record;
        const SentenceRecord *s = document.sentence(claim.sentenceId);
        const AttributionRecord *a = document.effectiveAttribution(claim.sentenceId);
        const QStringList tags = ReportText::tagNames(data, claim);
        QString note = md(claim.note);
        for (const EvidenceRecord &e : c.evidence) {
            note += QStringLiteral(" ") + md(ReportText::evidenceLabel()) + QLatin1Char(' ') + link(e.url, e.url);
        }
        out += row({QString::number(s ? s->ordinal + 1 : 0), md(document.claimText(claim)),
            md(ReportText::restingSourceName(data, a)), md(a ? ReportText::viaChain(data, *a) : QString()),
            md(a ? a->cueText : QString()), md(ReportText::verdictLabel(claim.verdict)),
            md(ReportText::claimTypeLabel(claim.type)), note, md(tags.join(QStringLiteral(", "))),
            md(data.reviewerName(claim.reviewerId))});
    }
    return out;
}

QString MarkdownReportWriter::sourcesSection(const ReportData &data)
{
    QString out;
    out += QStringLiteral("\n## ") + md(ReportText::sectionTitle(ReportText::Section::Sources))
        + QStringLiteral("\n\n");
    out += header(ReportText::sourceColumns());
    for (const ReportSource &s : data.sources) {
        out += row({md(s.name), md(ReportText::sourceKindLabel(s.kind)), md(s.aliases.join(QStringLiteral(", "))),
            s.parentId ? md(ReportText::sourceName(data, *s.parentId)) : QString(), md(s.description)});
    }
    return out;
}

} // namespace Sourcelight
