#include "htmltextextractor.h"

#include "htmlelements.h"
#include "htmlentities.h"
#include "htmltextbuilder.h"
#include "htmltokenizer.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <utility>

namespace Sourcelight {

namespace {

using namespace HtmlElements;
using Token = HtmlTokenizer::Token;

enum class Namespace : quint8 { Html, Svg, MathMl };

struct Element
{
    QString name;
    Namespace ns = Namespace::Html;
    bool hidden = false;        // its content is not article text
    bool documentTitle = false; // the first <title>: its text is the document's title
};

enum class Scope { Default, ListItem, Button, Table, Select };

// The parts of HTML's tree construction that decide which text a reader sees and where paragraphs break: the stack
// of open elements with implied end tags (</p> before a block, </li> at the next <li>, </td> and </tr> at the next
// cell or row, </head> at the first content), scopes (an end tag closes its element only if no table, cell or
// template stands between), ignored stray end tags, SVG and MathML content, and the content modes of raw-text
// elements. The tree itself is never built: only the stack, which is all that text and visibility need.
class TreeBuilder
{
public:
    explicit TreeBuilder(HtmlTextExtractor::Result *result)
        : m_result(result)
    {
        m_stack.append({QStringLiteral("html"), Namespace::Html, false, false});
    }

    void run(QStringView html)
    {
        HtmlTokenizer tokenizer(html);
        m_tokenizer = &tokenizer;
        for (Token token = tokenizer.next(); token.type != HtmlTokenizer::Type::EndOfFile; token = tokenizer.next()) {
            const bool skipNewline = std::exchange(m_skipNewline, false);
            switch (token.type) {
            case HtmlTokenizer::Type::Text:
                if (skipNewline && token.text.startsWith(u'\n')) {
                    token.text.remove(0, 1); // the newline right after <pre> is not part of its text
                }
                characters(token.text);
                break;
            case HtmlTokenizer::Type::StartTag:
                startTag(token);
                break;
            case HtmlTokenizer::Type::EndTag:
                endTag(token);
                break;
            case HtmlTokenizer::Type::EndOfFile:
                break;
            }
            tokenizer.setCDataAllowed(current().ns != Namespace::Html);
        }
        m_tokenizer = nullptr;
        m_result->text = m_text.text();
        if (m_result->metadata.title.isEmpty()) {
            m_result->metadata.title = m_title.simplified();
        }
    }

private:
    const Element &current() const { return m_stack.constLast(); }
    bool shown() const { return m_hiddenDepth == 0; }
    bool inSelect() const { return m_selectDepth > 0; }

    void characters(const QString &text)
    {
        if (current().documentTitle) {
            m_title += text;
        } else if (shown()) {
            m_text.addText(text, m_preDepth > 0);
        }
    }

    void push(const Element &element)
    {
        const bool kept = element.hidden || m_stack.size() < MaximumDepth;
        if (shown() && element.ns == Namespace::Html) {
            if (isBlock(element.name)) {
                m_text.endParagraph();
            } else if (element.name == QLatin1StringView("tr")) {
                m_text.startRow();
            } else if (element.name == QLatin1StringView("td") || element.name == QLatin1StringView("th")) {
                m_text.startCell();
            }
        }
        if (kept) {
            m_stack.append(element);
            adjustCounts(element, 1);
        }
    }

    void pop()
    {
        if (m_stack.size() <= 1) {
            return; // the root stays
        }
        const Element element = m_stack.takeLast();
        adjustCounts(element, -1);
        if (shown() && element.ns == Namespace::Html) {
            if (isBlock(element.name)) {
                m_text.endParagraph();
            } else if (element.name == QLatin1StringView("tr")) {
                m_text.startRow();
            }
        }
    }

