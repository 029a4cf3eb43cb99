#include "sentencesegmenter.h"

#include "listmarkerfinder.h"
#include "segmentationchars.h"
#include "segmentationwords.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <iterator>
#include <string_view>

namespace Sourcelight {
namespace {

using Words = SegmentationWords;
using namespace SegmentationChars;

// --- the scan -----------------------------------------------------------------------------------------------

/// A run of terminal marks with the closing quotes and brackets after it: the place where a sentence may end.
struct Cluster
{
    enum Kind { Period, Ellipsis, Exclamation };
    qsizetype start = 0;      ///< first terminal mark
    qsizetype closeStart = 0; ///< first closing quote or bracket (== end when there is none)
    qsizetype end = 0;        ///< just after the cluster: where the sentence would end
    qsizetype next = 0;       ///< first non-blank after the cluster on this line (== end when nothing separates them)
    Kind kind = Period;

    bool hasCloser() const { return closeStart < end; }
};

/// The word before a full stop, as the rules see it.
struct Token
{
    enum Class { None, Word, Numeral, Initial, Acronym, Url };
    Class cls = None;
    quint8 flags = 0;
    qsizetype start = 0;
    qsizetype end = 0;
};

class Scanner final
{
public:
    Scanner(const QString &text, quint8 mask)
        : m_text(text)
        , m_d(text.constData())
        , m_n(text.size())
        , m_mask(mask)
    {
    }

    QList<SentenceSpan> run()
    {
        m_out.reserve(m_n / 96 + 1);
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, m_text);
        qsizetype boundary = finder.toNextBoundary();
        qsizetype i = 0;
        while (i < m_n) {
            while (boundary != -1 && boundary <= i) {
                if (boundary == i) {
                    foreignBoundary(i);
                }
                boundary = finder.toNextBoundary();
            }
            // Skip to the next character that matters or the next boundary of Qt's, whichever comes first.
            const qsizetype stop = boundary == -1 ? m_n : std::min(boundary, m_n);
            while (i < stop && !isSpecial(m_d[i].unicode())) {
                ++i;
            }
            if (i == stop) {
                continue;
            }
            const char16_t u = m_d[i].unicode();
            if (isLineBreak(u)) {
                addSentence(m_segmentStart, i);
                m_segmentStart = m_lineStart = i + 1;
                ++i;
                continue;
            }
            if (u == u')') {
                // "1) The first demand 2) The second demand": a later item starts a sentence.
                qsizetype next = i + 1;
                while (next < m_n && isHorizontalBlank(m_d[next])) {
                    ++next;
                }
                if (next > i + 1) {
                    const qsizetype marker
                        = ListMarkerFinder(QStringView(m_d, m_n), m_lineStart).markerStart(i, i + 1, next);
                    if (marker >= 0) {
                        startItemAt(marker);
                    }
                }
                ++i;
                continue;
            }
            if (isBullet(u)) {
                if (i > m_segmentStart && isBlank(m_d[i - 1]) && hasContentBefore(i)) {
                    addSentence(m_segmentStart, i);
                    m_segmentStart = i;
                }
                ++i;
                continue;
            }
            const Cluster c = parseCluster(i);
            // Qt's boundaries inside or right after the cluster are the ones this candidate decides on.
            bool qtSplits = false;
            while (boundary != -1 && boundary <= c.next) {
                qtSplits = qtSplits || boundary > i;
                boundary = finder.toNextBoundary();
            }
            if (c.next >= m_n || isLineBreak(m_d[c.next].unicode())) {
                i = c.next;
                continue;
            }
            if (const qsizetype marker = inlineListMarker(c); marker >= 0) {
                // "Demands: 1.) Release the prisoners 2.) Open the border": the item starts a sentence.
                startItemAt(marker);
                i = c.next;
                continue;
            }
            if (endsSentence(c, qtSplits)) {
                addSentence(m_segmentStart, c.end);
                m_segmentStart = c.next;
            }
            i = c.next;
        }
        addSentence(m_segmentStart, m_n);
        return std::move(m_out);
    }

private:
    /// A list item starts at @p marker: what came before it on the line, if it holds any text, is a sentence.
    void startItemAt(qsizetype marker)
    {
        if (hasWord(QStringView(m_d + m_segmentStart, m_d + marker)) || hasDigitBetween(m_segmentStart, marker)) {
            addSentence(m_segmentStart, marker);
            m_segmentStart = marker;
        }
    }

