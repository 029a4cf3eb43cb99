#include "cuefinder.h"

namespace Sourcelight {

namespace {

enum class EventType { Verb, According, Citing, Via, Noun, Colon };

/// How far a citing or via phrase may stand from the reporting verb and still be part of the same cue
/// ("writes, citing"; "said, as quoted by").
constexpr qsizetype MaxCueGap = 3;

/// How many words may stand between an attribution noun and the colon that introduces its content ("his message
/// to patients is simple:"), or between a source and a colon that introduces a quotation ("Doreen is not fooled:").
constexpr qsizetype MaxColonGap = 5;

bool isComplementiser(const Token &token)
{
    return token.isWord()
        && (token.lower == QLatin1String("that") || token.lower == u"что" || token.lower == u"що"
            || token.lower == QLatin1String("whether"));
}

bool isCopula(const Token &token)
{
    static const QStringList copulas = {QStringLiteral("is"), QStringLiteral("was"), QStringLiteral("are"),
        QStringLiteral("were"), QStringLiteral("remains"), QStringLiteral("remained"), QStringLiteral("been"),
        QStringLiteral("has"), QStringLiteral("had"), QStringLiteral("seems"), QStringLiteral("seemed")};
    return token.isWord() && copulas.contains(token.lower);
}

bool isColon(const Token &token)
{
    return token.isPunct(u':') && !token.inQuote;
}

/// Whether a quotation opens the sentence's clause: it starts the sentence (or goes on from the previous one), or
/// follows ':' or ','.
bool quotationOpensClause(const QList<Token> &tokens, bool startsInsideQuote)
{
    bool opens = startsInsideQuote;
    for (qsizetype i = 0; i < tokens.size() && !opens; ++i) {
        if (tokens[i].kind == Token::Kind::OpenQuote) {
            opens = i == 0 || tokens[i - 1].isPunct(u':') || tokens[i - 1].isPunct(u',');
            break;
        }
        if (tokens[i].isWord()) {
            break;
        }
    }
    if (!opens) {
        for (qsizetype i = 1; i < tokens.size(); ++i) {
            if (tokens[i].kind == Token::Kind::OpenQuote) {
                opens = tokens[i - 1].isPunct(u':') || tokens[i - 1].isPunct(u',');
                break;
            }
        }
    }
    return opens;
}

/// Counts the words and numbers outside frame.frameRanges, and how many of them are inside quotation marks.
void countContentWords(const QList<Token> &tokens, SentenceFrame &frame)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens[i];
        if (!token.isWord() && token.kind != Token::Kind::Number) {
            continue;
        }
        bool inFrame = false;
        for (const auto &[first, last] : std::as_const(frame.frameRanges)) {
            inFrame = inFrame || (i >= first && i <= last);
        }
        if (inFrame) {
            continue;
        }
        ++frame.contentWords;
        if (token.inQuote) {
            ++frame.quotedWords;
        }
    }
}

} // namespace

/// A cue found in a sentence, with the source phrase it introduces.
struct CueFinder::Event
{
    EventType type = EventType::Verb;
    qsizetype first = -1;
    qsizetype last = -1;
    SourcePhrase phrase;
    QString cueClass = QStringLiteral("phrase");
};

CueFinder::CueFinder(const Lexicon &lexicon, QStringView documentText, bool subjectAfterVerbFirst)
    : m_lexicon(lexicon)
    , m_phrases(lexicon, documentText)
    , m_subjectAfterVerbFirst(subjectAfterVerbFirst)
{
}

bool CueFinder::markQuotes(QList<Token> &tokens, bool startsInsideQuote)
{
    bool inside = startsInsideQuote;
    for (Token &token : tokens) {
        if (token.kind == Token::Kind::OpenQuote) {
            inside = true;
        } else if (token.kind == Token::Kind::CloseQuote) {
            inside = false;
        } else {
            token.inQuote = inside;
        }
    }
    return inside;
}

bool CueFinder::coveredByHedge(const QList<Token> &tokens, qsizetype index) const
{
    // "is said to", "are believed to": a hedge, not a reporting verb.
    for (qsizetype start = index - 1; start >= 0 && start >= index - 2; --start) {
        if (m_lexicon.matchAt(LexiconCategory::Hedges, tokens, start) > index - start) {
            return true;
        }
    }
    return false;
}

int CueFinder::verbCueAt(const QList<Token> &tokens, qsizetype index, QString *cueClass) const
{
    static const std::pair<LexiconCategory, const char *> classes[] = {
        {LexiconCategory::ReportingVerbs, "speech"},
        {LexiconCategory::StanceVerbs, "stance"},
        {LexiconCategory::BeliefVerbs, "belief"},
        {LexiconCategory::EvidenceVerbs, "evidence"},
    };
    // A capitalised word after another word is a name ("an investigation by the Northern Record has traced").
    if (tokens[index].capitalized && index > 0
        && (tokens[index - 1].isWord() || tokens[index - 1].kind == Token::Kind::Number)) {
        return 0;
    }
    int best = 0;
    for (const auto &[category, name] : classes) {
        if (const int length = m_lexicon.matchAt(category, tokens, index); length > best) {
            best = length;
            *cueClass = QString::fromLatin1(name);
        }
    }
    if (best == 0) {
        if (const int length = m_lexicon.matchAt(LexiconCategory::NamingVerbs, tokens, index);
            length > 0 && namesItsObject(tokens, index, index + length - 1)) {
            best = length;
            *cueClass = QStringLiteral("speech");
        }
    }
    return best;
}

