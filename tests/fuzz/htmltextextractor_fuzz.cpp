// libFuzzer target: HtmlTextExtractor (text, metadata, entities, declared charset) on arbitrary input.
#include "fuzzsupport.h"
#include "htmltextextractor.h"

#include <QByteArray>
#include <QString>

using namespace Sourcelight;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    HtmlTextExtractor::declaredCharset(bytes);
    const QString html = QString::fromUtf8(bytes);
    HtmlTextExtractor::decodeEntities(html);
    // No check on the text itself: "<script>" may legitimately be text (from &lt;script&gt;, or a stray '<' before
    // a removed tag, as the fuzzer found); the text is shown as plain text and every export escapes it.
    HtmlTextExtractor::extract(html);
    return 0;
}
