#pragma once

#include <QtGlobal>

#include "lexicon.h"
#include "sourcephrase.h"
#include "sourcephrasefinder.h"

#include <QList>
#include <QStringView>

namespace Sourcelight {

/// What one sentence says about its own attribution, before the article-level rules (resolution of names,
/// backward and carried scope) run.
struct SentenceFrame
{
    SourcePhrase source;     ///< the source as named in this sentence (may be a pronoun); invalid when none
    QList<SourcePhrase> via; ///< conduits named in this sentence, nearest to the reader first
    qsizetype cueFirst = -1; ///< token range of the cue
    qsizetype cueLast = -1;
    QString
        cueClass; ///< "speech", "stance", "belief", "evidence" (verbs), "phrase", "noun" or "punct"; empty without one
    bool backward = false;     ///< "This is what … writes": the cue covers the previous sentences
    bool impersonal = false;   ///< "It is noted that…", "сообщается": a cue without a named source
    bool carryOpener = false;  ///< starts with "Meanwhile", "In addition", "При этом"
    qsizetype openerLast = -1; ///< last token of the carry opener
    bool hedged = false;       ///< contains a hedge ("reportedly", "could", "якобы")
    bool authorCaveat = false; ///< the writer's own caveat ("could not be independently verified")
    QList<std::pair<qsizetype, qsizetype>> frameRanges; ///< token ranges of every cue and source/conduit mention
    int quotedWords = 0;                                ///< words inside quotation marks
    bool quoteOpensClause = false; ///< the quotation starts the sentence or follows ':' or ',' (not "that … \"…\"")
    int contentWords = 0;          ///< words outside the source, cue and via mentions
    bool endsInsideQuote = false;  ///< a quotation opened here is still open at the end

    bool hasCue() const { return cueFirst >= 0; }
};

/// Finds the attribution cue of one sentence and the phrases around it: reporting verbs with their subject
/// ("one U.S. official said", "said Kirby"), source prepositions ("according to"), citing phrases
/// ("writes, citing US officials"), conduits ("as quoted by Reuters", "told Reuters"), attribution nouns with a
/// source ("his claim that", "Her verdict:", "In a statement, the ministry …", "в заявлении МИД"), a colon after a
/// source that introduces a quotation ("Doreen is not fooled: \"…\""), impersonal cues ("it is noted"), backward
/// markers ("This is what") and carry openers ("Meanwhile").
class CueFinder final
{
    Q_DISABLE_COPY_MOVE(CueFinder)

public:
    CueFinder(const Lexicon &lexicon, QStringView documentText, bool subjectAfterVerbFirst);

    /// Analyses tokens of one sentence; startsInsideQuote says a quotation from the previous sentence is open.
    /// Marks the tokens inside quotation marks (Token::inQuote).
    SentenceFrame analyse(QList<Token> &tokens, bool startsInsideQuote) const;

private:
    static bool markQuotes(QList<Token> &tokens, bool startsInsideQuote);
    /// Length of the attributive verb starting at tokens[index] (0 when none) and its class: speech verbs
    /// ("said"), stance ("blasted", "denied"), belief ("fears", "is convinced") or evidence ("show", "found").
    int verbCueAt(const QList<Token> &tokens, qsizetype index, QString *cueClass) const;
    /// Whether a naming verb (lexicon "namingVerbs": "called", "dubbed") at tokens [verbFirst, verbLast] has an
    /// object and what it is called after it, so that it reports the subject's words ("called the plan
    /// \"reckless\""), not a name ("a postman called Dennis").
    bool namesItsObject(const QList<Token> &tokens, qsizetype verbFirst, qsizetype verbLast) const;
    /// Whether a verb of that class can take this subject as its source: evidence verbs only attribute to
    /// documents, data and groups of people ("records show", "researchers found"), not to "police found".
    static bool plausibleSubject(const QString &cueClass, const SourcePhrase &subject);
    /// The source of a source preposition matched at tokens [first, last]: a possessive inside it ("по его
    /// словам", "на її думку": the pronoun), else the phrase after it, in Russian and Ukrainian also a lower-case
    /// genitive phrase the lexicon does not know ("по мнению синоптиков").
    SourcePhrase prepositionSource(const QList<Token> &tokens, qsizetype first, qsizetype last) const;
    /// Up to a few words from tokens[index] to the next punctuation as a source phrase (Russian and Ukrainian
    /// genitive and locative sources: "по мнению биолога Марины Зайцевой", "сообщили в региональном управлении
    /// МЧС"). With requireSourceWord, only when a word is capitalised or a known group or institution noun.
    SourcePhrase looseNounPhrase(const QList<Token> &tokens, qsizetype index, bool requireSourceWord) const;
    bool coveredByHedge(const QList<Token> &tokens, qsizetype index) const;
    /// Whether the verb ending at tokens[verbLast] has no content after it, only a preposition or the sentence's
    /// end ("I wrote to the company", "we asked about it"): a first-person source narrating, not reporting.
    static bool narratesAction(const QList<Token> &tokens, qsizetype verbLast);
    /// A negated verb that reports no content ("did not respond to questions", "have not said whether"); a negated
    /// belief with content ("We do not doubt her sincerity") still attributes it.
    static bool negatedWithoutContent(
        const QList<Token> &tokens, qsizetype verbFirst, qsizetype verbLast, const QString &cueClass);
    /// A possessive pronoun at tokens[k] as a source phrase ("his", "its", "их"); invalid when it is none.
    SourcePhrase possessivePronoun(const QList<Token> &tokens, qsizetype k) const;

