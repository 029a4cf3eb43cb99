#include "attributionsuggester.h"

#include "cuefinder.h"
#include "lexicon.h"
#include "sourceregistry.h"
#include "wordtokenizer.h"

#include <QCoreApplication>

namespace Sourcelight {

namespace {

/// Share of a sentence's content words inside quotation marks from which it counts as a direct quote.
constexpr double DirectQuoteShare = 0.7;
/// A headline or subheading longer than this many characters is rather an unpunctuated paragraph.
constexpr qsizetype MaxHeadlineLength = 200;

/// Reasons translate under the context lupdate files this file's tr() calls in.
QString tr(const char *text)
{
    return QCoreApplication::translate("Sourcelight::AttributionSuggester", text);
}

QuoteType quoteOf(const SentenceFrame &frame, bool attributed)
{
    if (frame.quotedWords == 0) {
        return attributed ? QuoteType::Indirect : QuoteType::None;
    }
    const double share = frame.contentWords > 0 ? double(frame.quotedWords) / double(frame.contentWords) : 1.0;
    return share >= DirectQuoteShare && frame.quoteOpensClause ? QuoteType::Direct : QuoteType::Mixed;
}

bool isFullyQuoted(const SentenceFrame &frame)
{
    return frame.quotedWords > 0 && frame.quoteOpensClause
        && double(frame.quotedWords) >= DirectQuoteShare * double(frame.contentWords);
}

/// A line of its own without final punctuation: a headline, a subheading or a dateline.
bool isHeadline(QStringView text, const SentenceSpan &sentence)
{
    if (sentence.end - sentence.start > MaxHeadlineLength || sentence.end <= sentence.start) {
        return false;
    }
    const QChar last = text[sentence.end - 1];
    static const QString terminal = QStringLiteral(".!?\u2026:;\"\u201D\u00BB\u201C)'\u2019");
    if (terminal.contains(last) && text[sentence.start] != u'#') {
        return false;
    }
    for (qsizetype i = sentence.start - 1; i >= 0 && text[i] != u'\n'; --i) {
        if (!text[i].isSpace()) {
            return false;
        }
    }
    for (qsizetype i = sentence.end; i < text.size() && text[i] != u'\n'; ++i) {
        if (!text[i].isSpace()) {
            return false;
        }
    }
    return true;
}

/// "cue 'said' after 'Kirby'"; verbs of other classes name their class: "stance cue 'blasted' after 'the senator'";
/// nouns and colons too: "attribution noun 'claim' after 'Lang'".
QString cueReason(const QString &cueClass, bool sourceAfterCue)
{
    // A free function: lupdate would file plain tr() calls here under "Sourcelight", so the context is spelled out
    // (literally: lupdate does not expand macros).
    const char *reason = sourceAfterCue ? QT_TRANSLATE_NOOP("Sourcelight::AttributionSuggester", "cue '%1' before '%2'")
                                        : QT_TRANSLATE_NOOP("Sourcelight::AttributionSuggester", "cue '%1' after '%2'");
    if (cueClass == QLatin1String("stance")) {
        reason = sourceAfterCue ? QT_TRANSLATE_NOOP("Sourcelight::AttributionSuggester", "stance cue '%1' before '%2'")
                                : QT_TRANSLATE_NOOP("Sourcelight::AttributionSuggester", "stance cue '%1' after '%2'");
    } else if (cueClass == QLatin1String("belief")) {
        reason = sourceAfterCue ? QT_TRANSLATE_NOOP("Sourcelight::AttributionSuggester", "belief cue '%1' before '%2'")
                                : QT_TRANSLATE_NOOP("Sourcelight::AttributionSuggester", "belief cue '%1' after '%2'");
    } else if (cueClass == QLatin1String("evidence")) {
        reason = sourceAfterCue
            ? QT_TRANSLATE_NOOP("Sourcelight::AttributionSuggester", "evidence cue '%1' before '%2'")
            : QT_TRANSLATE_NOOP("Sourcelight::AttributionSuggester", "evidence cue '%1' after '%2'");
    } else if (cueClass == QLatin1String("noun")) {
        reason = sourceAfterCue
            ? QT_TRANSLATE_NOOP("Sourcelight::AttributionSuggester", "attribution noun '%1' before '%2'")
            : QT_TRANSLATE_NOOP("Sourcelight::AttributionSuggester", "attribution noun '%1' after '%2'");
    } else if (cueClass == QLatin1String("punct")) {
        reason = QT_TRANSLATE_NOOP("Sourcelight::AttributionSuggester", "colon '%1' after '%2' introduces a quotation");
    }
    return tr(reason);
}

QString describe(const SourceMention &mention)
{
    return mention.name;
}

/// The source of an earlier sentence, as carried into another one (not named in it).
std::optional<SourceMention> carriedSource(const AttributionSuggestion &from)
{
    std::optional<SourceMention> source = from.source;
    if (source) {
        source->mention = TextSpan {};
    }
    return source;
}

QList<SourceMention> carriedVia(const AttributionSuggestion &from)
{
    QList<SourceMention> via = from.via;
    for (SourceMention &v : via) {
        v.mention = TextSpan {};
    }
    return via;
}

} // namespace

AttributionSuggester::AttributionSuggester(Language language)
    : m_language(language == Language::Unknown ? Language::English : language)
    , m_lexicon(Lexicon::forLanguage(m_language))
{
}

/// What suggest() carries from one sentence to the next.
struct AttributionSuggester::Walk
{
    QList<AttributionSuggestion> suggestions;
    QList<int> paragraphOf;
    QList<bool> headline;
    QList<bool> hedgeCarried;
    int paragraph = 0;
    bool quoteOpen = false;
    qsizetype chainSentence = -1; ///< the last sentence with an attribution that later sentences may continue
    qsizetype chainParagraph = -1;

