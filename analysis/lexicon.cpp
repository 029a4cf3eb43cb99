#include "lexicon.h"

#include "verbforms.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <iterator>

namespace Sourcelight {

namespace {

constexpr const char *CategoryKeys[] = {
    "reportingVerbs",
    "attributionNouns",
    "sourcePrepositions",
    "viaPhrases",
    "citingPhrases",
    "backwardMarkers",
    "anonymityPhrases",
    "groupNouns",
    "titles",
    "modifiers",
    "rankModifiers",
    "countOne",
    "countAnother",
    "countSeveral",
    "pronounsSingular",
    "pronounsPlural",
    "pronounsNeuter",
    "hedges",
    "impersonalCues",
    "carryOpeners",
    "verbModifiers",
    "institutionNouns",
    "outlets",
    "officialBodies",
    "notNames",
    "connectors",
    "addresseeVerbs",
    "postModifiers",
    "possessives",
    "authorPhrases",
    "governmentPlaces",
    "outletNouns",
    "nameParticles",
    "stanceVerbs",
    "beliefVerbs",
    "evidenceVerbs",
    "nounCues",
    "nounFrames",
    "supportVerbs",
    "pronounsFirstPerson",
    "namingVerbs",
};
static_assert(std::size(CategoryKeys) == LexiconCategoryCount, "one JSON key per LexiconCategory");

} // namespace

QString Lexicon::categoryKey(LexiconCategory category)
{
    return QString::fromLatin1(CategoryKeys[std::size_t(category)]);
}

std::shared_ptr<const Lexicon> Lexicon::forLanguage(Language language)
{
    static QMutex mutex;
    static QHash<int, std::shared_ptr<const Lexicon>> cache;
    if (language == Language::Unknown) {
        language = Language::English;
    }
    const QMutexLocker locker(&mutex);
    if (const auto it = cache.constFind(int(language)); it != cache.cend()) {
        return it.value();
    }
    const QString path = QStringLiteral(":/lexicons/%1.json").arg(languageCode(language));
    QFile file(path);
    std::shared_ptr<const Lexicon> lexicon;
    if (!file.open(QIODevice::ReadOnly)) {
        auto empty = std::make_shared<Lexicon>();
        empty->m_errorString = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        lexicon = empty;
    } else {
        QString error;
        lexicon = fromJson(file.readAll(), &error);
    }
    cache.insert(int(language), lexicon);
    return lexicon;
}

namespace {

/// The categories whose phrases start with a verb, which Russian and Ukrainian inflect.
bool isVerbCategory(LexiconCategory category)
{
    switch (category) {
    case LexiconCategory::ReportingVerbs:
    case LexiconCategory::AddresseeVerbs:
    case LexiconCategory::StanceVerbs:
    case LexiconCategory::BeliefVerbs:
    case LexiconCategory::EvidenceVerbs:
    case LexiconCategory::SupportVerbs:
    case LexiconCategory::NamingVerbs:
        return true;
    default:
        return false;
    }
}

} // namespace

std::shared_ptr<const Lexicon> Lexicon::fromJson(const QByteArray &json, QString *errorString)
{
    auto lexicon = std::make_shared<Lexicon>();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        lexicon->m_errorString = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                              : QStringLiteral("not a JSON object");
        if (errorString) {
            *errorString = lexicon->m_errorString;
        }
        return lexicon;
    }
    const QJsonObject object = document.object();
    const Language language = languageFromCode(object.value(QLatin1StringView("language")).toString());
    for (int i = 0; i < LexiconCategoryCount; ++i) {
        Category &category = lexicon->m_categories[std::size_t(i)];
        const QJsonArray array = object.value(QLatin1StringView(CategoryKeys[std::size_t(i)])).toArray();
        QStringList phrases;
        for (const auto &value : array) {
            const QString phrase = value.toString().trimmed();
            if (!phrase.isEmpty()) {
                category.raw.append(phrase);
                phrases.append(phrase.toLower());
            }
        }
        if (isVerbCategory(LexiconCategory(i))) {
            phrases = withRegularVerbForms(language, phrases);
        }
        for (const QString &phrase : std::as_const(phrases)) {
            lexicon->addPhrase(category, phrase);
        }
        // Longest phrases first so matchAt() returns the longest match.
        const auto longestFirst = [](const Phrase &a, const Phrase &b) { return a.size() > b.size(); };
        for (auto &list : category.byFirstWord) {
            std::stable_sort(list.begin(), list.end(), longestFirst);
        }
        for (auto &list : category.byFirstStem) {
            std::stable_sort(list.begin(), list.end(), longestFirst);
        }
    }
    for (int i = 0; i < LexiconCategoryCount; ++i) {
        const quint64 bit = quint64(1) << i;
        const Category &category = lexicon->m_categories[std::size_t(i)];
        for (auto it = category.byFirstWord.cbegin(); it != category.byFirstWord.cend(); ++it) {
            lexicon->m_firstMask[it.key()] |= bit;
            for (const Phrase &phrase : it.value()) {
                if (phrase.size() == 1) {
                    lexicon->m_wordMask[it.key()] |= bit;
                }
            }
        }
        for (auto it = category.byFirstStem.cbegin(); it != category.byFirstStem.cend(); ++it) {
            lexicon->m_stemFirstMask[it.key()] |= bit;
            for (const Phrase &phrase : it.value()) {
                if (phrase.size() == 1) {
                    lexicon->m_stemWordMask[it.key()] |= bit;
                }
            }
            lexicon->m_minStem = std::min<int>(lexicon->m_minStem, int(it.key().size()));
            lexicon->m_maxStem = std::max<int>(lexicon->m_maxStem, int(it.key().size()));
        }
    }
    const QJsonObject aliases = object.value(QLatin1StringView("aliases")).toObject();
    for (auto it = aliases.begin(); it != aliases.end(); ++it) {
        const QString key = it.key().toLower();
        if (key.endsWith(u'*')) {
            lexicon->m_stemAliases.insert(key.chopped(1), it.value().toString());
        } else {
            lexicon->m_aliases.insert(key, it.value().toString());
        }
    }
    const QJsonObject confidences = object.value(QLatin1StringView("cueConfidence")).toObject();
    for (auto it = confidences.begin(); it != confidences.end(); ++it) {
        lexicon->m_cueConfidence.insert(it.key(), std::clamp(it.value().toDouble(), 0.0, 1.0));
    }
    if (errorString) {
        errorString->clear();
    }
    return lexicon;
}