    void addSentence(qsizetype start, qsizetype end)
    {
        while (start < end && isBlank(m_d[start])) {
            ++start;
        }
        while (end > start && isBlank(m_d[end - 1])) {
            --end;
        }
        if (start < end) {
            m_out.append(SentenceSpan {start, end});
        }
    }

    /// A boundary Qt found away from any terminal mark of ours: after a line break (already handled), after
    /// a dash following a quotation ("!» — заявил" — wrong, dropped), or after another script's full stop
    /// ("。", "।", "؟" — kept).
    void foreignBoundary(qsizetype p)
    {
        qsizetype q = p;
        while (q > m_segmentStart && (isBlank(m_d[q - 1]) || isCloser(m_d[q - 1]))) {
            --q;
        }
        if (q == m_segmentStart) {
            return;
        }
        const QChar x = m_d[q - 1];
        if (x.unicode() >= 0x80 && !isTerminal(x.unicode()) && x.category() == QChar::Punctuation_Other) {
            addSentence(m_segmentStart, p);
            m_segmentStart = p;
        }
    }

    Cluster parseCluster(qsizetype i) const
    {
        Cluster c;
        c.start = i;
        int dots = 0;
        bool ellipsis = false;
        bool exclamation = false;
        qsizetype j = i;
        for (; j < m_n && isTerminal(m_d[j].unicode()); ++j) {
            const char16_t u = m_d[j].unicode();
            dots += u == u'.';
            ellipsis = ellipsis || u == 0x2026;
            exclamation = exclamation || (u != u'.' && u != 0x2026);
        }
        c.closeStart = j;
        // Closers, and marks after closers: «Не видали маму?». / (see below.).
        while (j < m_n && (isCloser(m_d[j]) || isTerminal(m_d[j].unicode()))) {
            const char16_t u = m_d[j].unicode();
            exclamation = exclamation || u == u'!' || u == u'?';
            ++j;
        }
        c.end = j;
        while (j < m_n && isHorizontalBlank(m_d[j])) {
            ++j;
        }
        c.next = j;
        // The last dot of a spaced ellipsis ". . ." is one too.
        const bool spaced = dots == 1 && i >= 2 && m_d[i - 1] == u' ' && m_d[i - 2] == u'.';
        c.kind = exclamation ? Cluster::Exclamation
                             : ((ellipsis || dots > 1 || spaced) ? Cluster::Ellipsis : Cluster::Period);
        return c;
    }