    void adjustCounts(const Element &element, int delta)
    {
        m_hiddenDepth += element.hidden ? delta : 0;
        if (element.ns == Namespace::Html) {
            static const QSet<QString> preformatted = nameSet({"pre", "listing", "xmp", "plaintext"});
            m_preDepth += preformatted.contains(element.name) ? delta : 0;
            m_selectDepth += element.name == QLatin1StringView("select") ? delta : 0;
            m_formDepth += element.name == QLatin1StringView("form") ? delta : 0;
        }
    }

    qsizetype find(const QString &name) const
    {
        for (qsizetype i = m_stack.size() - 1; i > 0; --i) {
            if (m_stack[i].ns == Namespace::Html && m_stack[i].name == name) {
                return i;
            }
        }
        return -1;
    }

    static bool isScopeBoundary(const Element &element, Scope scope)
    {
        static const QSet<QString> html
            = nameSet({"applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"});
        static const QSet<QString> mathMl = nameSet({"mi", "mo", "mn", "ms", "mtext", "annotation-xml"});
        static const QSet<QString> svg = nameSet({"foreignobject", "desc", "title"});
        const QString &name = element.name;
        switch (element.ns) {
        case Namespace::MathMl:
            return scope != Scope::Table && scope != Scope::Select && mathMl.contains(name);
        case Namespace::Svg:
            return scope != Scope::Table && scope != Scope::Select && svg.contains(name);
        case Namespace::Html:
            break;
        }
        switch (scope) {
        case Scope::Table:
            return name == QLatin1StringView("html") || name == QLatin1StringView("table")
                || name == QLatin1StringView("template");
        case Scope::Select:
            return name != QLatin1StringView("optgroup") && name != QLatin1StringView("option");
        case Scope::ListItem:
            return html.contains(name) || name == QLatin1StringView("ol") || name == QLatin1StringView("ul");
        case Scope::Button:
            return html.contains(name) || name == QLatin1StringView("button");
        case Scope::Default:
            return html.contains(name);
        }
        return true;
    }

    bool inScope(const QString &name, Scope scope = Scope::Default) const
    {
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            const Element &element = m_stack[i];
            if (element.ns == Namespace::Html && element.name == name) {
                return true;
            }
            if (isScopeBoundary(element, scope)) {
                return false;
            }
        }
        return false;
    }

    void popThrough(const QString &name)
    {
        if (find(name) < 0) {
            return;
        }
        while (m_stack.size() > 1) {
            const bool last = current().ns == Namespace::Html && current().name == name;
            pop();
            if (last) {
                return;
            }
        }
    }

    void generateImpliedEndTags(const QString &except = {})
    {
        static const QSet<QString> implied
            = nameSet({"dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc"});
        while (current().ns == Namespace::Html && implied.contains(current().name) && current().name != except) {
            pop();
        }
    }

    void closeParagraph()
    {
        if (inScope(QStringLiteral("p"), Scope::Button)) {
            generateImpliedEndTags(QStringLiteral("p"));
            popThrough(QStringLiteral("p"));
        }
    }

    void closeCell()
    {
        for (const QString &cell : {QStringLiteral("td"), QStringLiteral("th")}) {
            if (inScope(cell, Scope::Table)) {
                generateImpliedEndTags();
                popThrough(cell);
            }
        }
    }

    // Back to the table or its row group, where a new row or section may start.
    void clearToTableContext(bool keepRowGroup)
    {
        static const QSet<QString> rowGroups = nameSet({"tbody", "thead", "tfoot"});
        while (m_stack.size() > 1 && current().name != QLatin1StringView("table")
            && current().name != QLatin1StringView("template")
            && !(keepRowGroup && rowGroups.contains(current().name))) {
            pop();
        }
    }

