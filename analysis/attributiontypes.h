#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Sourcelight {

/// A half-open range [start, end) of UTF-16 offsets into a document's text; invalid when start < 0.
struct TextSpan
{
    qsizetype start = -1;
    qsizetype end = -1;

    bool isValid() const { return start >= 0 && end >= start; }
    qsizetype length() const { return isValid() ? end - start : 0; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

/// A sentence of a document: its span and its position in the document.
struct SentenceSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    friend bool operator==(const SentenceSpan &, const SentenceSpan &) = default;
};

/// Who a claim comes from (DESIGN.md vocabulary).
enum class SourceKind {
    Outlet,       ///< a news organisation: Reuters, Bloomberg
    Person,       ///< a named individual: John Kirby
    OfficialBody, ///< an institution speaking as one: the Pentagon, the Kremlin, the ministry
    Anonymous,    ///< unnamed: "US officials", "a source familiar with the matter"
    Document,     ///< a report, statement, filing, study
    Author,       ///< the article's own voice
};

/// How many speakers an anonymous or group mention stands for, as the text says it.
enum class SourceCount {
    Unspecified,
    One,     ///< "one U.S. official", "a source"
    Another, ///< "another official": a different member of the same group
    Several, ///< "officials", "sources", "two people familiar with"
};

enum class QuoteType {
    None,
    Direct,   ///< the claim is in quotation marks
    Indirect, ///< reported speech without quotation marks
    Mixed,    ///< partly quoted
};

enum class AttributionScope {
    Explicit, ///< the cue is in the sentence itself
    Backward, ///< a later sentence attributes this one ("This is what Bloomberg writes, citing…")
    Carried,  ///< continuation of reported speech from an earlier attribution
    Author,   ///< no attribution: the outlet's or writer's own voice
};

/// A source as the text names it.
struct SourceMention
{
    QString name; ///< normalised: "US officials", "John Kirby"
    SourceKind kind = SourceKind::Person;
    TextSpan mention; ///< where the text names it in this sentence, if it does
    bool anonymous = false;
    SourceCount count = SourceCount::Unspecified;
    QString title;        ///< "White House National Security Council spokesman"; empty if none
    bool onRecord = true; ///< false for "speaking on condition of anonymity", background briefings

    friend bool operator==(const SourceMention &, const SourceMention &) = default;
};

/// The suggested attribution of one sentence.
struct AttributionSuggestion
{
    std::optional<SourceMention> source; ///< empty for author scope when no author/outlet is known
    QList<SourceMention> via;            ///< conduits, nearest to the reader first ("as quoted by Reuters")
    QString cueText;                     ///< "said", "writes, citing", "according to"
    TextSpan cue; ///< span of the cue in the document (invalid when the cue is in another sentence)
    QuoteType quote = QuoteType::None;
    AttributionScope scope = AttributionScope::Author;
    double confidence = 0.0; ///< 0–1
    QString reason;          ///< one line an analyst can read

    friend bool operator==(const AttributionSuggestion &, const AttributionSuggestion &) = default;
};

/// Stable lower-case names used by the CLI, the store and the exports ("outlet", "official body" → "official_body").
QString toString(SourceKind kind);
QString toString(SourceCount count);
QString toString(QuoteType quote);
QString toString(AttributionScope scope);
std::optional<SourceKind> sourceKindFromString(const QString &name);
std::optional<SourceCount> sourceCountFromString(const QString &name);
std::optional<QuoteType> quoteTypeFromString(const QString &name);
std::optional<AttributionScope> scopeFromString(const QString &name);

} // namespace Sourcelight
