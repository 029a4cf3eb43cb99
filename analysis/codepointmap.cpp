#include "codepointmap.h"

#include <algorithm>

namespace Sourcelight {

CodePointMap::CodePointMap(const QString &text)
    : m_utf16Length(text.size())
{
    const QChar *data = text.constData();
    for (qsizetype i = 1; i < m_utf16Length; ++i) {
        if (data[i].isLowSurrogate() && data[i - 1].isHighSurrogate()) {
            m_lowSurrogates.append(i);
        }
    }
}

qsizetype CodePointMap::toCodePoint(qsizetype utf16Offset) const
{
    utf16Offset = std::clamp<qsizetype>(utf16Offset, 0, m_utf16Length);
    // Every low surrogate strictly before the offset, or at it (the offset then points inside a pair), is
    // one code unit that is not a code point of its own.
    const auto passed
        = std::upper_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16Offset) - m_lowSurrogates.cbegin();
    return utf16Offset - passed;
}

qsizetype CodePointMap::toUtf16(qsizetype codePointOffset) const
{
    codePointOffset = std::clamp<qsizetype>(codePointOffset, 0, codePointLength());
    // The k-th low surrogate at position p lies after (p - k) code points; find how many pairs
    // start before the wanted code point.
    qsizetype lo = 0;
    qsizetype hi = m_lowSurrogates.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_lowSurrogates.at(mid) - mid <= codePointOffset) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return codePointOffset + lo;
}

} // namespace Sourcelight
