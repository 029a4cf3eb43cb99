#pragma once

#include "language.h"
#include "wordtokenizer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>

namespace Sourcelight {

/// The categories of a lexicon file (resources/lexicons/README.md describes each one).
enum class LexiconCategory {
    ReportingVerbs,
    AttributionNouns,
    SourcePrepositions,
    ViaPhrases,
    CitingPhrases,
    BackwardMarkers,
    AnonymityPhrases,
    GroupNouns,
    Titles,
    Modifiers,
    RankModifiers,
    CountOne,
    CountAnother,
    CountSeveral,
    PronounsSingular,
    PronounsPlural,
    PronounsNeuter,
    Hedges,
    ImpersonalCues,
    CarryOpeners,
    VerbModifiers,
    InstitutionNouns,
    Outlets,
    OfficialBodies,
    NotNames,
    Connectors,
    AddresseeVerbs,
    PostModifiers,
    Possessives,
    AuthorPhrases,
    GovernmentPlaces,
    OutletNouns,
    NameParticles,
    StanceVerbs,
    BeliefVerbs,
    EvidenceVerbs,
    NounCues,
    NounFrames,
    SupportVerbs,
    PronounsFirstPerson,
    NamingVerbs,
};
inline constexpr int LexiconCategoryCount = int(LexiconCategory::NamingVerbs) + 1;

/// The reported-speech vocabulary of one language, loaded from ":/lexicons/<lang>.json" and prepared for
/// matching whole token sequences (phrases indexed by their first word; stems ending in '*' by prefix).
///
/// Lexicons are immutable once loaded and shared: forLanguage() loads each language once, thread-safely.
class Lexicon final
{
public:
    /// The shared lexicon of a language (English for Unknown). Never null; an unreadable resource gives an
    /// empty lexicon whose errorString() says why.
    static std::shared_ptr<const Lexicon> forLanguage(Language language);
    /// Parses a lexicon from JSON (what forLanguage() does with the resource; tests use it directly).
    static std::shared_ptr<const Lexicon> fromJson(const QByteArray &json, QString *errorString = nullptr);

    /// The JSON key of a category ("reportingVerbs").
    static QString categoryKey(LexiconCategory category);

    /// The phrases of a category as the file writes them (for the syntax definition generator).
    QStringList phrases(LexiconCategory category) const;
    /// Normalised name for a lower-case phrase ("u.s." → "US", "укрінформу" → "Укрінформ" through the stem
    /// alias "укрінформ*"); empty when there is none.
    QString alias(const QString &lowerPhrase) const;
    /// The confidence the file gives a cue class ("speech", "stance", "belief", "evidence", "noun", "punct"; key
    /// `cueConfidence`),
    /// or fallback when it gives none.
    double cueConfidence(const QString &cueClass, double fallback) const;
    QString errorString() const { return m_errorString; }
    bool isEmpty() const;

    /// Number of tokens of the longest phrase of the category that starts at tokens[index]; 0 when none does.
    /// Quote tokens never match, and tokens inside quotes only match when allowQuoted is true.
    int matchAt(LexiconCategory category, const QList<Token> &tokens, qsizetype index, bool allowQuoted = false) const;
    /// Whether one word (lower case) is a one-word phrase of the category.
    bool containsWord(LexiconCategory category, const QString &lowerWord) const;
    /// The same for a token; one bit test once the token is annotated.
    bool containsWord(LexiconCategory category, const Token &token) const;
    /// Looks every word up once and stores the categories it belongs to or starts a phrase of in the token, so
    /// that the many later checks are bit tests (this is what keeps the suggester above 5 MB/s).
    void annotate(QList<Token> &tokens) const;

    Lexicon() = default;

private:
    struct Word
    {
        QString text;
        bool stem = false;
    };
    using Phrase = QList<Word>;
    struct Category
    {
        QStringList raw;
        QHash<QString, QList<Phrase>> byFirstWord; ///< exact first words; phrases longest first
        QHash<QString, QList<Phrase>> byFirstStem; ///< stem first words
        int minStem = 1000;
        int maxStem = 0;
    };

    void addPhrase(Category &category, const QString &text);
    static bool wordMatches(const Word &word, const QString &lower);
    static bool phraseMatches(const Phrase &phrase, const QList<Token> &tokens, qsizetype index, bool allowQuoted);

    std::array<Category, LexiconCategoryCount> m_categories;
    QHash<QString, quint64> m_wordMask;     ///< exact words: categories with that one-word phrase
    QHash<QString, quint64> m_firstMask;    ///< exact words: categories with a phrase starting with it
    QHash<QString, quint64> m_stemWordMask; ///< the same for stems
    QHash<QString, quint64> m_stemFirstMask;
    int m_minStem = 1000;
    int m_maxStem = 0;
    QHash<QString, QString> m_aliases;
    QHash<QString, QString> m_stemAliases; ///< one-word aliases written with a trailing '*'
    QHash<QString, double> m_cueConfidence;
    QString m_errorString;
};

} // namespace Sourcelight
