#pragma once

#include "reportdata.h"

#include <QColor>
#include <QCoreApplication>

namespace Sourcelight {

struct ReportOptions;
struct ReportSummary;

/// Labels, escaping and lookups the report writers share, so every format says the same thing the same way.
class ReportText final
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    ReportText() = delete;

    static QString verdictLabel(Verdict verdict);
    static QString claimTypeLabel(ClaimType type);
    static QString sourceKindLabel(SourceKind kind);
    static QString originLabel(AttributionOrigin origin);

    /// The source a sentence's claims rest on (hop 0), or nullptr for the article's own voice.
    static const AttributionHop *restingHop(const AttributionRecord *attribution);
    static QString sourceName(const ReportData &data, Id sourceId);
    /// "Reuters, Bloomberg": the conduits, nearest to the reader first; empty without any.
    static QString viaChain(const ReportData &data, const AttributionRecord &attribution);
    /// Whether a claim resting on this hop rests on an anonymous source.
    static bool isAnonymous(const ReportData &data, const AttributionHop &hop);
    /// The name of the source the claims of this sentence rest on, or "Author" for the article's own voice.
    static QString restingSourceName(const ReportData &data, const AttributionRecord *attribution);

    /// The names of a claim's tags in its order, a tag the report does not carry by its id.
    static QStringList tagNames(const ReportData &data, const ClaimRecord &claim);
    /// A document's sentences in the order they stand in its text (by where they start).
    static QList<const SentenceRecord *> sentencesInTextOrder(const ReportDocument &document);

    /// The source's own colour when it is a valid #rrggbb, else a colour-blind-safe palette entry by id.
    static QColor sourceColour(const ReportData &data, Id sourceId);
    /// colour blended with white: a tint dark text stays readable on.
    static QColor tint(const QColor &colour, double strength);

    /// ISO 8601 UTC with milliseconds, as the store keeps times; empty for an invalid time.
    static QString timestamp(const QDateTime &time);
    static QDateTime generatedAt(const ReportData &data, const ReportOptions &options);
    static QString title(const ReportData &data, const ReportOptions &options);
    /// The IRI that identifiers in linked-data exports start with (no trailing separator).
    static QString baseIri(const ReportData &data, const ReportOptions &options);
    /// One line describing the scope and filters ("2 documents; only verified claims").
    static QString scopeDescription(const ReportData &data);
    /// A count with its share of whole: "14 (35.0%)"; "0 (–)" when whole is 0.
    static QString countWithShare(qsizetype part, qsizetype whole);

    /// The titles of the sections and charts every report has, in the reader's language.
    enum class Section {
        Summary,
        SentencesPerSource,
        ClaimsByVerdict,
        Attributions,
        Claims,
        Sources,
        Agreement,
    };
    static QString sectionTitle(Section section);
    /// The agreement table's headings, and its rows as plain text (field, α, units, reviewers, the pairs), one per
    /// field that holds a value: what every report says of how far the reviewers agree.
    static QStringList agreementColumns();
    static QList<QStringList> agreementRows(const QList<ReportAgreement> &agreement);
    /// The sentence under the agreement table: who coded, and what the figures mean.
    static QString agreementExplanation(const QList<ReportAgreement> &agreement);
    /// "Source", "Verdict", "Tag “timeline”": an agreement field ("source", "tag:timeline") for people.
    static QString agreementFieldLabel(const QString &field);
    /// The summary's figures in the order every report lists them: each one's label and value ("14 (35.0%)").
    static QList<std::pair<QString, QString>> summaryFigures(const ReportSummary &summary);
    /// The headings of the tables every report has (the HTML report adds its own columns after them): a document's
    /// attributions and its claims, the sources, the sentences and claims per source, the claims per verdict.
    static QStringList attributionColumns();
    static QStringList claimColumns();
    static QStringList sourceColumns();
    static QStringList perSourceColumns();
    static QStringList perVerdictColumns();
    /// A document's title, or "Untitled document 7" for one without.
    static QString documentTitle(const ReportDocument &document);
    /// What goes before an evidence link in a claim's note.
    static QString evidenceLabel();

    /// Escapes text for HTML element content and double-quoted attribute values.
    static QString htmlEscaped(const QString &text);
    /// True for the control characters no text report may carry: C0 except TAB, LF and CR, DEL and C1. Article
    /// front matter can hold them (ESC sequences that recolour a terminal, form feeds, …); they are invalid in HTML
    /// and XML and invisible or harmful elsewhere.
    static bool isForbiddenControl(char16_t c)
    {
        return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7f && c <= 0x9f);
    }
    /// Drops those control characters from text, in place (NUL becomes U+FFFD, so that a cut is visible).
    static void dropControlCharacters(QString &text);
    /// Collapses runs of whitespace (newlines included) to single spaces.
    static QString simplified(const QString &text);
};

} // namespace Sourcelight
