#include "textdecoder.h"

#include <QStringDecoder>

namespace Sourcelight {

namespace {

QString decodeWith(QStringDecoder &decoder, QByteArrayView bytes, qsizetype *invalid)
{
    QString text = decoder.decode(bytes);
    if (invalid) {
        *invalid = decoder.hasError() ? text.count(QChar::ReplacementCharacter) : 0;
    }
    return text;
}

// Counts the words a decoding produces: whole words of non-ASCII letters are typical of Cyrillic text read as
// windows-1251; in Western European text read as windows-1252 the accented letters sit inside ASCII words.
struct LetterShape
{
    int pureNonAsciiWords = 0;
    int mixedWords = 0;
};

LetterShape shapeOf(const QString &text)
{
    LetterShape shape;
    int ascii = 0;
    int other = 0;
    auto endWord = [&]() {
        if (other >= 2 && ascii == 0) {
            ++shape.pureNonAsciiWords;
        } else if (other > 0 && ascii > 0) {
            ++shape.mixedWords;
        }
        ascii = other = 0;
    };
    for (const QChar c : text) {
        if (c.isLetter()) {
            (c.unicode() < 0x80 ? ascii : other)++;
        } else {
            endWord();
        }
    }
    endWord();
    return shape;
}

qsizetype invalidUtf8Sequences(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    qsizetype invalid = 0;
    decodeWith(decoder, bytes, &invalid);
    return invalid;
}

} // namespace

bool TextDecoder::looksBinary(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(qMin<qsizetype>(bytes.size(), 8192));
    qsizetype control = 0;
    for (const char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0) {
            return true;
        }
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) {
            ++control;
        }
    }
    return !head.isEmpty() && control * 20 > head.size(); // more than 5% control characters
}

QString TextDecoder::Result::note() const
{
    QStringList parts;
    if (guessed) {
        parts.append(tr("the file names no encoding; it was read as %1, which its letters suggest").arg(encoding));
    }
    if (invalidSequences > 0) {
        parts.append(tr("%n byte sequence(s) could not be decoded and are shown as �", nullptr, int(invalidSequences)));
    }
    return parts.join(QStringLiteral("; "));
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes, const QByteArray &declaredCharset)
{
    Result result;
    // A BOM is the file telling us: trust it before anything else (UTF-16 text is full of NUL bytes).
    struct Bom
    {
        QByteArrayView mark;
        QStringDecoder::Encoding encoding;
        const char *name;
    };
    static const Bom boms[] = {
        {QByteArrayView("\xEF\xBB\xBF", 3), QStringDecoder::Utf8, "UTF-8 (BOM)"},
        {QByteArrayView("\xFF\xFE", 2), QStringDecoder::Utf16LE, "UTF-16LE"},
        {QByteArrayView("\xFE\xFF", 2), QStringDecoder::Utf16BE, "UTF-16BE"},
    };
    for (const Bom &bom : boms) {
        if (QByteArrayView(bytes).startsWith(bom.mark)) {
            QStringDecoder decoder(bom.encoding, QStringDecoder::Flag::Stateless);
            result.text = decodeWith(decoder, QByteArrayView(bytes).sliced(bom.mark.size()), &result.invalidSequences);
            result.encoding = QString::fromLatin1(bom.name);
            result.ok = true;
            return result;
        }
    }
    if (looksBinary(bytes)) {
        result.error = tr("This is a binary file, not text: only .txt, .md and .html articles can be imported.");
        return result;
    }
    const qsizetype invalidUtf8 = invalidUtf8Sequences(bytes);
    if (invalidUtf8 == 0) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        result.text = decoder.decode(bytes);
        result.encoding = QStringLiteral("UTF-8");
        result.ok = true;
        return result;
    }
    // Not valid UTF-8. A charset the file declares comes first, if Qt knows it.
    if (!declaredCharset.isEmpty()) {
        const QByteArray name = declaredCharset.trimmed().toLower();
        QStringDecoder declared(name.constData());
        if (declared.isValid() && name != "utf-8" && name != "utf8") {
            result.text = decodeWith(declared, bytes, &result.invalidSequences);
            result.encoding = QString::fromLatin1(name);
            result.ok = true;
            return result;
        }
    }
    // A few stray bytes in otherwise UTF-8 text (most non-ASCII bytes form valid sequences): keep UTF-8 and report
    // them, rather than mis-decode every letter. In legacy text nearly every non-ASCII byte is an invalid sequence.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString asUtf8 = utf8.decode(bytes);
    qsizetype highBytes = 0;
    for (const char ch : bytes) {
        if (static_cast<unsigned char>(ch) >= 0x80) {
            ++highBytes;
        }
    }
    QStringDecoder cp1251("windows-1251");
    QStringDecoder cp1252("windows-1252");
    const bool legacyAvailable = cp1251.isValid() && cp1252.isValid();
    if (invalidUtf8 * 2 < highBytes || !legacyAvailable) {
        result.text = asUtf8;
        result.invalidSequences = asUtf8.count(QChar::ReplacementCharacter);
        result.encoding = QStringLiteral("UTF-8");
        result.ok = true;
        return result;
    }
    qsizetype invalid1251 = 0;
    qsizetype invalid1252 = 0;
    const QString as1251 = decodeWith(cp1251, bytes, &invalid1251);
    const QString as1252 = decodeWith(cp1252, bytes, &invalid1252);
    const LetterShape shape = shapeOf(as1252);
    const bool cyrillic = shape.pureNonAsciiWords > shape.mixedWords;
    result.text = cyrillic ? as1251 : as1252;
    result.invalidSequences = cyrillic ? invalid1251 : invalid1252;
    result.encoding = cyrillic ? QStringLiteral("windows-1251") : QStringLiteral("windows-1252");
    result.guessed = true;
    result.ok = true;
    return result;
}

} // namespace Sourcelight
