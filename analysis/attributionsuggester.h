#pragma once

#include "attributiontypes.h"
#include "language.h"

#include <QList>
#include <QString>

#include <memory>

namespace Sourcelight {

class Lexicon;
class SourceRegistry;
struct SentenceFrame;
struct Token;

/// Suggests, for every sentence of an article, who its source is, through whom (the "via" chain), on what
/// evidence (the cue) and how sure the rules are. Transparent rules over the language's lexicon
/// (resources/lexicons): a reporting verb and its subject, source prepositions, citing and conduit phrases,
/// anonymity clauses, backward attributions ("This is what Bloomberg writes…"), carried reported speech
/// ("It is noted that…", the rest of a quotation) and the article's own voice for everything else.
///
/// Sources are resolved across the article in reading order ("Kirby" after "John Kirby"; "one U.S. official"
/// and "another U.S. official" stay two sources). Deterministic; safe to use from several threads.
class AttributionSuggester final
{
public:
    explicit AttributionSuggester(Language language);

    /// One suggestion per sentence, same order. Sentence spans are UTF-16 offsets into text.
    QList<AttributionSuggestion> suggest(const QString &text, const QList<SentenceSpan> &sentences) const;

    Language language() const { return m_language; }

private:
    struct Walk;

    /// Fills s for a sentence that names its source (frame.source): the source, its conduits, confidence, reason.
    void suggestExplicit(AttributionSuggestion &s, const SentenceFrame &frame, const QList<Token> &tokens,
        QStringView view, SourceRegistry &registry) const;
    /// Sentence i attributes the ones before it ("…, citing US officials."): its source goes back onto those of
    /// them that are in the author's voice.
    void attributeBackward(Walk &walk, qsizetype i, const QString &sentenceText) const;
    /// Sentence i has an impersonal cue ("It is noted that"): it continues a recent source, else the author's voice.
    void suggestImpersonal(Walk &walk, qsizetype i, const SentenceFrame &frame) const;
    /// Sentence i continues the last source (the rest of a quotation, an opener, a hedge); false if it does not.
    bool carryChain(Walk &walk, qsizetype i, const SentenceFrame &frame, const QList<Token> &tokens, QStringView view,
        qsizetype end, bool startedInQuote) const;

    Language m_language;
    std::shared_ptr<const Lexicon> m_lexicon;
};

} // namespace Sourcelight
