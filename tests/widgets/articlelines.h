#pragma once

// What the document pane tests share: an article written a sentence a line, its sentence decorations, and the
// format the highlighter gave a character.

#include "sentencehighlighter.h"

#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace Sourcelight::ArticleLines {

/// One decoration per non-empty line of text (each line one sentence), each like look but for its span; colours,
/// where given, colour them in turn (one past the end gets look's colour).
inline SentenceDecorations decorations(
    const QString &text, const SentenceDecoration &look = {}, const QList<QColor> &colours = {})
{
    SentenceDecorations result;
    qsizetype start = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.isEmpty()) {
            SentenceDecoration d = look;
            d.start = start;
            d.end = start + line.size();
            d.colour = colours.value(result.size(), look.colour);
            result.append(d);
        }
        start += line.size() + 1;
    }
    return result;
}

/// A sentence the analyst confirmed, in colour.
inline SentenceDecoration confirmed(const QColor &colour, bool anonymous = false)
{
    SentenceDecoration d;
    d.colour = colour;
    d.confirmed = true;
    d.anonymous = anonymous;
    return d;
}

/// count paragraphs of one sentence each, numbered: a long article.
inline QStringList paragraphs(int count)
{
    QStringList lines;
    for (int i = 0; i < count; ++i) {
        lines << QStringLiteral("Paragraph %1: the ministry said prices rose 5 percent.").arg(i);
    }
    return lines;
}

/// The format the document's layout gives the character at position (none where no range covers it).
inline QTextCharFormat formatAt(const QTextDocument *document, qsizetype position)
{
    const QTextBlock block = document->findBlock(int(position));
    const int inBlock = int(position) - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (inBlock >= range.start && inBlock < range.start + range.length) {
            return range.format;
        }
    }
    return {};
}

} // namespace Sourcelight::ArticleLines
