#include "htmltokenizer.h"

#include "htmlentities.h"

#include <algorithm>

namespace Sourcelight {

namespace {

constexpr qsizetype MaximumAttributes = 256;

// HTML's whitespace: not QChar::isSpace, which would also split names at a no-break space.
bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\f' || c == u'\r';
}

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

QString asciiLower(QStringView name)
{
    QString lower = name.toString();
    for (QChar &c : lower) {
        if (c >= u'A' && c <= u'Z') {
            c = QChar(c.unicode() + (u'a' - u'A'));
        }
    }
    return lower;
}

} // namespace

bool HtmlTokenizer::Token::hasAttribute(QLatin1StringView attributeName) const
{
    return std::any_of(attributes.cbegin(), attributes.cend(),
        [attributeName](const Attribute &a) { return a.name == attributeName; });
}

QString HtmlTokenizer::Token::attribute(QLatin1StringView attributeName) const
{
    for (const Attribute &a : attributes) {
        if (a.name == attributeName) {
            return a.value;
        }
    }
    return {};
}

HtmlTokenizer::HtmlTokenizer(QStringView html)
    : m_html(html)
{
}

void HtmlTokenizer::setContent(Content content, const QString &endTagName)
{
    m_content = content;
    m_endTagName = endTagName;
}

HtmlTokenizer::Token HtmlTokenizer::text(QString characters) const
{
    Token token;
    token.type = Type::Text;
    token.text = std::move(characters);
    return token;
}

void HtmlTokenizer::skipPast(QLatin1StringView end, qsizetype from)
{
    const qsizetype at = m_html.indexOf(end, from);
    m_pos = at < 0 ? m_html.size() : at + end.size();
}

void HtmlTokenizer::skipComment()
{
    // "<!-->" and "<!--->" are complete (empty) comments; otherwise the first "-->" or "--!>" ends it. A comment
    // that never ends hides the rest of the file, as in a browser: ending it early instead (at the next '>') would
    // bring back markup someone commented out, as article text. The text before the comment is kept.
    const qsizetype start = m_pos + 4;
    if (m_html.sliced(start).startsWith(u'>')) {
        m_pos = start + 1;
        return;
    }
    if (m_html.sliced(start).startsWith(QLatin1StringView("->"))) {
        m_pos = start + 2;
        return;
    }
    for (qsizetype i = m_html.indexOf(QLatin1StringView("--"), start); i >= 0;
        i = m_html.indexOf(QLatin1StringView("--"), i + 1)) {
        const QStringView rest = m_html.sliced(i + 2);
        if (rest.startsWith(u'>')) {
            m_pos = i + 3;
            return;
        }
        if (rest.startsWith(QLatin1StringView("!>"))) {
            m_pos = i + 4;
            return;
        }
    }
    m_pos = m_html.size();
}

HtmlTokenizer::Token HtmlTokenizer::next()
{
    const qsizetype n = m_html.size();
    while (m_pos < n) {
        if (m_content != Content::Data) {
            // Only "</name" followed by whitespace, '/' or '>' ends the content. Without it the content runs to the
            // end of the file, as in a browser: what follows an unterminated <script> is code far more often than
            // prose, and the text before it is already taken, so a page cut off inside a script keeps its article.
            const Content content = m_content;
            m_content = Content::Data;
            qsizetype end = n;
            if (content != Content::PlainText) {
                for (qsizetype i = m_html.indexOf(QLatin1StringView("</"), m_pos); i >= 0;
                    i = m_html.indexOf(QLatin1StringView("</"), i + 2)) {
                    const qsizetype after = i + 2 + m_endTagName.size();
                    if (after < n
                        && m_html.sliced(i + 2, m_endTagName.size()).compare(m_endTagName, Qt::CaseInsensitive) == 0
                        && (isHtmlSpace(m_html[after]) || m_html[after] == u'/' || m_html[after] == u'>')) {
                        end = i;
                        break;
                    }
                }
            }
            const QStringView characters = m_html.sliced(m_pos, end - m_pos);
            m_pos = end;
            if (!characters.isEmpty()) {
                return text(content == Content::RcData ? HtmlEntities::decode(characters, HtmlEntities::Context::Text)
                                                       : characters.toString());
            }
            continue;
        }
        if (m_html[m_pos] != u'<') {
            const qsizetype next = m_html.indexOf(u'<', m_pos);
            const qsizetype end = next < 0 ? n : next;
            const QStringView characters = m_html.sliced(m_pos, end - m_pos);
            m_pos = end;
            return text(HtmlEntities::decode(characters, HtmlEntities::Context::Text));
        }
        const QStringView rest = m_html.sliced(m_pos);
        const QChar second = rest.size() > 1 ? rest[1] : QChar();
        if (second == u'!') {
            if (rest.startsWith(QLatin1StringView("<!--"))) {
                skipComment();
            } else if (m_cdataAllowed && rest.startsWith(QLatin1StringView("<![CDATA["))) {
                const qsizetype start = m_pos + 9;
                const qsizetype end = m_html.indexOf(QLatin1StringView("]]>"), start);
                m_pos = end < 0 ? n : end + 3;
                const QStringView characters = m_html.sliced(start, (end < 0 ? n : end) - start);
                if (!characters.isEmpty()) {
                    return text(characters.toString());
                }
            } else {
                skipPast(QLatin1StringView(">"), m_pos + 2); // <!DOCTYPE …>, and <![CDATA[ outside SVG/MathML
            }
            continue;
        }
        if (second == u'?') {
            skipPast(QLatin1StringView(">"), m_pos + 2); // <?xml …?>
            continue;
        }
        if (second == u'/') {
            const QChar third = rest.size() > 2 ? rest[2] : QChar();
            if (isAsciiAlpha(third)) {
                return tag(m_pos + 2, Type::EndTag);
            }
            if (third == u'>') {
                m_pos += 3; // "</>" is dropped
                continue;
            }
            if (rest.size() > 2) {
                skipPast(QLatin1StringView(">"), m_pos + 2); // "</ 3>" is a bogus comment
                continue;
            }
        } else if (isAsciiAlpha(second)) {
            return tag(m_pos + 1, Type::StartTag);
        }
        // A '<' that opens nothing is text: "3 < 4".
        const qsizetype textLength = second == u'/' ? 2 : 1;
        m_pos += textLength;
        return text(rest.first(textLength).toString());
    }
    return {};
}