    /// Does the sentence end after cluster @p c? @p qtSplits is what UAX #29 said.
    bool endsSentence(const Cluster &c, bool qtSplits) const
    {
        // Marks with nothing before them in the sentence ("… and then", a lone "?!") end nothing.
        if (!hasContentBefore(c.start)) {
            return false;
        }
        const QChar next = m_d[c.next];
        if (c.next == c.end) {
            return attachedEndsSentence(c, next, qtSplits);
        }
        if (isDash(next.unicode()) && capitalAfterDash(c.next)) {
            // "— Мы не уйдём, — сказал он. — Никогда.": the speech resumes (or a new reply starts) after the
            // author's words; '«Стой!» — крикнул он' goes on in lower case.
            return true;
        }
        if (next.isLower() || isContinuation(next.unicode())) {
            // '"Stop!" he shouted.', '"Are you sure?" asked the officer.', «Стой!» — крикнул он., "wait… what"
            return false;
        }
        const bool upper = next.isLetter();
        const bool number = next.isDigit() || next.category() == QChar::Symbol_Currency;
        const bool opener = isOpener(next);
        if (c.kind == Cluster::Ellipsis && c.start > 0 && c.hasCloser()
            && ((m_d[c.start - 1] == u'[' && m_d[c.closeStart] == u']')
                || (m_d[c.start - 1] == u'(' && m_d[c.closeStart] == u')'))) {
            return false; // "[...]": an omission inside a quotation, not an end
        }
        if (c.kind == Cluster::Period && c.end - c.closeStart == 1 && m_d[c.closeStart] == u')'
            && isListMarker(tokenBefore(c.start))) {
            return false; // "1.) The first demand" at the start of a line
        }
        if (c.kind == Cluster::Period && upper && closedByBracket(c)) {
            // An abbreviation closing a parenthesis: "Lt. Gen. (ret.) Mark Hertling", "(D-N.Y.) The bill…".
            const Token tok = tokenBefore(c.start);
            if (tok.cls == Token::Initial || tok.cls == Token::Acronym
                || (tok.flags & (Words::JoinAlways | Words::JoinUnlessStarter))) {
                return startsSentence(c.next);
            }
        }
        if (c.kind == Cluster::Ellipsis && !c.hasCloser() && isPronounI(c.next)) {
            return false; // "what I mean . . . I did not see it": "I" is capitalised anywhere
        }
        if (c.kind != Cluster::Period || c.hasCloser()) {
            if (upper) {
                return !(c.hasCloser() && attributionFollows(c.next));
            }
            return (number || opener) ? true : qtSplits;
        }
        const Token tok = tokenBefore(c.start);
        if (isListMarker(tok)) {
            return false; // "3. The minister said…" at the start of a line
        }
        if (tok.flags & Words::JoinAlways) {
            return false; // "Sen. Warren", "Gen. "Mad Dog" Mattis", "ул. Крещатик"
        }
        if (upper) {
            if (tok.cls == Token::Acronym && isTimeOfDay(tok)) {
                return endsAfterTimeOfDay(tok, c.next);
            }
            if (tok.cls == Token::Initial || tok.cls == Token::Acronym || (tok.flags & Words::JoinUnlessStarter)) {
                return startsSentence(c.next);
            }
            // A year or century opening the sentence before its subject: "В 1987 г. Горбачёв…", "У 1991 р. Україна…".
            if (isYearOrCentury(tok) && opensWithTimePhrase(tok.start)) {
                return false;
            }
            // A Russian or Ukrainian unit before a country's acronym: "100 долл. США", "5 тыс. грн. НБУ".
            if ((tok.flags & Words::JoinBeforeNumber) && isCyrillic(m_d[tok.start]) && isAcronymWord(c.next)) {
                return false;
            }
            return true;
        }
        if (number) {
            // "No. 3", "Sept. 11", "the U.S. 5th Fleet" continue; "in 2019. 17 people died" does not.
            return !((tok.flags & Words::JoinBeforeNumber) || tok.cls == Token::Initial || tok.cls == Token::Acronym);
        }
        return opener ? true : qtSplits;
    }

    /// A mark with no space after it: a URL, an e-mail address, a decimal, "U.S", or a missing space.
    bool attachedEndsSentence(const Cluster &c, QChar next, bool qtSplits) const
    {
        if (!next.isLetterOrNumber()) {
            return isContinuation(next.unicode()) ? false : qtSplits;
        }
        if (next.isLower() || next.isDigit()) {
            return false;
        }
        if (c.kind == Cluster::Period && !c.hasCloser()) {
            const Token tok = tokenBefore(c.start);
            if (tok.cls == Token::Url || (tok.flags & Words::JoinAlways) || looksLikeUrlAhead(c.next)) {
                return false; // "www.Reuters.Com/world", "Mr.Kirby"
            }
            const QStringView nextWord = wordAt(c.next);
            const qsizetype after = c.next + nextWord.size();
            if ((tok.end - tok.start <= 2 || tok.cls == Token::Acronym) && nextWord.size() <= 2 && after < m_n
                && m_d[after].unicode() == u'.') {
                return false; // "Ph.D.", "U.S.A."
            }
            // A missing space between two sentences: "the talks ended.Then the convoy moved".
            if (tok.cls == Token::Word && tok.end - tok.start >= 2 && isLowerWord(tok.start, tok.end)
                && nextWord.size() >= 2 && nextWord.at(1).isLower()) {
                return true;
            }
        }
        return qtSplits;
    }

    /// The closers after the mark are brackets only: "(ret.)", "[sic.]".
    bool closedByBracket(const Cluster &c) const
    {
        if (!c.hasCloser()) {
            return false;
        }
        for (qsizetype p = c.closeStart; p < c.end; ++p) {
            if (m_d[p] != u')' && m_d[p] != u']') {
                return false;
            }
        }
        return true;
    }

    bool hasDigitBetween(qsizetype b, qsizetype e) const
    {
        for (; b < e; ++b) {
            if (m_d[b].isDigit()) {
                return true;
            }
        }
        return false;
    }

