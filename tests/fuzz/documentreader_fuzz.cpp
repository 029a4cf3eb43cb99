// libFuzzer target: DocumentReader::readBytes, the whole import path from bytes to text (the first byte picks
// the format), and pasted text.
#include "documentreader.h"
#include "fuzzsupport.h"

#include <QByteArray>
#include <QString>

using namespace Sourcelight;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    if (size == 0) {
        return 0;
    }
    static const QString formats[] = {QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("html")};
    const QString &format = formats[data[0] % 3];
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QString error;
    const std::optional<ImportText> text = DocumentReader::readBytes(bytes, format, &error);
    Fuzz::require(text.has_value() || !error.isEmpty(), "a refused file says why");
    DocumentReader::fromPastedText(QString::fromUtf8(bytes));
    return 0;
}
