#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Sourcelight {

/// Turns the bytes of an imported file into text, choosing the encoding the way a careful reader would: a BOM
/// (UTF-8, UTF-16 LE/BE) decides; otherwise valid UTF-8 is UTF-8; otherwise a declared charset (HTML <meta>) or a
/// windows-1251 / windows-1252 guess from the letters the bytes make. Invalid bytes become U+FFFD and are counted;
/// binary data is refused.
class TextDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    struct Result
    {
        bool ok = false;
        QString text;
        QString encoding;     ///< "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "windows-1251", "windows-1252"
        bool guessed = false; ///< the encoding was chosen by content (a legacy fallback), not known for sure
        qsizetype invalidSequences = 0; ///< bytes that could not be decoded (each shown as U+FFFD)
        QString error;                  ///< why ok is false (translated)
        /// A translated note for the user about the encoding ("decoded as windows-1251 (guessed)", invalid bytes…).
        QString note() const;
    };

    /// declaredCharset: what the file itself says (HTML meta charset), used only when the bytes are not UTF-8.
    static Result decode(const QByteArray &bytes, const QByteArray &declaredCharset = {});

    /// Whether the bytes look like a binary file (NUL bytes or many control characters) rather than text.
    static bool looksBinary(QByteArrayView bytes);
};

} // namespace Sourcelight
