#include "htmltextextractor.h"

#include <QHash>
#include <QRegularExpression>

namespace Sourcelight {

namespace {

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> entities = {
        {QStringLiteral("amp"), U'&'},
        {QStringLiteral("lt"), U'<'},
        {QStringLiteral("gt"), U'>'},
        {QStringLiteral("quot"), U'"'},
        {QStringLiteral("apos"), U'\''},
        {QStringLiteral("nbsp"), U'\u00A0'},
        {QStringLiteral("ndash"), U'\u2013'},
        {QStringLiteral("mdash"), U'\u2014'},
        {QStringLiteral("hellip"), U'\u2026'},
        {QStringLiteral("lsquo"), U'\u2018'},
        {QStringLiteral("rsquo"), U'\u2019'},
        {QStringLiteral("sbquo"), U'\u201A'},
        {QStringLiteral("ldquo"), U'\u201C'},
        {QStringLiteral("rdquo"), U'\u201D'},
        {QStringLiteral("bdquo"), U'\u201E'},
        {QStringLiteral("laquo"), U'\u00AB'},
        {QStringLiteral("raquo"), U'\u00BB'},
        {QStringLiteral("copy"), U'\u00A9'},
        {QStringLiteral("reg"), U'\u00AE'},
        {QStringLiteral("trade"), U'\u2122'},
        {QStringLiteral("euro"), U'\u20AC'},
        {QStringLiteral("pound"), U'\u00A3'},
        {QStringLiteral("yen"), U'\u00A5'},
        {QStringLiteral("cent"), U'\u00A2'},
        {QStringLiteral("sect"), U'\u00A7'},
        {QStringLiteral("deg"), U'\u00B0'},
        {QStringLiteral("middot"), U'\u00B7'},
        {QStringLiteral("bull"), U'\u2022'},
        {QStringLiteral("shy"), U'\u00AD'},
        {QStringLiteral("times"), U'\u00D7'},
        {QStringLiteral("minus"), U'\u2212'},
        {QStringLiteral("thinsp"), U'\u2009'},
        {QStringLiteral("ensp"), U'\u2002'},
        {QStringLiteral("emsp"), U'\u2003'},
        {QStringLiteral("zwnj"), U'\u200C'},
        {QStringLiteral("zwj"), U'\u200D'},
        {QStringLiteral("eacute"), U'\u00E9'},
        {QStringLiteral("egrave"), U'\u00E8'},
        {QStringLiteral("agrave"), U'\u00E0'},
        {QStringLiteral("auml"), U'\u00E4'},
        {QStringLiteral("ouml"), U'\u00F6'},
        {QStringLiteral("uuml"), U'\u00FC'},
        {QStringLiteral("szlig"), U'\u00DF'},
        {QStringLiteral("ccedil"), U'\u00E7'},
        {QStringLiteral("ntilde"), U'\u00F1'},
    };
    return entities;
}

// Elements whose content is never article text.
bool isSkipped(const QString &tag)
{
    static const QStringList skipped
        = {QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("noscript"), QStringLiteral("template"),
            QStringLiteral("svg"), QStringLiteral("math"), QStringLiteral("iframe"), QStringLiteral("object"),
            QStringLiteral("canvas"), QStringLiteral("nav"), QStringLiteral("aside"), QStringLiteral("form"),
            QStringLiteral("button"), QStringLiteral("select"), QStringLiteral("textarea"), QStringLiteral("head")};
    return skipped.contains(tag);
}

bool isBlock(const QString &tag)
{
    static const QStringList blocks
        = {QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
            QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("li"),
            QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("blockquote"), QStringLiteral("section"),
            QStringLiteral("article"), QStringLiteral("header"), QStringLiteral("footer"), QStringLiteral("main"),
            QStringLiteral("table"), QStringLiteral("tr"), QStringLiteral("pre"), QStringLiteral("hr"),
            QStringLiteral("figure"), QStringLiteral("figcaption"), QStringLiteral("dl"), QStringLiteral("dt"),
            QStringLiteral("dd"), QStringLiteral("address"), QStringLiteral("body"), QStringLiteral("title")};
    return blocks.contains(tag);
}

struct Tag
{
    QString name; // lower case, without '/'
    bool closing = false;
    bool selfClosing = false;
    QHash<QString, QString> attributes; // lower-case names, decoded values
};

Tag parseTag(QStringView inside)
{
    Tag tag;
    qsizetype i = 0;
    const qsizetype n = inside.size();
    if (i < n && inside[i] == QLatin1Char('/')) {
        tag.closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < n && !inside[i].isSpace() && inside[i] != QLatin1Char('/')) {
        ++i;
    }
    tag.name = inside.sliced(nameStart, i - nameStart).toString().toLower();
    while (i < n) {
        while (i < n && (inside[i].isSpace() || inside[i] == QLatin1Char('/'))) {
            if (inside[i] == QLatin1Char('/')) {
                tag.selfClosing = true;
            }
            ++i;
        }
        const qsizetype keyStart = i;
        while (i < n && !inside[i].isSpace() && inside[i] != QLatin1Char('=') && inside[i] != QLatin1Char('/')) {
            ++i;
        }
        const QString key = inside.sliced(keyStart, i - keyStart).toString().toLower();
        while (i < n && inside[i].isSpace()) {
            ++i;
        }
        QString value;
        if (i < n && inside[i] == QLatin1Char('=')) {
            ++i;
            while (i < n && inside[i].isSpace()) {
                ++i;
            }
            if (i < n && (inside[i] == QLatin1Char('"') || inside[i] == QLatin1Char('\''))) {
                const QChar quote = inside[i++];
                const qsizetype valueStart = i;
                while (i < n && inside[i] != quote) {
                    ++i;
                }
                value = HtmlTextExtractor::decodeEntities(inside.sliced(valueStart, i - valueStart));
                ++i;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !inside[i].isSpace()) {
                    ++i;
                }
                value = HtmlTextExtractor::decodeEntities(inside.sliced(valueStart, i - valueStart));
            }
        }
        if (!key.isEmpty()) {
            tag.attributes.insert(key, value.trimmed());
        }
    }
    return tag;
}