    /// Start of the list marker that ends with cluster @p c ("2." or "b.)" in the middle of a line, part of a
    /// sequence with the item before or after it on the same line), or -1.
    qsizetype inlineListMarker(const Cluster &c) const
    {
        if (c.kind != Cluster::Period || c.end - c.start > 2 || (c.hasCloser() && m_d[c.closeStart] != u')')) {
            return -1;
        }
        return ListMarkerFinder(QStringView(m_d, m_n), m_lineStart).markerStart(c.start, c.end, c.next);
    }

    static bool isDash(char16_t u) { return u == 0x2013 || u == 0x2014; }

    /// A dash at @p p, blanks, then a capital letter.
    bool capitalAfterDash(qsizetype p) const
    {
        qsizetype q = p + 1;
        while (q < m_n && isHorizontalBlank(m_d[q])) {
            ++q;
        }
        return q > p + 1 && q < m_n && m_d[q].isUpper();
    }

    /// The English pronoun "I" ("I ", "I'm", "I’ve"), not an initial ("I.") or a longer word.
    bool isPronounI(qsizetype p) const
    {
        if (m_d[p] != u'I' || p + 1 >= m_n) {
            return false;
        }
        const char16_t after = m_d[p + 1].unicode();
        return after == u' ' || after == u'\'' || after == 0x2019;
    }

    /// An all-capitals word of two or more letters: "США", "NATO".
    bool isAcronymWord(qsizetype p) const
    {
        const QStringView word = wordAt(p);
        return word.size() >= 2 && std::all_of(word.begin(), word.end(), [](QChar ch) { return ch.isUpper(); });
    }

    bool isLowerWord(qsizetype b, qsizetype e) const
    {
        for (; b < e; ++b) {
            if (!m_d[b].isLower()) {
                return false;
            }
        }
        return true;
    }

    bool looksLikeUrlAhead(qsizetype p) const
    {
        const qsizetype limit = std::min(m_n, p + 64);
        for (; p < limit && !isBlank(m_d[p]); ++p) {
            const char16_t u = m_d[p].unicode();
            if (u == u'/' || u == u'@' || (u == u'.' && p + 1 < m_n && m_d[p + 1].isLetterOrNumber())) {
                return true;
            }
        }
        return false;
    }

    bool hasContentBefore(qsizetype p) const
    {
        const qsizetype limit = std::max(m_segmentStart, p - 32);
        for (; p > limit; --p) {
            const QChar ch = m_d[p - 1];
            if (!isBlank(ch) && !ch.isPunct()) {
                return true;
            }
        }
        return p > m_segmentStart;
    }

    /// The word before the full stop at @p dot, classified and looked up in the abbreviation table.
    Token tokenBefore(qsizetype dot) const
    {
        Token tok;
        qsizetype b = dot;
        const qsizetype limit = std::max(m_lineStart, dot - 64);
        while (b > limit && !isBlank(m_d[b - 1])) {
            --b;
        }
        const QStringView run(m_d + b, dot - b);
        if (run.contains(u'/') || run.contains(u'@') || run.startsWith(u"www", Qt::CaseInsensitive)) {
            tok.cls = Token::Url;
            return tok;
        }
        while (b < dot && !m_d[b].isLetterOrNumber()) {
            ++b;
        }
        const char16_t last = m_d[dot - 1].unicode();
        if (last == 0x2116 || ((last == 0x00B0 || last == 0x00BA) && dot - b == 2 && m_d[b] == u'N')) {
            tok.cls = Token::Word; // "№.", "N°.", "Nº." before a number
            tok.flags = Words::JoinBeforeNumber;
            return tok;
        }
        if (b == dot || !m_d[dot - 1].isLetterOrNumber()) {
            return tok;
        }
        return classify(b, dot);
    }

