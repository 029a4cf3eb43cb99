#include "htmlreportwriter.h"

#include "claimvocabulary.h"
#include "reportsummary.h"
#include "reporttext.h"
#include "webaddress.h"

#include <QIODevice>
#include <QLocale>

#include <algorithm>

namespace Sourcelight {

namespace {

QString esc(const QString &text)
{
    return ReportText::htmlEscaped(text);
}

QString link(const QString &url, const QString &text)
{
    if (!WebAddress::isWebUrl(url)) {
        return esc(text);
    }
    return QStringLiteral("<a href=\"%1\" rel=\"noopener noreferrer nofollow\">%2</a>")
        .arg(esc(url.trimmed()), esc(text));
}

/// The start of a table up to its body: the table tag (with cssClass, if any) and a heading row of the columns, each
/// escaped.
QString tableStart(const QString &cssClass, const QStringList &columns)
{
    QString out = cssClass.isEmpty() ? QStringLiteral("<table")
                                     : QStringLiteral("<table class=\"") + cssClass + QStringLiteral("\"");
    out += QStringLiteral(" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<thead><tr>");
    for (const QString &column : columns) {
        out += QStringLiteral("<th>") + esc(column) + QStringLiteral("</th>");
    }
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    return out;
}

const char *Style
    = R"(body{font-family:"DejaVu Sans",sans-serif;color:#222;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:1px solid #ccc;margin-top:2rem}h3{font-size:1.05rem}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0 1rem}
th,td{border:1px solid #bbb;padding:3px 5px;vertical-align:top;text-align:left}th{background:#eee}
.meta{color:#444}.meta dt{font-weight:bold;float:left;clear:left;width:9rem}.meta dd{margin-left:10rem}
.article{white-space:pre-wrap;border:1px solid #ddd;padding:.75rem;background:#fff}
.sentence{border-radius:2px}.sentence.anonymous{border-bottom:2px dashed #333}
.sentence.suggested{opacity:.85}.ref{font-size:.7em;vertical-align:super;text-decoration:none;color:#345}
.chip{display:inline-block;width:.8em;height:.8em;border:1px solid #555;margin-right:.3em}
.charts svg{max-width:100%;height:auto;margin:.5rem 0}footer{margin-top:2rem;color:#666;font-size:.8rem})";

} // namespace

bool HtmlReportWriter::write(const ReportData &data, const ReportOptions &options, QIODevice &device)
{
    return writeText(device, html(data, options, Target::Browser));
}

QString HtmlReportWriter::html(
    const ReportData &data, const ReportOptions &options, Target target, QList<ReportChart> *charts)
{
    const ReportSummary summary = ReportSummary::compute(data);
    QString out;
    out.reserve(4096 + 3 * int(std::min<qsizetype>(data.documents.size(), 10000)) * 2048);
    out += head(data, options, target);
    out += summarySection(data, summary, target, charts);
    out += agreementSection(data, 0);
    for (qsizetype i = 0; i < data.documents.size(); ++i) {
        out += documentSection(data, data.documents.at(i), target);
        if (!progress(i + 1, data.documents.size())) {
            return {};
        }
    }
    out += sourcesSection(data, summary);
    out += QStringLiteral("<footer>%1</footer>\n</body>\n</html>\n")
               .arg(esc(tr("Made with Sourcelight %1.").arg(QStringLiteral(SOURCELIGHT_VERSION))));
    // Last, over everything written: whichever field brought a control character in, none reaches the page.
    ReportText::dropControlCharacters(out);
    return out;
}

/// From the doctype to the page's header: what the report covers.
QString HtmlReportWriter::head(const ReportData &data, const ReportOptions &options, Target target)
{
    const QString title = ReportText::title(data, options);
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
               .arg(esc(QLocale().language() == QLocale::C ? QStringLiteral("en") : QLocale().bcp47Name()));
    if (target == Target::Browser) {
        // Belt and braces: everything is escaped, and the browser is told to run nothing and fetch nothing.
        out += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                              "style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'\">\n"
                              "<meta name=\"referrer\" content=\"no-referrer\">\n"
                              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    }
    out += QStringLiteral("<meta name=\"generator\" content=\"Sourcelight %1\">\n")
               .arg(QStringLiteral(SOURCELIGHT_VERSION));
    out += QStringLiteral("<title>%1</title>\n").arg(esc(title));
    if (target == Target::Browser) {
        out += QStringLiteral("<style>") + QString::fromUtf8(Style) + QStringLiteral("</style>\n");
    }
    out += QStringLiteral("</head>\n<body>\n<header>\n<h1>%1</h1>\n<dl class=\"meta\">\n").arg(esc(title));
    const auto meta = [&out](const QString &term, const QString &value) {
        out += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(esc(term), value);
    };
    meta(tr("Project"), esc(data.projectName));
    meta(tr("Generated"), esc(ReportText::timestamp(ReportText::generatedAt(data, options))));
    meta(tr("Scope"), esc(ReportText::scopeDescription(data)));
    if (!options.organisation.isEmpty()) {
        meta(tr("Reviewed by"), link(options.organisationUrl, options.organisation));
    }
    QStringList reviewers;
    for (const ReportReviewer &r : data.reviewers) {
        reviewers.append(r.name);
    }
    if (!reviewers.isEmpty()) {
        meta(tr("Reviewers"), esc(reviewers.join(QStringLiteral(", "))));
    }
    out += QStringLiteral("</dl>\n</header>\n");
    return out;
}

/// The summary figures and charts.
QString HtmlReportWriter::summarySection(
    const ReportData &data, const ReportSummary &summary, Target target, QList<ReportChart> *charts)
{
    QString out;
    out += QStringLiteral(
        "<section id=\"summary\">\n<h2>%1</h2>\n<table class=\"figures\" border=\"1\" cellspacing=\"0\" "
        "cellpadding=\"3\">\n")
               .arg(esc(ReportText::sectionTitle(ReportText::Section::Summary)));
    const auto figure = [&out](const QString &label, const QString &value) {
        out += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n").arg(esc(label), esc(value));
    };
    for (const auto &[label, value] : ReportText::summaryFigures(summary)) {
        figure(label, value);
    }
    out += QStringLiteral("</table>\n");
    const QList<ReportChart> chartList = summaryCharts(data, summary);
    out += QStringLiteral("<div class=\"charts\">\n");
    for (qsizetype i = 0; i < chartList.size(); ++i) {
        const ReportChart &chart = chartList.at(i);
        if (target == Target::Browser) {
            out += QString::fromUtf8(chart.toSvg()) + QLatin1Char('\n');
        } else if (charts) { // without a list to put them in (a preview), charts are left out
            out += QStringLiteral("<p><img src=\"sourcelight-chart:%1\" width=\"%2\" height=\"%3\"></p>\n")
                       .arg(i)
                       .arg(chart.size().width())
                       .arg(chart.size().height());
            charts->append(chart);
        }
    }
    out += QStringLiteral("</div>\n</section>\n");
    return out;
}

/// How far the reviewers agree, over the whole report (documentId 0, a section of its own) or over one document (a
/// part of its section); nothing when nobody coded independently.
QString HtmlReportWriter::agreementSection(const ReportData &data, Id documentId)
{
    const QList<ReportAgreement> agreement = data.agreementOf(documentId);
    const QList<QStringList> rows = ReportText::agreementRows(agreement);
    if (rows.isEmpty()) {
        return {};
    }
    const QString title = esc(ReportText::sectionTitle(ReportText::Section::Agreement));
    QString out = documentId == 0 ? QStringLiteral("<section id=\"agreement\">\n<h2>%1</h2>\n").arg(title)
                                  : QStringLiteral("<h3>%1</h3>\n").arg(title);
    out += tableStart(QStringLiteral("agreement"), ReportText::agreementColumns());
    for (const QStringList &row : rows) {
        out += QStringLiteral("<tr>");
        for (const QString &cell : row) {
            out += QStringLiteral("<td>") + esc(cell) + QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>\n");
    if (documentId == 0) {
        out += QStringLiteral("<p class=\"note\">") + esc(ReportText::agreementExplanation(agreement))
            + QStringLiteral("</p>\n</section>\n");
    }
    return out;
}

/// Sentences per source (the first twelve sources, then the others together) and claims by verdict.
QList<ReportChart> HtmlReportWriter::summaryCharts(const ReportData &data, const ReportSummary &summary)
{
    QList<ReportChart::Bar> sourceBars;
    constexpr int MaxBars = 12;
    qsizetype others = 0;
    for (qsizetype i = 0; i < summary.sources.size(); ++i) {
        const ReportSummary::SourceShare &s = summary.sources.at(i);
        if (i < MaxBars) {
            sourceBars.append({s.name, double(s.sentences),
                s.sourceId == 0 ? QColor(0xcc, 0xcc, 0xcc) : ReportText::sourceColour(data, s.sourceId), s.anonymous});
        } else {
            others += s.sentences;
        }
    }
    if (others > 0) {
        sourceBars.append(
            {tr("Other sources", "source: who a claim comes from"), double(others), QColor(0x99, 0x99, 0x99), false});
    }
    QList<ReportChart::Bar> verdictBars;
    for (auto it = summary.verdicts.cbegin(); it != summary.verdicts.cend(); ++it) {
        verdictBars.append({ReportText::verdictLabel(it.key()), double(it.value()),
            QColor::fromRgb(ClaimVocabulary::entry(it.key()).chartColour), false});
    }
    return {
        ReportChart(ReportText::sectionTitle(ReportText::Section::SentencesPerSource), sourceBars),
        ReportChart(ReportText::sectionTitle(ReportText::Section::ClaimsByVerdict), verdictBars),
    };
}

/// The appendix: every source with its figures.
QString HtmlReportWriter::sourcesSection(const ReportData &data, const ReportSummary &summary)
{
    QString out;
    QHash<Id, qsizetype> sentencesBySource, claimsBySource;
    for (const ReportSummary::SourceShare &s : summary.sources) {
        sentencesBySource.insert(s.sourceId, s.sentences);
        claimsBySource.insert(s.sourceId, s.claims);
    }
    out += QStringLiteral("<section id=\"sources\">\n<h2>")
        + esc(ReportText::sectionTitle(ReportText::Section::Sources)) + QStringLiteral("</h2>\n")
        + tableStart({}, ReportText::sourceColumns() + ReportText::perSourceColumns().mid(1));
    for (const ReportSource &s : data.sources) {
        const QString colour = ReportText::sourceColour(data, s.id).name();
        out += QStringLiteral(
            "<tr id=\"source-%1\"><td><span class=\"chip\" style=\"background-color:%2\"></span>%3</td>"
            "<td>%4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td><td>%9</td></tr>\n")
                   .arg(QString::number(s.id), colour, esc(s.name), esc(ReportText::sourceKindLabel(s.kind)),
                       esc(s.aliases.join(QStringLiteral(", "))),
                       s.parentId ? esc(ReportText::sourceName(data, *s.parentId)) : QString(), esc(s.description),
                       QString::number(sentencesBySource.value(s.id)), QString::number(claimsBySource.value(s.id)));
    }
    out += QStringLiteral("</tbody>\n</table>\n</section>\n");
    return out;
}

QString HtmlReportWriter::documentSection(const ReportData &data, const ReportDocument &document, Target target)
{
    const DocumentMetadata &m = document.record.metadata;
    const Id docId = document.record.id;
    QString out;
    out += QStringLiteral("<section class=\"document\" id=\"document-%1\">\n<h2>%2</h2>\n<dl class=\"meta\">\n")
               .arg(docId)
               .arg(esc(ReportText::documentTitle(document)));
    const auto meta = [&out](const QString &term, const QString &value) {
        if (!value.isEmpty()) {
            out += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(esc(term), value);
        }
    };
    meta(tr("Outlet"), esc(m.outlet));
    meta(tr("Author"), esc(m.author));
    meta(tr("Published"), esc(m.published));
    meta(tr("Address"), m.url.isEmpty() ? QString() : link(m.url, m.url));
    meta(tr("Language"), m.language == Language::Unknown ? QString() : esc(languageCode(m.language)));
    out += QStringLiteral("</dl>\n");
    out += articleText(data, document, target);
    out += attributionTable(data, document);
    if (!document.claims.isEmpty()) {
        out += claimTable(data, document);
    }
    out += agreementSection(data, docId);
    out += QStringLiteral("</section>\n");
    return out;
}

/// The article: sentences tinted by the source they rest on, each linked to its attribution.
QString HtmlReportWriter::articleText(const ReportData &data, const ReportDocument &document, Target target)
{
    QString out;
    out += target == Target::Print ? QStringLiteral("<div class=\"article\" style=\"white-space: pre-wrap\">")
                                   : QStringLiteral("<div class=\"article\">");
    const QString &body = document.record.body;
    qsizetype position = 0;
    for (const SentenceRecord *s : ReportText::sentencesInTextOrder(document)) {
        if (s->span.start < position || !s->span.isValid()) {
            continue; // overlapping spans would garble the text; the tables below still list them
        }
        out += esc(body.mid(position, s->span.start - position));
        const QString text = esc(document.sentenceText(*s));
        const AttributionRecord *a = document.effectiveAttribution(s->id);
        const AttributionHop *hop = ReportText::restingHop(a);
        if (!hop) {
            out += QStringLiteral("<span class=\"sentence\" id=\"sentence-%1\">%2</span>")
                       .arg(QString::number(s->id), text);
        } else {
            const bool confirmed = a->origin != AttributionOrigin::Suggested;
            const QColor colour
                = ReportText::tint(ReportText::sourceColour(data, hop->sourceId), confirmed ? 0.45 : 0.25);
            QString classes = QStringLiteral("sentence");
            if (ReportText::isAnonymous(data, *hop)) {
                classes += QStringLiteral(" anonymous");
            }
            if (!confirmed) {
                classes += QStringLiteral(" suggested");
            }
            QString hover = ReportText::sourceName(data, hop->sourceId);
            const QString via = ReportText::viaChain(data, *a);
            if (!via.isEmpty()) {
                hover += QStringLiteral(" — ") + tr("via %1").arg(via);
            }
            if (!a->cueText.isEmpty()) {
                hover += QStringLiteral(" — “") + a->cueText + QStringLiteral("”");
            }
            out += QStringLiteral(
                "<span class=\"%1\" id=\"sentence-%2\" style=\"background-color:%3\" title=\"%4\">%5</span>"
                "<sup><a class=\"ref\" href=\"#attribution-%6\">%7</a></sup>")
                       .arg(classes, QString::number(s->id), colour.name(), esc(hover), text, QString::number(a->id),
                           QString::number(s->ordinal + 1));
        }
        position = s->span.end;
    }
    out += esc(body.mid(position));
    out += QStringLiteral("</div>\n");
    return out;
}

QString HtmlReportWriter::attributionTable(const ReportData &data, const ReportDocument &document)
{
    QString out;
    out += QStringLiteral("<h3>") + esc(ReportText::sectionTitle(ReportText::Section::Attributions))
        + QStringLiteral("</h3>\n")
        + tableStart(QStringLiteral("attributions"), ReportText::attributionColumns() << tr("Reason"));
    for (const SentenceRecord &s : document.sentences) {
        const AttributionRecord *a = document.effectiveAttribution(s.id);
        if (!ReportText::restingHop(a)) {
            continue;
        }
        const AttributionHop &hop = a->hops.first();
        QString source = QStringLiteral("<a href=\"#source-%1\">%2</a>")
                             .arg(QString::number(hop.sourceId), esc(ReportText::sourceName(data, hop.sourceId)));
        if (!hop.title.isEmpty()) {
            source += QStringLiteral(", ") + esc(hop.title);
        }
        if (ReportText::isAnonymous(data, hop)) {
            source += QStringLiteral(" <em>(%1)</em>").arg(esc(tr("anonymous")));
        }
        out += QStringLiteral("<tr id=\"attribution-%1\"><td><a href=\"#sentence-%2\">%3</a></td><td>%4</td><td>%5</td>"
                              "<td>%6</td><td>%7</td><td>%8</td><td>%9</td></tr>\n")
                   .arg(QString::number(a->id), QString::number(s.id), QString::number(s.ordinal + 1), source,
                       esc(ReportText::viaChain(data, *a)), esc(a->cueText), esc(toString(a->quote)),
                       esc(ReportText::originLabel(a->origin)), esc(a->reason));
    }
    out += QStringLiteral("</tbody>\n</table>\n");
    return out;
}

QString HtmlReportWriter::claimTable(const ReportData &data, const ReportDocument &document)
{
    QString out;
    out += QStringLiteral("<h3>") + esc(ReportText::sectionTitle(ReportText::Section::Claims))
        + QStringLiteral("</h3>\n") + tableStart(QStringLiteral("claims"), ReportText::claimColumns());
    for (const ReportClaim &c : document.claims) {
        const ClaimRecord &claim = c.record;
        const SentenceRecord *s = document.sentence(claim.sentenceId);
        const AttributionRecord *a = document.effectiveAttribution(claim.sentenceId);
        const QStringList tags = ReportText::tagNames(data, claim);
        QString note = esc(claim.note);
        for (const EvidenceRecord &e : c.evidence) {
            note += QStringLiteral("<br>") + esc(ReportText::evidenceLabel()) + QLatin1Char(' ') + link(e.url, e.url);
            if (!e.note.isEmpty()) {
                note += QStringLiteral(" — ") + esc(e.note);
            }
        }
        // Concatenated, not chained arg(): a second arg() would rescan article text for %-placeholders.
        const auto td
            = [](const QString &content) { return QStringLiteral("<td>") + content + QStringLiteral("</td>"); };
        out += QStringLiteral("<tr id=\"claim-") + QString::number(claim.id) + QStringLiteral("\">")
            + td(QStringLiteral("<a href=\"#sentence-%1\">%2</a>")
                    .arg(QString::number(claim.sentenceId), QString::number(s ? s->ordinal + 1 : 0)))
            + td(esc(document.claimText(claim))) + td(esc(ReportText::restingSourceName(data, a)))
            + td(esc(a ? ReportText::viaChain(data, *a) : QString())) + td(esc(a ? a->cueText : QString()))
            + td(esc(ReportText::verdictLabel(claim.verdict))) + td(esc(ReportText::claimTypeLabel(claim.type)))
            + td(note) + td(esc(tags.join(QStringLiteral(", ")))) + td(esc(data.reviewerName(claim.reviewerId)))
            + QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>\n");
    return out;
}

} // namespace Sourcelight
