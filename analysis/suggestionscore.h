#pragma once

#include "attributiontypes.h"
#include "language.h"

#include <QMap>
#include <QString>

#include <optional>

namespace Sourcelight {

/// One sentence an analyst has reviewed: what the suggester proposed and what the analyst decided.
struct ReviewedSuggestion
{
    Language language = Language::English;
    QString cueText; ///< the suggestion's cue ("criticised", "according to"); empty when it had none
    AttributionScope scope = AttributionScope::Author; ///< the suggestion's scope
    qint64 suggestedSource = 0;                        ///< the suggestion's source (first hop); 0 = own voice
    std::optional<SourceKind> suggestedKind;           ///< its kind; nullopt for the own voice
    qint64 reviewedSource = 0;                         ///< the analyst's source (first hop); 0 = own voice
};

/// How the suggestions of one class fared in review.
struct SuggestionTally
{
    int reviewed = 0;
    int accepted = 0;    ///< the analyst kept the suggested source, or agreed that there is none
    int wrongSource = 0; ///< both name a source, not the same one
    int missed = 0;      ///< the suggestion saw the article's own voice, the analyst a source
    int falseAlarm = 0;  ///< the suggestion named a source, the analyst the article's own voice

    /// accepted / reviewed, 0 when nothing was reviewed.
    double acceptanceRate() const { return reviewed > 0 ? double(accepted) / double(reviewed) : 0.0; }
    friend bool operator==(const SuggestionTally &, const SuggestionTally &) = default;
};

/// "How good were the suggestions?" on the sentences an analyst has reviewed: for each, whether the analyst kept
/// the suggested source, counted in total, by the class of the suggestion's cue and by the kind of source it named
/// — so a newsroom sees how far to trust the suggestions on its own articles.
class SuggestionScore final
{
public:
    /// Cue classes, as the cue finder names them: "speech", "stance", "belief", "evidence" (verbs, by the
    /// lexicon's verb classes), "noun" (attribution nouns: "his claim that", "in a statement"), "punct" (a colon
    /// alone: "Her verdict:"), "phrase" (any other cue: "according to"), "carried" and
    /// "backward" (the cue stands in another sentence) and "none" (the suggestion saw the article's own voice).
    static QString cueClassOf(const QString &cueText, AttributionScope scope, Language language);
    /// The key of bySourceKind() for a suggestion: toString(kind), or "none" for the article's own voice.
    static QString sourceKindKey(const std::optional<SourceKind> &kind);

    void add(const ReviewedSuggestion &reviewed);

    const SuggestionTally &total() const { return m_total; }
    const QMap<QString, SuggestionTally> &byCueClass() const { return m_byCueClass; }
    /// By the kind of source the suggestion named ("none" for the own voice).
    const QMap<QString, SuggestionTally> &bySourceKind() const { return m_bySourceKind; }

private:
    SuggestionTally m_total;
    QMap<QString, SuggestionTally> m_byCueClass;
    QMap<QString, SuggestionTally> m_bySourceKind;
};

} // namespace Sourcelight