    /// Classifies the word [@p b, @p dot) that ends at a full stop.
    Token classify(qsizetype b, qsizetype dot) const
    {
        Token tok;
        tok.start = b;
        tok.end = dot;
        int letters = 0;
        int digits = 0;
        int dots = 0;
        int longestSegment = 0;
        int segment = 0;
        qsizetype lastDot = -1;
        for (qsizetype p = b; p < dot; ++p) {
            const QChar ch = m_d[p];
            if (ch.isLetter()) {
                ++letters;
                longestSegment = std::max(longestSegment, ++segment);
            } else if (ch.isDigit()) {
                ++digits;
            } else if (ch.unicode() == u'.') {
                ++dots;
                segment = 0;
                lastDot = p;
            } else if (ch.unicode() != u',') {
                // Hyphenated: the part after the hyphen decides ("ex-U.S. Army", "D-Mass."); with an apostrophe
                // or anything else, a plain word.
                if ((ch.unicode() == u'-' || ch.unicode() == 0x2010) && p + 1 < dot && m_d[p + 1].isLetter()) {
                    return classify(p + 1, dot);
                }
                tok.cls = Token::Word;
                return tok;
            }
        }
        const QStringView word(m_d + b, dot - b);
        if (letters == 0) {
            tok.cls = Token::Numeral;
            return tok;
        }
        tok.cls = Token::Word;
        if (word.size() == 1 && (m_d[b].isUpper() || m_d[b].isTitleCase())) {
            tok.cls = Token::Initial; // "John F. Kennedy", "А. С. Пушкин"
            return tok;
        }
        std::optional<quint8> flags;
        if (word.size() <= 4 && word.front().isLower()) {
            flags = spacedAbbreviation(b, dot); // "т. е.", "н. э.", "т. зв."
        }
        if (!flags) {
            flags = Words::abbreviation(word, m_mask);
        }
        if (flags) {
            tok.flags = *flags;
            if ((tok.flags & Words::UnitAfterNumber) && followsNumberOrConjunction(b)) {
                tok.flags &= ~(Words::JoinAlways | Words::JoinUnlessStarter);
            }
            return tok;
        }
        if (dots > 0 && digits == 0 && longestSegment <= 2) {
            tok.cls = Token::Acronym; // "U.S", "a.m", "D.C", "В.В"
        } else if (dots > 0 && lastDot + 1 < dot && m_d[lastDot + 1].isLetter()) {
            return classify(lastDot + 1, dot); // a missing space: "moved.Mr." is "Mr."
        }
        return tok;
    }

    /// "a.m", "p.m", "A.M", "P.M" (the word before the final full stop).
    bool isTimeOfDay(const Token &tok) const
    {
        if (tok.end - tok.start != 3 || m_d[tok.start + 1].unicode() != u'.') {
            return false;
        }
        const char16_t first = m_d[tok.start].toLower().unicode();
        return (first == u'a' || first == u'p') && m_d[tok.start + 2].toLower().unicode() == u'm';
    }

    /// "at 9 P.M. Ms. Diaz drove home" is two sentences; "At 7 a.m. Ms. Diaz opened the office", where the time
    /// opens the sentence, and "at 9 a.m. Monday" or "at 5 p.m. EST", where a day or a time zone follows, are one.
    bool endsAfterTimeOfDay(const Token &tok, qsizetype next) const
    {
        static constexpr std::u16string_view Following[] = {u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday",
            u"Saturday", u"Sunday", u"January", u"February", u"March", u"April", u"June", u"July", u"August",
            u"September", u"October", u"November", u"December", u"Jan", u"Feb", u"Mar", u"Apr", u"Jun", u"Jul", u"Aug",
            u"Sep", u"Sept", u"Oct", u"Nov", u"Dec", u"GMT", u"UTC", u"BST", u"CET", u"CEST", u"EET", u"EEST", u"MSK",
            u"ET", u"EST", u"EDT", u"CT", u"CST", u"CDT", u"MT", u"MST", u"MDT", u"PT", u"PST", u"PDT", u"Kyiv",
            u"Moscow", u"Washington", u"London", u"Eastern", u"Central", u"Pacific", u"Mountain"};
        const QStringView word = wordAt(next);
        for (const std::u16string_view w : Following) {
            if (word == QStringView(w.data(), qsizetype(w.size()))) {
                return false;
            }
        }
        return !opensWithTimePhrase(tok.start);
    }

