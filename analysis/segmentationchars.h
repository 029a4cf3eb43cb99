#pragma once

#include <QChar>
#include <QStringView>

#include <algorithm>
#include <array>
#include <iterator>

/// Character classes for sentence segmentation, shared by SentenceSegmenter and ListMarkerFinder. Each is a few
/// comparisons: they run on every character of every article.
namespace Sourcelight::SegmentationChars {

inline bool isLineBreak(char16_t u)
{
    return u == u'\n' || u == u'\r' || u == 0x0B || u == 0x0C || u == 0x85 || u == 0x2028 || u == 0x2029;
}

inline bool isTerminal(char16_t u)
{
    return u == u'.' || u == u'!' || u == u'?' || u == 0x2026 || u == 0x203C || (u >= 0x2047 && u <= 0x2049);
}

/// Bullets that start a list item; one in the middle of a line starts a new item ("• 9. First • 10. Second").
inline bool isBullet(char16_t u)
{
    return u == 0x2022 || u == 0x2023 || u == 0x2043 || u == 0x25AA || u == 0x25CF || u == 0x25E6;
}

/// Characters the main loop must stop at: terminal marks, line breaks, bullets, ")" of list items. Everything
/// else is skipped fast: the test below rejects ASCII letters with one table load and other scripts' letters
/// with one comparison.
inline bool isSpecial(char16_t u)
{
    static constexpr auto ascii = [] {
        std::array<bool, 128> table {};
        for (const char16_t c : {u'.', u'!', u'?', u')', u'\n', u'\v', u'\f', u'\r'}) {
            table[c] = true;
        }
        return table;
    }();
    if (u < 0x80) {
        return ascii[u];
    }
    if (u < 0x2022) {
        return u == 0x85;
    }
    return u == 0x2026 || u == 0x2028 || u == 0x2029 || u == 0x203C || (u >= 0x2047 && u <= 0x2049) || isBullet(u);
}

/// Whitespace for trimming: Unicode spaces plus the zero-width characters that carry no text.
inline bool isBlank(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        return u == u' ' || (u >= 0x09 && u <= 0x0D);
    }
    return c.isSpace() || u == 0x200B || u == 0x2060 || u == 0xFEFF;
}

inline bool isHorizontalBlank(QChar c)
{
    return isBlank(c) && !isLineBreak(c.unicode());
}

/// Closing quotes and brackets that belong to the sentence when they follow its terminal mark. “ is included:
/// it closes „…“ quotations in Russian and Ukrainian.
inline bool isCloser(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        return u == u'"' || u == u'\'' || u == u')' || u == u']' || u == u'}';
    }
    const QChar::Category cat = c.category();
    return cat == QChar::Punctuation_Close || cat == QChar::Punctuation_FinalQuote
        || cat == QChar::Punctuation_InitialQuote;
}

inline bool isOpener(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        return u == u'"' || u == u'\'' || u == u'(' || u == u'[' || u == u'{';
    }
    const QChar::Category cat = c.category();
    return cat == QChar::Punctuation_Open || cat == QChar::Punctuation_InitialQuote
        || cat == QChar::Punctuation_FinalQuote;
}

/// Punctuation that continues a sentence after a terminal mark: «Это ложь!» — заявил он. / "Stop!", he said.
inline bool isContinuation(char16_t u)
{
    return u == u',' || u == u';' || u == u':' || u == u'-' || (u >= 0x2010 && u <= 0x2015) || u == 0x2212;
}

inline bool isCyrillic(QChar c)
{
    return c.unicode() >= 0x0400 && c.unicode() <= 0x052F;
}

inline constexpr QStringView romanNumerals[] = {u"i", u"ii", u"iii", u"iv", u"v", u"vi", u"vii", u"viii", u"ix", u"x"};

inline bool isRomanLetter(char16_t u)
{
    return u == u'i' || u == u'v' || u == u'x' || u == u'I' || u == u'V' || u == u'X';
}

/// Position of a list numeral "i"…"x" (either case, not mixed) in romanNumerals, or -1.
inline int romanIndex(QStringView value)
{
    if (value.isEmpty() || value.size() > 4) {
        return -1;
    }
    const bool upper = value.front().isUpper();
    char16_t lowered[4];
    for (qsizetype k = 0; k < value.size(); ++k) {
        if (!isRomanLetter(value.at(k).unicode()) || value.at(k).isUpper() != upper) {
            return -1;
        }
        lowered[k] = value.at(k).toLower().unicode();
    }
    const QStringView key(lowered, value.size());
    const auto it = std::find(std::begin(romanNumerals), std::end(romanNumerals), key);
    return it == std::end(romanNumerals) ? -1 : int(it - std::begin(romanNumerals));
}

inline bool isRomanNumeral(QStringView word)
{
    if (word.isEmpty() || word.size() > 6) {
        return false;
    }
    // Cyrillic І and Х stand in for Latin I and X in much Russian and Ukrainian copy ("ХХ ст.").
    return std::all_of(word.begin(), word.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u == u'I' || u == u'V' || u == u'X' || u == u'L' || u == u'C' || u == 0x0406 || u == 0x0425;
    });
}

/// Two letters in a row somewhere in @p text: it holds a word, not only numbers, marks or bullets.
inline bool hasWord(QStringView text)
{
    for (qsizetype k = 0; k + 1 < text.size(); ++k) {
        if (text[k].isLetter() && text[k + 1].isLetter()) {
            return true;
        }
    }
    return false;
}

} // namespace Sourcelight::SegmentationChars
