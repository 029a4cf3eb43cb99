#include "documentreader.h"

#include "htmltextextractor.h"
#include "markdowntextextractor.h"
#include "textdecoder.h"

#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

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

bool DocumentReader::openRegularFile(const QString &path, QFile &file, QString *error)
{
    if (path.startsWith(QLatin1Char(':'))) { // a Qt resource (the sample articles): compiled in, always a file
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("The file does not exist.");
            return false;
        }
        return true;
    }
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, perhaps forever. The file type is
    // then taken from the descriptor itself, so a path swapped after a check cannot slip a device in.
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        const int code = errno;
        *error = code == ENOENT ? tr("The file does not exist.")
                                : tr("The file cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(code)));
        return false;
    }
    struct stat status = {};
    if (::fstat(fd, &status) != 0) {
        const int code = errno;
        ::close(fd);
        *error = tr("The file cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(code)));
        return false;
    }
    if (!S_ISREG(status.st_mode)) {
        const bool folder = S_ISDIR(status.st_mode);
        ::close(fd);
        *error = folder ? tr("This is a folder, not a file.")
                        : tr("This is not a regular file but a device, pipe or socket; only files can be read.");
        return false;
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags == -1 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == -1) {
        const int code = errno;
        ::close(fd);
        *error = tr("The file cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(code)));
        return false;
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = tr("The file cannot be read: %1").arg(file.errorString());
        return false;
    }
    return true;
}

std::optional<QByteArray> DocumentReader::readLimited(QIODevice &device, qint64 limit, QString *error)
{
    const auto tooLarge = [error, limit] {
        *error = tr("The input is larger than %1 MB, more than can be imported.").arg(limit / (1024 * 1024));
        return std::nullopt;
    };
    QByteArray bytes;
    if (!device.isSequential()) {
        if (device.size() > limit) { // known beforehand: nothing need be read to say so
            return tooLarge();
        }
        bytes.reserve(qsizetype(device.size()) + 1);
    }
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 read = device.read(chunk.data(), chunk.size());
        if (read < 0) {
            *error = tr("The file cannot be read: %1").arg(device.errorString());
            return std::nullopt;
        }
        if (read == 0) {
            return bytes;
        }
        if (bytes.size() + read > limit) {
            return tooLarge();
        }
        bytes.append(chunk.constData(), read);
    }
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
    QFile file;
    if (!openRegularFile(path, file, error)) {
        return std::nullopt;
    }
    const std::optional<QByteArray> bytes = readLimited(file, MaximumFileSize, error);
    if (!bytes) {
        return std::nullopt;
    }
    const QString format = suffix.startsWith(QLatin1String("htm")) ? QStringLiteral("html")
        : suffix.startsWith(QLatin1String("m"))                    ? QStringLiteral("md")
                                                                   : QStringLiteral("txt");
    std::optional<ImportText> text = readBytes(*bytes, format, error);
    if (text) {
        text->sourceFile = info.absoluteFilePath();
        if (text->metadata.title.isEmpty()) {
            text->metadata.title = info.completeBaseName();
        }
    }
    return text;
}

QString DocumentReader::formatForMimeType(const QByteArray &mimeType)
{
    const QByteArray type = mimeType.trimmed().toLower();
    if (type == "text/html" || type == "application/xhtml+xml") {
        return QStringLiteral("html");
    }
    if (type == "text/markdown" || type == "text/x-markdown") {
        return QStringLiteral("md");
    }
    if (type == "text/plain") {
        return QStringLiteral("txt");
    }
    return {};
}

std::optional<ImportText> DocumentReader::readBytes(
    const QByteArray &bytes, const QString &format, QString *error, const QByteArray &charset)
{
    if (bytes.isEmpty()) {
        *error = tr("The file is empty.");
        return std::nullopt;
    }
    const bool html = format == QLatin1String("html");
    const QByteArray declared
        = !charset.isEmpty() ? charset.toLower() : (html ? HtmlTextExtractor::declaredCharset(bytes) : QByteArray());
    const TextDecoder::Result decoded = TextDecoder::decode(bytes, declared);
    if (!decoded.ok) {
        *error = decoded.error;
        return std::nullopt;
    }
    ImportText result;
    result.encoding = decoded.encoding;
    if (const QString note = decoded.note(); !note.isEmpty()) {
        result.warnings.append(note);
    }
    if (html || format == QLatin1String("md")) {
        ExtractedArticle extracted
            = html ? HtmlTextExtractor::extract(decoded.text) : MarkdownTextExtractor::extract(decoded.text);
        result.text = std::move(extracted.text);
        result.metadata = std::move(extracted.metadata);
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

ImportText DocumentReader::fromPastedHtml(const QString &html)
{
    const HtmlTextExtractor::Result extracted = HtmlTextExtractor::extract(html);
    ImportText result = fromPastedText(extracted.text, extracted.metadata);
    return result;
}

} // namespace Sourcelight
