#pragma once

#include <QtGlobal>

#include "lexicon.h"
#include "sourcephrase.h"

#include <QList>
#include <QStringView>

namespace Sourcelight {

/// Finds and classifies the noun phrase that names a source next to an attribution cue: to the left of a
/// reporting verb ("one U.S. official said", "John Kirby, the White House spokesman, said"), or to the right
/// of a cue ("according to people familiar with the matter", "said Kirby", "заявил Песков").
///
/// Works on one sentence's tokens; knows nothing about other sentences (SourceRegistry resolves names).
class SourcePhraseFinder final
{
    Q_DISABLE_COPY_MOVE(SourcePhraseFinder)

public:
    SourcePhraseFinder(const Lexicon &lexicon, QStringView documentText);

    /// The source phrase ending just before tokens[index] (verb modifiers, appositives and anonymity clauses
    /// between the phrase and the verb are skipped).
    SourcePhrase leftOf(const QList<Token> &tokens, qsizetype index) const;
    /// The source phrase starting at tokens[index].
    SourcePhrase rightOf(const QList<Token> &tokens, qsizetype index) const;
    /// The subject that opens the clause of the verb at tokens[index] when words the lexicon does not know stand
    /// between it and the verb: a post-modifier ("A nurse on the maternity ward said", "One woman who lives above
    /// the shop said", "Engineers I spoke to said"), or a coordinated verb ("The ministry postponed the vote, and
    /// said…": the subject of the first verb). Only a noun phrase with a source head (a person's name, a group,
    /// title, institution or document noun) counts; invalid otherwise. For when leftOf() finds nothing.
    SourcePhrase clauseSubject(const QList<Token> &tokens, qsizetype index) const;

    /// Original text of tokens [first, last], single-spaced.
    QString textOf(const QList<Token> &tokens, qsizetype first, qsizetype last) const;

private:
    SourcePhrase pluralGroupAt(const QList<Token> &tokens, qsizetype first, qsizetype verb) const;
    /// "one", "another" or "the other" standing alone at tokens[k] for a member of a group, as the subject before its
    /// verb or after it; invalid otherwise.
    SourcePhrase loneCountAt(const QList<Token> &tokens, qsizetype k, bool subject) const;
    /// The bare noun phrase ending at token p (no appositives).
    SourcePhrase leftNounPhrase(const QList<Token> &tokens, qsizetype p) const;
    /// First token of a compound name whose head alone is at first == last ("the port authority"): the determiner
    /// before up to two nouns the lexicon does not know; first when there is none.
    qsizetype compoundStart(const QList<Token> &tokens, qsizetype first, qsizetype last) const;
    bool isNpWord(const QList<Token> &tokens, qsizetype i) const;
    bool isConnector(const Token &token) const;
    /// Start of the phrase of category that ends exactly at token index end; -1 if none.
    qsizetype phraseEndingAt(LexiconCategory category, const QList<Token> &tokens, qsizetype end) const;
    SourcePhrase::Pronoun pronounAt(const QList<Token> &tokens, qsizetype i) const;
    /// The pronoun at token i as a mention of that one token; invalid when there is none.
    SourcePhrase pronounPhraseAt(const QList<Token> &tokens, qsizetype i) const;
    SourcePhrase classify(const QList<Token> &tokens, qsizetype first, qsizetype last) const;

    // Steps of rightOf().
    /// "видання Politico": the outlet named after a common noun at index; invalid if none.
    SourcePhrase outletNamedAfterNoun(const QList<Token> &tokens, qsizetype index) const;
    /// An organisation's name in the quotation marks opening at index; invalid if none.
    SourcePhrase quotedName(const QList<Token> &tokens, qsizetype index) const;
    /// A known outlet or official body of several words starting at k; invalid if none.
    SourcePhrase knownNameAt(const QList<Token> &tokens, qsizetype k) const;
    /// Last token of the noun phrase starting at k (connectors included), -1 if none; k ends after it.
    qsizetype rightNounPhraseEnd(const QList<Token> &tokens, qsizetype &k) const;
    /// Adds an anonymity phrase or a title appositive after token last to phrase.
    void extendRightMention(const QList<Token> &tokens, qsizetype last, SourcePhrase &phrase) const;

    // Steps of classify(); a bool one fills phrase and returns true when it decides what the phrase is.
    /// Sets the phrase's count from the determiners at first; returns the index of the first token after them.
    qsizetype readDeterminers(const QList<Token> &tokens, qsizetype first, SourcePhrase &phrase) const;
    /// A known outlet or official body ending the phrase.
    bool classifyKnownName(
        const QList<Token> &tokens, qsizetype first, qsizetype core, qsizetype last, SourcePhrase &phrase) const;
    /// The head noun: the word before the first connector, unless the phrase ends with a name.
    qsizetype headIndexOf(const QList<Token> &tokens, qsizetype core, qsizetype last) const;
    /// First token of the run of name words ending at headIndex; headIndex + 1 if there is none.
    qsizetype nameStartBefore(const QList<Token> &tokens, qsizetype core, qsizetype headIndex) const;
    /// A group, title, outlet, institution or document by the head noun at headIndex.
    bool classifyByHeadNoun(const QList<Token> &tokens, qsizetype first, qsizetype core, qsizetype last,
        qsizetype headIndex, SourcePhrase &phrase) const;
    /// Russian and Ukrainian: a title, institution or group noun at core heading the phrase.
    bool classifyHeadFirst(const QList<Token> &tokens, qsizetype core, qsizetype last, SourcePhrase &phrase) const;
    bool isNameWord(const Token &token) const;
    QString normalisedGroupName(const QList<Token> &tokens, qsizetype first, qsizetype last) const;
    /// Tokens of an appositive or anonymity clause between two commas: (start, end) exclusive of the commas.
    bool isAnonymityClause(const QList<Token> &tokens, qsizetype start) const;
    /// Whether a relative clause ("who …", "which …", "который …") starts at tokens[start].
    static bool relativeClauseAt(const QList<Token> &tokens, qsizetype start);

    const Lexicon &m_lexicon;
    QStringView m_text;
};

} // namespace Sourcelight