// Collects text with HTML whitespace rules: runs collapse to one space, blocks end paragraphs.
class TextBuilder
{
public:
    void addText(QStringView text, bool preformatted)
    {
        for (const QChar c : text) {
            if (preformatted) {
                if (c == QLatin1Char('\n')) {
                    lineBreak();
                } else {
                    appendChar(c);
                }
            } else if (c.isSpace() && c != QChar::Nbsp) {
                m_pendingSpace = !m_line.isEmpty();
            } else {
                appendChar(c);
            }
        }
    }
    void lineBreak()
    {
        m_paragraph.append(m_line.trimmed());
        m_line.clear();
        m_pendingSpace = false;
    }
    void endParagraph()
    {
        lineBreak();
        QStringList lines;
        for (const QString &line : std::as_const(m_paragraph)) {
            if (!line.isEmpty()) {
                lines.append(line);
            }
        }
        if (!lines.isEmpty()) {
            m_paragraphs.append(lines.join(QLatin1Char('\n')));
        }
        m_paragraph.clear();
    }
    QString text()
    {
        endParagraph();
        return m_paragraphs.join(QStringLiteral("\n\n"));
    }

private:
    void appendChar(QChar c)
    {
        if (m_pendingSpace) {
            m_line.append(QLatin1Char(' '));
            m_pendingSpace = false;
        }
        m_line.append(c == QChar::Nbsp ? QChar(QLatin1Char(' ')) : c);
    }

    QString m_line;
    QStringList m_paragraph;
    QStringList m_paragraphs;
    bool m_pendingSpace = false;
};

} // namespace

