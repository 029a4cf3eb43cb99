#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Sourcelight {

/// One token of a sentence: a word, a number, a quotation mark or another punctuation character.
struct Token
{
    enum class Kind : quint8 { Word, Number, OpenQuote, CloseQuote, Punct };

    qsizetype start = 0; ///< UTF-16 offset into the tokenised text (plus the base offset given)
    qsizetype end = 0;
    QString lower; ///< lower-cased text; for Punct the character itself
    Kind kind = Kind::Punct;
    bool capitalized = false; ///< starts with an upper-case letter
    bool allCaps = false;     ///< two or more letters, all upper case ("NATO", "U.S.")
    bool inQuote = false;     ///< inside quotation marks (set by CueFinder)
    bool annotated = false;   ///< the masks below are set (Lexicon::annotate)
    quint64 wordMask = 0;     ///< bit c: the word is a one-word phrase of lexicon category c
    quint64 firstMask = 0;    ///< bit c: some phrase of category c starts with this word

    bool isWord() const { return kind == Kind::Word; }
    bool isPunct(QChar c) const { return kind == Kind::Punct && lower.size() == 1 && lower.front() == c; }
    bool isQuote() const { return kind == Kind::OpenQuote || kind == Kind::CloseQuote; }
};

/// Splits text into the tokens the lexicon matcher and the attribution rules work on.
///
/// Words keep internal apostrophes and hyphens ("Russia's", "high-ranking") and the dots of acronyms
/// ("U.S.", "a.m."); a short word followed by a dot and more text in the same sentence keeps its dot
/// ("Gen. Smith", "Mr. Kirby"), because the segmenter has already decided that this dot does not end a sentence.
/// Quotation marks are classified as opening or closing from their neighbours, so “…“ typed with two opening
/// marks still pairs; a doubled apostrophe ('') or backtick (``) is one quotation mark, as archives print them.
class WordTokenizer final
{
public:
    /// Tokens of text; offsets are base + the position in text.
    static QList<Token> tokenize(QStringView text, qsizetype base = 0);

    /// Tokens of a lexicon phrase: like tokenize(), but a trailing dot always stays with its word ("gen.").
    static QList<Token> tokenizePhrase(QStringView phrase);

    static bool isQuoteChar(QChar c);
};

} // namespace Sourcelight