bool CueFinder::namesItsObject(const QList<Token> &tokens, qsizetype verbFirst, qsizetype verbLast) const
{
    // "The county calls it the Eastern Relief Road", "the union has called the decision \"a hammer blow\"", "an
    // account the judge called \"not credible\"": the subject's word for something. Not "a postman called Dennis",
    // "a firm called Sennet bought", nor a passive ("were called to the fire", "I've been called worse").
    static const QStringList Be = {QStringLiteral("am"), QStringLiteral("is"), QStringLiteral("are"),
        QStringLiteral("was"), QStringLiteral("were"), QStringLiteral("be"), QStringLiteral("been"),
        QStringLiteral("being"), QStringLiteral("get"), QStringLiteral("got")};
    static const QStringList Objects = {QStringLiteral("it"), QStringLiteral("him"), QStringLiteral("her"),
        QStringLiteral("them"), QStringLiteral("you"), QStringLiteral("me"), QStringLiteral("us"),
        QStringLiteral("this"), QStringLiteral("that")};
    static const QStringList Particles = {QStringLiteral("back"), QStringLiteral("up"), QStringLiteral("off"),
        QStringLiteral("in"), QStringLiteral("out"), QStringLiteral("on"), QStringLiteral("over"),
        QStringLiteral("for"), QStringLiteral("to"), QStringLiteral("about"), QStringLiteral("from"),
        QStringLiteral("at"), QStringLiteral("into"), QStringLiteral("and"), QStringLiteral("or"),
        QStringLiteral("but"), QStringLiteral("with"), QStringLiteral("by")};
    constexpr qsizetype MaxObjectTokens = 6;
    if (verbFirst > 0 && Be.contains(tokens[verbFirst - 1].lower)) {
        return false;
    }
    const qsizetype object = verbLast + 1;
    if (object >= tokens.size()) {
        return false;
    }
    if (tokens[object].kind == Token::Kind::OpenQuote) {
        return true;
    }
    if (!tokens[object].isWord() || tokens[object].inQuote) {
        return false;
    }
    if (Objects.contains(tokens[object].lower)) {
        const Token *next = object + 1 < tokens.size() ? &tokens[object + 1] : nullptr;
        return next && (next->kind == Token::Kind::OpenQuote || (next->isWord() && !Particles.contains(next->lower)));
    }
    // A noun phrase object ("the decision", "the minister's remarks", "решение"), then a quotation or, in English,
    // an indefinite noun phrase ("called the move a disaster").
    const bool latin = tokens[object].lower.front().script() != QChar::Script_Cyrillic;
    if (latin && m_lexicon.matchAt(LexiconCategory::CountOne, tokens, object) == 0
        && m_lexicon.matchAt(LexiconCategory::Possessives, tokens, object) == 0
        && !tokens[object].lower.endsWith(QLatin1String("'s")) && !tokens[object].lower.endsWith(u"\u2019s")) {
        return false;
    }
    for (qsizetype k = object + 1; k < tokens.size() && k - object <= MaxObjectTokens; ++k) {
        if (tokens[k].kind == Token::Kind::OpenQuote) {
            return true;
        }
        if (!tokens[k].isWord()) {
            return false;
        }
        if (latin && (tokens[k].lower == QLatin1String("a") || tokens[k].lower == QLatin1String("an"))) {
            return true;
        }
    }
    return false;
}

bool CueFinder::plausibleSubject(const QString &cueClass, const SourcePhrase &subject)
{
    if (!subject.isValid()) {
        return false;
    }
    if (cueClass == QLatin1String("evidence")) {
        // "they show" (records), "we found" (the writer's own investigation).
        return subject.pronoun == SourcePhrase::Pronoun::Neuter || subject.pronoun == SourcePhrase::Pronoun::Plural
            || subject.kind == SourceKind::Document || subject.kind == SourceKind::Author
            || (subject.kind == SourceKind::Anonymous && subject.pronoun == SourcePhrase::Pronoun::None);
    }
    return true;
}

SourcePhrase CueFinder::prepositionSource(const QList<Token> &tokens, qsizetype first, qsizetype last) const
{
    for (qsizetype k = first + 1; k < last; ++k) {
        if (const SourcePhrase pronoun = possessivePronoun(tokens, k); pronoun.isValid()) {
            return pronoun;
        }
    }
    SourcePhrase right = m_phrases.rightOf(tokens, last + 1);
    if (right.isValid() || !m_subjectAfterVerbFirst) {
        return right;
    }
    return looseNounPhrase(tokens, last + 1, false);
}

