#pragma once

#include <QColor>
#include <QList>
#include <QTextCharFormat>

namespace Sourcelight {

/// How the document pane draws one sentence: the presentation of its attribution and review, decided by
/// whoever feeds the view (widgets never look at the text to decide it).
struct SentenceDecoration
{
    qsizetype start = 0;    ///< UTF-16 offset into the document text
    qsizetype end = 0;      ///< end-exclusive
    QColor colour;          ///< the source's colour; invalid for the author's own voice (drawn plain)
    bool confirmed = false; ///< a human decision: solid tint; a suggestion is lighter
    bool anonymous = false; ///< drawn with a dashed frame, so it does not rest on colour alone
    QTextCharFormat::UnderlineStyle underline = QTextCharFormat::NoUnderline; ///< the verdict
    QColor underlineColour;
    bool dimmed = false; ///< outside the current source filter
    /// The claim's own words when it is narrower than the sentence (document offsets; -1: the whole sentence): drawn
    /// bold, and the verdict's underline marks only them.
    qsizetype claimStart = -1;
    qsizetype claimEnd = -1;

    friend bool operator==(const SentenceDecoration &, const SentenceDecoration &) = default;
};

using SentenceDecorations = QList<SentenceDecoration>;

} // namespace Sourcelight