HtmlTokenizer::Token HtmlTokenizer::tag(qsizetype nameStart, Type type)
{
    const qsizetype n = m_html.size();
    qsizetype i = nameStart;
    while (i < n && !isHtmlSpace(m_html[i]) && m_html[i] != u'/' && m_html[i] != u'>') {
        ++i;
    }
    Token token;
    token.type = type;
    token.name = asciiLower(m_html.sliced(nameStart, i - nameStart));
    for (;;) {
        while (i < n && isHtmlSpace(m_html[i])) {
            ++i;
        }
        if (i >= n) {
            break;
        }
        if (m_html[i] == u'>') {
            m_pos = i + 1;
            return token;
        }
        if (m_html[i] == u'/') {
            ++i;
            if (i < n && m_html[i] == u'>') {
                token.selfClosing = true;
                m_pos = i + 1;
                return token;
            }
            continue;
        }
        // An attribute name may start with '=' and hold quotes; it ends at whitespace, '/', '>' or '='.
        const qsizetype attributeStart = i++;
        while (i < n && !isHtmlSpace(m_html[i]) && m_html[i] != u'/' && m_html[i] != u'>' && m_html[i] != u'=') {
            ++i;
        }
        Attribute attribute;
        attribute.name = asciiLower(m_html.sliced(attributeStart, i - attributeStart));
        while (i < n && isHtmlSpace(m_html[i])) {
            ++i;
        }
        if (i < n && m_html[i] == u'=') {
            ++i;
            while (i < n && isHtmlSpace(m_html[i])) {
                ++i;
            }
            if (i >= n) {
                break;
            }
            qsizetype valueStart = i;
            qsizetype valueEnd = i;
            if (m_html[i] == u'"' || m_html[i] == u'\'') {
                // Only a quote right after '=' opens a quoted value, and only its twin ends it.
                valueStart = i + 1;
                valueEnd = m_html.indexOf(m_html[i], valueStart);
                if (valueEnd < 0) {
                    break;
                }
                i = valueEnd + 1;
            } else {
                while (i < n && !isHtmlSpace(m_html[i]) && m_html[i] != u'>') {
                    ++i;
                }
                valueEnd = i;
            }
            attribute.value = HtmlEntities::decode(
                m_html.sliced(valueStart, valueEnd - valueStart), HtmlEntities::Context::Attribute);
        }
        // Of a repeated name the first counts, as in HTML. A tag with more attributes than any page needs keeps its
        // first ones, so that the check for repeats stays cheap.
        if (type == Type::StartTag && token.attributes.size() < MaximumAttributes
            && std::none_of(token.attributes.cbegin(), token.attributes.cend(),
                [&attribute](const Attribute &a) { return a.name == attribute.name; })) {
            token.attributes.append(std::move(attribute));
        }
    }
    // The file ends inside the tag: a browser drops such a tag, and so does everything after it here.
    m_pos = n;
    return {};
}

} // namespace Sourcelight
