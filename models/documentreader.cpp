#include "documentreader.h"

#include "htmltextextractor.h"
#include "markdowntextextractor.h"
#include "textdecoder.h"

#include <QFile>
#include <QFileInfo>

namespace Sourcelight {

namespace {

QString normaliseLineEndings(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    // Trailing blank lines and spaces carry nothing and would make "the same text" hash differently.
    while (!text.isEmpty() && text.back().isSpace()) {
        text.chop(1);
    }
    return text;
}

QString firstLineTitle(const QString &text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.size() <= 160 ? line : QString();
}

} // namespace

QStringList DocumentReader::supportedSuffixes()
{
    return {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md"), QStringLiteral("markdown"),
        QStringLiteral("html"), QStringLiteral("htm")};
}

bool DocumentReader::isSupported(const QString &path)
{
    return supportedSuffixes().contains(QFileInfo(path).suffix().toLower());
}

std::optional<ImportText> DocumentReader::readFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("The file does not exist.");
        return std::nullopt;
    }
    if (info.isDir()) {
        *error = tr("This is a folder, not a file.");
        return std::nullopt;
    }
    const QString suffix = info.suffix().toLower();
    if (!isSupported(path)) {
        *error = tr("Files of type “.%1” cannot be imported; use .txt, .md or .html.").arg(suffix);
        return std::nullopt;
    }
    if (info.size() > MaximumFileSize) {
        *error = tr("The file is too large to be an article (%1 MB).").arg(info.size() / (1024 * 1024));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The file cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    const QString format = suffix.startsWith(QLatin1String("htm")) ? QStringLiteral("html")
        : suffix.startsWith(QLatin1String("m"))                    ? QStringLiteral("md")
                                                                   : QStringLiteral("txt");
    std::optional<ImportText> text = readBytes(bytes, format, error);
    if (text) {
        text->sourceFile = info.absoluteFilePath();
        if (text->metadata.title.isEmpty()) {
            text->metadata.title = info.completeBaseName();
        }
    }
    return text;
}

std::optional<ImportText> DocumentReader::readBytes(const QByteArray &bytes, const QString &format, QString *error)
{
    if (bytes.isEmpty()) {
        *error = tr("The file is empty.");
        return std::nullopt;
    }
    const bool html = format == QLatin1String("html");
    const TextDecoder::Result decoded
        = TextDecoder::decode(bytes, html ? HtmlTextExtractor::declaredCharset(bytes) : QByteArray());
    if (!decoded.ok) {
        *error = decoded.error;
        return std::nullopt;
    }
    ImportText result;
    result.encoding = decoded.encoding;
    if (const QString note = decoded.note(); !note.isEmpty()) {
        result.warnings.append(note);
    }
    if (html) {
        HtmlTextExtractor::Result extracted = HtmlTextExtractor::extract(decoded.text);
        result.text = extracted.text;
        result.metadata = extracted.metadata;
    } else if (format == QLatin1String("md")) {
        MarkdownTextExtractor::Result extracted = MarkdownTextExtractor::extract(decoded.text);
        result.text = extracted.text;
        result.metadata = extracted.metadata;
    } else {
        result.text = decoded.text;
        result.metadata.title = firstLineTitle(normaliseLineEndings(decoded.text));
    }
    result.text = normaliseLineEndings(result.text);
    if (result.text.trimmed().isEmpty()) {
        *error = tr("The file contains no text to review.");
        return std::nullopt;
    }
    return result;
}

ImportText DocumentReader::fromPastedText(const QString &text, const DocumentMetadata &metadata)
{
    ImportText result;
    result.text = normaliseLineEndings(text);
    result.metadata = metadata;
    if (result.metadata.title.isEmpty()) {
        result.metadata.title = firstLineTitle(result.text);
    }
    result.encoding = QStringLiteral("UTF-16");
    return result;
}

} // namespace Sourcelight
