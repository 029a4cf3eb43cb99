#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Sourcelight {

/// Text as a reader sees it on an HTML page, built from what HtmlTextExtractor finds: whitespace runs collapse to
/// one space, blocks end paragraphs (separated by a blank line), <br> ends a line and two in a row end the paragraph,
/// table cells are separated by a tab and rows by a line break. Lines are trimmed.
class HtmlTextBuilder final
{
public:
    void addText(QStringView text, bool preformatted);
    /// <br>, or a newline in <pre>. An empty line is the blank line between two paragraphs, as a reader sees it.
    void lineBreak();
    void endParagraph();
    void startRow();
    /// Cells of a row stay on one line unless one of them holds lines of its own: then each is a paragraph (the
    /// columns of an old table layout: menu, article, sidebar).
    void startCell();
    QString text();

private:
    void endLine();
    void appendChar(QChar c);

    QString m_line;
    QStringList m_paragraph;
    QStringList m_paragraphs;
    int m_linesInRow = 0;
    bool m_pendingSpace = false;
};

} // namespace Sourcelight
