#pragma once

#include "attributiontypes.h"

#include <QString>

namespace Sourcelight {

/// A source noun phrase found in one sentence, before it is resolved against the rest of the article.
struct SourcePhrase
{
    enum class Pronoun { None, Singular, Plural, Neuter };

    qsizetype first = -1; ///< token index of the mention's first token
    qsizetype last = -1;  ///< token index of its last token (inclusive)
    SourceKind kind = SourceKind::Person;
    QString name; ///< normalised ("US officials", "John Kirby"); for a singular anonymous source its base name
    QString title;
    SourceCount count = SourceCount::Unspecified;
    bool anonymous = false;
    bool onRecord = true;
    bool definite = false; ///< "the official": refers back to one already met
    bool singular = false; ///< one person (numbered when anonymous)
    Pronoun pronoun = Pronoun::None;
    QString head;             ///< lower-case head word ("official")
    int possessiveSuffix = 0; ///< characters of a possessive ending the mention leaves out ("Lang's": 2)

    bool isValid() const { return first >= 0 && last >= first; }
};

} // namespace Sourcelight