    /// "г.", "гг.", "в.", "вв.", "р.", "рр.", "ст." after a number: "1987 г.", "1990-х гг.", "XV в.", "1991 р.".
    bool isYearOrCentury(const Token &tok) const
    {
        static constexpr std::u16string_view Units[] = {u"г", u"гг", u"в", u"вв", u"р", u"рр", u"ст"};
        const QStringView word(m_d + tok.start, tok.end - tok.start);
        if (!std::any_of(std::begin(Units), std::end(Units),
                [word](std::u16string_view w) { return word == QStringView(w.data(), qsizetype(w.size())); })) {
            return false;
        }
        qsizetype p = tok.start;
        while (p > m_segmentStart && isHorizontalBlank(m_d[p - 1])) {
            --p;
        }
        const qsizetype end = p;
        while (p > m_segmentStart && !isBlank(m_d[p - 1])) {
            --p;
        }
        QStringView before(m_d + p, end - p);
        if (std::any_of(before.begin(), before.end(), [](QChar ch) { return ch.isDigit(); })) {
            return true; // "1987", "1990-х", "2014–2015"
        }
        const qsizetype dash = std::max(before.lastIndexOf(u'-'), before.lastIndexOf(QChar(0x2013)));
        return isRomanNumeral(before.mid(dash + 1)); // "XV", "XVIII–XIX"
    }

    /// The sentence so far is a time adverbial before its subject: "At 7", "By 10:30", "Shortly after 6".
    bool opensWithTimePhrase(qsizetype timeStart) const
    {
        static constexpr std::u16string_view Openers[] = {u"At", u"By", u"Before", u"After", u"Until", u"Till",
            u"Around", u"About", u"From", u"Since", u"Shortly", u"Just", u"Soon", u"Early", u"Late", u"Sometime", u"On",
            u"Then", u"Later", u"Earlier", u"In", u"During",
            // Russian and Ukrainian: "В 1987 г.", "С 2014 г.", "Летом 2022 г.", "У 1991 р.", "Восени 2023 р."
            u"В", u"Во", u"С", u"Со", u"До", u"После", u"К", u"Ко", u"Около", u"Уже", u"Ещё", u"Еще", u"Лишь",
            u"Только", u"Летом", u"Зимой", u"Весной", u"Осенью", u"Начиная", u"У", u"З", u"Із", u"Від", u"Після",
            u"Близько", u"Вже", u"Ще", u"Лише", u"Влітку", u"Взимку", u"Навесні", u"Восени", u"Починаючи"};
        qsizetype p = m_segmentStart;
        while (p < timeStart && !m_d[p].isLetterOrNumber()) {
            ++p;
        }
        const QStringView first = wordAt(p);
        const bool opener = std::any_of(std::begin(Openers), std::end(Openers),
            [first](std::u16string_view w) { return first == QStringView(w.data(), qsizetype(w.size())); });
        if (!opener) {
            return false;
        }
        int words = 0;
        bool inWord = false;
        for (qsizetype q = p; q < timeStart; ++q) {
            const bool blank = isBlank(m_d[q]);
            words += !blank && !inWord;
            inWord = !blank;
        }
        return words <= 4;
    }

    /// "т. е.", "н. э.", "т. зв." written with a space: a single letter and a full stop, then the word at @p b.
    std::optional<quint8> spacedAbbreviation(qsizetype b, qsizetype dot) const
    {
        constexpr qsizetype MaxLength = 6;
        if (b < 3 || dot - b > MaxLength - 2 || m_d[b - 1].unicode() != u' ' || m_d[b - 2].unicode() != u'.'
            || !m_d[b - 3].isLower() || (b > 3 && m_d[b - 4].isLetterOrNumber())) {
            return std::nullopt;
        }
        char16_t key[MaxLength] = {m_d[b - 3].unicode(), u'.'};
        for (qsizetype p = b; p < dot; ++p) {
            key[2 + p - b] = m_d[p].unicode();
        }
        return Words::abbreviation(QStringView(key, 2 + (dot - b)), m_mask);
    }

    /// "2020 г.", "XX ст.", "ХХ в.", "и пр.": the abbreviation is a unit or a trailing word, not a title.
    bool followsNumberOrConjunction(qsizetype b) const
    {
        qsizetype p = b;
        while (p > m_lineStart && isHorizontalBlank(m_d[p - 1]) && b - p < 3) {
            --p;
        }
        if (p == b || p == m_lineStart) {
            return false;
        }
        if (m_d[p - 1].isDigit()) {
            return true;
        }
        qsizetype w = p;
        while (w > m_lineStart && m_d[w - 1].isLetter() && p - w < 8) {
            --w;
        }
        const QStringView word(m_d + w, p - w);
        return isRomanNumeral(word) || word == u"и" || word == u"і" || word == u"й" || word == u"та" || word == u"или"
            || word == u"або";
    }

