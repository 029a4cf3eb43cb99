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

    /// Original text of tokens [first, last], single-spaced.
    QString textOf(const QList<Token> &tokens, qsizetype first, qsizetype last) const;

private:
    /// The bare noun phrase ending at token p (no appositives).
    SourcePhrase leftNounPhrase(const QList<Token> &tokens, qsizetype p) const;
    bool isNpWord(const QList<Token> &tokens, qsizetype i) const;
    bool isConnector(const Token &token) const;
    /// Start of the phrase of category that ends exactly at token index end; -1 if none.
    qsizetype phraseEndingAt(LexiconCategory category, const QList<Token> &tokens, qsizetype end) const;
    SourcePhrase::Pronoun pronounAt(const QList<Token> &tokens, qsizetype i) const;
    SourcePhrase classify(const QList<Token> &tokens, qsizetype first, qsizetype last) const;
    bool isNameWord(const Token &token) const;
    QString normalisedGroupName(const QList<Token> &tokens, qsizetype first, qsizetype last) const;
    /// Tokens of an appositive or anonymity clause between two commas: (start, end) exclusive of the commas.
    bool isAnonymityClause(const QList<Token> &tokens, qsizetype start) const;

    const Lexicon &m_lexicon;
    QStringView m_text;
};

} // namespace Sourcelight