void Lexicon::addPhrase(Category &category, const QString &text)
{
    const QList<Token> tokens = WordTokenizer::tokenizePhrase(text);
    Phrase phrase;
    for (const Token &token : tokens) {
        if (token.isPunct(u'*') && !phrase.isEmpty()) {
            phrase.last().stem = true;
            continue;
        }
        phrase.append(Word {token.lower, false});
    }
    if (phrase.isEmpty()) {
        return;
    }
    const Word &first = phrase.first();
    if (first.stem) {
        category.byFirstStem[first.text].append(phrase);
        category.minStem = std::min<int>(category.minStem, int(first.text.size()));
        category.maxStem = std::max<int>(category.maxStem, int(first.text.size()));
    } else {
        category.byFirstWord[first.text].append(phrase);
    }
}

QStringList Lexicon::phrases(LexiconCategory category) const
{
    return m_categories[std::size_t(category)].raw;
}

QString Lexicon::alias(const QString &lowerPhrase) const
{
    if (const auto it = m_aliases.constFind(lowerPhrase); it != m_aliases.cend()) {
        return it.value();
    }
    if (!m_stemAliases.isEmpty() && !lowerPhrase.contains(u' ')) {
        for (qsizetype length = lowerPhrase.size(); length >= 3; --length) {
            if (const auto it = m_stemAliases.constFind(lowerPhrase.left(length)); it != m_stemAliases.cend()) {
                return it.value();
            }
        }
    }
    return {};
}

double Lexicon::cueConfidence(const QString &cueClass, double fallback) const
{
    return m_cueConfidence.value(cueClass, fallback);
}

bool Lexicon::isEmpty() const
{
    return std::all_of(m_categories.cbegin(), m_categories.cend(), [](const Category &c) { return c.raw.isEmpty(); });
}

