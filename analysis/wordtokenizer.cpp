#include "wordtokenizer.h"

namespace Sourcelight {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC';
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

bool isOpeningContext(QChar c)
{
    return c.isSpace() || c == u'(' || c == u'[' || c == u'{' || c == u'\u2014' || c == u'\u2013' || c == u'-'
        || c == u'/' || c == u':' || c == u'\u00AB' || c == u'\u201E';
}

/// How many characters the quotation mark at i spans: 1 for a quotation mark character, 2 for a doubled apostrophe
/// or backtick standing for one ('' and `` as some archives and the Penn Treebank print “ and ”), 0 for none.
qsizetype quoteWidth(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    if (WordTokenizer::isQuoteChar(c)) {
        return 1;
    }
    return (c == u'\'' || c == u'`') && i + 1 < text.size() && text[i + 1] == c ? 2 : 0;
}

QList<Token> tokenizeImpl(QStringView text, qsizetype base, bool phrase)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 5 + 1);
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token token;
        token.start = base + i;
        if (isWordChar(c)) {
            qsizetype j = i + 1;
            bool digitsOnly = c.isDigit();
            while (j < n) {
                const QChar d = text[j];
                if (isWordChar(d)) {
                    digitsOnly = digitsOnly && (d.isDigit() || d.isMark());
                    ++j;
                } else if ((isApostrophe(d) || isHyphen(d)) && j + 1 < n && isWordChar(text[j + 1])) {
                    j += 2;
                    digitsOnly = false;
                } else if (digitsOnly && (d == u',' || d == u'.') && j + 1 < n && text[j + 1].isDigit()) {
                    j += 2; // 8,000 and 1.5
                } else if (d == u'.' && j + 1 < n && text[j + 1].isLetter() && j + 2 <= n
                    && (j + 2 == n || text[j + 2] == u'.')) {
                    j += 2; // U.S, a.m — the final dot is taken below
                } else {
                    break;
                }
            }
            // A dot after a short word or an acronym: part of the word unless it ends the text (sentence end).
            if (j < n && text[j] == u'.') {
                const qsizetype wordLength = j - i;
                const bool acronym = wordLength >= 3 && text[j - 2] == u'.';
                qsizetype k = j + 1;
                while (k < n && text[k].isSpace()) {
                    ++k;
                }
                const bool moreText = k < n && k > j + 1 && (text[k].isLetterOrNumber());
                if (phrase ? (wordLength <= 4 || acronym) : ((wordLength <= 4 || acronym) && moreText)) {
                    ++j;
                }
            }
            token.end = base + j;
            token.kind = digitsOnly ? Token::Kind::Number : Token::Kind::Word;
            token.capitalized = c.isUpper();
            if (token.capitalized) {
                int letters = 0;
                bool upper = true;
                for (qsizetype k = i; k < j && upper; ++k) {
                    if (text[k].isLetter()) {
                        ++letters;
                        upper = text[k].isUpper();
                    }
                }
                token.allCaps = upper && letters >= 2;
            }
            token.lower = text.sliced(i, j - i).toString().toLower();
            i = j;
        } else if (const qsizetype width = quoteWidth(text, i); width > 0) {
            token.end = base + i + width;
            token.lower = QString(c);
            if (c == u'\u00AB' || c == u'\u201E' || c == u'\u2039' || c == u'`') {
                token.kind = Token::Kind::OpenQuote;
            } else if (c == u'\u00BB' || c == u'\u203A') {
                token.kind = Token::Kind::CloseQuote;
            } else {
                const bool atStart = i == 0 || isOpeningContext(text[i - 1]);
                const bool beforeSpace = i + width >= n || text[i + width].isSpace();
                token.kind = atStart && !beforeSpace ? Token::Kind::OpenQuote : Token::Kind::CloseQuote;
            }
            i += width;
        } else {
            token.end = base + i + 1;
            token.kind = Token::Kind::Punct;
            token.lower = QString(c);
            ++i;
        }
        tokens.append(std::move(token));
    }
    return tokens;
}

} // namespace

bool WordTokenizer::isQuoteChar(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
    case 0x201F: // ‟
    case 0x00AB: // «
    case 0x00BB: // »
    case 0x2039: // ‹
    case 0x203A: // ›
        return true;
    default:
        return false;
    }
}

QList<Token> WordTokenizer::tokenize(QStringView text, qsizetype base)
{
    return tokenizeImpl(text, base, false);
}

QList<Token> WordTokenizer::tokenizePhrase(QStringView phrase)
{
    return tokenizeImpl(phrase, 0, true);
}

} // namespace Sourcelight
