#include "sourcephrasefinder.h"

#include <algorithm>
#include <array>

namespace Sourcelight {

namespace {

/// Longest clause between commas that may stand between a source and its verb.
constexpr qsizetype MaxClauseTokens = 30;

bool isApostrophe(const Token &token)
{
    return token.isPunct(u'\'') || token.isPunct(u'\u2019');
}

bool isAllCaps(const Token &token)
{
    return token.allCaps;
}

/// "AFAD", "UNICEF": two to eight capitals, no dots ("U.S." is a place).
bool isAcronym(const Token &token)
{
    const qsizetype length = token.end - token.start;
    return token.allCaps && token.isWord() && !token.inQuote && length >= 2 && length <= 8
        && !token.lower.contains(u'.');
}

} // namespace

SourcePhraseFinder::SourcePhraseFinder(const Lexicon &lexicon, QStringView documentText)
    : m_lexicon(lexicon)
    , m_text(documentText)
{
}

QString SourcePhraseFinder::textOf(const QList<Token> &tokens, qsizetype first, qsizetype last) const
{
    QString result;
    for (qsizetype i = first; i <= last && i < tokens.size(); ++i) {
        const Token &token = tokens[i];
        if (i > first && token.start > tokens[i - 1].end) {
            result += QLatin1Char(' ');
        }
        result += m_text.sliced(token.start, token.end - token.start);
    }
    return result;
}

bool SourcePhraseFinder::isConnector(const Token &token) const
{
    return token.isWord() && !token.capitalized && !token.inQuote
        && m_lexicon.containsWord(LexiconCategory::Connectors, token);
}

SourcePhrase::Pronoun SourcePhraseFinder::pronounAt(const QList<Token> &tokens, qsizetype i) const
{
    if (i < 0 || i >= tokens.size() || !tokens[i].isWord() || tokens[i].inQuote) {
        return SourcePhrase::Pronoun::None;
    }
    const Token &token = tokens[i];
    if (m_lexicon.containsWord(LexiconCategory::PronounsSingular, token)) {
        return SourcePhrase::Pronoun::Singular;
    }
    if (m_lexicon.containsWord(LexiconCategory::PronounsPlural, token)) {
        return SourcePhrase::Pronoun::Plural;
    }
    if (m_lexicon.containsWord(LexiconCategory::PronounsNeuter, token)) {
        return SourcePhrase::Pronoun::Neuter;
    }
    return SourcePhrase::Pronoun::None;
}

SourcePhrase SourcePhraseFinder::pronounPhraseAt(const QList<Token> &tokens, qsizetype i) const
{
    const SourcePhrase::Pronoun pronoun = pronounAt(tokens, i);
    if (pronoun == SourcePhrase::Pronoun::None) {
        return {};
    }
    SourcePhrase phrase;
    phrase.first = phrase.last = i;
    phrase.pronoun = pronoun;
    return phrase;
}

bool SourcePhraseFinder::isNameWord(const Token &token) const
{
    if (!token.isWord() || !token.capitalized || token.inQuote) {
        return false;
    }
    return !m_lexicon.containsWord(LexiconCategory::NotNames, token)
        && !m_lexicon.containsWord(LexiconCategory::Titles, token)
        && !m_lexicon.containsWord(LexiconCategory::GroupNouns, token)
        && !m_lexicon.containsWord(LexiconCategory::Modifiers, token)
        && !m_lexicon.containsWord(LexiconCategory::InstitutionNouns, token)
        && !m_lexicon.containsWord(LexiconCategory::OfficialBodies, token)
        && !m_lexicon.containsWord(LexiconCategory::Outlets, token) && !isAllCaps(token);
}

bool SourcePhraseFinder::isNpWord(const QList<Token> &tokens, qsizetype i) const
{
    if (i < 0 || i >= tokens.size()) {
        return false;
    }
    const Token &token = tokens[i];
    if (!token.isWord() || token.inQuote) {
        return false;
    }
    if (token.capitalized) {
        return !m_lexicon.containsWord(LexiconCategory::NotNames, token)
            || m_lexicon.containsWord(LexiconCategory::Titles, token)
            || m_lexicon.containsWord(LexiconCategory::Outlets, token);
    }
    if (m_lexicon.containsWord(LexiconCategory::NameParticles, token) && i > 0 && i + 1 < tokens.size()) {
        const auto nameLike = [this](const Token &t) {
            return t.capitalized || m_lexicon.containsWord(LexiconCategory::NameParticles, t);
        };
        if (nameLike(tokens[i - 1]) && nameLike(tokens[i + 1])) {
            return true; // "von der" in "Ursula von der Leyen"
        }
    }
    return m_lexicon.containsWord(LexiconCategory::OutletNouns, token)
        || m_lexicon.containsWord(LexiconCategory::GroupNouns, token)
        || m_lexicon.containsWord(LexiconCategory::Titles, token)
        || m_lexicon.containsWord(LexiconCategory::Modifiers, token)
        || m_lexicon.containsWord(LexiconCategory::RankModifiers, token)
        || m_lexicon.containsWord(LexiconCategory::InstitutionNouns, token)
        || m_lexicon.containsWord(LexiconCategory::AttributionNouns, token)
        || m_lexicon.containsWord(LexiconCategory::OfficialBodies, token)
        || m_lexicon.containsWord(LexiconCategory::Outlets, token);
}

qsizetype SourcePhraseFinder::phraseEndingAt(LexiconCategory category, const QList<Token> &tokens, qsizetype end) const
{
    for (qsizetype start = end; start >= 0 && start > end - 4; --start) {
        if (m_lexicon.matchAt(category, tokens, start) == end - start + 1) {
            return start;
        }
    }
    return -1;
}

bool SourcePhraseFinder::relativeClauseAt(const QList<Token> &tokens, qsizetype start)
{
    static const QStringList relatives = {QStringLiteral("who"), QStringLiteral("which"), QStringLiteral("whose"),
        QStringLiteral("который"), QStringLiteral("которая"), QStringLiteral("которые"), QStringLiteral("який"),
        QStringLiteral("яка"), QStringLiteral("які")};
    return start < tokens.size() && tokens[start].isWord() && !tokens[start].inQuote
        && relatives.contains(tokens[start].lower);
}

bool SourcePhraseFinder::isAnonymityClause(const QList<Token> &tokens, qsizetype start) const
{
    if (start >= tokens.size()) {
        return false;
    }
    static const QStringList relatives = {QStringLiteral("who"), QStringLiteral("which"), QStringLiteral("который"),
        QStringLiteral("которая"), QStringLiteral("которые"), QStringLiteral("який"), QStringLiteral("яка"),
        QStringLiteral("які"), QStringLiteral("speaking"), QStringLiteral("citing")};
    return m_lexicon.matchAt(LexiconCategory::AnonymityPhrases, tokens, start) > 0
        || m_lexicon.matchAt(LexiconCategory::CitingPhrases, tokens, start) > 0
        || m_lexicon.matchAt(LexiconCategory::ViaPhrases, tokens, start) > 0 || relatives.contains(tokens[start].lower);
}

SourcePhrase SourcePhraseFinder::leftOf(const QList<Token> &tokens, qsizetype index) const
{
    qsizetype p = index - 1;
    // Skip "also", "on Tuesday", "in a statement" between the source and its verb.
    for (int guard = 0; guard < 4 && p >= 0; ++guard) {
        const qsizetype start = phraseEndingAt(LexiconCategory::VerbModifiers, tokens, p);
        if (start < 0) {
            break;
        }
        p = start - 1;
    }
    if (p < 0) {
        return {};
    }
    if (const SourcePhrase pronoun = pronounPhraseAt(tokens, p); pronoun.isValid()) {
        return pronoun;
    }
    if (tokens[p].isWord() && !tokens[p].inQuote
        && m_lexicon.containsWord(LexiconCategory::PronounsFirstPerson, tokens[p])) {
        // "I suspect", "We doubt", "я сомневаюсь": the writer (or, in a transcript, the speaker) outside quotation.
        SourcePhrase phrase;
        phrase.first = phrase.last = p;
        phrase.kind = SourceKind::Author;
        phrase.name = textOf(tokens, p, p);
        phrase.head = tokens[p].lower;
        return phrase;
    }
    bool onRecord = true;
    QString appositiveTitle;
    const qsizetype beforeVerb = p; // the mention runs to here when an appositive title follows the name
    bool parenthetical = false;
    // "X, speaking on condition of anonymity, said" / "John Kirby, the White House spokesman, said" /
    // "the headquarters' secretary, Viktor Lozinsky, told"
    while (p >= 0 && tokens[p].isPunct(u',')) {
        qsizetype q = p - 1;
        bool quoted = false; // a quotation inside the clause: 'The council, which declared it a "heritage street",'
        while (q >= 0 && p - q < MaxClauseTokens && (!tokens[q].isPunct(u',') || tokens[q].inQuote)) {
            quoted = quoted || tokens[q].isQuote();
            --q;
        }
        if (q < 0 || !tokens[q].isPunct(u',') || (quoted && !relativeClauseAt(tokens, q + 1))) {
            return {};
        }
        if (isAnonymityClause(tokens, q + 1)) {
            if (m_lexicon.matchAt(LexiconCategory::AnonymityPhrases, tokens, q + 1) > 0) {
                onRecord = false;
            }
            p = q - 1;
            // "Ron Fisher, 71, who …, said", "Ron Fisher, a farmer, who …, said": an appositive before the clause.
            constexpr qsizetype MaxAppositiveTokens = 8;
            qsizetype r = p;
            while (r >= 0 && q - r <= MaxAppositiveTokens && !tokens[r].isPunct(u',') && !tokens[r].isQuote()) {
                --r;
            }
            if (r > 0 && r < p && tokens[r].isPunct(u',') && isNpWord(tokens, r - 1)) {
                p = q;
            }
            continue;
        }
        qsizetype k = q + 1;
        while (k < p
            && (isNpWord(tokens, k) || isConnector(tokens[k]) || isApostrophe(tokens[k])
                || m_lexicon.matchAt(LexiconCategory::CountOne, tokens, k) > 0)) {
            ++k;
        }
        SourcePhrase clause = (k == p && k > q + 1) ? classify(tokens, q + 1, p - 1) : SourcePhrase {};
        if (!clause.isValid() || clause.kind != SourceKind::Person) {
            // Another parenthetical ("The assessment, described to the Journal by…, estimates"): skip it when a
            // noun phrase stands before it.
            if (q > 0 && isNpWord(tokens, q - 1)) {
                p = q - 1;
                parenthetical = true;
                continue;
            }
            return {};
        }
        if (clause.name != clause.title) {
            // The named person stands between the commas; what precedes the first comma is the title.
            const SourcePhrase title = leftNounPhrase(tokens, q - 1);
            if (title.isValid() && title.kind == SourceKind::Person && title.name == title.title) {
                clause.title = textOf(tokens, title.first, title.last);
                clause.first = title.first;
            }
            clause.onRecord = onRecord;
            return clause;
        }
        appositiveTitle = textOf(tokens, q + 1, p - 1);
        p = q - 1;
    }
    if (p < 0) {
        return {};
    }
    // "A person briefed on the negotiations said": the anonymity phrase follows the source's head.
    const qsizetype mentionEnd = p;
    for (qsizetype k = p; k > 0 && k > p - 8; --k) {
        const bool anonymity = m_lexicon.matchAt(LexiconCategory::AnonymityPhrases, tokens, k) > 0;
        if ((anonymity || m_lexicon.matchAt(LexiconCategory::PostModifiers, tokens, k) > 0)
            && isNpWord(tokens, k - 1)) {
            onRecord = onRecord && !anonymity;
            p = k - 1;
            break;
        }
    }
    SourcePhrase phrase = leftNounPhrase(tokens, p);
    if (!phrase.isValid()) {
        phrase = loneCountAt(tokens, p, true);
        if (!phrase.isValid() || phrase.last != mentionEnd) {
            return {};
        }
        phrase.onRecord = onRecord;
        return phrase;
    }
    phrase.last = mentionEnd;
    phrase.onRecord = phrase.onRecord && onRecord;
    if ((!appositiveTitle.isEmpty() || parenthetical) && phrase.kind == SourceKind::Person) {
        if (phrase.title.isEmpty()) {
            phrase.title = appositiveTitle;
        }
        phrase.last = beforeVerb - 1; // up to the comma closing the appositive
    }
    return phrase;
}

SourcePhrase SourcePhraseFinder::loneCountAt(const QList<Token> &tokens, qsizetype k, bool subject) const
{
    // "One, who has lived there since it was built, said", "The other recalled", "said another": a count word
    // standing alone for one of a group the text has described. Not "no one", "this one", "the one who".
    if (k < 0 || k >= tokens.size() || !tokens[k].isWord() || tokens[k].inQuote) {
        return {};
    }
    const QString &word = tokens[k].lower;
    // Before its verb nothing may qualify it ("no one", "this one"); after the verb the verb stands before it.
    const bool previousWord = subject && k > 0 && tokens[k - 1].isWord();
    SourcePhrase phrase;
    phrase.first = phrase.last = k;
    if (word == QLatin1String("other") && k > 0 && tokens[k - 1].lower == QLatin1String("the")
        && (!subject || k < 2 || !tokens[k - 2].isWord())) {
        phrase.first = k - 1;
        phrase.count = SourceCount::Another;
    } else if (word == QLatin1String("another") && !previousWord) {
        phrase.count = SourceCount::Another;
    } else if (word == QLatin1String("one") && !previousWord) {
        phrase.count = SourceCount::One;
    } else {
        return {};
    }
    if (k + 1 < tokens.size() && (tokens[k + 1].isWord() || tokens[k + 1].kind == Token::Kind::Number)
        && !tokens[k + 1].inQuote && m_lexicon.matchAt(LexiconCategory::ReportingVerbs, tokens, k + 1) == 0
        && m_lexicon.matchAt(LexiconCategory::StanceVerbs, tokens, k + 1) == 0
        && m_lexicon.matchAt(LexiconCategory::BeliefVerbs, tokens, k + 1) == 0
        && m_lexicon.matchAt(LexiconCategory::VerbModifiers, tokens, k + 1) == 0) {
        return {}; // "one official", "one in ten": a noun phrase of its own
    }
    phrase.kind = SourceKind::Anonymous;
    phrase.anonymous = true;
    phrase.name = textOf(tokens, phrase.first, phrase.last).toLower();
    phrase.head = word;
    return phrase;
}

SourcePhrase SourcePhraseFinder::clauseSubject(const QList<Token> &tokens, qsizetype index) const
{
    // At most this many words between the subject's head and its verb, and in the noun phrase before the head.
    constexpr qsizetype MaxGap = 10;
    constexpr qsizetype MaxHead = 5;
    if (index == 0) {
        return {};
    }
    // "had no doubt", "talks in Washington": a determiner or preposition makes the cue a noun; "gathered to demand":
    // an infinitive tells a purpose, not what was said.
    static const QStringList NotBeforeVerb = {QStringLiteral("no"), QStringLiteral("a"), QStringLiteral("an"),
        QStringLiteral("the"), QStringLiteral("any"), QStringLiteral("nor"), QStringLiteral("to")};
    if (NotBeforeVerb.contains(tokens[index - 1].lower) || isConnector(tokens[index - 1])) {
        return {};
    }
    qsizetype start = index;
    const auto inClause = [](const Token &t) { return (t.isWord() || t.kind == Token::Kind::Number) && !t.inQuote; };
    while (start > 0 && index - start <= MaxGap + MaxHead && inClause(tokens[start - 1])) {
        --start;
    }
    if (start > 0 && !tokens[start - 1].isPunct(u',') && !tokens[start - 1].isPunct(u';')
        && !tokens[start - 1].isPunct(u':')) {
        return {}; // a quotation, a dash or a clause longer than the limit: not a subject this rule can see
    }
    const auto coordinator
        = [](const Token &t) { return t.lower == QLatin1String("and") || t.lower == QLatin1String("but"); };
    qsizetype maxGap = MaxGap;
    if (start > 0 && index - start == 1 && coordinator(tokens[start])) {
        // "…, and said": the verb shares the subject that opens the sentence.
        maxGap = index;
        start = 0;
        for (qsizetype k = 0; k < index; ++k) {
            if (tokens[k].isPunct(u'-') || tokens[k].isPunct(u'\u2014') || tokens[k].isPunct(u')')) {
                start = k + 1; // after a dateline: "SEOUL, Feb 19 (Wire) - Korva … and said"
            }
        }
        while (start < index && !tokens[start].isWord()) {
            ++start;
        }
    } else if (start > 0 && coordinator(tokens[start])) {
        return {}; // "…, and the minister said": leftOf()'s business
    }
    static const QStringList Negations = {QStringLiteral("not"), QStringLiteral("n't"), QStringLiteral("never"),
        QStringLiteral("unable"), QStringLiteral("не"), QStringLiteral("ни"), QStringLiteral("ні")};
    for (qsizetype k = start; k < index; ++k) {
        if (Negations.contains(tokens[k].lower)) {
            return {}; // "The Ledger has not been able to confirm": nothing was said
        }
    }
    const auto determiner = [this, &tokens](qsizetype k) {
        return m_lexicon.matchAt(LexiconCategory::CountOne, tokens, k) > 0
            || m_lexicon.matchAt(LexiconCategory::CountSeveral, tokens, k) > 0
            || m_lexicon.matchAt(LexiconCategory::CountAnother, tokens, k) > 0;
    };
    bool seenNoun = false;
    for (qsizetype head = start; head < index && head - start < MaxHead; ++head) {
        if (!seenNoun && determiner(head)) {
            continue; // a sentence's first "A" or "The" is capitalised, but no name
        }
        if (!isNpWord(tokens, head)) {
            // Before the noun: determiners ("The", "Three") and modifiers the lexicon does not know ("quarterly",
            // "2021"); classify() decides whether what they lead to is a source.
            const Token &t = tokens[head];
            const bool modifier
                = !seenNoun && ((t.isWord() && !t.capitalized && !isConnector(t)) || t.kind == Token::Kind::Number);
            if (determiner(head) || modifier) {
                continue;
            }
            break;
        }
        seenNoun = true;
        if (index - head - 1 > maxGap) {
            continue;
        }
        // The head: the last noun-phrase word before one that is not ("A nurse | on the ward", "Korva | on Monday").
        if (isNpWord(tokens, head + 1) && head + 1 < index) {
            continue;
        }
        SourcePhrase phrase = classify(tokens, start, head);
        // A capitalised first word alone may be any word ("Not everyone is convinced", "Third quarter in brief").
        const bool loneFirstWord = head == start && phrase.kind == SourceKind::Person
            && std::none_of(tokens.cbegin(), tokens.cbegin() + start, [](const Token &t) { return t.isWord(); });
        if (phrase.isValid() && !loneFirstWord) {
            return phrase;
        }
        if (loneFirstWord) {
            return pluralGroupAt(tokens, start, index);
        }
        break;
    }
    return {};
}

SourcePhrase SourcePhraseFinder::pluralGroupAt(const QList<Token> &tokens, qsizetype first, qsizetype verb) const
{
    // "Housing associations say", "Travel agents have warned": a plural common noun the lexicon does not list,
    // after one modifier at the start of the sentence, then at most auxiliaries before the verb.
    static const QStringList Auxiliaries = {QStringLiteral("have"), QStringLiteral("had"), QStringLiteral("will"),
        QStringLiteral("would"), QStringLiteral("also"), QStringLiteral("now"), QStringLiteral("still"),
        QStringLiteral("already"), QStringLiteral("all")};
    qsizetype last = verb - 1;
    while (last > first && Auxiliaries.contains(tokens[last].lower)) {
        --last;
    }
    const QString &noun = tokens[last].lower;
    if (last != first + 1 || tokens[last].capitalized || !noun.endsWith(u's') || noun.endsWith(QLatin1String("ss"))
        || noun.size() < 4 || isConnector(tokens[last])) {
        return {};
    }
    SourcePhrase phrase;
    phrase.first = first;
    phrase.last = last;
    phrase.kind = SourceKind::Anonymous;
    phrase.anonymous = true;
    phrase.count = SourceCount::Several;
    phrase.name = normalisedGroupName(tokens, first, last);
    phrase.name[0] = phrase.name[0].toLower(); // capitalised only as the sentence's first word
    phrase.head = noun;
    return phrase;
}

SourcePhrase SourcePhraseFinder::leftNounPhrase(const QList<Token> &tokens, qsizetype p) const
{
    if (p < 0) {
        return {};
    }
    const qsizetype last = p;
    qsizetype first = p + 1;
    // A known outlet or body whose words are not all noun-phrase words ("Інститут вивчення війни").
    for (const LexiconCategory category : {LexiconCategory::Outlets, LexiconCategory::OfficialBodies}) {
        const qsizetype start = phraseEndingAt(category, tokens, p);
        if (start >= 0 && start < p) {
            p = start;
            first = start;
            break;
        }
    }
    for (qsizetype k = p; k >= 0; --k) {
        if (k < first && m_lexicon.matchAt(LexiconCategory::Possessives, tokens, k) == 1) {
            break; // "its foreign ministry": the possessive is not part of the name
        }
        if (const qsizetype start = phraseEndingAt(LexiconCategory::CountAnother, tokens, k); start >= 0) {
            first = start;
            break;
        }
        if (const qsizetype start = phraseEndingAt(LexiconCategory::CountSeveral, tokens, k);
            start >= 0 && !tokens[k].capitalized) {
            first = start;
            break;
        }
        if (const qsizetype start = phraseEndingAt(LexiconCategory::CountOne, tokens, k); start >= 0) {
            // "the" after "of"/"for" is inside the phrase ("a spokesman for the Pentagon").
            if (start > 0 && isConnector(tokens[start - 1]) && isNpWord(tokens, start - 2)) {
                k = start - 1;
                first = start;
                continue;
            }
            first = start;
            break;
        }
        if (isNpWord(tokens, k)) {
            first = k;
            continue;
        }
        if (isApostrophe(tokens[k]) && k > 0 && k < last && isNpWord(tokens, k - 1)) {
            continue; // "the headquarters' secretary"
        }
        if (isConnector(tokens[k]) && k + 1 <= last && isNpWord(tokens, k - 1)) {
            continue;
        }
        break;
    }
    if (first > last) {
        return {};
    }
    return classify(tokens, compoundStart(tokens, first, last), last);
}

qsizetype SourcePhraseFinder::compoundStart(const QList<Token> &tokens, qsizetype first, qsizetype last) const
{
    // "the port authority", "a hospital spokesman", "its water company": up to two nouns the lexicon does not know
    // between a determiner and an institution or title head belong to the name. Group heads stay bare: in "in the
    // end officials said" the word before them is no modifier.
    constexpr qsizetype MaxModifiers = 2;
    if (first != last
        || (!m_lexicon.containsWord(LexiconCategory::InstitutionNouns, tokens[last])
            && !m_lexicon.containsWord(LexiconCategory::Titles, tokens[last]))) {
        return first;
    }
    static const std::array Verbs
        = {LexiconCategory::ReportingVerbs, LexiconCategory::StanceVerbs, LexiconCategory::BeliefVerbs,
            LexiconCategory::EvidenceVerbs, LexiconCategory::NamingVerbs, LexiconCategory::VerbModifiers,
            LexiconCategory::NotNames, LexiconCategory::Hedges, LexiconCategory::PronounsFirstPerson};
    for (qsizetype k = first - 1; k >= 0 && first - k <= MaxModifiers + 1; --k) {
        const Token &token = tokens[k];
        const bool determiner
            = (m_lexicon.matchAt(LexiconCategory::CountOne, tokens, k) == 1 && token.lower != QLatin1String("one"))
            || m_lexicon.matchAt(LexiconCategory::Possessives, tokens, k) == 1;
        if (determiner) {
            return k < first - 1 ? k : first;
        }
        if (!token.isWord() || token.capitalized || token.inQuote || first - k > MaxModifiers || isConnector(token)
            || pronounAt(tokens, k) != SourcePhrase::Pronoun::None
            || std::any_of(Verbs.cbegin(), Verbs.cend(),
                [this, &token](LexiconCategory c) { return m_lexicon.containsWord(c, token); })) {
            return first;
        }
    }
    return first;
}

SourcePhrase SourcePhraseFinder::outletNamedAfterNoun(const QList<Token> &tokens, qsizetype index) const
{
    const bool outletNoun = m_lexicon.matchAt(LexiconCategory::OutletNouns, tokens, index) > 0;
    if (outletNoun) {
        const int length = m_lexicon.matchAt(LexiconCategory::OutletNouns, tokens, index);
        if (index + length < tokens.size()
            && (tokens[index + length].kind == Token::Kind::OpenQuote || tokens[index + length].capitalized)) {
            SourcePhrase named = rightOf(tokens, index + length);
            if (named.isValid() && named.pronoun == SourcePhrase::Pronoun::None) {
                named.kind = SourceKind::Outlet;
                return named;
            }
        }
    }
    return {};
}

SourcePhrase SourcePhraseFinder::quotedName(const QList<Token> &tokens, qsizetype index) const
{
    qsizetype close = index + 1;
    while (close < tokens.size() && close - index <= 6 && tokens[close].kind != Token::Kind::CloseQuote) {
        ++close;
    }
    if (close < tokens.size() && close - index <= 6 && close > index + 1
        && tokens[close].kind == Token::Kind::CloseQuote) {
        SourcePhrase phrase;
        phrase.first = index;
        phrase.last = close;
        phrase.kind = m_lexicon.matchAt(LexiconCategory::Outlets, tokens, index + 1, true) > 0
            ? SourceKind::Outlet
            : SourceKind::OfficialBody;
        phrase.name = textOf(tokens, index + 1, close - 1);
        const QString alias = m_lexicon.alias(phrase.name.toLower());
        if (!alias.isEmpty()) {
            phrase.name = alias;
        }
        return phrase;
    }
    return {};
}

SourcePhrase SourcePhraseFinder::knownNameAt(const QList<Token> &tokens, qsizetype k) const
{
    for (const LexiconCategory category : {LexiconCategory::Outlets, LexiconCategory::OfficialBodies}) {
        const int length = m_lexicon.matchAt(category, tokens, k);
        if (length > 1 && !isNpWord(tokens, k + length - 1)) {
            const SourcePhrase known = classify(tokens, k, k + length - 1);
            if (known.isValid()) {
                return known;
            }
        }
    }
    return {};
}

qsizetype SourcePhraseFinder::rightNounPhraseEnd(const QList<Token> &tokens, qsizetype &k) const
{
    qsizetype last = -1;
    while (k < tokens.size()) {
        if (isNpWord(tokens, k)) {
            last = k++;
            continue;
        }
        if (isConnector(tokens[k]) && last >= 0) {
            qsizetype next = k + 1;
            if (next < tokens.size() && m_lexicon.matchAt(LexiconCategory::CountOne, tokens, next) > 0) {
                ++next;
            }
            if (isNpWord(tokens, next)) {
                k = next;
                continue;
            }
        }
        break;
    }
    return last;
}

void SourcePhraseFinder::extendRightMention(const QList<Token> &tokens, qsizetype last, SourcePhrase &phrase) const
{
    // "people familiar with the matter", "an official who asked not to be named": part of the mention.
    qsizetype after = last + 1;
    if (after < tokens.size() && tokens[after].isPunct(u',')) {
        ++after;
    }
    if (const int length = m_lexicon.matchAt(LexiconCategory::AnonymityPhrases, tokens, after); length > 0) {
        phrase.onRecord = false;
        if (phrase.kind == SourceKind::Anonymous || phrase.kind == SourceKind::Person) {
            phrase.last = after + length - 1;
        }
    } else if (after > last + 1 && phrase.kind == SourceKind::Person && phrase.title.isEmpty()) {
        // "said John Kirby, the White House spokesman"
        qsizetype end = after;
        while (end < tokens.size()
            && (isNpWord(tokens, end) || isConnector(tokens[end])
                || m_lexicon.matchAt(LexiconCategory::CountOne, tokens, end) > 0)) {
            ++end;
        }
        if (end > after) {
            const SourcePhrase title = classify(tokens, after, end - 1);
            if (title.isValid() && title.kind == SourceKind::Person && !title.title.isEmpty()
                && title.name == title.title) {
                phrase.title = title.title;
            }
        }
    }
}

SourcePhrase SourcePhraseFinder::rightOf(const QList<Token> &tokens, qsizetype index) const
{
    if (index < 0 || index >= tokens.size()) {
        return {};
    }
    if (const SourcePhrase pronoun = pronounPhraseAt(tokens, index); pronoun.isValid()) {
        return pronoun;
    }
    // '"…," said one.', 'said the other,': one of the people the text has just described.
    if (const SourcePhrase lone
        = loneCountAt(tokens, index + (tokens[index].lower == QLatin1String("the") ? 1 : 0), false);
        lone.isValid() && lone.first == index && (lone.last + 1 == tokens.size() || !tokens[lone.last + 1].isWord())) {
        return lone;
    }
    // "газеты «Коммерсант»", "видання Politico": the common noun introduces the outlet's name.
    if (const SourcePhrase named = outletNamedAfterNoun(tokens, index); named.isValid()) {
        return named;
    }
    // «Укрэнерго», „Нафтогаз“: an organisation's name in quotation marks.
    if (tokens[index].kind == Token::Kind::OpenQuote) {
        return quotedName(tokens, index);
    }
    qsizetype k = index;
    if (m_lexicon.matchAt(LexiconCategory::Possessives, tokens, k) == 1) {
        ++k;
    }
    if (const SourcePhrase known = knownNameAt(tokens, k); known.isValid()) {
        return known;
    }
    for (const LexiconCategory category :
        {LexiconCategory::CountAnother, LexiconCategory::CountSeveral, LexiconCategory::CountOne}) {
        if (const int length = m_lexicon.matchAt(category, tokens, k); length > 0) {
            k += length;
            break;
        }
    }
    // Russian and Ukrainian possessives before the head: "его", "їхні" are not sources themselves.
    const qsizetype last = rightNounPhraseEnd(tokens, k);
    if (last < 0) {
        return {};
    }
    SourcePhrase phrase = classify(tokens,
        index < k && m_lexicon.matchAt(LexiconCategory::Possessives, tokens, index) == 1 ? index + 1 : index, last);
    if (!phrase.isValid()) {
        return {};
    }
    extendRightMention(tokens, last, phrase);
    return phrase;
}

QString SourcePhraseFinder::normalisedGroupName(const QList<Token> &tokens, qsizetype first, qsizetype last) const
{
    QStringList words;
    for (qsizetype i = first; i <= last; ++i) {
        const Token &token = tokens[i];
        if (!token.isWord()) {
            continue;
        }
        if (m_lexicon.containsWord(LexiconCategory::RankModifiers, token) && i < last) {
            continue;
        }
        const QString alias = m_lexicon.alias(token.lower);
        const bool commonNoun = m_lexicon.containsWord(LexiconCategory::GroupNouns, token)
            || m_lexicon.containsWord(LexiconCategory::Titles, token)
            || m_lexicon.containsWord(LexiconCategory::InstitutionNouns, token);
        if (!alias.isEmpty()) {
            words.append(last > first && alias.startsWith(QLatin1String("the ")) ? alias.mid(4) : alias);
        } else if (token.capitalized && (!commonNoun || i > first)) {
            words.append(m_text.sliced(token.start, token.end - token.start).toString());
        } else {
            words.append(token.lower);
        }
    }
    words.removeDuplicates();
    return words.join(QLatin1Char(' '));
}

qsizetype SourcePhraseFinder::readDeterminers(const QList<Token> &tokens, qsizetype first, SourcePhrase &phrase) const
{
    qsizetype core = first;
    if (const int length = m_lexicon.matchAt(LexiconCategory::CountAnother, tokens, core); length > 0) {
        phrase.count = SourceCount::Another;
        phrase.singular = true;
        core += length;
    } else if (const int several = m_lexicon.matchAt(LexiconCategory::CountSeveral, tokens, core); several > 0) {
        phrase.count = SourceCount::Several;
        core += several;
    } else if (const int one = m_lexicon.matchAt(LexiconCategory::CountOne, tokens, core); one > 0) {
        const QString &w = tokens[core].lower;
        if (w == QLatin1String("the") || w == QLatin1String("this")) {
            phrase.definite = true;
        } else {
            phrase.count = SourceCount::One;
            phrase.singular = true;
        }
        core += one;
    }
    return core;
}

bool SourcePhraseFinder::classifyKnownName(
    const QList<Token> &tokens, qsizetype first, qsizetype core, qsizetype last, SourcePhrase &phrase) const
{
    for (const auto &[category, kind] : {std::pair {LexiconCategory::Outlets, SourceKind::Outlet},
             std::pair {LexiconCategory::OfficialBodies, SourceKind::OfficialBody}}) {
        for (qsizetype start = first; start <= last; ++start) {
            const int length = m_lexicon.matchAt(category, tokens, start);
            if (length == 0 || start + length - 1 != last) {
                continue;
            }
            // "officials at the Pentagon" are officials, not the Pentagon itself.
            if (start > first && isConnector(tokens[start - 1])) {
                break;
            }
            const Token &lastToken = tokens[last];
            const bool capitalised = lastToken.capitalized || tokens[start].capitalized
                || m_lexicon.containsWord(LexiconCategory::InstitutionNouns, lastToken);
            if (!capitalised) {
                continue;
            }
            QString lower;
            for (qsizetype i = start; i <= last; ++i) {
                lower += (i > start ? QStringLiteral(" ") : QString()) + tokens[i].lower;
            }
            phrase.kind = kind;
            const QString alias = m_lexicon.alias(lower);
            if (start > core) {
                phrase.name = textOf(tokens, core, last);
            } else {
                phrase.name = alias.isEmpty() ? textOf(tokens, start, last) : alias;
            }
            if (phrase.name.startsWith(QLatin1String("The ")) && kind == SourceKind::OfficialBody) {
                phrase.name[0] = u't';
            }
            return true;
        }
    }
    return false;
}

qsizetype SourcePhraseFinder::headIndexOf(const QList<Token> &tokens, qsizetype core, qsizetype last) const
{
    // The head stands before the first connector: "sources in the German government", "spokesman for the Pentagon".
    // A name at the very end still wins: "Secretary of State Antony Blinken".
    qsizetype headIndex = last;
    const bool endsWithName = isNameWord(tokens[last]) && last > core && !isConnector(tokens[last - 1])
        && !(last - 1 > core && tokens[last - 1].lower == QLatin1String("the") && isConnector(tokens[last - 2]));
    for (qsizetype i = core + 1; i < last && !endsWithName; ++i) {
        if (isConnector(tokens[i])) {
            headIndex = i - 1;
            break;
        }
    }
    return headIndex;
}

qsizetype SourcePhraseFinder::nameStartBefore(const QList<Token> &tokens, qsizetype core, qsizetype headIndex) const
{
    qsizetype nameStart = headIndex + 1;
    while (nameStart - 1 >= core) {
        if (isNameWord(tokens[nameStart - 1])) {
            --nameStart;
        } else if (nameStart <= headIndex) {
            qsizetype k = nameStart - 1; // "Ursula von der Leyen"
            while (k >= core && m_lexicon.containsWord(LexiconCategory::NameParticles, tokens[k])) {
                --k;
            }
            if (k < core || k == nameStart - 1 || !isNameWord(tokens[k])) {
                break;
            }
            nameStart = k;
        } else {
            break;
        }
    }
    return nameStart;
}

bool SourcePhraseFinder::classifyByHeadNoun(const QList<Token> &tokens, qsizetype first, qsizetype core, qsizetype last,
    qsizetype headIndex, SourcePhrase &phrase) const
{
    const QString lastWord = tokens[headIndex].lower;
    if (m_lexicon.containsWord(LexiconCategory::GroupNouns, tokens[headIndex])) {
        phrase.kind = SourceKind::Anonymous;
        phrase.anonymous = true;
        phrase.name = normalisedGroupName(tokens, core, last);
        const bool englishPlural = lastWord == QLatin1String("people") || lastWord == QLatin1String("authorities")
            || (lastWord.endsWith(u's') && !lastWord.endsWith(QLatin1String("ss")));
        if (phrase.count == SourceCount::Unspecified) {
            if (phrase.definite && !englishPlural && lastWord.front().unicode() < 0x80) {
                phrase.singular = true;
            } else if (englishPlural) {
                phrase.count = SourceCount::Several;
            }
        }
        return true;
    }
    if (m_lexicon.containsWord(LexiconCategory::Titles, tokens[headIndex])) {
        phrase.kind = SourceKind::Person;
        phrase.name = normalisedGroupName(tokens, core, last);
        phrase.title = phrase.name;
        phrase.singular = true;
        return true;
    }
    if (m_lexicon.containsWord(LexiconCategory::OutletNouns, tokens[headIndex]) && first < core) {
        phrase.kind = SourceKind::Outlet; // "the newspaper said"
        phrase.name = textOf(tokens, phrase.definite ? first : core, last);
        phrase.name[0] = phrase.name[0].toLower();
        return true;
    }
    if (m_lexicon.containsWord(LexiconCategory::InstitutionNouns, tokens[headIndex])) {
        phrase.kind = SourceKind::OfficialBody;
        phrase.name = textOf(tokens, phrase.definite ? first : core, last);
        if (phrase.definite) {
            phrase.name[0] = phrase.name[0].toLower();
        }
        return true;
    }
    // "the survey", "its latest report", and bare plurals: "records show", "polls suggest", "data show".
    const bool barePlural = lastWord == QLatin1String("data") || lastWord == QLatin1String("evidence")
        || lastWord == QLatin1String("footage")
        || (lastWord.endsWith(u's') && !lastWord.endsWith(QLatin1String("ss")) && lastWord.front().unicode() < 0x80);
    // A lone singular document noun needs a possessor ("Its register", "its own census") or a complement ("Research
    // from the University of Lancaster", "A survey of 2,000 people").
    qsizetype before = first - 1;
    if (before > 0 && tokens[before].lower == QLatin1String("own")) {
        --before;
    }
    const bool possessed = before >= 0
        && (m_lexicon.matchAt(LexiconCategory::Possessives, tokens, before) == 1
            || tokens[before].lower.endsWith(QLatin1String("'s")) || tokens[before].lower.endsWith(u"\u2019s"));
    const bool complemented = last + 1 < tokens.size()
        && (tokens[last + 1].lower == QLatin1String("from") || tokens[last + 1].lower == QLatin1String("of")
            || tokens[last + 1].lower == QLatin1String("by"));
    if (m_lexicon.containsWord(LexiconCategory::AttributionNouns, tokens[headIndex])
        && (core < last || first < core || barePlural || possessed || complemented)) {
        phrase.kind = SourceKind::Document;
        qsizetype nameFirst = core;
        while (nameFirst < last && m_lexicon.containsWord(LexiconCategory::RankModifiers, tokens[nameFirst])) {
            ++nameFirst; // "a new assessment" is "assessment"
        }
        phrase.name = textOf(tokens, nameFirst, last);
        return true;
    }
    return false;
}

bool SourcePhraseFinder::classifyHeadFirst(
    const QList<Token> &tokens, qsizetype core, qsizetype last, SourcePhrase &phrase) const
{
    const Token &head = tokens[core];
    if (m_lexicon.containsWord(LexiconCategory::Titles, head)) {
        phrase.kind = SourceKind::Person;
        phrase.name = textOf(tokens, core, last);
        phrase.title = phrase.name;
        phrase.singular = true;
        phrase.head = head.lower;
        return true;
    }
    if (m_lexicon.containsWord(LexiconCategory::InstitutionNouns, head)) {
        phrase.kind = SourceKind::OfficialBody;
        phrase.name = textOf(tokens, core, last);
        phrase.head = head.lower;
        return true;
    }
    if (m_lexicon.containsWord(LexiconCategory::GroupNouns, head)) {
        phrase.kind = SourceKind::Anonymous;
        phrase.anonymous = true;
        phrase.name = normalisedGroupName(tokens, core, last);
        phrase.head = head.lower;
        return true;
    }
    return false;
}

SourcePhrase SourcePhraseFinder::classify(const QList<Token> &tokens, qsizetype first, qsizetype last) const
{
    SourcePhrase phrase;
    phrase.first = first;
    phrase.last = last;
    // Determiners give the count and are left out of names.
    const qsizetype core = readDeterminers(tokens, first, phrase);
    if (core > last) {
        return {};
    }

    // Russian and Ukrainian put a document's head first and need no article: "Звіт Держпродспоживслужби",
    // "Статистика министерства культуры", "Отчёт показывает". Only as a subject opening its clause: after a
    // preposition the document's owner is the source ("согласно данным Росстата", "згідно з даними X").
    if ((first == 0 || !tokens[first - 1].isWord()) && tokens[core].isWord()
        && tokens[core].lower.front().script() == QChar::Script_Cyrillic
        && m_lexicon.containsWord(LexiconCategory::AttributionNouns, tokens[core])) {
        phrase.kind = SourceKind::Document;
        phrase.name = textOf(tokens, core, last);
        phrase.head = tokens[core].lower;
        return phrase;
    }

    // Outlets and official bodies: a known name ends the phrase ("Russia's Ministry of Defense").
    if (classifyKnownName(tokens, first, core, last, phrase)) {
        return phrase;
    }

    const qsizetype headIndex = headIndexOf(tokens, core, last);
    phrase.head = tokens[headIndex].lower;

    // "Moscow said", "Norway said": a country or capital speaking for its government.
    if (const int length = m_lexicon.matchAt(LexiconCategory::GovernmentPlaces, tokens, core);
        length > 0 && core + length - 1 == last && tokens[core].capitalized) {
        phrase.kind = SourceKind::OfficialBody;
        phrase.name = textOf(tokens, core, last);
        return phrase;
    }

    // "AFAD said", "the country's disaster agency AFAD said": an acronym the lexicon does not know names an
    // organisation — unless the whole sentence is in capitals (a headline).
    if (isAcronym(tokens[headIndex]) && headIndex == last
        && std::any_of(tokens.cbegin(), tokens.cend(), [](const Token &t) { return t.isWord() && !t.capitalized; })) {
        phrase.kind = SourceKind::OfficialBody;
        phrase.name = textOf(tokens, headIndex, last);
        return phrase;
    }

    // A person: a run of name words, optionally after a title ("White House spokesman John Kirby"). A lone
    // capitalised document noun opening the sentence is no name ("Polls suggest", "Figures show").
    const bool loneDocumentNoun
        = headIndex == core && m_lexicon.containsWord(LexiconCategory::AttributionNouns, tokens[headIndex]);
    const qsizetype nameStart = loneDocumentNoun ? headIndex + 1 : nameStartBefore(tokens, core, headIndex);
    if (nameStart <= headIndex) {
        phrase.kind = SourceKind::Person;
        phrase.name = textOf(tokens, nameStart, headIndex);
        if (phrase.name.endsWith(QLatin1String("'s")) || phrase.name.endsWith(QStringLiteral("\u2019s"))) {
            return {};
        }
        phrase.singular = true;
        if (nameStart > core) {
            phrase.title = textOf(tokens, core, nameStart - 1);
        }
        return phrase;
    }

    if (classifyByHeadNoun(tokens, first, core, last, headIndex, phrase)) {
        return phrase;
    }
    // Russian and Ukrainian put the head first: "Прем'єр-міністр Нідерландів", "Міністерстві енергетики України".
    if (headIndex == last && core < last && tokens[core].lower.front().script() == QChar::Script_Cyrillic
        && classifyHeadFirst(tokens, core, last, phrase)) {
        return phrase;
    }
    return {};
}

} // namespace Sourcelight
