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
    const HtmlTextExtractor::Result result = HtmlTextExtractor::extract(html);
    Fuzz::require(!result.text.contains(QLatin1String("<script")), "no script element survives as text");
    return 0;
}