    void metadata(const Token &tag)
    {
        DocumentMetadata &metadata = m_result->metadata;
        if (tag.name == QLatin1StringView("meta")) {
            const QString key
                = (tag.attribute(QLatin1StringView("property")) + tag.attribute(QLatin1StringView("name"))).toLower();
            const QString content = tag.attribute(QLatin1StringView("content")).trimmed();
            if (content.isEmpty()) {
                return;
            }
            if (key == QLatin1StringView("og:title")) {
                metadata.title = content;
            } else if (key == QLatin1StringView("og:site_name")) {
                metadata.outlet = content;
            } else if (key == QLatin1StringView("author") || key == QLatin1StringView("article:author")) {
                if (metadata.author.isEmpty()) {
                    metadata.author = content;
                }
            } else if (key == QLatin1StringView("article:published_time") || key == QLatin1StringView("date")) {
                if (metadata.published.isEmpty()) {
                    metadata.published = content;
                }
            } else if (key == QLatin1StringView("og:url")) {
                metadata.url = content;
            } else if (key == QLatin1StringView("og:locale") && metadata.language == Language::Unknown) {
                metadata.language = languageFromCode(content.left(2));
            }
        } else if (tag.name == QLatin1StringView("link")) {
            const QStringList rel = tag.attribute(QLatin1StringView("rel")).toLower().split(u' ', Qt::SkipEmptyParts);
            if (rel.contains(QLatin1StringView("canonical")) && metadata.url.isEmpty()) {
                metadata.url = tag.attribute(QLatin1StringView("href")).trimmed();
            }
        } else if (tag.name == QLatin1StringView("html") && !m_seenHtml) {
            m_seenHtml = true;
            if (const QString lang = tag.attribute(QLatin1StringView("lang")).trimmed(); !lang.isEmpty()) {
                metadata.language = languageFromCode(lang);
            }
        }
    }

    // Inside SVG or MathML, except where they let HTML back in (<foreignObject>, MathML's token elements).
    bool inForeignContent() const
    {
        static const QSet<QString> htmlInside
            = nameSet({"foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext"});
        return current().ns != Namespace::Html && !htmlInside.contains(current().name);
    }

    void foreignStartTag(const Token &tag)
    {
        const Namespace ns = tag.name == QLatin1StringView("svg") ? Namespace::Svg
            : tag.name == QLatin1StringView("math")               ? Namespace::MathMl
                                                                  : current().ns;
        // MathML's annotations (often the formula's TeX source) are not displayed, nor is anything in SVG: icons.
        const bool hidden = (ns == Namespace::Svg && tag.name == QLatin1StringView("svg"))
            || (ns == Namespace::MathMl
                && (tag.name == QLatin1StringView("annotation") || tag.name == QLatin1StringView("annotation-xml")));
        if (!tag.selfClosing) {
            push({tag.name, ns, hidden, false});
        }
    }

