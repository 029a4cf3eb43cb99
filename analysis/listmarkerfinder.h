#pragma once

#include <QStringView>

namespace Sourcelight {

/// Recognises list items written inside one line of text, for SentenceSegmenter: "Demands: 1) Peace talks
/// 2) Bread", "Options: a. A truce b. A withdrawal", "i. … ii. …". A number or letter counts as a marker only
/// when the list around it is on the same line — the items before it back to the first one, or (for the first)
/// a colon before it or the second item after it — so "The score was 2. Then 3." stays prose.
class ListMarkerFinder final
{
public:
    /// Looks at @p text, whose current line starts at @p lineStart; the text must outlive the finder.
    ListMarkerFinder(QStringView text, qsizetype lineStart);

    /// Start of the list marker whose value ends at @p mark and is written with the punctuation
    /// [@p mark, @p end) ("2." "b.)" "3)"), in the middle of the line; -1 when it is none. @p next is the first
    /// non-blank character after the marker, which must be a capital.
    qsizetype markerStart(qsizetype mark, qsizetype end, qsizetype next) const;

private:
    qsizetype markerSequence(qsizetype b, QStringView value, QStringView style, qsizetype next, bool roman) const;
    /// The marker value next to @p value ("2" → "1"/"3", "b" → "a"/"c", "ii" → "i"/"iii"); false when none.
    static bool stepMarker(QStringView value, int step, bool roman, char16_t *out, qsizetype *size);
    /// First position in [@p from, @p to) where @p value and @p style stand as a marker, or -1.
    qsizetype findMarker(qsizetype from, qsizetype to, QStringView value, QStringView style) const;
    /// Last such position, or -1.
    qsizetype findMarkerBackward(qsizetype from, qsizetype to, QStringView value, QStringView style) const;

    const QChar *m_d;
    qsizetype m_n;
    qsizetype m_lineStart;
};

} // namespace Sourcelight
