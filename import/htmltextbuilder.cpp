#include "htmltextbuilder.h"

namespace Sourcelight {

void HtmlTextBuilder::addText(QStringView text, bool preformatted)
{
    for (const QChar c : text) {
        if (preformatted) {
            if (c == u'\n') {
                lineBreak();
            } else {
                appendChar(c);
            }
        } else if (c.isSpace() && c != QChar::Nbsp) {
            m_pendingSpace = !m_line.isEmpty() && !m_line.endsWith(u'\t');
        } else {
            appendChar(c);
        }
    }
}

void HtmlTextBuilder::lineBreak()
{
    if (!m_line.trimmed().isEmpty()) {
        endLine();
    } else if (!m_paragraph.isEmpty()) {
        endParagraph();
    }
    m_line.clear();
    m_pendingSpace = false;
}

void HtmlTextBuilder::endParagraph()
{
    endLine();
    if (!m_paragraph.isEmpty()) {
        m_paragraphs.append(m_paragraph.join(u'\n'));
        m_paragraph.clear();
    }
}

void HtmlTextBuilder::startRow()
{
    endLine();
    m_linesInRow = 0;
}

void HtmlTextBuilder::startCell()
{
    if (m_linesInRow > 0) {
        endParagraph();
    } else if (!m_line.isEmpty() && !m_line.endsWith(u'\t')) {
        m_line.append(u'\t');
        m_pendingSpace = false;
    }
}

QString HtmlTextBuilder::text()
{
    endParagraph();
    return m_paragraphs.join(QStringLiteral("\n\n"));
}

void HtmlTextBuilder::endLine()
{
    if (const QString line = m_line.trimmed(); !line.isEmpty()) {
        m_paragraph.append(line);
        ++m_linesInRow;
    }
    m_line.clear();
    m_pendingSpace = false;
}

void HtmlTextBuilder::appendChar(QChar c)
{
    if (m_pendingSpace) {
        m_line.append(u' ');
        m_pendingSpace = false;
    }
    m_line.append(c == QChar::Nbsp ? QChar(u' ') : c);
}

} // namespace Sourcelight
