// libFuzzer target: TextDecoder on arbitrary bytes, with and without a declared charset.
#include "fuzzsupport.h"
#include "textdecoder.h"

#include <QByteArray>

using namespace Sourcelight;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    TextDecoder::looksBinary(bytes);
    for (const QByteArray &charset : {QByteArray(), QByteArrayLiteral("windows-1251"), QByteArrayLiteral("utf-16")}) {
        const TextDecoder::Result result = TextDecoder::decode(bytes, charset);
        Fuzz::require(result.ok || !result.error.isEmpty(), "a failed decode says why");
        Fuzz::require(result.invalidSequences >= 0, "invalid sequence count is not negative");
    }
    return 0;
}