SourcePhrase CueFinder::possessivePronoun(const QList<Token> &tokens, qsizetype k) const
{
    if (k < 0 || k >= tokens.size() || tokens[k].inQuote
        || !m_lexicon.containsWord(LexiconCategory::Possessives, tokens[k])) {
        return {};
    }
    SourcePhrase pronoun;
    pronoun.first = pronoun.last = k;
    const QString &w = tokens[k].lower;
    const bool plural = w == u"их" || w.startsWith(QStringLiteral("їх")) || w == QLatin1String("their");
    pronoun.pronoun = plural        ? SourcePhrase::Pronoun::Plural
        : w == QLatin1String("its") ? SourcePhrase::Pronoun::Neuter
                                    : SourcePhrase::Pronoun::Singular;
    return pronoun;
}

bool CueFinder::contentFollows(const QList<Token> &tokens, qsizetype index) const
{
    qsizetype k = index;
    // "Ms Ward's response, in an interview with us last spring, was that …": a parenthesis between commas.
    if (k < tokens.size() && tokens[k].isPunct(u',')) {
        qsizetype close = k + 1;
        while (close < tokens.size() && close - k <= 12 && !tokens[close].isPunct(u',') && !tokens[close].isQuote()
            && !isColon(tokens[close])) {
            ++close;
        }
        if (close < tokens.size() && tokens[close].isPunct(u',') && close > k + 1) {
            k = close + 1;
        } else if (close < tokens.size() && tokens[k + 1].kind == Token::Kind::OpenQuote) {
            return true; // "her words, \"…\""
        }
    }
    if (k >= tokens.size()) {
        return false;
    }
    // Not a quotation straight after the noun: in 'called the minister's remarks "a trial balloon"' it is the
    // caller's word for them.
    if (isComplementiser(tokens[k]) || isColon(tokens[k])) {
        return true;
    }
    // "is that …", "has been that …"; "is simple: …", "to patients is simple: …".
    bool copula = false;
    for (qsizetype j = k; j < tokens.size() && j - k <= MaxColonGap; ++j) {
        const Token &t = tokens[j];
        if (isColon(t)) {
            return copula;
        }
        if (!t.isWord() || t.inQuote) {
            return false;
        }
        if (copula && isComplementiser(t) && isCopula(tokens[j - 1])) {
            return true;
        }
        copula = copula || isCopula(t);
    }
    return false;
}

SourcePhrase CueFinder::nounCueSource(const QList<Token> &tokens, qsizetype index, int length) const
{
    const qsizetype after = index + length;
    // The possessor: "his claim", "her blunt verdict", "Lang's claim", "the councillors' claim".
    qsizetype p = index - 1;
    for (int adjectives = 0; adjectives < 2 && p >= 0 && tokens[p].isWord() && !tokens[p].capitalized
        && !tokens[p].inQuote && !m_lexicon.containsWord(LexiconCategory::Possessives, tokens[p])
        && !tokens[p].lower.endsWith(QLatin1String("'s")) && !tokens[p].lower.endsWith(u"\u2019s")
        && !m_lexicon.containsWord(LexiconCategory::CountOne, tokens[p]);
        ++adjectives) {
        --p;
    }
    SourcePhrase source;
    if (p >= 0 && !tokens[p].inQuote) {
        const Token &possessor = tokens[p];
        const QString &w = possessor.lower;
        if (const SourcePhrase pronoun = possessivePronoun(tokens, p); pronoun.isValid()) {
            source = pronoun;
        } else if (possessor.isWord() && w.size() > 2 && (w.endsWith(QLatin1String("'s")) || w.endsWith(u"\u2019s"))) {
            // "Lang's": the name without its possessive ending, as the mention.
            QList<Token> stripped = tokens.mid(0, p + 1);
            Token &t = stripped[p];
            t.end -= 2;
            t.lower.chop(2);
            t.annotated = false;
            m_lexicon.annotate(stripped);
            source = m_phrases.leftOf(stripped, p + 1);
            if (source.isValid() && source.pronoun != SourcePhrase::Pronoun::None) {
                source = {}; // "its" is a possessive of its own
            } else if (source.isValid() && source.last == p) {
                source.possessiveSuffix = 2;
            }
        } else if ((possessor.isPunct(u'\'') || possessor.isPunct(u'\u2019')) && p > 0 && tokens[p - 1].isWord()
            && tokens[p - 1].lower.endsWith(u's')) {
            source = m_phrases.leftOf(tokens, p); // "the councillors' claim"
        } else if (m_lexicon.containsWord(LexiconCategory::CountOne, possessor) && p > 0
            && m_lexicon.matchAt(LexiconCategory::SupportVerbs, tokens, p - 1) == 1) {
            source = m_phrases.leftOf(tokens, p - 1); // "the club's owner made a promise that"
        }
    }
    qsizetype contentStart = after;
    if (!source.isValid()) {
        // "the allegation, made by opposition councillors, that": the source in a "by" phrase.
        qsizetype k = after;
        const bool comma = k < tokens.size() && tokens[k].isPunct(u',');
        if (comma) {
            ++k;
        }
        if (k + 1 < tokens.size() && tokens[k].isWord() && !tokens[k].capitalized
            && tokens[k + 1].lower == QLatin1String("by")) {
            ++k; // "made by", "voiced by"
        }
        if (k < tokens.size() && tokens[k].lower == QLatin1String("by")) {
            source = m_phrases.rightOf(tokens, k + 1);
            if (source.isValid()) {
                contentStart = source.last + 1;
                if (comma && contentStart < tokens.size() && tokens[contentStart].isPunct(u',')) {
                    ++contentStart;
                }
            }
        }
    }
    if (!source.isValid()) {
        return {}; // "the claim was rejected": a noun with no source attributes nothing
    }
    if (!contentFollows(tokens, contentStart)) {
        return {}; // "his claim to the title", "their fears for the future"
    }
    return source;
}

