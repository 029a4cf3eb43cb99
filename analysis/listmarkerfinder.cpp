#include "listmarkerfinder.h"

#include "segmentationchars.h"

#include <QString> // QStringView::toInt() is defined there

namespace Sourcelight {

using namespace SegmentationChars;

ListMarkerFinder::ListMarkerFinder(QStringView text, qsizetype lineStart)
    : m_d(text.data())
    , m_n(text.size())
    , m_lineStart(lineStart)
{
}

/// Start of the list marker whose value ends at @p mark, written with the punctuation [@p mark, @p end)
/// ("2." "b.)" "3)"), in the middle of a line and part of a sequence with the item before or after it on the
/// same line; -1 when it is none. @p next is the first non-blank after it.
qsizetype ListMarkerFinder::markerStart(qsizetype mark, qsizetype end, qsizetype next) const
{
    if (next >= m_n || !m_d[next].isUpper()) {
        return -1;
    }
    qsizetype b = mark;
    while (b > m_lineStart && mark - b < 2 && m_d[b - 1].isDigit()) {
        --b;
    }
    const QStringView style(m_d + mark, end - mark);
    if (b < mark) {
        return markerSequence(b, QStringView(m_d + b, mark - b), style, next, false);
    }
    // Latin letters only: a Cyrillic one is an abbreviation ("Адрес: г. Москва"). Up to four letters make a
    // Roman numeral ("iii."); a single i, v or x may be either.
    while (b > m_lineStart && mark - b < 4 && isRomanLetter(m_d[b - 1].unicode())) {
        --b;
    }
    if (b == mark && b > m_lineStart && m_d[b - 1].unicode() < 0x80 && m_d[b - 1].isLetter()) {
        --b;
    }
    const QStringView value(m_d + b, mark - b);
    if (value.isEmpty() || b == m_lineStart || !isBlank(m_d[b - 1])) {
        return -1;
    }
    if (romanIndex(value) >= 0) {
        if (const qsizetype marker = markerSequence(b, value, style, next, true); marker >= 0) {
            return marker;
        }
    }
    return value.size() == 1 ? markerSequence(b, value, style, next, false) : -1;
}

/// @p value at @p b is a list marker if the list around it is on the line: see inlineListMarker().
qsizetype ListMarkerFinder::markerSequence(
    qsizetype b, QStringView value, QStringView style, qsizetype next, bool roman) const
{
    const qsizetype end = b + value.size() + style.size();
    char16_t neighbour[4] = {};
    qsizetype neighbourSize = 0;
    if (!stepMarker(value, -1, roman, neighbour, &neighbourSize)) {
        // The first item: a colon before it ("Options: a. …") or the second item ahead on the line.
        qsizetype p = b - 1;
        while (p > m_lineStart && isBlank(m_d[p - 1])) {
            --p;
        }
        // Not for capitals, which after a colon are more often initials: "Reporter: A. Petrova".
        const bool colon = p > m_lineStart && m_d[p - 1] == u':' && !value.front().isUpper();
        if (value.front().isUpper() && next + 1 < m_n && m_d[next + 1] == u'.') {
            return -1; // "A. B. Smith": initials
        }
        stepMarker(value, +1, roman, neighbour, &neighbourSize);
        return (colon || findMarker(end, std::min(m_n, end + 400), {neighbour, neighbourSize}, style) >= 0) ? b : -1;
    }
    // A later item: the items before it, back to the first one, earlier on the line, with words between them
    // ("1. The first item 2. The second item"; not "The score was 2. Then 3.").
    qsizetype itemStart = b;
    char16_t current[4] = {};
    std::copy(value.utf16(), value.utf16() + value.size(), current);
    qsizetype currentSize = value.size();
    for (int steps = 0; steps < 100; ++steps) {
        if (!stepMarker(QStringView(current, currentSize), -1, roman, neighbour, &neighbourSize)) {
            return b; // reached the first item
        }
        const qsizetype previous = findMarkerBackward(
            std::max(m_lineStart, itemStart - 400), itemStart, QStringView(neighbour, neighbourSize), style);
        if (previous < 0 || !hasWord(QStringView(m_d + previous + neighbourSize + style.size(), m_d + itemStart))) {
            return -1;
        }
        itemStart = previous;
        std::copy(neighbour, neighbour + neighbourSize, current);
        currentSize = neighbourSize;
    }
    return -1;
}

/// The marker value next to @p value ("2" → "1"/"3", "b" → "a"/"c", "ii" → "i"/"iii"); false when there is
/// none.
bool ListMarkerFinder::stepMarker(QStringView value, int step, bool roman, char16_t *out, qsizetype *size)
{
    if (roman) {
        const int index = romanIndex(value) + step;
        if (index < 0 || index >= int(std::size(romanNumerals))) {
            return false;
        }
        const QStringView numeral = romanNumerals[index];
        const bool upper = value.front().isUpper();
        *size = numeral.size();
        for (qsizetype k = 0; k < numeral.size(); ++k) {
            out[k] = upper ? char16_t(numeral.at(k).unicode() - u'a' + u'A') : numeral.at(k).unicode();
        }
        return true;
    }
    if (value.front().isDigit()) {
        const int n = value.toInt() + step;
        if (n < 1 || n > 99) {
            return false;
        }
        *size = 0;
        if (n >= 10) {
            out[(*size)++] = char16_t(u'0' + n / 10);
        }
        out[(*size)++] = char16_t(u'0' + n % 10);
        return true;
    }
    const char16_t u = value.front().unicode();
    const bool first = u == u'a' || u == u'A';
    const bool last = u == u'z' || u == u'Z';
    if ((step < 0 && first) || (step > 0 && last) || !((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z'))) {
        return false;
    }
    out[0] = char16_t(u + step);
    *size = 1;
    return true;
}

/// First position in [@p from, @p to) where @p value and @p style stand as a list marker (blank before
/// and after), or -1.
qsizetype ListMarkerFinder::findMarker(qsizetype from, qsizetype to, QStringView value, QStringView style) const
{
    const qsizetype length = value.size() + style.size();
    for (qsizetype p = from; p + length < to; ++p) {
        if (m_d[p] == value.front() && (p == m_lineStart || isBlank(m_d[p - 1]))
            && QStringView(m_d + p, value.size()) == value && QStringView(m_d + p + value.size(), style.size()) == style
            && isBlank(m_d[p + length])) {
            return p;
        }
    }
    return -1;
}

qsizetype ListMarkerFinder::findMarkerBackward(qsizetype from, qsizetype to, QStringView value, QStringView style) const
{
    qsizetype found = -1;
    for (qsizetype p = findMarker(from, to, value, style); p >= 0; p = findMarker(p + 1, to, value, style)) {
        found = p;
    }
    return found;
}

} // namespace Sourcelight
