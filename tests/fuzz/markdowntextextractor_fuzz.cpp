// libFuzzer target: MarkdownTextExtractor (front matter, blocks, inline markup) on arbitrary input.
#include "fuzzsupport.h"
#include "markdowntextextractor.h"

#include <QByteArray>
#include <QString>

using namespace Sourcelight;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QString markdown = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    MarkdownTextExtractor::extract(markdown);
    MarkdownTextExtractor::stripInline(markdown);
    return 0;
}