    /// The suggestion a sentence that names no source may continue; nullptr if none.
    const AttributionSuggestion *from() { return chainSentence >= 0 ? &suggestions[chainSentence] : nullptr; }
    bool inChain() const { return chainSentence >= 0 && chainParagraph == paragraph; }
    bool nextParagraph() const { return chainSentence >= 0 && chainParagraph == paragraph - 1; }
    /// Sentence i is the one later sentences may continue.
    void chainTo(qsizetype i)
    {
        chainSentence = i;
        chainParagraph = paragraph;
    }
};

void AttributionSuggester::suggestExplicit(AttributionSuggestion &s, const SentenceFrame &frame,
    const QList<Token> &tokens, QStringView view, SourceRegistry &registry) const
{
    const SourcePhrase &phrase = frame.source;
    const TextSpan mentionSpan {tokens[phrase.first].start, tokens[phrase.last].end - phrase.possessiveSuffix};
    const QString mentionText = view.sliced(mentionSpan.start, mentionSpan.length()).toString();
    for (const SourcePhrase &v : frame.via) {
        if (auto conduit = registry.resolve(v, TextSpan {tokens[v.first].start, tokens[v.last].end})) {
            s.via.append(*conduit);
        }
    }
    std::optional<SourceMention> source = registry.resolve(phrase, mentionSpan);
    s.scope = AttributionScope::Explicit;
    s.quote = frame.backward ? QuoteType::None : quoteOf(frame, true);
    const bool after = phrase.first > frame.cueFirst;
    QString reason = cueReason(frame.cueClass, after).arg(s.cueText, mentionText);
    if (phrase.pronoun != SourcePhrase::Pronoun::None) {
        if (source) {
            reason += QStringLiteral(" = ") + describe(*source);
            s.confidence = 0.75;
        } else {
            SourceMention unresolved;
            unresolved.name = mentionText;
            unresolved.kind
                = phrase.pronoun == SourcePhrase::Pronoun::Neuter ? SourceKind::OfficialBody : SourceKind::Person;
            unresolved.mention = mentionSpan;
            unresolved.count
                = phrase.pronoun == SourcePhrase::Pronoun::Plural ? SourceCount::Several : SourceCount::One;
            source = unresolved;
            reason += tr(" (pronoun with no earlier source)");
            s.confidence = 0.4;
        }
    } else if (source && source->kind == SourceKind::Document) {
        s.confidence = 0.7;
    } else if (source && source->kind == SourceKind::Person && source->title.isEmpty()
        && !source->name.contains(QLatin1Char(' '))) {
        s.confidence = 0.75; // a single capitalised word: a surname, or a capital standing for a government
    } else {
        s.confidence = after && phrase.first > frame.cueLast + 1 ? 0.85 : 0.9;
    }
    // Each cue class has its own ceiling (resources/lexicons, "cueConfidence"): "fears" is weaker than "said".
    s.confidence = std::min(s.confidence, m_lexicon->cueConfidence(frame.cueClass, 0.9));
    if (source && source->name != mentionText && phrase.pronoun == SourcePhrase::Pronoun::None) {
        reason += QStringLiteral(" = ") + source->name;
    }
    if (!s.via.isEmpty()) {
        QStringList names;
        for (const SourceMention &v : std::as_const(s.via)) {
            names.append(v.name);
        }
        reason += tr(", via %1").arg(names.join(QStringLiteral(", ")));
    }
    if (source && !source->onRecord) {
        reason += tr(", off the record");
    }
    s.source = source;
    s.reason = reason;
}

void AttributionSuggester::attributeBackward(Walk &walk, qsizetype i, const QString &sentenceText) const
{
    // "This is what Bloomberg writes, citing US officials." covers the sentences before it in its
    // paragraph, or the previous paragraph when it opens one.
    const AttributionSuggestion &s = walk.suggestions[i];
    const int paragraph = walk.paragraph;
    const int target = (i > 0 && walk.paragraphOf[i - 1] == paragraph) ? paragraph : paragraph - 1;
    for (qsizetype j = i - 1; j >= 0 && walk.paragraphOf[j] == target; --j) {
        AttributionSuggestion &earlier = walk.suggestions[j];
        const bool open = earlier.scope == AttributionScope::Author || walk.hedgeCarried[j];
        if (!open || walk.headline[j]) {
            break;
        }
        earlier.source = carriedSource(s);
        earlier.via = carriedVia(s);
        earlier.cueText = s.cueText;
        earlier.cue = TextSpan {};
        earlier.scope = AttributionScope::Backward;
        if (earlier.quote == QuoteType::None) {
            earlier.quote = QuoteType::Indirect;
        }
        earlier.confidence = 0.75;
        earlier.reason = tr("attributed by a later sentence: '%1'").arg(sentenceText);
    }
}

void AttributionSuggester::suggestImpersonal(Walk &walk, qsizetype i, const SentenceFrame &frame) const
{
    AttributionSuggestion &s = walk.suggestions[i];
    const AttributionSuggestion *from = walk.from();
    if (from && (walk.inChain() || walk.nextParagraph() || walk.paragraph - walk.chainParagraph <= 2)) {
        const QString fromName = from->source ? from->source->name : QString();
        s.source = carriedSource(*from);
        s.via = carriedVia(*from);
        s.scope = AttributionScope::Carried;
        s.quote = quoteOf(frame, true);
        s.confidence = 0.6;
        s.reason = tr("impersonal cue '%1' continues %2").arg(s.cueText, fromName);
        walk.chainTo(i);
    } else {
        s.scope = AttributionScope::Author;
        s.quote = quoteOf(frame, true);
        s.confidence = 0.5;
        s.reason = tr("impersonal cue '%1' with no source named earlier").arg(s.cueText);
    }
}

bool AttributionSuggester::carryChain(Walk &walk, qsizetype i, const SentenceFrame &frame, const QList<Token> &tokens,
    QStringView view, qsizetype end, bool startedInQuote) const
{
    AttributionSuggestion &s = walk.suggestions[i];
    const bool inChain = walk.inChain();
    const bool nextParagraph = walk.nextParagraph();
    const AttributionSuggestion *from = walk.from();
    const QString fromName = from && from->source ? from->source->name : QString();
    const bool previousQuoted = i > 0 && from == &walk.suggestions[i - 1]
        && (from->quote == QuoteType::Direct || from->quote == QuoteType::Mixed);
    QString reason;
    double confidence = 0.0;
    if (from && startedInQuote && inChain) {
        reason = tr("continues the quotation of %1").arg(fromName);
        confidence = 0.8;
    } else if (from && isFullyQuoted(frame) && (inChain || previousQuoted)) {
        reason = tr("quotation following one by %1").arg(fromName);
        confidence = 0.75;
    } else if (from && frame.carryOpener && (inChain || nextParagraph)) {
        s.cue = TextSpan {tokens[0].start, tokens[frame.openerLast].end};
        while (!tokens.isEmpty() && s.cue.start < end && !view[s.cue.start].isLetterOrNumber()) {
            ++s.cue.start;
        }
        s.cueText = view.sliced(s.cue.start, s.cue.length()).toString();
        reason = tr("'%1' continues %2").arg(s.cueText, fromName);
        confidence = 0.6;
    } else if (from && frame.hedged && inChain && !frame.authorCaveat) {
        reason = tr("hedged claim in a paragraph attributed to %1").arg(fromName);
        confidence = 0.5;
        walk.hedgeCarried[i] = true;
    }
    if (confidence <= 0.0) {
        return false;
    }
    s.source = carriedSource(*from);
    s.via = carriedVia(*from);
    s.scope = AttributionScope::Carried;
    s.quote = quoteOf(frame, true);
    s.confidence = confidence;
    s.reason = reason;
    walk.chainTo(i);
    return true;
}

QList<AttributionSuggestion> AttributionSuggester::suggest(
    const QString &text, const QList<SentenceSpan> &sentences) const
{
    const QStringView view(text);
    const bool subjectAfterVerbFirst = m_language == Language::Russian || m_language == Language::Ukrainian;
    const CueFinder finder(*m_lexicon, view, subjectAfterVerbFirst);
    SourceRegistry registry;

    Walk walk;
    walk.suggestions = QList<AttributionSuggestion>(sentences.size());
    walk.paragraphOf = QList<int>(sentences.size());
    walk.headline = QList<bool>(sentences.size(), false);
    walk.hedgeCarried = QList<bool>(sentences.size(), false);

    for (qsizetype i = 0; i < sentences.size(); ++i) {
        const SentenceSpan &span = sentences[i];
        const qsizetype start = std::clamp<qsizetype>(span.start, 0, text.size());
        const qsizetype end = std::clamp<qsizetype>(span.end, start, text.size());
        if (i > 0) {
            const qsizetype previousEnd = std::clamp<qsizetype>(sentences[i - 1].end, 0, start);
            if (view.sliced(previousEnd, start - previousEnd).contains(u'\n')) {
                ++walk.paragraph;
                walk.quoteOpen = false;
            }
        }
        walk.paragraphOf[i] = walk.paragraph;
        QList<Token> tokens = WordTokenizer::tokenize(view.sliced(start, end - start), start);
        const SentenceFrame frame = finder.analyse(tokens, walk.quoteOpen);
        const bool startedInQuote = walk.quoteOpen;
        walk.quoteOpen = frame.endsInsideQuote;
        AttributionSuggestion &s = walk.suggestions[i];

        if (frame.hasCue()) {
            s.cue = TextSpan {tokens[frame.cueFirst].start, tokens[frame.cueLast].end};
            s.cueText = view.sliced(s.cue.start, s.cue.length()).toString();
        }

        if (frame.source.isValid()) {
            suggestExplicit(s, frame, tokens, view, registry);
            walk.chainTo(i);
            if (frame.backward) {
                attributeBackward(walk, i, view.sliced(start, end - start).toString());
            }
            continue;
        }
        if (frame.impersonal) {
            suggestImpersonal(walk, i, frame);
            continue;
        }
        if (isHeadline(view, SentenceSpan {start, end})) {
            walk.headline[i] = true;
            s.scope = AttributionScope::Author;
            s.quote = quoteOf(frame, false);
            s.confidence = 0.9;
            s.reason = tr("headline or subheading: the article's own voice");
            continue;
        }
        if (carryChain(walk, i, frame, tokens, view, end, startedInQuote)) {
            continue;
        }
        s.scope = AttributionScope::Author;
        s.quote = quoteOf(frame, false);
        s.confidence = 0.7;
        s.reason = tr("no attribution cue: the article's own voice");
    }
    return walk.suggestions;
}

} // namespace Sourcelight