    void startTag(const Token &tag)
    {
        const QString &name = tag.name;
        metadata(tag);
        if (inForeignContent()) {
            if (!breaksOutOfForeignContent(tag)) {
                foreignStartTag(tag);
                return;
            }
            while (m_stack.size() > 1 && inForeignContent()) {
                pop();
            }
        }
        if (inSelect() && selectStartTag(tag)) {
            return;
        }
        if (name == QLatin1StringView("svg") || name == QLatin1StringView("math")) {
            foreignStartTag(tag);
            return;
        }
        if (isVoid(name)) {
            if (name == QLatin1StringView("hr")) {
                closeParagraph();
                if (shown()) {
                    m_text.endParagraph();
                }
            } else if (name == QLatin1StringView("br") && shown()) {
                m_text.lineBreak();
            }
            return;
        }
        static const QSet<QString> tableParts
            = nameSet({"caption", "colgroup", "tbody", "thead", "tfoot", "tr", "td", "th"});
        if (tableParts.contains(name)) {
            tableStartTag(tag);
            return;
        }
        static const QSet<QString> documentParts = nameSet({"html", "head", "body", "frameset"});
        if (documentParts.contains(name)) {
            return; // they only carry attributes: where the head ends and the body starts follows from the content
        }
        if (closesParagraph(name) || isHeading(name) || name == QLatin1StringView("pre")
            || name == QLatin1StringView("listing") || name == QLatin1StringView("xmp")
            || name == QLatin1StringView("plaintext") || name == QLatin1StringView("table")) {
            closeParagraph();
        }
        if (isHeading(name) && current().ns == Namespace::Html && isHeading(current().name)) {
            pop(); // <h2>One<h3>Two: a heading does not nest in another
        }
        if (name == QLatin1StringView("form")) {
            if (m_formDepth > 0) {
                return; // a form inside a form is dropped
            }
            closeParagraph();
        } else if (name == QLatin1StringView("li") || name == QLatin1StringView("dd")
            || name == QLatin1StringView("dt")) {
            closeListItem(name);
        } else if (name == QLatin1StringView("button") && inScope(name)) {
            generateImpliedEndTags();
            popThrough(name);
        } else if (name == QLatin1StringView("option") || name == QLatin1StringView("optgroup")) {
            if (current().name == QLatin1StringView("option")) {
                pop();
            }
        } else if (name == QLatin1StringView("rb") || name == QLatin1StringView("rtc")
            || name == QLatin1StringView("rp") || name == QLatin1StringView("rt")) {
            if (inScope(QStringLiteral("ruby"))) {
                generateImpliedEndTags(name == QLatin1StringView("rp") || name == QLatin1StringView("rt")
                        ? QStringLiteral("rtc")
                        : QString());
            }
        }
        const bool hiddenAttribute = tag.hasAttribute(QLatin1StringView("hidden"))
            && tag.attribute(QLatin1StringView("hidden")).toLower() != QLatin1StringView("until-found");
        const bool closedDialog = name == QLatin1StringView("dialog") && !tag.hasAttribute(QLatin1StringView("open"));
        if (isChrome(name) && tag.selfClosing) {
            // "<nav/>": HTML leaves it open, but then all that follows would count as navigation and be dropped.
            if (shown() && isBlock(name)) {
                m_text.endParagraph();
            }
            return;
        }
        Element element {
            name, Namespace::Html, hiddenAttribute || closedDialog || isChrome(name) || isHiddenContent(name), false};
        if (name == QLatin1StringView("title") && !m_seenTitle) {
            m_seenTitle = true;
            element.documentTitle = true;
        }
        push(element);
        contentMode(name);
    }

    void contentMode(const QString &name)
    {
        static const QSet<QString> rawText
            = nameSet({"style", "xmp", "iframe", "noembed", "noframes", "noscript", "script"});
        if (name == QLatin1StringView("title") || name == QLatin1StringView("textarea")) {
            m_tokenizer->setContent(HtmlTokenizer::Content::RcData, name);
        } else if (rawText.contains(name)) {
            m_tokenizer->setContent(HtmlTokenizer::Content::RawText, name);
        } else if (name == QLatin1StringView("plaintext")) {
            m_tokenizer->setContent(HtmlTokenizer::Content::PlainText, name);
        } else if (name == QLatin1StringView("pre") || name == QLatin1StringView("listing")) {
            m_skipNewline = true;
        }
    }

    void closeListItem(const QString &name)
    {
        const bool listItem = name == QLatin1StringView("li");
        for (qsizetype i = m_stack.size() - 1; i > 0; --i) {
            const Element &node = m_stack[i];
            const bool match = node.ns == Namespace::Html
                && (listItem ? node.name == QLatin1StringView("li")
                             : node.name == QLatin1StringView("dd") || node.name == QLatin1StringView("dt"));
            if (match) {
                // A name of its own: node is gone once the first element is popped.
                const QString closed = listItem            ? QStringLiteral("li")
                    : node.name == QLatin1StringView("dd") ? QStringLiteral("dd")
                                                           : QStringLiteral("dt");
                generateImpliedEndTags(closed);
                popThrough(closed);
                break;
            }
            if (node.ns == Namespace::Html && isSpecial(node.name) && node.name != QLatin1StringView("address")
                && node.name != QLatin1StringView("div") && node.name != QLatin1StringView("p")) {
                break;
            }
        }
        closeParagraph();
    }