QString HtmlTextExtractor::decodeEntities(QStringView text)
{
    if (!text.contains(QLatin1Char('&'))) {
        return text.toString();
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('&')) {
            out.append(c);
            continue;
        }
        const qsizetype semicolon = text.indexOf(QLatin1Char(';'), i + 1);
        if (semicolon < 0 || semicolon - i > 12) {
            out.append(c);
            continue;
        }
        const QStringView name = text.sliced(i + 1, semicolon - i - 1);
        char32_t code = 0;
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X'));
            code = hex ? name.sliced(2).toUInt(&ok, 16) : name.sliced(1).toUInt(&ok, 10);
            if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
                code = ok ? 0xFFFD : 0;
            }
        } else {
            code = namedEntities().value(name.toString(), 0);
        }
        if (code == 0) {
            out.append(c);
            continue;
        }
        out.append(QString::fromUcs4(&code, 1));
        i = semicolon;
    }
    return out;
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
    Result result;
    TextBuilder body;
    QString title;
    QString skipping; // the element whose content we are dropping
    int skipDepth = 0;
    bool inTitle = false;
    int preDepth = 0;
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html[i];
        if (c != QLatin1Char('<')) {
            const qsizetype next = html.indexOf(QLatin1Char('<'), i);
            const qsizetype end = next < 0 ? n : next;
            const QStringView raw = QStringView(html).sliced(i, end - i);
            if (inTitle) {
                title += decodeEntities(raw);
            } else if (skipDepth == 0) {
                body.addText(decodeEntities(raw), preDepth > 0);
            }
            i = end;
            continue;
        }
        if (QStringView(html).sliced(i).startsWith(QLatin1String("<!--"))) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (i + 1 < n && (html[i + 1] == QLatin1Char('!') || html[i + 1] == QLatin1Char('?'))) {
            const qsizetype end = html.indexOf(QLatin1Char('>'), i);
            i = end < 0 ? n : end + 1;
            continue;
        }
        if (i + 1 >= n || !(html[i + 1].isLetter() || html[i + 1] == QLatin1Char('/'))) {
            if (skipDepth == 0 && !inTitle) {
                body.addText(QStringView(html).sliced(i, 1), preDepth > 0); // a lone '<' in text
            }
            ++i;
            continue;
        }
        // Find the tag's end, honouring quoted attribute values that may contain '>'.
        qsizetype j = i + 1;
        QChar quote;
        while (j < n) {
            const QChar d = html[j];
            if (!quote.isNull()) {
                if (d == quote) {
                    quote = QChar();
                }
            } else if (d == QLatin1Char('"') || d == QLatin1Char('\'')) {
                quote = d;
            } else if (d == QLatin1Char('>')) {
                break;
            }
            ++j;
        }
        const Tag tag = parseTag(QStringView(html).sliced(i + 1, j - i - 1));
        i = j < n ? j + 1 : n;

        if (skipDepth > 0) {
            // Inside script/style (raw text) only its own end tag counts; inside other skipped elements, nesting.
            if (tag.name == skipping) {
                skipDepth += tag.closing ? -1 : (tag.selfClosing ? 0 : 1);
            }
            if (skipDepth == 0) {
                skipping.clear();
            }
            if (tag.name == QLatin1String("title") && !tag.closing && skipping == QLatin1String("head")) {
                inTitle = true;
            } else if (tag.name == QLatin1String("title") && tag.closing) {
                inTitle = false;
            }
            if (tag.name == QLatin1String("meta") || tag.name == QLatin1String("link")) {
                // metadata lives in <head>, which is otherwise skipped
            } else {
                continue;
            }
        }
        if (tag.name == QLatin1String("title")) {
            inTitle = !tag.closing;
            continue;
        }
        if (tag.name == QLatin1String("html") && !tag.closing) {
            if (const QString lang = tag.attributes.value(QStringLiteral("lang")); !lang.isEmpty()) {
                result.metadata.language = languageFromCode(lang);
            }
            continue;
        }
        if (tag.name == QLatin1String("meta")) {
            const QString key
                = (tag.attributes.value(QStringLiteral("property")) + tag.attributes.value(QStringLiteral("name")))
                      .toLower();
            const QString content = tag.attributes.value(QStringLiteral("content"));
            if (content.isEmpty()) {
                continue;
            }
            if (key == QLatin1String("og:title")) {
                result.metadata.title = content;
            } else if (key == QLatin1String("og:site_name")) {
                result.metadata.outlet = content;
            } else if (key == QLatin1String("author") || key == QLatin1String("article:author")) {
                if (result.metadata.author.isEmpty()) {
                    result.metadata.author = content;
                }
            } else if (key == QLatin1String("article:published_time") || key == QLatin1String("date")) {
                if (result.metadata.published.isEmpty()) {
                    result.metadata.published = content;
                }
            } else if (key == QLatin1String("og:url")) {
                result.metadata.url = content;
            } else if (key == QLatin1String("og:locale") && result.metadata.language == Language::Unknown) {
                result.metadata.language = languageFromCode(content.left(2));
            }
            continue;
        }
        if (tag.name == QLatin1String("link")) {
            if (tag.attributes.value(QStringLiteral("rel")).toLower() == QLatin1String("canonical")
                && result.metadata.url.isEmpty()) {
                result.metadata.url = tag.attributes.value(QStringLiteral("href"));
            }
            continue;
        }
        if (!tag.closing && !tag.selfClosing && isSkipped(tag.name)) {
            skipping = tag.name;
            skipDepth = 1;
            continue;
        }
        if (tag.name == QLatin1String("br")) {
            body.lineBreak();
            continue;
        }
        if (tag.name == QLatin1String("pre")) {
            preDepth = qMax(0, preDepth + (tag.closing ? -1 : 1));
        }
        if (isBlock(tag.name)) {
            body.endParagraph();
        }
    }
    result.text = body.text();
    if (result.metadata.title.isEmpty()) {
        result.metadata.title = title.simplified();
    }
    return result;
}

} // namespace Sourcelight