    // Attribution nouns and colons: cues of their own only when no verb or phrase attributes the sentence.
    /// An attribution noun (lexicon "nounCues") at tokens[index] with its source: a possessor ("his claim",
    /// "Lang's claim", "the councillors' claim"), a subject of a support verb ("X made a promise") or a "by" phrase
    /// ("the allegation, made by opposition councillors,"), and content after it ("that …", ": …", "is that …").
    /// Returns the event's source; invalid when the noun attributes nothing here ("the claim was rejected").
    SourcePhrase nounCueSource(const QList<Token> &tokens, qsizetype index, int length) const;
    /// Whether the words from tokens[index] introduce the content of an attribution noun: a complementiser, a colon
    /// or a quotation, maybe after a copula or a short predicate ("is that", "was short:") or a parenthesis.
    bool contentFollows(const QList<Token> &tokens, qsizetype index) const;
    /// A frame naming a speech event ("In a statement, the ministry …"; "в заявлении Минобороны") at tokens[index]
    /// with the source it names; invalid when none.
    SourcePhrase nounFrameSource(const QList<Token> &tokens, qsizetype index, int length, bool sentenceStart) const;
    /// A colon after a source that opens a quotation ("Doreen is not fooled: \"…\""; "Адвокат Волкова: «…»"): the
    /// source, or invalid; colon is set to the colon's token.
    SourcePhrase colonSource(const QList<Token> &tokens, qsizetype firstWord, qsizetype *colon) const;
    /// Last token of an appositive that describes a person, from tokens[first] up to a comma or the colon at
    /// index colon ("the port's director", "a retired ferryman"); -1 when there is none.
    qsizetype appositiveEnd(const QList<Token> &tokens, qsizetype first, qsizetype colon) const;

    // The steps of analyse().
    struct Event;
    /// The cues of a sentence in reading order: reporting verbs with their subjects, source prepositions, citing
    /// and via phrases. Sets frame's opener, backward, hedge and caveat flags; the first impersonal cue's tokens
    /// go to impersonalFirst and impersonalLast.
    QList<Event> findEvents(
        const QList<Token> &tokens, SentenceFrame &frame, qsizetype &impersonalFirst, qsizetype &impersonalLast) const;
    /// A reporting verb at tokens[i] with its subject (and the outlet it was told to) appended to events; returns
    /// the token to go on after, i when there is no verb cue there.
    qsizetype addVerbEvent(const QList<Token> &tokens, qsizetype i, qsizetype firstWord, QList<Event> &events) const;
    /// Sets frame's source and cue from the events: the primary cue, else a citing phrase, else the impersonal cue.
    static void chooseCue(const QList<Token> &tokens, const QList<Event> &events, qsizetype impersonalFirst,
        qsizetype impersonalLast, SentenceFrame &frame);
    /// The event of a speech cue that reports what comes before it ("…, the mayor said", "…, каже мер") with a
    /// source other than the writer, after the first-person primary event: "I believe the water is gone, the mayor
    /// said" is the mayor's, the "I" speaks inside the words reported. -1 when there is none.
    static qsizetype reportingClauseAfter(const QList<Token> &tokens, const QList<Event> &events, qsizetype primary);
    /// chooseCue() with a primary event: a citing phrase makes it a conduit, as an outlet relaying an inner
    /// speaker does; via phrases extend the cue. Returns the conduits, nearest to the reader first.
    static QList<SourcePhrase> cueFromPrimary(const QList<Event> &events, qsizetype primary, qsizetype citing,
        const QList<qsizetype> &viaEvents, SentenceFrame &frame);

    const Lexicon &m_lexicon;
    SourcePhraseFinder m_phrases;
    bool m_subjectAfterVerbFirst;
};

} // namespace Sourcelight