    // Rows, cells, captions and row groups. Outside a table HTML drops them (their content stays).
    void tableStartTag(const Token &tag)
    {
        const QString &name = tag.name;
        if (name == QLatin1StringView("colgroup") || !inScope(QStringLiteral("table"), Scope::Table)) {
            return;
        }
        closeCell();
        if (name == QLatin1StringView("caption")) {
            clearToTableContext(false);
            push({name, Namespace::Html, false, false});
        } else if (name == QLatin1StringView("tbody") || name == QLatin1StringView("thead")
            || name == QLatin1StringView("tfoot")) {
            clearToTableContext(false);
            push({name, Namespace::Html, false, false});
        } else if (name == QLatin1StringView("tr")) {
            clearToTableContext(true);
            push({name, Namespace::Html, false, false});
        } else if (name == QLatin1StringView("td") || name == QLatin1StringView("th")) {
            if (current().name != QLatin1StringView("tr")) {
                clearToTableContext(true);
                push({QStringLiteral("tr"), Namespace::Html, false, false}); // a cell without a row opens one
            }
            push({name, Namespace::Html, tag.hasAttribute(QLatin1StringView("hidden")), false});
        }
    }

    // Inside <select> only options and what ends the select count; returns true when the tag is dealt with.
    bool selectStartTag(const Token &tag)
    {
        static const QSet<QString> endsSelect = nameSet(
            {"select", "input", "keygen", "textarea", "caption", "table", "tbody", "tfoot", "thead", "tr", "td", "th"});
        static const QSet<QString> allowed = nameSet({"option", "optgroup", "script", "template", "style", "hr"});
        if (endsSelect.contains(tag.name)) {
            popThrough(QStringLiteral("select"));
            return tag.name == QLatin1StringView("select");
        }
        return !allowed.contains(tag.name);
    }

    void endTag(const Token &tag)
    {
        const QString &name = tag.name;
        if (current().ns != Namespace::Html) {
            // In SVG and MathML an end tag closes the nearest element of its name, up to the first HTML element.
            for (qsizetype i = m_stack.size() - 1; i > 0 && m_stack[i].ns != Namespace::Html; --i) {
                if (m_stack[i].name == name) {
                    while (m_stack.size() > i) {
                        pop();
                    }
                    return;
                }
            }
        }
        if (inSelect()) {
            static const QSet<QString> endsSelect
                = nameSet({"select", "caption", "table", "tbody", "tfoot", "thead", "tr", "td", "th"});
            if (endsSelect.contains(name)) {
                popThrough(QStringLiteral("select"));
                if (name == QLatin1StringView("select")) {
                    return;
                }
            } else if (name != QLatin1StringView("option") && name != QLatin1StringView("optgroup")
                && name != QLatin1StringView("template") && name != QLatin1StringView("script")
                && name != QLatin1StringView("style")) {
                return; // anything else ends nothing inside a select
            }
        }
        if (name == QLatin1StringView("html") || name == QLatin1StringView("head")
            || name == QLatin1StringView("body")) {
            return; // content after </body> or </html> is still shown by a browser
        }
        if (name == QLatin1StringView("br")) {
            if (shown()) {
                m_text.lineBreak(); // </br> is read as <br>
            }
        } else if (name == QLatin1StringView("p")) {
            if (!inScope(name, Scope::Button)) {
                if (shown()) {
                    m_text.endParagraph(); // a stray </p> makes an empty paragraph: still a break
                }
                return;
            }
            generateImpliedEndTags(name);
            popThrough(name);
        } else if (name == QLatin1StringView("li") || name == QLatin1StringView("dd")
            || name == QLatin1StringView("dt")) {
            if (inScope(name, name == QLatin1StringView("li") ? Scope::ListItem : Scope::Default)) {
                generateImpliedEndTags(name);
                popThrough(name);
            }
        } else if (isHeading(name)) {
            for (qsizetype i = m_stack.size() - 1; i > 0; --i) {
                if (m_stack[i].ns == Namespace::Html && isHeading(m_stack[i].name)) {
                    generateImpliedEndTags();
                    while (m_stack.size() > i) {
                        pop();
                    }
                    return;
                }
                if (isScopeBoundary(m_stack[i], Scope::Default)) {
                    return;
                }
            }
        } else if (name == QLatin1StringView("form")) {
            // </form> closes the form alone: what was opened inside it stays open, as HTML has it.
            const qsizetype at = find(name);
            if (at > 0 && inScope(name)) {
                generateImpliedEndTags();
                const Element element = m_stack.takeAt(at);
                adjustCounts(element, -1);
                if (at == m_stack.size() && shown()) {
                    m_text.endParagraph();
                }
            }
        } else if (isBlockEndTag(name) || name == QLatin1StringView("select")) {
            if (inScope(name, name == QLatin1StringView("select") ? Scope::Select : Scope::Default)) {
                generateImpliedEndTags();
                popThrough(name);
            }
        } else if (name == QLatin1StringView("table") || name == QLatin1StringView("tbody")
            || name == QLatin1StringView("thead") || name == QLatin1StringView("tfoot")
            || name == QLatin1StringView("tr") || name == QLatin1StringView("td") || name == QLatin1StringView("th")
            || name == QLatin1StringView("caption")) {
            if (inScope(name, Scope::Table)) {
                generateImpliedEndTags();
                popThrough(name);
            }
        } else if (name == QLatin1StringView("template")) {
            if (find(name) > 0) {
                popThrough(name);
            }
        } else {
            anyOtherEndTag(name);
        }
    }

