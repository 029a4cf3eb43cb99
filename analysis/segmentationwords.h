#pragma once

#include <QStringView>

#include <optional>

namespace Sourcelight {

/// The word lists behind SentenceSegmenter: abbreviations and what their full stop does, capitalised words that
/// usually start a sentence, and speech verbs. Data, kept apart from the scanning rules so either can be read
/// alone. Lookups are binary searches in tables sorted once; the segmenter calls them only at candidate boundaries.
class SegmentationWords final
{
public:
    /// Which languages an entry belongs to; a lookup keeps the entries whose bit is in its mask.
    enum LanguageBit : quint8 {
        En = 1,
        Ru = 2,
        Uk = 4,
        Cyr = Ru | Uk,
        AllLanguages = En | Ru | Uk,
    };

    /// What an abbreviation does to the boundary after its full stop.
    enum AbbreviationFlag : quint8 {
        JoinAlways = 1,       ///< titles and words that introduce what follows: "Mr.", "Gen.", "e.g.", "ул.", "м. Київ"
        JoinBeforeNumber = 2, ///< "No. 3", "Sept. 11", "p. 5", "ст. 105", "5 млн. 300"
        JoinUnlessStarter = 4, ///< "Inc.", "Jr.", "St.": joins a name, not a word that usually starts a sentence
        UnitAfterNumber = 8,   ///< "2020 г.", "XX ст.", "и пр.": after a number it ends clauses like a plain word
        Trailing = 16,         ///< "т.д.", "н.э.": known, ends sentences, and must not be taken for an acronym
    };

    SegmentationWords() = delete;

    /// The AbbreviationFlag set of @p word (written without its final full stop: "Mr", "e.g", "т.е"), or nothing
    /// when it is no known abbreviation. Lower-case entries also match capitalised ("Ул", "E.g"), as at the start
    /// of a sentence; capitalised entries match only as written ("No" is not "no").
    static std::optional<quint8> abbreviation(QStringView word, quint8 languageMask);
    /// Is @p word a capitalised word that usually starts a sentence ("The", "He", "Однако", "Це")?
    static bool startsSentence(QStringView word, quint8 languageMask);
    /// Is @p word a lower-case speech verb ("said", "shouted", "заявил", "заявив")?
    static bool isSpeechVerb(QStringView word, quint8 languageMask);
};

} // namespace Sourcelight