SourcePhrase CueFinder::nounFrameSource(
    const QList<Token> &tokens, qsizetype index, int length, bool sentenceStart) const
{
    const qsizetype after = index + length;
    if (m_subjectAfterVerbFirst) {
        // "в заявлении Минобороны говорится", "у заяві МЗС йдеться": the speaker follows in the genitive.
        SourcePhrase source = m_phrases.rightOf(tokens, after);
        if (!source.isValid() || source.pronoun != SourcePhrase::Pronoun::None) {
            source = looseNounPhrase(tokens, after, true);
        }
        if (source.isValid()) {
            // Words that start another cue ("говорится") are not part of the name.
            for (qsizetype k = source.first + 1; k <= source.last; ++k) {
                if (m_lexicon.matchAt(LexiconCategory::ImpersonalCues, tokens, k) > 0
                    || m_lexicon.matchAt(LexiconCategory::ReportingVerbs, tokens, k) > 0) {
                    source.last = k - 1;
                    source.name = m_phrases.textOf(tokens, source.first, source.last);
                    break;
                }
            }
        }
        return source.isValid() && source.pronoun == SourcePhrase::Pronoun::None ? source : SourcePhrase {};
    }
    if (!sentenceStart) {
        return {};
    }
    // "In a statement on Tuesday, the ministry …": the subject after the frame's comma.
    qsizetype comma = after;
    while (comma < tokens.size() && comma - after < 8 && !tokens[comma].isPunct(u',') && !tokens[comma].isQuote()
        && tokens[comma].kind != Token::Kind::Punct) {
        ++comma;
    }
    if (comma >= tokens.size() || !tokens[comma].isPunct(u',')) {
        return {};
    }
    SourcePhrase source = m_phrases.rightOf(tokens, comma + 1);
    if (!source.isValid() || source.pronoun == SourcePhrase::Pronoun::Neuter || source.kind == SourceKind::Document) {
        return {};
    }
    return source;
}

SourcePhrase CueFinder::colonSource(const QList<Token> &tokens, qsizetype firstWord, qsizetype *colon) const
{
    qsizetype c = firstWord + 1;
    while (c < tokens.size() && !isColon(tokens[c])) {
        if (tokens[c].isQuote() || tokens[c].inQuote) {
            return {};
        }
        ++c;
    }
    // Only a quotation after the colon: "The answer is simple: …" and a transcript's "HOST: …" are the text's own.
    if (c + 1 >= tokens.size() || tokens[c + 1].kind != Token::Kind::OpenQuote) {
        return {};
    }
    SourcePhrase source = m_phrases.rightOf(tokens, firstWord);
    // "One, a retired ferryman, is blunter:": the count word stands for the person the appositive describes.
    const bool countWord = source.isValid() && source.anonymous && source.first == source.last
        && (source.head == QLatin1String("one") || source.head == QLatin1String("another"));
    if (!source.isValid() || source.last >= c || source.pronoun == SourcePhrase::Pronoun::Neuter
        || source.kind == SourceKind::Document) {
        return {};
    }
    qsizetype k = source.last + 1;
    if (k < c && tokens[k].isPunct(u',')) {
        // "Jane Roe, the port's director: \"…\"", "One, a retired ferryman, is blunter: \"…\"".
        const qsizetype end = appositiveEnd(tokens, k + 1, c);
        if (end < 0) {
            return {};
        }
        if (countWord) {
            source.name = m_phrases.textOf(tokens, k + 1, end);
        }
        k = end + 1;
        if (k < c && tokens[k].isPunct(u',')) {
            ++k;
        }
    } else if (countWord) {
        return {}; // "One is blunter:" names nobody
    }
    if (c - k > MaxColonGap) {
        return {};
    }
    for (; k < c; ++k) {
        if (!tokens[k].isWord()) {
            return {};
        }
    }
    *colon = c;
    return source;
}

