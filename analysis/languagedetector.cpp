#include "languagedetector.h"

#include <algorithm>

namespace Sourcelight {
namespace {

constexpr qsizetype SampleSize = 32768;

// Words frequent in one of the two languages and absent (or rare) in the other. Each hit counts like a letter
// only that language has, so short texts without such letters ("Він сказав, що…") are still told apart.
constexpr QStringView ukrainianWords[] = {u"було", u"був", u"вона", u"він", u"від", u"його", u"також", u"це", u"цей",
    u"ця", u"що", u"який", u"яка", u"які", u"як", u"із"};
constexpr QStringView russianWords[] = {u"было", u"был", u"она", u"он", u"его", u"как", u"который", u"которые",
    u"также", u"что", u"это", u"этого", u"эти", u"этот", u"из", u"от"};

bool isUkrainianLetter(char16_t u)
{
    // і ї є ґ and their capitals
    return u == 0x0456 || u == 0x0457 || u == 0x0454 || u == 0x0491 || u == 0x0406 || u == 0x0407 || u == 0x0404
        || u == 0x0490;
}

bool isRussianLetter(char16_t u)
{
    // ы э ъ ё and their capitals
    return u == 0x044B || u == 0x044D || u == 0x044A || u == 0x0451 || u == 0x042B || u == 0x042D || u == 0x042A
        || u == 0x0401;
}

bool isCyrillic(char16_t u)
{
    return u >= 0x0400 && u <= 0x052F;
}

template<qsizetype N> bool contains(const QStringView (&words)[N], QStringView word)
{
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

} // namespace

Language LanguageDetector::detect(const QString &text)
{
    const QStringView sample = QStringView(text).first(std::min(text.size(), SampleSize));
    qsizetype latin = 0;
    qsizetype cyrillic = 0;
    qsizetype ukrainian = 0;
    qsizetype russian = 0;
    char16_t word[16];
    qsizetype wordLength = 0;

    // One pass: count scripts, the distinguishing letters, and the distinguishing words (lower-cased as read).
    auto endWord = [&] {
        if (wordLength > 0 && wordLength <= 16) {
            const QStringView w(word, wordLength);
            ukrainian += contains(ukrainianWords, w);
            russian += contains(russianWords, w);
        }
        wordLength = 0;
    };
    for (const QChar ch : sample) {
        const char16_t u = ch.unicode();
        if (isCyrillic(u)) {
            ++cyrillic;
            ukrainian += isUkrainianLetter(u);
            russian += isRussianLetter(u);
            if (wordLength < 16) {
                word[wordLength] = ch.toLower().unicode();
            }
            ++wordLength;
            continue;
        }
        // An apostrophe is part of a Ukrainian word ("м'ясо", "пам’ять").
        if (wordLength > 0 && (u == u'\'' || u == 0x2019 || u == 0x02BC)) {
            wordLength = 17;
            continue;
        }
        endWord();
        if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= 0x00C0 && u <= 0x024F && u != 0x00D7 && u != 0x00F7)) {
            ++latin;
        }
    }
    endWord();

    if (latin == 0 && cyrillic == 0) {
        return Language::Unknown;
    }
    if (latin > cyrillic) {
        return Language::English;
    }
    return ukrainian > russian ? Language::Ukrainian : Language::Russian;
}

} // namespace Sourcelight
