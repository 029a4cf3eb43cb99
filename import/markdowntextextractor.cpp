#include "markdowntextextractor.h"

#include "htmltextextractor.h"

#include <QRegularExpression>

namespace Sourcelight {

namespace {

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\''))))) {
        value = value.mid(1, value.size() - 2);
        if (value.contains(QLatin1Char('\\'))) {
            value.replace(QLatin1String("\\\""), QLatin1String("\""));
        }
    }
    return value;
}

void applyFrontMatter(const QString &key, const QString &value, DocumentMetadata &metadata)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("title")) {
        metadata.title = value;
    } else if (k == QLatin1String("outlet") || k == QLatin1String("source") || k == QLatin1String("site")) {
        metadata.outlet = value;
    } else if (k == QLatin1String("author") || k == QLatin1String("byline")) {
        metadata.author = value;
    } else if (k == QLatin1String("url") || k == QLatin1String("link")) {
        metadata.url = value;
    } else if (k == QLatin1String("published") || k == QLatin1String("date")) {
        metadata.published = value;
    } else if (k == QLatin1String("language") || k == QLatin1String("lang")) {
        metadata.language = languageFromCode(value);
    }
}

} // namespace

QString MarkdownTextExtractor::stripInline(const QString &line)
{
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression refLink(QStringLiteral("\\[([^\\]]+)\\]\\[[^\\]]*\\]"));
    static const QRegularExpression autoLink(QStringLiteral("<(https?://[^>\\s]+)>"));
    static const QRegularExpression htmlTag(QStringLiteral("</?[A-Za-z][^>]*>"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression emphasis(QStringLiteral("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])"));
    static const QRegularExpression strike(QStringLiteral("~~(.+?)~~"));
    static const QRegularExpression code(QStringLiteral("`+([^`]+)`+"));
    // Escaped punctuation is set aside first (as private-use characters) so no rule below treats it as markup.
    static const QString escapable = QStringLiteral("\\`*_{}[]()#+-.!>~|");
    QString text;
    text.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const qsizetype index
            = i + 1 < line.size() && line[i] == QLatin1Char('\\') ? escapable.indexOf(line[i + 1]) : -1;
        if (index >= 0) {
            text.append(QChar(char16_t(0xE000 + index)));
            ++i;
        } else {
            text.append(line[i]);
        }
    }
    text.replace(code, QStringLiteral("\\1"));
    text.replace(image, QStringLiteral("\\1"));
    text.replace(link, QStringLiteral("\\1"));
    text.replace(refLink, QStringLiteral("\\1"));
    text.replace(autoLink, QStringLiteral("\\1"));
    text.replace(htmlTag, QString());
    text.replace(strong, QStringLiteral("\\2"));
    text.replace(emphasis, QStringLiteral("\\2"));
    text.replace(strike, QStringLiteral("\\1"));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0xE000 && c < 0xE000 + escapable.size()) {
            text[i] = escapable[c - 0xE000];
        }
    }
    return HtmlTextExtractor::decodeEntities(text);
}

MarkdownTextExtractor::Result MarkdownTextExtractor::extract(const QString &markdown)
{
    Result result;
    QString source = markdown;
    source.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    source.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = source.split(QLatin1Char('\n'));

    qsizetype first = 0;
    if (!lines.isEmpty() && lines.first().trimmed() == QLatin1String("---")) {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (line.trimmed() == QLatin1String("---") || line.trimmed() == QLatin1String("...")) {
                first = i + 1;
                break;
            }
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon > 0) {
                applyFrontMatter(line.left(colon), unquote(line.mid(colon + 1)), result.metadata);
            }
        }
    }

    static const QRegularExpression heading(QStringLiteral("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression listItem(QStringLiteral("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$"));
    static const QRegularExpression quote(QStringLiteral("^\\s*>\\s?(.*)$"));
    static const QRegularExpression rule(QStringLiteral("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$"));
    static const QRegularExpression setextUnderline(QStringLiteral("^\\s{0,3}(=+|-+)\\s*$"));
    static const QRegularExpression referenceDefinition(QStringLiteral("^\\s{0,3}\\[[^\\]]+\\]:\\s+\\S"));

    QStringList paragraphs;
    QStringList current;
    bool inFence = false;
    auto flush = [&]() {
        if (!current.isEmpty()) {
            const QString paragraph = current.join(inFence ? QStringLiteral("\n") : QStringLiteral(" ")).trimmed();
            if (!paragraph.isEmpty()) {
                paragraphs.append(paragraph);
            }
            current.clear();
        }
    };
    for (qsizetype i = first; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
            flush();
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            current.append(line);
            continue;
        }
        if (trimmed.isEmpty()) {
            flush();
            continue;
        }
        if (referenceDefinition.match(line).hasMatch()) {
            continue;
        }
        if (!current.isEmpty() && setextUnderline.match(line).hasMatch()) {
            flush(); // the lines above were a heading: a paragraph of their own
            continue;
        }
        if (rule.match(line).hasMatch()) {
            flush();
            continue;
        }
        if (const QRegularExpressionMatch m = heading.match(line); m.hasMatch()) {
            flush();
            current.append(stripInline(m.captured(1)));
            flush();
            continue;
        }
        if (const QRegularExpressionMatch m = listItem.match(line); m.hasMatch()) {
            flush();
            current.append(stripInline(m.captured(1)));
            continue;
        }
        if (const QRegularExpressionMatch m = quote.match(line); m.hasMatch()) {
            current.append(stripInline(m.captured(1)));
            continue;
        }
        // A hard line break ("  " or "\" at the end) stays inside the paragraph as a space.
        current.append(stripInline(trimmed.endsWith(QLatin1Char('\\')) ? trimmed.chopped(1) : trimmed));
    }
    flush();
    result.text = paragraphs.join(QStringLiteral("\n\n"));
    return result;
}

} // namespace Sourcelight