qsizetype CueFinder::appositiveEnd(const QList<Token> &tokens, qsizetype first, qsizetype colon) const
{
    // Words only up to a comma or the colon, and a word that describes a person: a title or a group noun
    // ("director", "nurse"), or an indefinite description ("a retired ferryman").
    constexpr qsizetype MaxAppositiveTokens = 10;
    qsizetype end = first;
    bool describesPerson
        = first < colon && (tokens[first].lower == QLatin1String("a") || tokens[first].lower == QLatin1String("an"));
    while (end < colon && end - first < MaxAppositiveTokens && !tokens[end].isPunct(u',')) {
        const Token &t = tokens[end];
        if (!t.isWord() || t.inQuote) {
            return -1;
        }
        describesPerson = describesPerson || m_lexicon.containsWord(LexiconCategory::Titles, t)
            || m_lexicon.containsWord(LexiconCategory::GroupNouns, t);
        ++end;
    }
    if (end == first || !describesPerson || (end < colon && !tokens[end].isPunct(u','))) {
        return -1;
    }
    return end - 1;
}

SourcePhrase CueFinder::looseNounPhrase(const QList<Token> &tokens, qsizetype index, bool requireSourceWord) const
{
    constexpr qsizetype MaxWords = 6;
    qsizetype last = -1;
    bool sourceWord = false;
    bool capitalised = false;
    for (qsizetype k = index; k < tokens.size() && k - index < MaxWords; ++k) {
        const Token &token = tokens[k];
        if (!token.isWord() || token.inQuote) {
            break;
        }
        capitalised = capitalised || token.capitalized;
        sourceWord = sourceWord || token.capitalized || m_lexicon.containsWord(LexiconCategory::GroupNouns, token)
            || m_lexicon.containsWord(LexiconCategory::InstitutionNouns, token)
            || m_lexicon.containsWord(LexiconCategory::Titles, token);
        last = k;
    }
    if (last < 0 || (requireSourceWord && !sourceWord)) {
        return {};
    }
    SourcePhrase phrase;
    phrase.first = index;
    phrase.last = last;
    phrase.name = m_phrases.textOf(tokens, index, last);
    const bool named = last > index && tokens[last].capitalized && tokens[last - 1].capitalized;
    if (named) {
        phrase.kind = SourceKind::Person;
        phrase.singular = true;
    } else if (capitalised || m_lexicon.containsWord(LexiconCategory::InstitutionNouns, tokens[index])) {
        phrase.kind = SourceKind::OfficialBody;
    } else {
        phrase.kind = SourceKind::Anonymous;
        phrase.anonymous = true;
    }
    phrase.head = tokens[index].lower;
    return phrase;
}

QList<CueFinder::Event> CueFinder::findEvents(
    const QList<Token> &tokens, SentenceFrame &frame, qsizetype &impersonalFirst, qsizetype &impersonalLast) const
{
    qsizetype firstWord = 0;
    while (firstWord < tokens.size() && !tokens[firstWord].isWord()) {
        ++firstWord;
    }
    QList<Event> events;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens[i];
        if (token.isQuote() || token.inQuote || token.kind == Token::Kind::Punct) {
            continue;
        }
        if (i == firstWord) {
            if (const int length = m_lexicon.matchAt(LexiconCategory::CarryOpeners, tokens, i); length > 0) {
                frame.carryOpener = true;
                frame.openerLast = i + length - 1;
            }
            if (const int length = m_lexicon.matchAt(LexiconCategory::BackwardMarkers, tokens, i); length > 0) {
                frame.backward = true;
                const QString &lastWord = tokens[i + length - 1].lower;
                // "This is according to X", "This was reported by X": the marker itself is the cue.
                const bool takesObject = lastWord == QLatin1String("by") || lastWord == QLatin1String("to")
                    || lastWord == QLatin1String("of");
                if (takesObject) {
                    events.append({EventType::According, i, i + length - 1, m_phrases.rightOf(tokens, i + length)});
                }
                i += length - 1;
                continue;
            }
        }
        if (m_lexicon.matchAt(LexiconCategory::AuthorPhrases, tokens, i) > 0) {
            frame.authorCaveat = true;
        }
        if (m_lexicon.matchAt(LexiconCategory::Hedges, tokens, i) > 0) {
            frame.hedged = true;
        }
        if (const int length = m_lexicon.matchAt(LexiconCategory::AnonymityPhrases, tokens, i); length > 0) {
            // "a person briefed on the talks": "briefed" is not the cue here.
            i += length - 1;
            continue;
        }
        if (const int length = m_lexicon.matchAt(LexiconCategory::ImpersonalCues, tokens, i); length > 0) {
            if (impersonalFirst < 0) {
                impersonalFirst = i;
                impersonalLast = i + length - 1;
            }
            i += length - 1;
            continue;
        }
        if (const int length = m_lexicon.matchAt(LexiconCategory::SourcePrepositions, tokens, i); length > 0) {
            events.append({EventType::According, i, i + length - 1, prepositionSource(tokens, i, i + length - 1)});
            i += length - 1;
            continue;
        }
        if (const int length = m_lexicon.matchAt(LexiconCategory::CitingPhrases, tokens, i); length > 0) {
            const SourcePhrase cited = m_phrases.rightOf(tokens, i + length);
            if (cited.isValid()) {
                events.append({EventType::Citing, i, i + length - 1, cited});
                i = cited.last;
                continue;
            }
        }
        if (const int length = m_lexicon.matchAt(LexiconCategory::NounFrames, tokens, i); length > 0) {
            const SourcePhrase source = nounFrameSource(tokens, i, length, i == firstWord);
            if (source.isValid()) {
                events.append({EventType::Noun, i, i + length - 1, source, QStringLiteral("noun")});
                i += length - 1;
                continue;
            }
        }
        if (const int length = m_lexicon.matchAt(LexiconCategory::ViaPhrases, tokens, i); length > 0) {
            const SourcePhrase conduit = m_phrases.rightOf(tokens, i + length);
            if (conduit.isValid() && conduit.pronoun == SourcePhrase::Pronoun::None
                && conduit.kind != SourceKind::Anonymous) { // "speaking to reporters" names no conduit
                events.append({EventType::Via, i, i + length - 1, conduit});
                i = conduit.last;
                continue;
            }
        }
        if (const int length = m_lexicon.matchAt(LexiconCategory::NounCues, tokens, i); length > 0) {
            const SourcePhrase source = nounCueSource(tokens, i, length);
            if (source.isValid()) {
                events.append({EventType::Noun, i, i + length - 1, source, QStringLiteral("noun")});
                i += length - 1;
                continue;
            }
        }
        i = addVerbEvent(tokens, i, firstWord, events);
    }
    qsizetype colon = -1;
    if (firstWord < tokens.size() && !tokens[firstWord].inQuote) {
        if (const SourcePhrase source = colonSource(tokens, firstWord, &colon); source.isValid()) {
            events.append({EventType::Colon, colon, colon, source, QStringLiteral("punct")});
        }
    }
    return events;
}

