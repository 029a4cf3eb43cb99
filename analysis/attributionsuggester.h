#pragma once

#include "attributiontypes.h"
#include "language.h"

#include <QList>
#include <QString>

#include <memory>

namespace Sourcelight {

class Lexicon;

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
    Language m_language;
    std::shared_ptr<const Lexicon> m_lexicon;
};

} // namespace Sourcelight
