#pragma once

// The project generator the export and large-project benchmarks share: documents of generated sentences, a
// suggestion per sentence and claims on some, written in one transaction. What varies between the benchmarks (how
// the sentences name their report, which sentences name a source, which carry a claim) comes in as functions, so
// each keeps its own data and its figures stay comparable with earlier runs.
#include "attributiontable.h"
#include "claimtable.h"
#include "documenttable.h"
#include "projectstore.h"
#include "sqltransaction.h"

#include <QString>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <optional>

namespace Sourcelight::Bench {

/// The subjects the generated sentences open with, in turn.
inline const QStringList Subjects
    = {QStringLiteral("The ministry"), QStringLiteral("Two officials"), QStringLiteral("A spokesman for the port"),
        QStringLiteral("The regional governor"), QStringLiteral("Analysts at the institute")};

/// One generated sentence of plausible length, with an attribution cue ("said"), citing the figures of report.
inline QString sentence(int document, int index, const QString &report)
{
    return QStringLiteral("%1 said that %2 ships and %3 trucks had crossed the border by day %4, according to the "
                          "figures in report %5.")
        .arg(Subjects.at((document + index) % Subjects.size()))
        .arg(document % 97)
        .arg(index * 3)
        .arg(index)
        .arg(report);
}

struct ProjectShape
{
    int documents = 0;
    int perDocument = 0;
    std::function<QString(int document, int index)> sentence;
    /// The source a sentence's suggestion names (none: the suggestion names no source).
    std::function<std::optional<SourceMention>(int document, int index, const QString &text)> source;
    std::function<QString(int document)> url;
    /// The claims of a document, given its sentence ids.
    std::function<QList<ClaimRecord>(int document, const QList<Id> &sentences)> claims;
};

/// Writes the project at path; prints the store's error and returns false on failure.
inline bool generateProject(const QString &path, const ProjectShape &shape)
{
    ProjectStore store;
    const auto fail = [&store] {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return false;
    };
    if (!store.open(path, ProjectStore::OpenMode::CreateIfMissing)) {
        return fail();
    }
    store.setReviewer(QStringLiteral("Bench"));
    SqlTransaction transaction(store);
    // As the importers write: what is derived from the new rows (full-text entries, claims' source copies) is
    // filled once at the commit, not row by row (on a server the row-by-row path ran at ~150 hops a second).
    if (!store.beginBulkWrite()) {
        return fail();
    }
    for (int d = 0; d < shape.documents; ++d) {
        QString body;
        QList<SentenceSpan> spans;
        QList<AttributionSuggestion> suggestions;
        for (int s = 0; s < shape.perDocument; ++s) {
            const QString text = shape.sentence(d, s);
            spans.append({body.size(), body.size() + text.size()});
            AttributionSuggestion suggestion;
            if (std::optional<SourceMention> source = shape.source(d, s, text)) {
                source->mention = {spans.last().start, spans.last().start + source->name.size()};
                suggestion.source = *source;
                suggestion.cueText = QStringLiteral("said");
                suggestion.scope = AttributionScope::Explicit;
                suggestion.quote = QuoteType::Indirect;
                suggestion.confidence = 0.7;
            }
            suggestions.append(suggestion);
            body += text + QLatin1Char(' ');
        }
        DocumentRecord record;
        record.metadata.title = QStringLiteral("Generated article %1").arg(d);
        record.metadata.outlet = QStringLiteral("Bench Wire");
        record.metadata.url = shape.url ? shape.url(d) : QString();
        record.body = body;
        QList<Id> sentenceIds;
        if (!store.documents().addDocument(record, spans, &sentenceIds)
            || !store.attributions().storeSuggestions(sentenceIds, suggestions, AttributionTable::Previous::None)
            || !store.claims().addClaims(shape.claims(d, sentenceIds))) {
            return fail();
        }
    }
    return transaction.commit() || fail();
}

} // namespace Sourcelight::Bench