bool CueFinder::narratesAction(const QList<Token> &tokens, qsizetype verbLast)
{
    // The writer telling what they did ("I wrote to the company", "We asked about the figures", "I wrote back.")
    // reports no words of theirs; "I wrote that …", "I would call it …" do.
    static const QStringList Prepositions = {QStringLiteral("to"), QStringLiteral("about"), QStringLiteral("for"),
        QStringLiteral("at"), QStringLiteral("with"), QStringLiteral("from"), QStringLiteral("into"),
        QStringLiteral("on"), QStringLiteral("in"), QStringLiteral("back"), QStringLiteral("up"), QStringLiteral("off"),
        QStringLiteral("around"), QStringLiteral("again")};
    const qsizetype next = verbLast + 1;
    if (next >= tokens.size()) {
        return true;
    }
    return Prepositions.contains(tokens[next].lower) || tokens[next].isPunct(u'.') || tokens[next].isPunct(u'!')
        || tokens[next].isPunct(u';');
}

bool CueFinder::negatedWithoutContent(
    const QList<Token> &tokens, qsizetype verbFirst, qsizetype verbLast, const QString &cueClass)
{
    bool negated = false;
    for (qsizetype k = verbFirst - 1; k >= 0 && k >= verbFirst - 2 && !negated; --k) {
        const QString &word = tokens[k].lower;
        negated = word == QLatin1String("not") || word == QLatin1String("never") || word.endsWith(QLatin1String("n't"))
            || word.endsWith(u"n\u2019t");
    }
    if (!negated) {
        return false;
    }
    // "We do not doubt her sincerity", "I do not believe the cuts will save money": a negated belief still holds a
    // view, unless it leaves a question open ("has not decided whether"). A negated speech, stance or evidence verb
    // mostly reports silence ("did not respond to questions", "it does not say at what", "have not said whether").
    static const QStringList Questions = {QStringLiteral("whether"), QStringLiteral("if"), QStringLiteral("when"),
        QStringLiteral("how"), QStringLiteral("why"), QStringLiteral("what"), QStringLiteral("who")};
    const bool question = verbLast + 1 < tokens.size() && Questions.contains(tokens[verbLast + 1].lower);
    return question || cueClass != QLatin1String("belief");
}

