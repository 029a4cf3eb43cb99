#include "suggestionscore.h"

#include "lexicon.h"
#include "wordtokenizer.h"

#include <algorithm>

namespace Sourcelight {

namespace {

void count(SuggestionTally &tally, const ReviewedSuggestion &r)
{
    ++tally.reviewed;
    if (r.suggestedSource == r.reviewedSource) {
        ++tally.accepted;
    } else if (r.suggestedSource == 0) {
        ++tally.missed;
    } else if (r.reviewedSource == 0) {
        ++tally.falseAlarm;
    } else {
        ++tally.wrongSource;
    }
}

} // namespace

QString SuggestionScore::cueClassOf(const QString &cueText, AttributionScope scope, Language language)
{
    switch (scope) {
    case AttributionScope::Carried:
        return QStringLiteral("carried");
    case AttributionScope::Backward:
        return QStringLiteral("backward");
    case AttributionScope::Author:
        return QStringLiteral("none");
    case AttributionScope::Explicit:
        break;
    }
    const std::shared_ptr<const Lexicon> lexicon = Lexicon::forLanguage(language);
    const QList<Token> tokens = WordTokenizer::tokenize(cueText);
    // The verb classes as the cue finder matches them: the longest match anywhere in the cue ("has said").
    static const std::pair<LexiconCategory, const char *> verbClasses[] = {
        {LexiconCategory::ReportingVerbs, "speech"},
        {LexiconCategory::StanceVerbs, "stance"},
        {LexiconCategory::BeliefVerbs, "belief"},
        {LexiconCategory::EvidenceVerbs, "evidence"},
    };
    QString found;
    int best = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        for (const auto &[category, name] : verbClasses) {
            if (const int length = lexicon->matchAt(category, tokens, i, true); length > best) {
                best = length;
                found = QString::fromLatin1(name);
            }
        }
    }
    if (!found.isEmpty()) {
        return found;
    }
    // Naming verbs ("called the plan \"reckless\"") are speech cues when the cue finder takes them as cues at all.
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (lexicon->matchAt(LexiconCategory::NamingVerbs, tokens, i, true) > 0) {
            return QStringLiteral("speech");
        }
    }
    // Punctuation alone ("Her verdict:") and attribution nouns ("his claim that", "в заявлении"), as the cue finder
    // classes them; any other cue is a phrase ("according to", "по словам").
    if (!tokens.isEmpty()
        && std::all_of(tokens.cbegin(), tokens.cend(), [](const Token &t) { return t.kind == Token::Kind::Punct; })) {
        return QStringLiteral("punct");
    }
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (lexicon->matchAt(LexiconCategory::NounCues, tokens, i, true) > 0
            || lexicon->matchAt(LexiconCategory::NounFrames, tokens, i, true) > 0) {
            return QStringLiteral("noun");
        }
    }
    return QStringLiteral("phrase");
}

QString SuggestionScore::sourceKindKey(const std::optional<SourceKind> &kind)
{
    return kind ? toString(*kind) : QStringLiteral("none");
}

void SuggestionScore::add(const ReviewedSuggestion &reviewed)
{
    count(m_total, reviewed);
    count(m_byCueClass[cueClassOf(reviewed.cueText, reviewed.scope, reviewed.language)], reviewed);
    count(
        m_bySourceKind[sourceKindKey(reviewed.suggestedSource != 0 ? reviewed.suggestedKind : std::nullopt)], reviewed);
}

} // namespace Sourcelight