bool Lexicon::wordMatches(const Word &word, const QString &lower)
{
    return word.stem ? lower.startsWith(word.text) : lower == word.text;
}

bool Lexicon::phraseMatches(const Phrase &phrase, const QList<Token> &tokens, qsizetype index, bool allowQuoted)
{
    if (index + phrase.size() > tokens.size()) {
        return false;
    }
    for (qsizetype k = 1; k < phrase.size(); ++k) {
        const Token &token = tokens[index + k];
        if (token.isQuote() || (token.inQuote && !allowQuoted) || !wordMatches(phrase[k], token.lower)) {
            return false;
        }
    }
    return true;
}

void Lexicon::annotate(QList<Token> &tokens) const
{
    for (Token &token : tokens) {
        token.annotated = true;
        if (token.kind != Token::Kind::Word && token.kind != Token::Kind::Number && token.kind != Token::Kind::Punct) {
            continue;
        }
        token.wordMask = m_wordMask.value(token.lower);
        token.firstMask = m_firstMask.value(token.lower);
        if (!m_stemFirstMask.isEmpty()) {
            const int maxLength = std::min<int>(m_maxStem, int(token.lower.size()));
            for (int length = m_minStem; length <= maxLength; ++length) {
                const QString prefix = token.lower.left(length);
                if (const auto it = m_stemFirstMask.constFind(prefix); it != m_stemFirstMask.cend()) {
                    token.firstMask |= it.value();
                    token.wordMask |= m_stemWordMask.value(prefix);
                }
            }
        }
    }
}

bool Lexicon::containsWord(LexiconCategory category, const Token &token) const
{
    if (token.annotated) {
        return (token.wordMask >> int(category)) & 1;
    }
    return containsWord(category, token.lower);
}

int Lexicon::matchAt(LexiconCategory category, const QList<Token> &tokens, qsizetype index, bool allowQuoted) const
{
    if (index < 0 || index >= tokens.size()) {
        return 0;
    }
    const Token &first = tokens[index];
    if (first.annotated && !((first.firstMask >> int(category)) & 1)) {
        return 0;
    }
    if (first.isQuote() || (first.inQuote && !allowQuoted)) {
        return 0;
    }
    const Category &c = m_categories[std::size_t(category)];
    int best = 0;
    // The phrases under one key are sorted longest first: the first that matches is the longest there.
    const auto matchLongest = [&](const auto &phrases) {
        for (const Phrase &phrase : phrases) {
            if (phrase.size() <= best) {
                return;
            }
            if (phraseMatches(phrase, tokens, index, allowQuoted)) {
                best = int(phrase.size());
                return;
            }
        }
    };
    if (const auto it = c.byFirstWord.constFind(first.lower); it != c.byFirstWord.cend()) {
        matchLongest(it.value());
    }
    if (!c.byFirstStem.isEmpty()) {
        const int maxLength = std::min<int>(c.maxStem, int(first.lower.size()));
        for (int length = c.minStem; length <= maxLength; ++length) {
            const auto it = c.byFirstStem.constFind(first.lower.left(length));
            if (it == c.byFirstStem.cend()) {
                continue;
            }
            matchLongest(it.value());
        }
    }
    return best;
}

bool Lexicon::containsWord(LexiconCategory category, const QString &lowerWord) const
{
    const Category &c = m_categories[std::size_t(category)];
    if (const auto it = c.byFirstWord.constFind(lowerWord); it != c.byFirstWord.cend()) {
        for (const Phrase &phrase : it.value()) {
            if (phrase.size() == 1) {
                return true;
            }
        }
    }
    if (!c.byFirstStem.isEmpty()) {
        const int maxLength = std::min<int>(c.maxStem, int(lowerWord.size()));
        for (int length = c.minStem; length <= maxLength; ++length) {
            const auto it = c.byFirstStem.constFind(lowerWord.left(length));
            if (it == c.byFirstStem.cend()) {
                continue;
            }
            for (const Phrase &phrase : it.value()) {
                if (phrase.size() == 1) {
                    return true;
                }
            }
        }
    }
    return false;
}

} // namespace Sourcelight