qsizetype CueFinder::addVerbEvent(
    const QList<Token> &tokens, qsizetype i, qsizetype firstWord, QList<Event> &events) const
{
    QString cueClass;
    const int length = verbCueAt(tokens, i, &cueClass);
    if (length == 0 || coveredByHedge(tokens, i)) {
        return i;
    }
    if (i > 0 && m_lexicon.matchAt(LexiconCategory::Possessives, tokens, i - 1) == 1) {
        return i; // "Her claim to the estate", "their fears": a noun after a possessive
    }
    const qsizetype verbLast = i + length - 1;
    const SourcePhrase left = m_phrases.leftOf(tokens, i);
    const SourcePhrase right = m_phrases.rightOf(tokens, verbLast + 1);
    // '"…," said Kirby' and '"…" — заявил Песков': the source follows the verb after a quotation.
    const bool afterQuote = i > 0
        && (tokens[i - 1].isQuote()
            || ((tokens[i - 1].isPunct(u',') || tokens[i - 1].isPunct(u'\u2014') || tokens[i - 1].isPunct(u'-'))
                && i > 1 && (tokens[i - 2].isQuote() || tokens[i - 2].isPunct(u','))));
    const bool addressee = m_lexicon.matchAt(LexiconCategory::AddresseeVerbs, tokens, i) > 0;
    static const QStringList Be
        = {QStringLiteral("am"), QStringLiteral("is"), QStringLiteral("are"), QStringLiteral("was"),
            QStringLiteral("were"), QStringLiteral("be"), QStringLiteral("been"), QStringLiteral("being")};
    if (addressee && i > 0 && Be.contains(tokens[i - 1].lower)) {
        return i; // "We are told", "Residents were told": the subject is the listener, and no source is named
    }
    if (negatedWithoutContent(tokens, i, verbLast, cueClass)) {
        return i;
    }
    const bool inverted = !addressee && (afterQuote || i == firstWord);
    SourcePhrase subject;
    if ((m_subjectAfterVerbFirst || inverted) && !addressee && right.isValid()
        && m_lexicon.matchAt(LexiconCategory::OutletNouns, tokens, verbLast + 1) == 0
        && right.kind != SourceKind::Document) {
        subject = right;
    } else if (left.isValid()) {
        subject = left;
    } else if ((inverted || (i > 0 && tokens[i - 1].isPunct(u','))) && !addressee && right.isValid()) {
        subject = right; // "Prices will rise, said John Smith, an economist"
    } else if (m_subjectAfterVerbFirst && !addressee
        && m_lexicon.containsWord(LexiconCategory::Connectors, tokens.value(verbLast + 1))) {
        subject = looseNounPhrase(tokens, verbLast + 2, true); // "сообщили в региональном управлении МЧС"
    }
    // "The Commission found that …", "Investigators concluded that …": a body's or a group's finding.
    const bool findingFollows = cueClass == QLatin1String("evidence") && verbLast + 1 < tokens.size()
        && isComplementiser(tokens[verbLast + 1]) && tokens[verbLast + 1].lower != QLatin1String("whether");
    if (!subject.isValid() || !plausibleSubject(cueClass, subject)) {
        // "A nurse on the ward said", "…, and said"; "A 2021 report by the Audit Office concluded", where the
        // body next to the verb cannot be what a document shows.
        SourcePhrase clause = m_phrases.clauseSubject(tokens, i);
        if (cueClass == QLatin1String("evidence") && clause.kind != SourceKind::Document && !findingFollows) {
            clause = {}; // "patients receiving the higher dose showed": people show symptoms, documents facts
        }
        if (clause.isValid()) {
            subject = clause;
        }
    }
    static const QStringList NotEvidence = {QStringLiteral("up"), QStringLiteral("off"), QStringLiteral("around"),
        QStringLiteral("out"), QStringLiteral("away"), QStringLiteral("me"), QStringLiteral("us"),
        QStringLiteral("him"), QStringLiteral("her"), QStringLiteral("them"), QStringLiteral("you")};
    if (cueClass == QLatin1String("evidence") && verbLast + 1 < tokens.size()
        && NotEvidence.contains(tokens[verbLast + 1].lower)) {
        return i; // "they show up", "they showed me round": a visit, not a finding
    }
    if (cueClass != QLatin1String("speech") && !plausibleSubject(cueClass, subject)
        && !(findingFollows && subject.isValid())) {
        return i; // "Police found a body", "expected delays": no source, so no attribution
    }
    if (subject.isValid() && subject.kind == SourceKind::Author && narratesAction(tokens, verbLast)) {
        return i;
    }
    events.append({EventType::Verb, i, verbLast, subject, cueClass});
    const bool viaPhraseFollows = m_lexicon.matchAt(LexiconCategory::ViaPhrases, tokens, verbLast + 1) > 0;
    if (subject.isValid() && subject.first < i && right.isValid() && right.kind == SourceKind::Outlet
        && !viaPhraseFollows) {
        // "one official told Reuters": the outlet relayed the words.
        events.append({EventType::Via, i, verbLast, right});
    }
    if (subject.isValid() && subject.first > i) {
        return subject.last;
    }
    return verbLast;
}

QList<SourcePhrase> CueFinder::cueFromPrimary(const QList<Event> &events, qsizetype primary, qsizetype citing,
    const QList<qsizetype> &viaEvents, SentenceFrame &frame)
{
    QList<SourcePhrase> vias;
    const Event &p = events[primary];
    frame.source = p.phrase;
    frame.cueFirst = p.first;
    frame.cueLast = p.last;
    frame.cueClass = p.cueClass;
    if (citing >= 0) {
        const Event &c = events[citing];
        const bool sameAsCited = p.phrase.first <= c.phrase.last && c.phrase.first <= p.phrase.last;
        if (p.phrase.pronoun == SourcePhrase::Pronoun::None && !sameAsCited) {
            vias.append(p.phrase);
        }
        frame.source = c.phrase;
        frame.cueClass = c.cueClass;
        const bool sourceBetween = p.phrase.first > p.last && p.phrase.first < c.first;
        if (c.first > p.last && c.first - p.last <= MaxCueGap && !sourceBetween) {
            frame.cueLast = c.last;
        }
    } else if (p.phrase.kind == SourceKind::Outlet) {
        // "Bloomberg reported that Ukrainian officials had expressed hopes": the outlet relays them.
        for (qsizetype e = primary + 1; e < events.size(); ++e) {
            const Event &inner = events[e];
            if (inner.type == EventType::Verb && inner.phrase.isValid()
                && inner.phrase.pronoun == SourcePhrase::Pronoun::None && inner.phrase.kind != SourceKind::Outlet
                && inner.phrase.first > p.last) {
                vias.append(p.phrase);
                frame.source = inner.phrase;
                break;
            }
        }
    }
    for (const qsizetype e : viaEvents) {
        const Event &v = events[e];
        const bool sourceBefore
            = frame.source.isValid() && frame.source.first > frame.cueLast && frame.source.last < v.first;
        if (!sourceBefore && v.first > frame.cueLast && v.first - frame.cueLast <= MaxCueGap) {
            frame.cueLast = v.last;
        }
        vias.prepend(v.phrase); // the conduit named last is the one nearest to the reader
    }
    return vias;
}