    bool isListMarker(const Token &tok) const
    {
        if (tok.cls == Token::None || tok.cls == Token::Url || tok.end - tok.start > 8) {
            return false;
        }
        // Only blanks and bullets before it, from the start of the line or of an item a bullet began. Scanned
        // backwards, so the usual case (a word before it) costs one step, however long the sentence.
        bool bullet = false;
        for (qsizetype p = tok.start; p > m_segmentStart; --p) {
            const char16_t u = m_d[p - 1].unicode();
            bullet = bullet || isBullet(u);
            if (!isBlank(m_d[p - 1]) && !isBullet(u) && u != u'-' && u != u'*' && u != 0x2013 && u != 0x2014
                && u != 0x00B7) {
                return false;
            }
        }
        if (m_segmentStart != m_lineStart && !bullet) {
            return false;
        }
        const QStringView word(m_d + tok.start, tok.end - tok.start);
        if (tok.cls == Token::Numeral) {
            return word.size() <= 3 || word.contains(u'.');
        }
        return word.size() == 1 || isRomanNumeral(word) || romanIndex(word) >= 0;
    }

    QStringView wordAt(qsizetype p) const
    {
        qsizetype q = p;
        while (q < m_n && q - p < 24 && m_d[q].isLetter()) {
            ++q;
        }
        return QStringView(m_d + p, q - p);
    }

    /// Does the capitalised word at @p p usually start a sentence? An initial ("J." in "J. R. R.") never does.
    bool startsSentence(qsizetype p) const
    {
        const QStringView word = wordAt(p);
        const qsizetype after = p + word.size();
        if (word.size() == 1 && after < m_n && m_d[after].unicode() == u'.') {
            return false;
        }
        return Words::startsSentence(word, m_mask);
    }

    /// '"Stop!" Kirby shouted.': one to three capitalised words, then a speech verb closing the clause.
    bool attributionFollows(qsizetype p) const
    {
        for (int names = 0; names < 3; ++names) {
            if (p >= m_n || !m_d[p].isUpper()) {
                return false;
            }
            qsizetype q = p;
            while (q < m_n && q - p < 30
                && (m_d[q].isLetter() || m_d[q].unicode() == u'.' || m_d[q].unicode() == u'-'
                    || m_d[q].unicode() == u'\'' || m_d[q].unicode() == 0x2019)) {
                ++q;
            }
            if (names == 0 && startsSentence(p)) {
                return false;
            }
            if (q >= m_n || m_d[q].unicode() != u' ') {
                return false;
            }
            p = q + 1;
            if (p < m_n && m_d[p].isLower()) {
                const QStringView verb = wordAt(p);
                const qsizetype after = p + verb.size();
                if (!Words::isSpeechVerb(verb, m_mask)) {
                    return false;
                }
                if (after >= m_n || isLineBreak(m_d[after].unicode())) {
                    return true;
                }
                const char16_t u = m_d[after].unicode();
                return u == u',' || u == u';' || u == u':' || isTerminal(u);
            }
        }
        return false;
    }

    const QString &m_text;
    const QChar *m_d;
    qsizetype m_n;
    quint8 m_mask;
    qsizetype m_segmentStart = 0;
    qsizetype m_lineStart = 0;
    QList<SentenceSpan> m_out;
};

/// Russian and Ukrainian text keeps its own lists (and the English ones, for quoted names and acronyms);
/// English and undetected text consults every list.
quint8 languageMask(Language language)
{
    switch (language) {
    case Language::Russian:
        return Words::En | Words::Ru;
    case Language::Ukrainian:
        return Words::En | Words::Uk;
    case Language::English:
    case Language::Unknown:
        break;
    }
    return Words::AllLanguages;
}

} // namespace

SentenceSegmenter::SentenceSegmenter(Language language)
    : m_language(language)
    , m_languageMask(languageMask(language))
{
}

Language SentenceSegmenter::language() const
{
    return m_language;
}

QList<SentenceSpan> SentenceSegmenter::segment(const QString &text) const
{
    return Scanner(text, m_languageMask).run();
}

} // namespace Sourcelight