    // HTML's rule for every other end tag: close the nearest open element of that name, unless a "special" element
    // (a block, a table part…) is open inside it, in which case the tag is a stray and ignored.
    void anyOtherEndTag(const QString &name)
    {
        for (qsizetype i = m_stack.size() - 1; i > 0; --i) {
            const Element &node = m_stack[i];
            if (node.ns == Namespace::Html && node.name == name) {
                generateImpliedEndTags(name);
                while (m_stack.size() > i) {
                    pop();
                }
                return;
            }
            if (node.ns == Namespace::Html && isSpecial(node.name)) {
                return;
            }
        }
    }

    // Browsers cap the depth of the tree too. Past it an element still breaks the text but is not kept open
    // (unless it hides its content): thousands of unclosed <font> or <div> would otherwise make every scope check
    // walk them all.
    static constexpr qsizetype MaximumDepth = 512;

    HtmlTextExtractor::Result *m_result;
    HtmlTokenizer *m_tokenizer = nullptr;
    QList<Element> m_stack;
    HtmlTextBuilder m_text;
    QString m_title;
    int m_hiddenDepth = 0;
    int m_preDepth = 0;
    int m_selectDepth = 0;
    int m_formDepth = 0;
    bool m_skipNewline = false;
    bool m_seenTitle = false;
    bool m_seenHtml = false;
};

} // namespace

QString HtmlTextExtractor::decodeEntities(QStringView text)
{
    return HtmlEntities::decode(text, HtmlEntities::Context::Strict);
}

QByteArray HtmlTextExtractor::declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression charset(QStringLiteral("<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(4096));
    const QRegularExpressionMatch match = charset.match(head);
    return match.hasMatch() ? match.captured(1).toLower().toLatin1() : QByteArray();
}

HtmlTextExtractor::Result HtmlTextExtractor::extract(const QString &html)
{
    // HTML reads CR LF and a lone CR as LF before anything else.
    QString normalised = html;
    normalised.replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"));
    normalised.replace(u'\r', u'\n');
    Result result;
    TreeBuilder(&result).run(normalised);
    return result;
}

} // namespace Sourcelight
