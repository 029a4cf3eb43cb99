#pragma once

#include <QList>
#include <QString>

namespace Sourcelight {

/// Converts offsets between UTF-16 code units (how QString counts, used everywhere inside the app) and
/// Unicode code points (how everything that leaves the app counts: CLI JSON, JSON export, W3C selectors).
/// This is the one place where that conversion happens.
///
/// Built once per text; for text without surrogate pairs (most articles) both directions are the identity
/// and nothing is allocated.
class CodePointMap final
{
public:
    CodePointMap() = default;
    explicit CodePointMap(const QString &text);

    /// Code point offset of a UTF-16 offset. An offset inside a surrogate pair maps to that code point.
    qsizetype toCodePoint(qsizetype utf16Offset) const;
    /// UTF-16 offset of a code point offset; offsets past the end clamp to the end.
    qsizetype toUtf16(qsizetype codePointOffset) const;

    qsizetype codePointLength() const { return m_utf16Length - m_lowSurrogates.size(); }

private:
    qsizetype m_utf16Length = 0;
    /// UTF-16 positions of the low (second) half of every surrogate pair, ascending.
    QList<qsizetype> m_lowSurrogates;
};

} // namespace Sourcelight
