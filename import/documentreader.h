#pragma once

#include "documentmetadata.h"

#include <QCoreApplication>
#include <QStringList>

class QFile;
class QIODevice;

#include <optional>

namespace Sourcelight {

/// An article's text and metadata, ready to be stored, with how it was read.
struct ImportText
{
    QString text;
    DocumentMetadata metadata;
    QString sourceFile; ///< absolute path, empty for pasted text
    QString encoding;
    QStringList warnings; ///< translated notes for the user (guessed encoding, undecodable bytes)
};

/// Reads .txt, .md/.markdown and .html/.htm files (and pasted text) into ImportText: decodes the bytes
/// (TextDecoder), converts Markdown and HTML to plain text with paragraphs, takes their metadata. Never loads
/// anything a file refers to.
class DocumentReader final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentReader)

public:
    /// Files larger than this are refused rather than read into memory.
    static constexpr qint64 MaximumFileSize = 64 * 1024 * 1024;

    /// The suffixes import accepts, lower case, without the dot.
    static QStringList supportedSuffixes();
    static bool isSupported(const QString &path);

    /// Opens path for reading when it is a regular file (symbolic links followed). A device, FIFO or socket is
    /// refused with *error set (translated), and opening never blocks, even on a FIFO without a writer.
    static bool openRegularFile(const QString &path, QFile &file, QString *error);
    /// Reads device to its end, but never more than limit bytes: for standard input, pipes and files that grow
    /// while they are read, whose size is not known beforehand. nullopt with *error set (translated) when the
    /// input is longer or cannot be read.
    static std::optional<QByteArray> readLimited(QIODevice &device, qint64 limit, QString *error);

    /// Reads a file; nullopt with *error set (translated) when it cannot be imported.
    static std::optional<ImportText> readFile(const QString &path, QString *error);
    /// Reads bytes as the given format ("txt", "md", "html"). charset, when given, is what the bytes came with (an
    /// HTTP Content-Type); it takes the place of the charset an HTML page declares itself.
    static std::optional<ImportText> readBytes(
        const QByteArray &bytes, const QString &format, QString *error, const QByteArray &charset = {});
    /// The format readBytes() reads for a MIME type ("text/html" → "html", "text/plain" → "txt", "text/markdown" →
    /// "md"); empty for any other type (images, PDF, JSON…), which is not an article.
    static QString formatForMimeType(const QByteArray &mimeType);
    /// Text the analyst pasted (line endings normalised; the first short line becomes the title).
    static ImportText fromPastedText(const QString &text, const DocumentMetadata &metadata = {});
    /// HTML the analyst pasted (a browser's selection): the same extraction as an .html file; the title is the
    /// page's when it has one, else the first short line of the text.
    static ImportText fromPastedHtml(const QString &html);
};

} // namespace Sourcelight