qsizetype CueFinder::reportingClauseAfter(const QList<Token> &tokens, const QList<Event> &events, qsizetype primary)
{
    if (events[primary].phrase.kind != SourceKind::Author) {
        return -1;
    }
    for (qsizetype e = primary + 1; e < events.size(); ++e) {
        const Event &event = events[e];
        if (event.type != EventType::Verb || !event.phrase.isValid() || event.phrase.kind == SourceKind::Author
            || event.cueClass != QLatin1String("speech")) {
            continue;
        }
        const qsizetype start = std::min(event.first, event.phrase.first);
        if (start > 0) {
            const Token &before = tokens[start - 1];
            if (before.isPunct(u',') || before.isPunct(u'\u2014') || before.isPunct(u'\u2013')) {
                return e;
            }
        }
    }
    return -1;
}

void CueFinder::chooseCue(const QList<Token> &tokens, const QList<Event> &events, qsizetype impersonalFirst,
    qsizetype impersonalLast, SentenceFrame &frame)
{
    // The primary cue: the first reporting verb with a subject, or the first source preposition.
    qsizetype primary = -1;
    for (qsizetype e = 0; e < events.size(); ++e) {
        if ((events[e].type == EventType::Verb || events[e].type == EventType::According)
            && events[e].phrase.isValid()) {
            primary = e;
            break;
        }
    }
    if (primary >= 0) {
        if (const qsizetype reporting = reportingClauseAfter(tokens, events, primary); reporting >= 0) {
            primary = reporting;
        }
    }
    qsizetype citing = -1;
    for (qsizetype e = 0; e < events.size(); ++e) {
        if (events[e].type == EventType::Citing) {
            citing = e;
            break;
        }
    }
    QList<SourcePhrase> vias;
    QList<qsizetype> viaEvents;
    for (qsizetype e = 0; e < events.size(); ++e) {
        if (events[e].type == EventType::Via) {
            viaEvents.append(e);
        }
    }
    if (primary < 0 && citing < 0) {
        // No verb or phrase: an attribution noun ("his claim that"), else a colon ("Doreen is not fooled: …").
        for (const EventType type : {EventType::Noun, EventType::Colon}) {
            for (qsizetype e = 0; e < events.size() && primary < 0; ++e) {
                if (events[e].type == type) {
                    primary = e;
                }
            }
        }
    }
    if (primary < 0 && !viaEvents.isEmpty()) {
        // "as reported by Reuters" alone: the conduit is the only source named.
        primary = viaEvents.takeFirst();
    }
    if (primary >= 0) {
        vias = cueFromPrimary(events, primary, citing, viaEvents, frame);
    } else if (citing >= 0) {
        frame.source = events[citing].phrase;
        frame.cueFirst = events[citing].first;
        frame.cueLast = events[citing].last;
        frame.cueClass = events[citing].cueClass;
    } else if (impersonalFirst >= 0) {
        frame.impersonal = true;
        frame.cueFirst = impersonalFirst;
        frame.cueLast = impersonalLast;
    }
    frame.via = vias;
}

SentenceFrame CueFinder::analyse(QList<Token> &tokens, bool startsInsideQuote) const
{
    SentenceFrame frame;
    m_lexicon.annotate(tokens);
    frame.endsInsideQuote = markQuotes(tokens, startsInsideQuote);
    frame.quoteOpensClause = quotationOpensClause(tokens, startsInsideQuote);

    qsizetype impersonalFirst = -1;
    qsizetype impersonalLast = -1;
    const QList<Event> events = findEvents(tokens, frame, impersonalFirst, impersonalLast);
    chooseCue(tokens, events, impersonalFirst, impersonalLast, frame);
    for (const Event &e : events) {
        frame.frameRanges.append({e.first, e.last});
        if (e.phrase.isValid()) {
            frame.frameRanges.append({e.phrase.first, e.phrase.last});
        }
    }
    if (frame.hasCue()) {
        frame.frameRanges.append({frame.cueFirst, frame.cueLast});
    }
    countContentWords(tokens, frame);
    return frame;
}

} // namespace Sourcelight
