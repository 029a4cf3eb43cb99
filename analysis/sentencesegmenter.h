#pragma once

#include "attributiontypes.h"
#include "language.h"

#include <QList>
#include <QString>

namespace Sourcelight {

/// Splits article text into sentences (UTF-16 spans).
///
/// Qt's QTextBoundaryFinder (UAX #29) proposes the boundaries; rules for news text correct them where UAX #29 is
/// wrong for articles: titles, initials, abbreviations and dotted acronyms ("Sen. Warren", "John F. Kennedy",
/// "the U.S. Navy", "ул. Крещатик") do not end a sentence unless the next word is one that usually starts a
/// sentence; a quoted exclamation followed by its attribution ('"Stop!" he shouted.', «Стой!» — крикнул он.) stays
/// one sentence; an ellipsis ends a sentence only before a capital; every line break ends a sentence, because
/// imported articles put one paragraph (or a headline, or a list item) per line.
///
/// Only a few characters around each candidate boundary are examined, so the pass runs close to the speed of the
/// raw boundary finder. Thread-safe: segment() is const and keeps no state.
class SentenceSegmenter final
{
public:
    /// @p language selects the Russian or Ukrainian word lists for Cyrillic text; English (the default) and
    /// Unknown consult every list, which suits mixed or undetected text.
    explicit SentenceSegmenter(Language language = Language::English);

    Language language() const;

    /// The sentences of @p text, in order. Each span is trimmed of surrounding whitespace (including zero-width
    /// spaces and byte order marks); every other character of the text belongs to exactly one sentence; spans
    /// never overlap. Every line break (LF, CR, CRLF, VT, FF, NEL, U+2028, U+2029) ends a sentence.
    QList<SentenceSpan> segment(const QString &text) const;

private:
    Language m_language;
    quint8 m_languageMask;
};

} // namespace Sourcelight
